/**
 * The parts of an official document laid out by position (GB/T 9704-2012), marked up for
 * what they are on the built pages: 主送机关 flush left, the 附件 list as printed, the
 * issuer's signature and the date right-aligned, the date under the signature.
 */
import { describe, expect, test } from 'vitest';
import { page } from './helpers.ts';

describe('/documents/sfzf-2025-008/', () => {
  const $ = page('/documents/sfzf-2025-008/');

  test('the addressees line is marked as 主送机关', () => {
    expect($('.doc-body p.doc-addressees').text()).toBe('各镇人民政府、街道办事处，区级各部门，有关单位：');
  });

  test('the issuer’s signature and the date are marked, the date right after the signature', () => {
    const signature = $('.doc-body p.doc-signature');
    expect(signature.text()).toBe('重庆市沙坪坝区人民政府');
    expect(signature.next().is('p.doc-date')).toBe(true);
    expect(signature.next().text()).toBe('2025 年 3 月 5 日');
  });
});

test('an attachment list: 附件： and each further item, marked as the list they are', () => {
  const $ = page('/documents/sfbf-2022-016/');
  const first = $('.doc-body p.doc-attachments');
  expect(first.text()).toMatch(/^附件：1[.．]/);
  expect(first.next().is('p.doc-attachments-item')).toBe(true);
  expect(first.next().text()).toMatch(/^2[.．]/);
});

test('body text is never taken for a signature', () => {
  const $ = page('/documents/sfzf-2025-008/');
  expect($('.doc-body p.doc-signature').length).toBe(1);
  expect($('.doc-body p.doc-date').length).toBe(1);
});

test('joint issuers on one line are one signature', () => {
  const $ = page('/documents/ygzgf-2020-008/');
  expect($('.doc-body p.doc-signature').text()).toBe('重庆市规划和自然资源局 重庆市农业农村委员会');
  expect($('.doc-body p.doc-signature').next().text()).toBe('2020 年 6 月 28 日');
});
