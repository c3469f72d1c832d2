/**
 * A report's glossary list and the glossary entries' definitions tell the same
 * story: report R lists term T exactly when T has a definition from R. The list
 * follows the printed numbering, and a definition's year is its report's year
 * (both warnings).
 */
import type { Rule } from '../context.ts';

export const glossaryDefinitions: Rule = {
  name: 'glossary-definitions',
  description: '报告的名词解释列表（glossary）与名词条目的释义（definitions）一致',
  check(context) {
    for (const report of context.validOf('reports')) {
      const seen = new Set<string>();
      let previousNumber = 0;
      report.parsed.glossary.forEach((ref, i) => {
        if (seen.has(ref.id)) {
          context.warn(report, ['glossary', i], `名词“${ref.id}”在列表中出现了两次`);
        }
        seen.add(ref.id);
        const term = context.find('glossary', ref.id);
        if (!term) return;
        const definition = term.parsed.definitions.find((d) => d.report.id === report.id);
        if (!definition) {
          context.error(
            report,
            ['glossary', i],
            `名词“${term.parsed.term}”（${term.displayPath}）的 definitions 中没有来自本报告的释义：` +
              `报告的 glossary 列表与名词条目应一致，请在该名词的 definitions 中加入 report: ${report.id}（或从本列表删去它）`,
          );
          return;
        }
        if (definition.number < previousNumber) {
          context.warn(
            report,
            ['glossary', i],
            `名词“${term.parsed.term}”的编号 ${definition.number} 小于前一项的 ${previousNumber}：列表应按报告中名词解释的印刷顺序排列`,
          );
        }
        previousNumber = Math.max(previousNumber, definition.number);
      });
    }
    for (const term of context.validOf('glossary')) {
      const reportsSeen = new Set<string>();
      term.parsed.definitions.forEach((definition, j) => {
        const report = context.find('reports', definition.report.id);
        if (!report) return;
        if (reportsSeen.has(report.id)) {
          context.warn(
            term,
            ['definitions', j, 'report'],
            `报告“${report.id}”的释义出现了两次：同一报告对一个名词通常只有一条释义`,
          );
        }
        reportsSeen.add(report.id);
        if (!report.parsed.glossary.some((ref) => ref.id === term.id)) {
          context.error(
            term,
            ['definitions', j, 'report'],
            `报告 ${report.displayPath} 的 glossary 列表中没有本名词“${term.id}”：` +
              `名词条目与报告的 glossary 列表应一致，请在该报告的 glossary 中按印刷顺序加入 ${term.id}（或删去这条释义）`,
          );
        }
        if (definition.year !== report.parsed.year) {
          context.warn(
            term,
            ['definitions', j, 'year'],
            `年份 ${definition.year} 与报告 ${report.id} 的年份 ${report.parsed.year} 不一致`,
          );
        }
      });
    }
  },
};
