/**
 * /targets/ leads with what can be compared: its first chart is the newest year in which
 * some target has a result to compare with; a newer year whose results are not yet
 * published is said so in words, with a link, not drawn as a chart of 无法比较.
 */
import { expect, test } from 'vitest';
import { page } from './helpers.ts';

test('the first chart on /targets/ compares targets with results', () => {
  const $ = page('/targets/');
  const first = $('main figure.chart').first();
  const statuses = first
    .find('.status-symbol')
    .toArray()
    .map((s) => $(s).attr('data-status'));
  expect(statuses.some((s) => s === '达成' || s === '未达成' || s === '进行中')).toBe(true);
});

test('the years still waiting for results are named before the first chart, with a link', () => {
  const $ = page('/targets/');
  const before = $('main figure.chart').first().prevAll('p.targets-pending');
  expect(before.length).toBe(1);
  expect(before.text()).toMatch(/2025年.*结果尚未公布/);
  expect(before.find('a[href="/targets/2025/"]').length).toBe(1);
});
