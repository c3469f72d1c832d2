import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { plainReference } from '../../src/schemas/common.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { taskSchema } from '../../src/schemas/task.ts';
import { buildIndicators, type IndicatorInput } from '../../src/lib/targets/model.ts';
import { sourceDocuments } from '../../src/content-files/source-documents.ts';
import { seriesOf, yearRows, yearsOf } from '../../src/lib/targets/views.ts';
import { bulletSvg } from '../../src/lib/targets/charts/bullet.ts';
import { seriesSvg } from '../../src/lib/targets/charts/series.ts';
import { categorySvg, progressSvg } from '../../src/lib/targets/charts/tasks.ts';
import { categoryTable, progressTable, seriesTable, yearTable } from '../../src/lib/targets/charts/tables.ts';
import { formatNumber, formatValue } from '../../src/lib/targets/charts/format.ts';
import { OBSERVATION_FIELDS, observationRecords, parseCsv, toCsv } from '../../src/lib/targets/open-data.ts';
import {
  categoryCounts,
  progressRows,
  TASK_FIELDS,
  taskRecords,
  type TaskInput,
} from '../../src/lib/targets/task-records.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const documents = sourceDocuments(CONTENT);
const doc = (id: string) => documents(id)!;
const readDir = (dir: string) =>
  readdirSync(join(CONTENT, dir)).map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: parse(readFileSync(join(CONTENT, dir, f), 'utf8')),
  }));
const inputs = readDir('indicators').map(
  ({ id, data }) => ({ id, ...indicatorSchema(plainReference).parse(data) }) as unknown as IndicatorInput,
);
const views = buildIndicators(inputs, documents);
const tasks = readDir('tasks').map(
  ({ id, data }) => ({ id, ...taskSchema(plainReference).parse(data) }) as unknown as TaskInput,
);
const titleOf = (id: string) => id;
const marks = (svg: string, cls: string) =>
  cheerio
    .load(svg, { xml: true })(`.${cls}`)
    .map((_, e) => Number(cheerio.load(e, { xml: true }).root().children().attr('data-value')))
    .get();

describe('zh-CN number formats', () => {
  test('group thousands, keep significant decimals and drop trailing zeros', () => {
    expect(formatNumber(1220.9)).toBe('1,220.9');
    expect(formatNumber(3.0)).toBe('3');
    expect(formatValue(85000, '辆')).toBe('85,000辆');
    expect(formatValue(-29.16, '%')).toBe('−29.16%');
  });
});

describe.each(yearsOf(views))('the %i year chart', (year) => {
  const rows = yearRows(views, year);
  const svg = bulletSvg(rows, year, 'y');
  const $ = cheerio.load(svg, { xml: true });
  const table = yearTable(rows, year, titleOf);

  test('is an image with a title and a description that states the finding', () => {
    expect($('svg').attr('role')).toBe('img');
    expect($('svg').attr('aria-labelledby')).toBe('y-title y-desc');
    expect($('title#y-title').text()).toBe(`${year}年目标与结果`);
    for (const r of rows) expect($('desc').text()).toContain(r.indicator.name);
  });

  test('draws one row per indicator and one mark per numeric target and result, at the data values', () => {
    expect($('.bullet-row')).toHaveLength(rows.length);
    const numeric = (o: (typeof rows)[number]['result']) =>
      o && (o.read.kind === 'number' || (o.type === 'target' && o.read.kind === 'positive')) ? [o.read.value] : [];
    expect(marks(svg, 'mark-result')).toEqual(
      rows.flatMap((r) => (r.result?.read.kind === 'number' ? [r.result.read.value] : [])),
    );
    expect(marks(svg, 'mark-target')).toEqual(rows.flatMap((r) => numeric(r.target?.target ?? null)));
  });

  test('has a data table whose values equal the data and whose statuses match the chart', () => {
    expect(table.rows).toHaveLength(rows.length);
    table.rows.forEach((cells, i) => {
      expect(cells[0].text).toBe(rows[i].indicator.name);
      expect(cells[2].value ?? null).toBe(rows[i].result?.read.kind === 'number' ? rows[i].result!.read.value : null);
      expect(cells[4].status ?? null).toBe(rows[i].status);
    });
    expect(
      $('.status-symbol')
        .map((_, e) => $(e).attr('data-status'))
        .get(),
    ).toEqual(rows.flatMap((r) => (r.status ? [r.status] : [])));
  });
});

describe('an indicator chart', () => {
  test.each(views.map((v) => [v.id, v] as const))(
    '%s: one mark per yearly target and result, table rows per year',
    (_, view) => {
      const points = seriesOf(view);
      const svg = seriesSvg(view, points, 's');
      const $ = cheerio.load(svg, { xml: true });
      expect($('svg').attr('role')).toBe('img');
      expect($('title').text()).toBe(`${view.name}：历年目标与结果`);
      expect($('.series-year')).toHaveLength(points.length);
      expect(marks(svg, 'mark-result')).toEqual(
        points.flatMap((p) => (p.result?.read.kind === 'number' ? [p.result.read.value] : [])),
      );
      const table = seriesTable(view, points, titleOf);
      expect(table.rows.map((r) => r[0].text)).toEqual(points.map((p) => `${p.year}年`));
      expect(table.rows.map((r) => r[1].value ?? null)).toEqual(
        points.map((p) =>
          p.target && p.target.target.read.kind !== 'complete' && p.target.target.read.kind !== 'relative'
            ? p.target.target.read.value
            : null,
        ),
      );
    },
  );

  test('hatches part-year results and names their period', () => {
    const gdp = views.find((v) => v.id === 'gdp-growth')!;
    const $ = cheerio.load(seriesSvg(gdp, seriesOf(gdp), 'g'), { xml: true });
    expect($('.series-year[data-year="2022"] .mark-result').attr('fill')).toBe('url(#g-hatch)');
    expect($('.series-year[data-year="2022"]').text()).toContain('1-9月');
    expect($('.series-year[data-year="2024"] .mark-result').attr('fill')).toBe('#0072B2');
  });
});

describe('the tasks charts', () => {
  const counts = categoryCounts(tasks);
  const progress = progressRows(tasks, doc);

  test('count 131 tasks in 28 categories, one mark per category and office label', () => {
    const svg = categorySvg(counts, 'c');
    expect(counts).toHaveLength(28);
    expect(counts[0].category).toBe('联动共建科学城');
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(marks(svg, 'mark-normal'))).toBe(122);
    expect(sum(marks(svg, 'mark-lagging'))).toBe(9);
    expect(categoryTable(counts).rows.map((r) => r[3].value)).toEqual(counts.map((c) => c.normal + c.lagging));
    expect(cheerio.load(svg, { xml: true })('desc').text()).toContain('122项正常推进');
  });

  test('draw one progress bar per numeric task measure, at achieved ÷ target', () => {
    const svg = progressSvg(progress, 'p');
    expect(marks(svg, 'mark-progress')).toEqual(progress.map((r) => r.share));
    const table = progressTable(progress, () => '#');
    expect(table.rows.map((r) => [r[1].value, r[2].value])).toEqual(progress.map((r) => [r.target, r.achieved]));
    expect(progress.find((r) => r.label === '进口整车')).toMatchObject({ achieved: 1688, target: 5000, lagging: true });
  });
});

describe('open data', () => {
  const records = observationRecords(views, 'https://www.cqspb.gov.cn');

  test('has one record per observation, with parsed values and statuses', () => {
    expect(records).toHaveLength(inputs.reduce((n, i) => n + i.observations.length, 0));
    const gdp2022 = records.find((r) => r.indicator === 'gdp-growth' && r.type === 'target' && r.year === 2022)!;
    expect(gdp2022).toMatchObject({ value: 5.5, bound: 'about', qualifier: '左右', status: '进行中' });
    const fai = records.find((r) => r.indicator === 'fai-growth' && r.type === 'result' && r.year === 2022)!;
    expect(fai.office_verdict).toContain('不达预期（推断');
  });

  test('publishes, for every 达成 and 未达成, the values that re-derive it by the documented comparison', () => {
    const decided = records.filter((r) => r.status === '达成' || r.status === '未达成');
    expect(decided.length).toBeGreaterThan(4);
    for (const r of decided) {
      const t = r.value as number;
      const v = r.status_basis_value as number;
      const met =
        r.bound === 'more-than' ? v > t : r.bound === 'at-most' ? v <= t : r.bound === 'about' ? v >= t - 0.5 : v >= t;
      expect(met ? '达成' : '未达成', `${r.indicator} ${r.year}`).toBe(r.status);
      expect(typeof r.status_basis).toBe('string');
    }
  });

  test('round-trips through CSV with a BOM: every field of every record comes back', () => {
    const csv = toCsv(records, OBSERVATION_FIELDS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const back = parseCsv(csv);
    expect(back).toHaveLength(records.length);
    back.forEach((row, i) => {
      for (const f of OBSERVATION_FIELDS)
        expect(row[f.key]).toBe(records[i][f.key] === null ? '' : String(records[i][f.key]));
    });
  });

  test('round-trips task text with commas, quotes and line breaks', () => {
    const rows = taskRecords(tasks, doc, 'https://www.cqspb.gov.cn');
    const back = parseCsv(toCsv(rows, TASK_FIELDS));
    expect(back).toHaveLength(131);
    expect(back.map((r) => r.progress)).toEqual(rows.map((r) => r.progress));
    expect(back.some((r) => r.progress.includes('\n') && r.task.includes('，'))).toBe(true);
    expect(parseCsv(toCsv([{ a: '他说"好",\r\n是' }], [{ key: 'a', label: '' }]))[0].a).toBe('他说"好",\r\n是');
  });
});
