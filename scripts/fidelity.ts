/**
 * npm run fidelity -- <export> [more exports] [--content-dir <dir>]
 *
 * For each export: the share of its content characters found, in order, in the
 * imported content (every entry whose frontmatter `source.file` is the export's
 * file name, plus the glossary definitions of its reports), and the 10 worst lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadContent, segmentsFor } from '../src/importer/fidelity/content.ts';
import { measureFidelity, worstLines } from '../src/importer/fidelity/fidelity.ts';
import { readExport } from '../src/importer/read/index.ts';
import { ImportError } from '../src/importer/types.ts';

function main(argv: string[]): number {
  const exports: string[] = [];
  let contentDir = 'content';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--content-dir') contentDir = argv[++i] ?? '';
    else exports.push(argv[i]);
  }
  if (exports.length === 0 || !contentDir) {
    console.error('用法：npm run fidelity -- <导出文件> [更多导出文件] [--content-dir <内容目录>]');
    return 2;
  }
  if (!existsSync(contentDir)) {
    console.error(`内容目录“${contentDir}”不存在：请用 --content-dir 指定导入时使用的内容目录`);
    return 2;
  }
  const entries = loadContent(contentDir);
  let status = 0;
  for (const path of exports) {
    const file = basename(path);
    if (!existsSync(path)) {
      console.error(`${path}：找不到导出文件`);
      status = 1;
      continue;
    }
    try {
      const read = readExport(readFileSync(path), file);
      const { segments, count } = segmentsFor(file, entries);
      if (count === 0) {
        console.error(`${file}：内容目录 ${contentDir} 中没有 source.file 为“${file}”的条目，请先导入该文件`);
        status = 1;
        continue;
      }
      // A block the importer moved back into reading order is found whole, out of order: it counts only
      // because the move is recorded as a `reorder` repair in that export's importNotes, and is reported.
      const allowMoved = entries.some(
        (e) =>
          (e.data.source as { file?: string } | undefined)?.file === file &&
          ((e.data.importNotes as { kind?: string }[] | undefined) ?? []).some((n) => n.kind === 'reorder'),
      );
      const report = measureFidelity(read.sourceLines, segments, { allowMoved });
      console.log(
        `${file}：保真度 ${(report.share * 100).toFixed(2)}%（${report.found} / ${report.total} 个字符，${count} 个条目）`,
      );
      if (report.moved)
        console.log(
          `  其中 ${report.moved} 个字符所在的行被导入程序按记录的“reorder”修复移回阅读顺序，只核对其完整存在，不核对顺序`,
        );
      console.log('  最差的 10 行：');
      for (const l of worstLines(report, 10)) {
        const text = l.text.trim().replace(/\t/g, '⇥');
        console.log(
          `  第 ${l.line} 行  ${((l.found / l.total) * 100).toFixed(1)}%（${l.found}/${l.total}）  ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`,
        );
      }
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      console.error(error.message);
      status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
