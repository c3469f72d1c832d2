/** Debris removal: each rule on small synthetic lines, each removal logged with its line. */
import { describe, expect, test } from 'vitest';
import { cleanExport } from '../../../src/importer/read/clean.ts';
import { removeLineDebris } from '../../../src/importer/read/debris.ts';
import { findPageFurniture, pageNumberOf } from '../../../src/importer/read/page-furniture.ts';

const clean = (raw: string, line = 7) => removeLineDebris(raw, line);
const textOf = (raw: string) => clean(raw).lines.map((l) => l.text);

describe('debris inside a line', () => {
  test('deletes [bookmark: …] markers anywhere in a line, one note per marker', () => {
    const result = clean('[bookmark: OLE_LINK3][bookmark: OLE_LINK4]以习近平新时代中国特色社会主义思想为指导');
    expect(result.lines.map((l) => l.text)).toEqual(['以习近平新时代中国特色社会主义思想为指导']);
    expect(result.notes).toEqual([
      { line: 7, kind: 'bookmark', note: '删除 Word 书签残留“[bookmark: OLE_LINK3]”' },
      { line: 7, kind: 'bookmark', note: '删除 Word 书签残留“[bookmark: OLE_LINK4]”' },
    ]);
    expect(textOf('\t[bookmark: _GoBack]把公开透明')).toEqual(['\t把公开透明']);
    expect(textOf('第一节 [bookmark: _Toc123]总则')).toEqual(['第一节 总则']);
  });

  test('drops a line that held only bookmarks, so that no blank line ends a table row', () => {
    expect(clean('[bookmark: _Toc9786]').lines).toEqual([]);
    expect(textOf('\t[bookmark: _Toc9786]')).toEqual(['\t']);
  });

  test('strips ** bold markers and remembers that the line opened bold', () => {
    const result = clean('**重庆市沙坪坝区人民政府');
    expect(result.lines).toEqual([{ line: 7, text: '重庆市沙坪坝区人民政府', boldStart: true }]);
    expect(textOf('1. **完善功能布局。**围绕发展要求')).toEqual(['1. 完善功能布局。围绕发展要求']);
    expect(clean('1. **十项行动**：').notes[0].note).toContain('2 处');
  });

  test('splits <p> paragraphs into lines of the same source line', () => {
    const result = clean('企业申报意见\t<p>重点填写。</p> <p>申报企业：（公章）</p> <p>年 月 日</p>', 783);
    expect(result.lines).toEqual([
      { line: 783, text: '企业申报意见\t重点填写。' },
      { line: 783, text: '申报企业：（公章）' },
      { line: 783, text: '年 月 日' },
    ]);
    expect(result.notes.map((n) => n.kind)).toEqual(['debris']);
  });

  test('keeps the URL of an autolink and drops its angle brackets', () => {
    expect(textOf('网 址 : <http://www.cqspb.gov.cn/>')).toEqual(['网 址 : http://www.cqspb.gov.cn/']);
    expect(textOf('根据《关于印发<百万高校毕业生>的通知》')).toEqual(['根据《关于印发<百万高校毕业生>的通知》']);
  });

  test('turns PM_{2.5} into PM2.5 and logs it', () => {
    const result = clean('细颗粒物（PM_{2.5}）平均浓度下降');
    expect(result.lines[0].text).toBe('细颗粒物（PM2.5）平均浓度下降');
    expect(result.notes[0].note).toContain('PM_{2.5}');
  });

  test('removes a markdown list bullet but never a minus sign or a dash', () => {
    expect(textOf('- 附件：1. 名词解释')).toEqual(['附件：1. 名词解释']);
    expect(textOf('-6.8%')).toEqual(['-6.8%']);
    expect(textOf('——这一年，我们牢记殷殷嘱托')).toEqual(['——这一年，我们牢记殷殷嘱托']);
    expect(textOf('*沙坪坝区“三线一单”编制基准年为 2017 年')).toEqual(['*沙坪坝区“三线一单”编制基准年为 2017 年']);
  });

  test('drops the markdown table delimiter remnant --------⇥---', () => {
    const result = clean('--------\t---', 784);
    expect(result.lines).toEqual([]);
    expect(result.notes[0]).toMatchObject({ line: 784, kind: 'debris' });
  });

  test('leaves clean text untouched and unlogged', () => {
    const raw = '区住房城乡建委 Ⅳ类 ㎡ 0.3‰以内 （2025—2027 年）';
    expect(clean(raw)).toEqual({ lines: [{ line: 7, text: raw }], notes: [] });
  });
});

describe('page furniture', () => {
  test('recognises page numbers in the three printed forms', () => {
    expect(pageNumberOf('- 11 -')).toBe(11);
    expect(pageNumberOf(' — 4 —')).toBe(4);
    expect(pageNumberOf('第 5 页')).toBe(5);
    expect(pageNumberOf('——2025 年 2 月 12 日在…')).toBeNull();
    expect(pageNumberOf('2025')).toBeNull();
  });

  test('removes a running header next to a page number and keeps the page number for numbering', () => {
    const lines = ['前文', '', '重庆市沙坪坝区人民政府公报 2020 年第 2 期', '', '- 11 -', '', '后文'];
    const furniture = findPageFurniture(lines);
    expect([...furniture.drop].sort()).toEqual([2, 4]);
    expect(furniture.footers).toEqual([{ line: 5, page: 11 }]);
    expect(furniture.notes.map((n) => n.line)).toEqual([3, 5]);
    expect(cleanExport(lines).lines.find((l) => l.text === '后文')?.afterPageFurniture).toBe(true);
  });

  test('keeps a cover line that looks like a header but stands alone', () => {
    const lines = ['重庆市沙坪坝区人民政府公报 2025 年第 1 期', '', '(总第 12 期)'];
    expect(findPageFurniture(lines).drop.size).toBe(0);
  });

  test('removes a header that repeats even where the page number is lost', () => {
    const header = '重庆市沙坪坝区人民政府公报 2020 年第 2 期';
    expect(findPageFurniture([header, '正文', header]).drop).toEqual(new Set([0, 2]));
  });
});

describe('running headers of other publications', () => {
  test('removes any short line that stands beside most page numbers', () => {
    const page = (n: number) => [`正文第${n}页的最后一行，`, '', '沙坪坝区政务信息', '', `- ${n} -`, ''];
    const lines = [1, 2, 3, 4].flatMap(page);
    const furniture = findPageFurniture(lines);
    expect(furniture.footers.map((f) => f.page)).toEqual([1, 2, 3, 4]);
    expect([...furniture.drop].map((i) => lines[i]).filter((t) => t === '沙坪坝区政务信息')).toHaveLength(4);
    expect([...furniture.drop].some((i) => lines[i].startsWith('正文'))).toBe(false);
  });

  test('keeps a line that sits beside only one page number', () => {
    const lines = ['附件', '', '- 65 -', '', '正文', '', '- 66 -'];
    expect([...findPageFurniture(lines).drop]).toEqual([2, 6]);
  });
});
