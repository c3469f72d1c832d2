import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { plainReference } from '../../src/schemas/common.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { buildIndicators, type IndicatorInput } from '../../src/lib/targets/model.ts';
import { sourceDocuments } from '../../src/content-files/source-documents.ts';
import { checkIndicator, checkObservation } from '../../src/lib/targets/validate.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const documents = sourceDocuments(CONTENT);
const schema = indicatorSchema(plainReference);
const files = readdirSync(join(CONTENT, 'indicators')).filter((f) => f.endsWith('.yaml'));
const inputs: IndicatorInput[] = files.map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ...(schema.parse(parse(readFileSync(join(CONTENT, 'indicators', f), 'utf8'))) as any),
}));
const views = buildIndicators(inputs, documents);
const view = (id: string) => views.find((v) => v.id === id)!;
const targetOf = (id: string, year: number) =>
  view(id).targets.find((t) => t.target.read.period.kind === 'year' && t.target.read.period.year === year)!;

describe('the indicator data files', () => {
  test.each(files)(
    "%s: every printed text occurs in its source paragraph or row, reads in the indicator's unit and names it",
    (file) => {
      const input = inputs.find((i) => `${i.id}.yaml` === file)!;
      expect(checkIndicator(input, documents)).toEqual([]);
    },
  );

  test('cover the main targets of 2021, 2022 and 2025', () => {
    const main = views.filter((v) => v.tier === 'main');
    const years = (y: number) =>
      main
        .filter((v) => v.targets.some((t) => t.target.read.period.kind === 'year' && t.target.read.period.year === y))
        .map((v) => v.id);
    expect(years(2021)).toHaveLength(10);
    expect(years(2022)).toHaveLength(10);
    expect(years(2025).sort()).toEqual([
      'air-quality',
      'energy-saving',
      'fai-growth',
      'gdp-growth',
      'income-growth',
      'industry-va-growth',
      'retail-growth',
      'trade-growth',
    ]);
  });

  test('read the 2022 targets as printed: seven figures, all 左右', () => {
    const ids = [
      'gdp-growth',
      'fai-growth',
      'industry-va-growth',
      'retail-growth',
      'budget-revenue-growth',
      'tax-growth',
      'income-growth',
    ];
    expect(ids.map((id) => targetOf(id, 2022).target.read.value)).toEqual([5.5, 6, 7, 8, 5, 6, 6]);
    expect(ids.map((id) => targetOf(id, 2022).target.read.qualifier)).toEqual(Array(7).fill('左右'));
  });

  test("read the supervision report's results with their periods, ranks and adjusted figures", () => {
    const row = (id: string) => targetOf(id, 2022).decisive!.read;
    expect(row('gdp-growth')).toMatchObject({ value: 2.6, rank: { among: '主城区', position: 4 } });
    expect(row('trade-growth').period.label).toBe('1-8月');
    expect(row('income-growth').period.label).toBe('1-6月');
    expect(row('budget-revenue-growth')).toMatchObject({ value: -6.8, adjusted: { value: -3.6 } });
    expect(row('tax-growth')).toMatchObject({ value: -29.16, adjusted: { value: -24.2 } });
    expect(row('industry-va-growth')).toMatchObject({ value: 3, definition: 'all-industry', rank: { position: 6 } });
  });

  test("give every 2022 target the status 进行中 and quote the supervision office's verdict beside it", () => {
    const verdicts = Object.fromEntries(
      ['gdp-growth', 'fai-growth', 'trade-growth', 'air-quality'].map((id) => [id, targetOf(id, 2022)]),
    );
    for (const t of Object.values(verdicts)) expect(t.status.status).toBe('进行中');
    expect(verdicts['gdp-growth'].decisive!.verdict).toMatchObject({ verdict: '不达预期', inferred: false });
    expect(verdicts['fai-growth'].decisive!.verdict).toMatchObject({
      verdict: '不达预期',
      inferred: true,
      namedAs: null,
    });
    expect(verdicts['trade-growth'].decisive!.verdict).toMatchObject({ verdict: '符合预期' });
    expect(verdicts['air-quality'].decisive!.verdict).toMatchObject({ verdict: '符合时间节点要求' });
  });

  test('never call a target missed without a full-year result of the same definition', () => {
    for (const v of views)
      for (const t of v.targets) {
        if (t.status.status === '达成' || t.status.status === '未达成') {
          expect(t.decisive!.read.period.kind).not.toBe('part-year');
          expect(t.decisive!.read.definition).toBe(t.target.read.definition);
        }
      }
    expect(targetOf('industry-va-growth', 2021).status).toMatchObject({ status: '无法比较', rule: 4 });
    expect(targetOf('tax-growth', 2021).status).toMatchObject({ status: '无法比较', rule: 1 });
  });
});

describe('validation of an observation', () => {
  const gdp = inputs.find((i) => i.id === 'gdp-growth')!;
  const obs = gdp.observations.find((o) => o.text === '地区生产总值增长5.5%左右')!;
  const check = (change: object) => checkObservation({ ...obs, ...change } as typeof obs, 0, gdp, documents);

  test('reports a text that is not in the source paragraph', () => {
    expect(check({ text: '地区生产总值增长6.5%左右' })[0].message).toMatch(/未出现在 work-report-2022 的段落 p-\d+ 中/);
  });

  test('reports an anchor that does not exist', () => {
    expect(check({ source: { ...obs.source, anchor: 'p-9999' } })[0]).toMatchObject({
      path: ['observations', 0, 'source', 'anchor'],
    });
  });

  test('reports context words that are not in the paragraph', () => {
    expect(check({ context: ['明年'] })[0].message).toContain('“明年”未出现');
  });

  test("reports a text whose figure is not in the indicator's unit or under its name", () => {
    const days = { ...gdp, unit: '天', measure: 'level' as const };
    expect(checkObservation(obs, 0, days, documents)[0].message).toContain('没有单位为“天”');
    const other = { ...gdp, labels: { 固定资产投资: 'fai' } };
    expect(checkObservation(obs, 0, other, documents)[0].message).toContain('没有本指标的名称');
  });
});
