/**
 * One 文号, one document. 文号 are compared in their normal form, so
 * 沙府发〔2025〕8 号 and 沙府发〔2025〕8号 are the same number.
 */
import type { NoticeData } from '../../../schemas/notice.ts';
import type { Rule } from '../context.ts';
import type { ValidEntry } from '../types.ts';

export const uniqueWenhao: Rule = {
  name: 'unique-wenhao',
  description: '文号在所有文件中唯一（按规范写法比较）',
  check(context) {
    const firstByWenhao = new Map<string, ValidEntry<NoticeData>>();
    for (const notice of context.validOf<NoticeData>('notices')) {
      const wenhao = notice.parsed.wenhao;
      if (!wenhao) continue;
      const first = firstByWenhao.get(wenhao);
      if (!first) {
        firstByWenhao.set(wenhao, notice);
        continue;
      }
      context.error(
        notice,
        ['wenhao'],
        `文号“${wenhao}”与 ${first.displayPath} 重复：每个文号只能属于一个文件（文号按规范写法比较，空格和括号样式不算区别）`,
      );
    }
  },
};
