/**
 * Text output of the checker, shared by `npm run check` and the Astro
 * integration so that both print the same lines.
 */
import type { CheckMessage, CheckResult } from './types.ts';

/** content/notices/sfzf-2025-008.mdx:7 signedDate: 成文日期 … */
export function formatMessage(message: CheckMessage): string {
  const location = message.line ? `${message.file}:${message.line}` : message.file;
  return message.field ? `${location} ${message.field}: ${message.message}` : `${location} ${message.message}`;
}

/** Per-collection counts and totals, one line each. */
export function formatSummary(result: CheckResult): string[] {
  const lines = Object.entries(result.counts).map(([collection, count]) => {
    const broken = count.withErrors ? `，其中 ${count.withErrors} 个有错误` : '';
    return `  ${collection.padEnd(10)} ${count.entries} 个条目${broken}`;
  });
  const total = Object.values(result.counts).reduce((sum, count) => sum + count.entries, 0);
  const verdict = result.errors.length
    ? `发现 ${result.errors.length} 个错误、${result.warnings.length} 个警告：请按上面的提示修改后再检查。`
    : `没有错误${result.warnings.length ? `，${result.warnings.length} 个警告` : ''}。`;
  return [`内容检查：共 ${total} 个条目`, ...lines, verdict];
}

/** The full report: errors, then warnings, then the summary. */
export function formatReport(result: CheckResult): string {
  const sections: string[] = [];
  if (result.errors.length) sections.push(['错误：', ...result.errors.map(formatMessage)].join('\n'));
  if (result.warnings.length) sections.push(['警告：', ...result.warnings.map(formatMessage)].join('\n'));
  sections.push(formatSummary(result).join('\n'));
  return sections.join('\n\n');
}
