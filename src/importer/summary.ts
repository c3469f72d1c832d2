/**
 * The printout of an import, in Chinese for webmasters: the gazette issue,
 * each document (slug, 文号 or title, date, kind, paragraphs, tables,
 * attachments), glossary terms, every warning with its source line, and what
 * happens to the files.
 */
import type { ImportResult, ExportResult } from './run.ts';
import type { DocumentDraft } from './structure/model.ts';
import type { RepairNote } from './types.ts';

const STYLE_NAMES: Record<string, string> = { pdf: 'PDF 导出', 'hard-wrapped': '硬换行导出', word: 'Word 导出' };

export function formatSummary(result: ImportResult, dryRun: boolean): string {
  const out: string[] = [];
  for (const exp of result.exports) out.push(...exportLines(exp, result), '');
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const c of result.plan.changes) counts[c.action]++;
  if (result.plan.conflicts.length) {
    out.push('拒绝导入：以下条目与站内已有内容冲突（确认要覆盖时加 --force 重新运行）：');
    for (const c of result.plan.conflicts) out.push(`  ${c.path}：${c.message}`);
    out.push('未写入任何文件。');
    return out.join('\n');
  }
  if (result.plan.editions.length) {
    out.push('版本：');
    for (const line of result.plan.editions) out.push(`  ${line}`);
  }
  const verb = dryRun ? '将' : '已';
  out.push(
    `${dryRun ? '试运行（--dry-run），未写入任何文件。' : ''}文件：${verb}新建 ${counts.create} 个，${verb}更新 ${counts.update} 个，未变 ${counts.unchanged} 个。`,
  );
  for (const c of result.plan.changes)
    if (c.action !== 'unchanged') out.push(`  ${c.action === 'create' ? '新建' : '更新'} ${c.path}`);
  return out.join('\n');
}

function exportLines(exp: ExportResult, result: ImportResult): string[] {
  const { read, structured } = exp;
  const lines = [
    `导入 ${exp.file}（${read.encoding === 'utf-8' ? 'UTF-8' : 'GB18030'}，${STYLE_NAMES[read.style] ?? read.style}，${read.sourceLines.length} 行，用时 ${Math.round(exp.milliseconds)} 毫秒）`,
  ];
  const g = structured.gazette;
  lines.push(
    g
      ? `公报：${g.name} ${g.year}年第${g.issue}期${g.cumulative ? `（总第${g.cumulative}期）` : ''}，${g.publishedDate ? `${g.publishedDate} 出版` : '未印出版日期'}，${g.contentsPrinted ? `目录 ${g.contents.length} 条` : '无目录（按正文顺序生成）'}`
      : '公报：无（导出文件没有封面、刊头或目录，不建公报条目）',
  );
  const docs = exp.entries.filter((e) => e.doc);
  lines.push(`文件（${docs.length}）：`);
  for (const e of docs) {
    const slug = result.plan.slugs.get(e) ?? e.slug;
    lines.push(`  ${e.collection}/${slug}  ${describe(e.doc!)}`);
  }
  const reports = docs.filter((e) => e.doc!.kind === 'report' && (e.doc as any).glossary.length);
  for (const e of reports) {
    const d = e.doc as Extract<DocumentDraft, { kind: 'report' }>;
    const terms = result.plan.glossaryByReport.get(e) ?? [];
    lines.push(
      `名词解释（${d.title} ${d.year}）：${d.glossary.length} 条，${terms.length} 个名词，首条“${d.glossary[0].heading}”，末条“${d.glossary.at(-1)!.heading}”（印出编号 ${d.glossary.at(-1)!.printedNo}）`,
    );
  }
  const repairs = docs.reduce((n, e) => n + ((e.data.importNotes as RepairNote[] | undefined)?.length ?? 0), 0);
  lines.push(`修复记录：${repairs} 条（写入各条目的 importNotes）`);
  const warnings = [
    ...docs.flatMap((e) =>
      ((e.data.importNotes as RepairNote[]) ?? [])
        .filter((n) => n.kind === 'flag')
        .map((n) => ({ ...n, where: e.slug })),
    ),
    ...exp.unplaced.map((n) => ({ ...n, where: '' })),
  ];
  lines.push(`警告（${warnings.length}）：`);
  for (const w of warnings)
    lines.push(`  ${w.line ? `第 ${w.line} 行` : '（无行号）'}${w.where ? ` [${w.where}]` : ''}：${w.note}`);
  return lines;
}

function describe(d: DocumentDraft): string {
  const count = (type: string) => d.body.filter((n) => n.type === type).length;
  const shape = `段落 ${count('paragraph')}，标题 ${count('heading')}，表格 ${count('table')}`;
  if (d.kind === 'report') {
    return `${d.reportKind}  ${d.title}  ${d.deliveredDate ?? '未注明日期'}  ${shape}，名词解释 ${d.glossary.length} 条`;
  }
  return `${d.docType}  ${d.wenhao ?? `（无文号）${d.title}`}  ${d.signedDate ?? '未印成文日期'}  ${shape}，附件 ${d.attachments.length}${d.parent ? `，转发于 ${d.parent}` : ''}`;
}
