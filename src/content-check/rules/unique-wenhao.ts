/**
 * One 文号, one document. 文号 are compared in their normal form, so
 * 沙府发〔2025〕8 号 and 沙府发〔2025〕8号 are the same number.
 */
import type { Rule } from '../context.ts';
import { forEachDuplicate } from './duplicates.ts';

export const uniqueWenhao: Rule = {
  name: 'unique-wenhao',
  description: '文号在所有文件中唯一（按规范写法比较）',
  check(context) {
    forEachDuplicate(
      context.validOf('notices'),
      (notice) => notice.parsed.wenhao,
      (notice, others, wenhao) => {
        context.error(
          notice,
          ['wenhao'],
          `文号“${wenhao}”与 ${others.map((o) => o.displayPath).join('、')} 重复：` +
            '每个文号只能属于一个文件（文号按规范写法比较，空格和括号样式不算区别）',
        );
      },
    );
  },
};
