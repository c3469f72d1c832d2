/**
 * npm run bench [-- --docs 10000 --terms 1000 --issues 40] [--issue-year 2024] [--verify] [--keep]
 *
 * Builds a synthetic archive (real content + generated entries) with this site
 * and with a bare Astro + MDX project, and prints figures and ratios:
 * full build time and peak memory, rebuild after one new gazette issue, output
 * size, bytes per page type, search index, and the importer's time on the
 * largest seed export. Writes bench/results.json. Figures, not pass/fail: the
 * machine is shared, so compare the ratios measured in one run.
 * --issue-year puts the added issue in that (existing) year instead of a new year 2099.
 * --verify also builds the grown archive from scratch and checks that the
 * incremental rebuild gave exactly the same pages.
 */
import { SEEDS_DIR } from '../src/bench/seeds.ts';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addIssue, generateArchive } from '../src/bench/archive.ts';
import { writeBaselineProject } from '../src/bench/baseline.ts';
import { measure } from '../src/bench/measure.ts';
import { compareOutputs } from '../src/bench/compare-output.ts';
import { outputSize, pageWeight } from '../src/bench/page-weight.ts';
import { importerTime } from '../src/bench/importer-time.ts';
import { searchBytes } from '../src/bench/search-bytes.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const size = { documents: option('docs', 10000), terms: option('terms', 1000), issues: option('issues', 40) };
const ROOT = resolve('.');
const TMP = join(ROOT, 'bench/tmp');
const archive = join(TMP, 'archive');
const astro = [process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
const log = (s: string) => process.stderr.write(`${s}\n`);

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
log(`生成合成档案：${JSON.stringify(size)}`);
const generated = generateArchive({ templateDir: join(ROOT, 'content'), outDir: archive, ...size });

const oursEnv = { SPB_CONTENT_DIR: archive, SPB_CACHE_DIR: join(TMP, 'cache-ours'), ASTRO_TELEMETRY_DISABLED: '1' };
log('构建（本站，冷启动）…');
const ours = await measure([...astro, '--outDir', join(TMP, 'out-ours')], { cwd: ROOT, env: oursEnv });
log('构建（基准：空白 Astro + MDX）…');
writeBaselineProject(join(TMP, 'baseline'), archive);
const baseline = await measure([...astro, '--root', join(TMP, 'baseline'), '--outDir', join(TMP, 'out-baseline')], {
  cwd: ROOT,
  env: { ASTRO_TELEMETRY_DISABLED: '1', SPB_CACHE_DIR: '' },
});
log('新增一期公报后重新构建…');
addIssue(join(ROOT, 'content'), archive, 10, option('issue-year', 2099));
const rebuild = await measure([...astro, '--outDir', join(TMP, 'out-ours')], { cwd: ROOT, env: oursEnv });
let verified: ReturnType<typeof compareOutputs> | null = null;
if (args.includes('--verify')) {
  log('核对：从头构建同一档案，与增量重建的结果比较…');
  const cleanEnv = { ...oursEnv, SPB_CACHE_DIR: join(TMP, 'cache-clean') };
  await measure([...astro, '--outDir', join(TMP, 'out-clean')], { cwd: ROOT, env: cleanEnv });
  verified = compareOutputs(join(TMP, 'out-ours'), join(TMP, 'out-clean'));
}

const out = join(TMP, 'out-ours');
const firstDir = (d: string) =>
  readdirSync(join(out, d))
    .filter((f) => statSync(join(out, d, f)).isDirectory())
    .sort()[0];
const pageTypes: Record<string, string> = {
  home: '',
  gazette: `gazettes/${firstDir('gazettes')}/`,
  document: `documents/${readdirSync(join(out, 'documents')).find((f) => /^sf/.test(f))}/`,
  report: `reports/${firstDir('reports')}/`,
  glossaryIndex: 'glossary/',
  glossaryTerm: `glossary/${firstDir('glossary')}/`,
  documentsIndex: 'documents/',
  search: 'search/',
};
const weights = Object.fromEntries(Object.entries(pageTypes).map(([k, p]) => [k, pageWeight(out, p)]));
const pagefindDir = join(out, 'pagefind');
const search = existsSync(pagefindDir) ? outputSize(pagefindDir) : null;
log('搜索：在浏览器中测量首次和后续查询下载的字节…');
const queries = search ? await searchBytes(out) : null;
const importer = importerTime(SEEDS_DIR);

const results = {
  machine: { cores: (await import('node:os')).cpus().length, node: process.version },
  archive: generated,
  build: {
    ours: { seconds: ours.seconds, peakMB: ours.peakMB, peakTreeMB: ours.peakTreeMB, phases: ours.phases },
    baseline: {
      seconds: baseline.seconds,
      peakMB: baseline.peakMB,
      peakTreeMB: baseline.peakTreeMB,
      phases: baseline.phases,
    },
    ratio: ours.seconds / baseline.seconds,
  },
  rebuild: {
    seconds: rebuild.seconds,
    shareOfFull: rebuild.seconds / ours.seconds,
    phases: rebuild.phases,
    pages: rebuild.pages,
    verified: verified && {
      pages: verified.pages,
      differing: verified.differing.slice(0, 50),
      differingCount: verified.differing.length,
    },
  },
  output: { ours: outputSize(out), baseline: outputSize(join(TMP, 'out-baseline')) },
  pages: weights,
  search: search && {
    indexFiles: search.files,
    indexBytes: search.bytes,
    first: queries?.first,
    later: queries?.later,
  },
  importer,
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** The search step's own log line (shards built and reused, its times, memory held when it started). */
const searchLine = (output: string) => /\[pagefind-search\] (搜索索引.*)/.exec(output)?.[1] ?? '（无）';
const byKind = (k: Record<string, number>) =>
  Object.entries(k)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join('，');
const phaseList = (p: Record<string, number>) =>
  Object.entries(p)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join('，');
const rows: [string, string][] = [
  ['档案', `${generated.documents} 件文件，${generated.terms} 个名词，${generated.issues} 期公报`],
  [
    '完整构建（本站）',
    `${ours.seconds.toFixed(1)} s，峰值内存 ${ours.peakMB.toFixed(0)} MB（单个进程），${ours.peakTreeMB.toFixed(0)} MB（所有进程之和）`,
  ],
  ['　各阶段（秒）', phaseList(ours.phases)],
  ['　搜索索引步骤', searchLine(ours.output)],
  [
    '完整构建（基准）',
    `${baseline.seconds.toFixed(1)} s，峰值内存 ${baseline.peakMB.toFixed(0)} MB（单个进程），${baseline.peakTreeMB.toFixed(0)} MB（所有进程之和）`,
  ],
  ['　各阶段（秒）', phaseList(baseline.phases)],
  ['本站 / 基准', `${results.build.ratio.toFixed(2)} ×（目标 ≤ 1.3）`],
  [
    '新增一期后重建',
    `${rebuild.seconds.toFixed(1)} s = 完整构建的 ${(results.rebuild.shareOfFull * 100).toFixed(0)}%（目标 ≤ 25%）；渲染 ${rebuild.pages.rendered} 页，沿用 ${rebuild.pages.restored} 页`,
  ],
  ['　各阶段（秒）', phaseList(rebuild.phases)],
  ['　搜索索引步骤', searchLine(rebuild.output)],
  ...(verified
    ? [
        [
          '重建结果核对',
          verified.differing.length === 0
            ? `与从头构建完全一致（${verified.pages} 个页面）`
            : `${verified.differing.length} 个页面不同：${verified.differing.slice(0, 5).join('、')}`,
        ] as [string, string],
      ]
    : []),
  [
    '输出',
    `${results.output.ours.files} 个文件，${(results.output.ours.bytes / 1048576).toFixed(1)} MB（基准 ${results.output.baseline.files} 个，${(results.output.baseline.bytes / 1048576).toFixed(1)} MB）`,
  ],
  ...Object.entries(weights).map(
    ([k, w]) =>
      [
        `页面 ${k}`,
        `HTML+CSS ${kb(w.htmlCssBytes)}（gzip ${kb(w.htmlCssGzip)}），JS ${kb(w.jsBytes)}（gzip ${kb(w.jsGzip)}）`,
      ] as [string, string],
  ),
  ['搜索索引', search ? `${search.files} 个文件，${kb(search.bytes)}` : '未生成（构建中没有 Pagefind 步骤）'],
  ...(queries
    ? [
        [
          '搜索查询',
          `首次“${queries.first.query}” ${kb(queries.first.bytes)}（目标 ≤ 300 KB），后续“${queries.later.query}” ${kb(queries.later.bytes)}（目标 ≤ 60 KB）`,
        ] as [string, string],
      ]
    : []),
  ...(queries
    ? [
        ['　按文件种类', `首次 ${byKind(queries.first.byKind)}；后续 ${byKind(queries.later.byKind)}`] as [
          string,
          string,
        ],
      ]
    : []),
  ['导入（最大的种子导出）', `${importer.file}：中位数 ${importer.medianMs.toFixed(0)} ms（${importer.runs} 次）`],
];
for (const [k, v] of rows) console.log(`${k}：${v}`);
console.log('结果已写入 bench/results.json');
if (!args.includes('--keep')) rmSync(TMP, { recursive: true, force: true });
