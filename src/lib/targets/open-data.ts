/**
 * Open data: one flat record per observation and per task, the CSV writer
 * (UTF-8 with BOM so that Excel opens Chinese text correctly, RFC 4180
 * quoting) and a reader used to prove the round trip. Field lists, with a
 * Chinese description each, are published on /targets/ (docs of the data).
 */
import type { IndicatorView } from './model.ts';
import { describeValue, sourceHref } from './charts/describe.ts';

export interface Field {
  key: string;
  /** Description for the data documentation (Chinese). */
  label: string;
}

export const OBSERVATION_FIELDS: Field[] = [
  { key: 'indicator', label: '指标标识（网址中的英文名）' },
  { key: 'indicator_name', label: '指标名称' },
  { key: 'unit', label: '单位（数值均换算为此单位）' },
  { key: 'type', label: 'target＝目标，result＝结果' },
  { key: 'year', label: '所属年份（多年期为最后一年）' },
  { key: 'from_year', label: '起始年份（多年期）' },
  { key: 'period', label: '时期：全年、预计全年、1-9月、“十四五”时期等' },
  { key: 'period_kind', label: 'year＝全年，part-year＝部分时期，multi-year＝多年，milestone＝阶段节点' },
  { key: 'estimate', label: '是否为预计数（true/false）' },
  { key: 'value', label: '数值（由原文解析；定性表述为空）' },
  { key: 'bound', label: 'exact、about（左右）、at-least（以上）、more-than（突破/超）、at-most（以内）' },
  { key: 'qualifier', label: '原文中的限定词或定性表述' },
  { key: 'value_text', label: '数值及限定词的展示文字' },
  { key: 'definition', label: '统计口径（同一口径的目标与结果才比较）' },
  { key: 'rank', label: '原文中的排名' },
  { key: 'adjusted', label: '原文中的调整后数值（如扣除留抵退税因素后）' },
  { key: 'status', label: '目标的状态：达成、未达成、进行中、无法比较（按公布的规则计算）' },
  { key: 'status_reason', label: '状态的理由' },
  { key: 'status_basis', label: '状态所依据的结果原文（仅目标行）' },
  { key: 'status_basis_value', label: '该结果的数值' },
  { key: 'office_verdict', label: '督查办报告对该项的结论（原文分组，推断者注明）' },
  { key: 'text', label: '原文（逐字）' },
  { key: 'note', label: '说明' },
  { key: 'source', label: '来源文件与段落的网址' },
];

export type Row = Record<string, string | number | boolean | null>;

/** One record per observation, in indicator order then file order. */
export function observationRecords(views: IndicatorView[], site: string): Row[] {
  return views.flatMap((v) =>
    v.observations.map((o): Row => {
      const r = o.read;
      const t = v.targets.find((x) => x.target.key === o.key);
      return {
        indicator: v.id,
        indicator_name: v.name,
        unit: v.unit,
        type: o.type,
        year: r.period.year,
        from_year: r.period.fromYear,
        period: r.period.label,
        period_kind: r.period.kind,
        estimate: r.period.estimate,
        value: r.value,
        bound: r.bound,
        qualifier: r.qualifier,
        value_text: describeValue(r, v.unit),
        definition: r.definition,
        rank: r.rank?.printed ?? null,
        adjusted: r.adjusted?.value ?? null,
        status: t?.status.status ?? null,
        status_reason: t?.status.reason ?? null,
        status_basis: t?.decisive?.text ?? null,
        status_basis_value: t?.decisive?.read.value ?? null,
        office_verdict: o.verdict
          ? `${o.verdict.verdict}${o.verdict.inferred ? '（推断：报告称7项但只列出6项）' : ''}`
          : null,
        text: o.text,
        note: o.note,
        source: new URL(sourceHref(o), site).href,
      };
    }),
  );
}

const cell = (v: Row[string]) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text with a BOM, CRLF line ends, a header row of `fields`' keys. */
export function toCsv(rows: Row[], fields: Field[]): string {
  const lines = [fields.map((f) => f.key).join(','), ...rows.map((r) => fields.map((f) => cell(r[f.key])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Reads CSV written by toCsv (BOM, quotes, doubled quotes, line breaks in quotes) into string records. */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((k, i) => [k, r[i] ?? ''])));
}
