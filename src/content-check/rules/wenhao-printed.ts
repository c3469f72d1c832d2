/**
 * The 文号 as printed (wenhaoPrinted) and the normalised 文号 (wenhao) name the
 * same number: a mismatch means one of them was copied from another document.
 */
import { normaliseWenhao } from '../../lib/wenhao.ts';
import type { Rule } from '../context.ts';

export const wenhaoPrinted: Rule = {
  name: 'wenhao-printed',
  description: '印刷文号（wenhaoPrinted）与规范文号（wenhao）一致',
  check(context) {
    for (const notice of context.validOf('notices')) {
      const { wenhao, wenhaoPrinted } = notice.parsed;
      if (!wenhaoPrinted) continue;
      const normal = normaliseWenhao(wenhaoPrinted);
      if (!normal) {
        context.error(
          notice,
          ['wenhaoPrinted'],
          `“${wenhaoPrinted}”不是有效的文号：应为 发文机关代字〔年份〕序号号，例如 沙府发〔2025〕8 号`,
        );
      } else if (!wenhao) {
        context.error(notice, ['wenhao'], `印刷文号为“${wenhaoPrinted}”，但 wenhao 为空：应填写其规范写法“${normal}”`);
      } else if (normal !== wenhao) {
        context.error(
          notice,
          ['wenhaoPrinted'],
          `印刷文号“${wenhaoPrinted}”（规范写法“${normal}”）与 wenhao“${wenhao}”不一致：两者应是同一个文号`,
        );
      }
    }
  },
};
