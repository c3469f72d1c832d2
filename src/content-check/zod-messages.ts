/**
 * Chinese wording for Zod issues. The schemas' own Chinese messages win (Zod
 * gives a schema-level message precedence over a per-parse error map); this map
 * only words the issues the schemas leave to Zod's English defaults.
 */
import type { z } from 'astro/zod';

/** What a Zod type name means to a webmaster. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字（字符串）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段（对象）',
  date: '日期',
  null: '空值 null',
  tuple: '列表',
  record: '一组字段（对象）',
};

/** Describes a value found in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '未填写';
  if (value === null) return '空值 null';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '一组字段（对象）';
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return String(value);
  return `“${String(value)}”`;
}

type Issue = z.core.$ZodRawIssue;

function sizeLimit(iss: Issue & { origin?: string; inclusive?: boolean }, bound: number, small: boolean): string {
  const origin = iss.origin ?? '';
  if (origin === 'string') {
    if (small && bound <= 1) return '不能为空';
    return small ? `至少 ${bound} 个字` : `最多 ${bound} 个字`;
  }
  if (origin === 'array' || origin === 'set') {
    if (small && bound <= 1) return '列表不能为空';
    return small ? `至少 ${bound} 项` : `最多 ${bound} 项`;
  }
  if (small) {
    if (bound === 0 && !iss.inclusive) return '应为正数（大于 0）';
    return iss.inclusive ? `应不小于 ${bound}` : `应大于 ${bound}`;
  }
  return iss.inclusive ? `应不大于 ${bound}` : `应小于 ${bound}`;
}

/** Per-parse error map: Chinese text for every issue kind the schemas do not word themselves. */
export function chineseErrorMap(iss: Issue): string {
  const anyIss = iss as any;
  switch (iss.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[anyIss.expected] ?? anyIss.expected;
      if (iss.input === undefined) return `缺少必填字段（应为${expected}）`;
      return `应为${expected}，实际是${describeValue(iss.input)}`;
    }
    case 'too_small':
      return sizeLimit(anyIss, Number(anyIss.minimum), true);
    case 'too_big':
      return sizeLimit(anyIss, Number(anyIss.maximum), false);
    case 'invalid_value':
      return `应为以下之一：${anyIss.values.map(String).join('、')}`;
    case 'invalid_format':
      return anyIss.pattern ? `格式不正确（应符合 ${anyIss.pattern}）` : `格式不正确（应为 ${anyIss.format}）`;
    case 'not_multiple_of':
      return `应为 ${anyIss.divisor} 的倍数`;
    case 'unrecognized_keys':
      return `有未知字段：${anyIss.keys.join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的写法';
    case 'invalid_key':
      return '字段名不符合要求';
    case 'invalid_element':
      return '列表中有不符合要求的项';
    default:
      return '不符合要求';
  }
}
