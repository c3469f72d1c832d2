/**
 * The HTML review page of one import (--review <file.html>, dry runs
 * included): one self-contained file (inline CSS, no script) that the
 * webmaster opens from disk. It lists every export read, every document
 * found (review/document.ts), the warnings no document holds, the conflicts
 * that refuse the import, and what happens to the files.
 */
import type { ImportResult, ExportResult } from '../run.ts';
import { entryPath } from '../write/entries.ts';
import { documentSection } from './document.ts';
import { esc, sourceExcerpt, STYLE, table } from './html.ts';

const STYLE_NAMES: Record<string, string> = { pdf: 'PDF 导出', 'hard-wrapped': '硬换行导出', word: 'Word 导出' };

function exportSection(exp: ExportResult, result: ImportResult): string {
  const { read } = exp;
  const docs = exp.entries.filter((e) => e.collection !== 'glossary');
  const sections = docs.map((entry) => {
    const path = entryPath({ collection: entry.collection, slug: result.plan.slugs.get(entry) ?? entry.slug });
    return documentSection({
      entry,
      path,
      sourceLines: read.sourceLines,
      before: result.plan.before.get(path) ?? null,
    });
  });
  const unplaced = exp.unplaced.map((n) => [sourceExcerpt(read.sourceLines, n.line), esc(n.note)]);
  return [
    `<h2>导出文件 ${esc(exp.file)}</h2>`,
    `<p>${read.encoding === 'utf-8' ? 'UTF-8' : 'GB18030'}，${esc(STYLE_NAMES[read.style] ?? read.style)}，${read.sourceLines.length} 行；找到 ${docs.length} 个条目。</p>`,
    unplaced.length ? table(`不属于任何文件的警告（${unplaced.length} 条）`, ['源文件中的行', '警告'], unplaced) : '',
    ...sections,
  ].join('\n');
}

function outcome(result: ImportResult, dryRun: boolean): string {
  if (result.plan.conflicts.length) {
    const items = result.plan.conflicts.map((c) => `<li>${esc(c.path)}：${esc(c.message)}</li>`).join('\n');
    return `<section class="conflict"><h2>拒绝导入</h2><p>以下条目与站内已有内容冲突，未写入任何文件：</p><ul>${items}</ul></section>`;
  }
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const c of result.plan.changes) counts[c.action]++;
  const verb = dryRun ? '将' : '已';
  const listed = result.plan.changes
    .filter((c) => c.action !== 'unchanged')
    .map((c) => `<li>${c.action === 'create' ? '新建' : '更新'} ${esc(c.path)}</li>`)
    .join('\n');
  return `<section><h2>文件</h2><p class="summary">${dryRun ? '试运行，未写入任何文件。' : ''}${verb}新建 ${counts.create} 个，${verb}更新 ${counts.update} 个，未变 ${counts.unchanged} 个。</p>${listed ? `<ul>${listed}</ul>` : ''}</section>`;
}

export function reviewPage(result: ImportResult, dryRun: boolean): string {
  const files = result.exports.map((e) => e.file).join('、');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>导入审阅：${esc(files)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>导入审阅：${esc(files)}</h1>
<p>${dryRun ? '这是试运行（--dry-run）的审阅页：内容目录没有改动。' : '这是一次导入的审阅页。'}请逐项核对元数据、修复记录（左列为源文件中的行，标黄的是修复所在行）、警告和措辞差异。</p>
${outcome(result, dryRun)}
${result.exports.map((e) => exportSection(e, result)).join('\n')}
</main>
</body>
</html>
`;
}

/** A page for an import refused before any plan: the reasons, each with its file and line. */
export function refusalPage(files: string[], message: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>导入审阅：${esc(files.join('、'))}</title><style>${STYLE}</style></head>
<body><main><h1>导入审阅：${esc(files.join('、'))}</h1>
<section class="conflict"><h2>导入被拒绝，未写入任何文件</h2><pre class="source">${esc(message)}</pre></section>
</main></body></html>
`;
}
