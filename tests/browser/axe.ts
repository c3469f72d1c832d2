/** axe-core through @axe-core/playwright with the WCAG 2.0, 2.1 and 2.2 A/AA rules. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Violations as readable lines: rule, impact, and the first elements concerned. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`);
    return `${v.id} (${v.impact}) ${v.help}\n    ${nodes.join('\n    ')}`;
  });
}

/** How many rules axe ran, to prove the check is not empty. */
export async function axeRuleCount(page: Page): Promise<number> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.passes.length + results.violations.length + results.incomplete.length;
}
