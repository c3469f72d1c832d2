/**
 * Writes the `tasks` collection from the supervision reports' progress tables:
 * content/tasks/<year>-a<attachment>-<row>.yaml, one file per task, plus the
 * curated numeric pairs of scripts/data/task-measures.yaml (each checked
 * against its row). Run again after a re-import; never edit the output.
 *
 *   npm run build-tasks            write content/tasks/
 *   npm run build-tasks -- --check exit 1 if content/tasks/ is out of date
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTaskFiles } from '../src/content-files/task-files.ts';

const contentDir = process.env.SPB_CONTENT_DIR ?? 'content';
const measuresFile = 'scripts/data/task-measures.yaml';
const outDir = join(contentDir, 'tasks');

let files: Map<string, string>;
try {
  files = generateTaskFiles(contentDir, readFileSync(measuresFile, 'utf8'), measuresFile);
} catch (error) {
  console.error(`生成任务失败：${(error as Error).message}`);
  process.exit(1);
}

const existing = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.yaml')) : [];
if (process.argv.includes('--check')) {
  const stale = [...files]
    .filter(([name, text]) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), 'utf8') !== text)
    .map(([n]) => n);
  const extra = existing.filter((f) => !files.has(f));
  if (stale.length || extra.length) {
    console.error(
      `content/tasks/ 已过期：${[...stale, ...extra].slice(0, 10).join('、')}${stale.length + extra.length > 10 ? ' 等' : ''}。请运行 npm run build-tasks`,
    );
    process.exit(1);
  }
  console.log(`content/tasks/ 与督查报告一致（${files.size} 项任务）`);
  process.exit(0);
}

// Write everything into a staging folder first, then swap it in: never a half-written collection.
const staging = `${outDir}.staging`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
for (const [name, text] of files) writeFileSync(join(staging, name), text);
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`已写入 ${files.size} 项任务到 ${outDir}/`);
