/** `approx-redundant`: 大约…左右 / 约…左右 say the same thing twice (GB/T 15835 usage note). */
import type { Rule } from '../types';

const RE = /(大约|约|大概)(\d+(?:\.\d+)?[^\d，。；、\n]{0,8}?)左右/g;

export const approxRedundant: Rule = {
  id: 'approx-redundant',
  defaultSeverity: 'info',
  description: 'rule.approx-redundant',
  tags: ['targets', 'style'],
  locality: 'line',
  check({ text }, report) {
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(text))) {
      // 约束 / 制约 are words, not 约.
      if (m[1] === '约' && /[制节预签公契条合协违履]/.test(text[m.index - 1] ?? '')) continue;
      const end = m.index + m[0].length;
      report({
        start: m.index,
        end,
        message: { key: 'targets.approxRedundant', args: [m[1]] },
        fixes: [{ title: { key: 'fix.removeWord', args: ['左右'] }, edits: [{ start: end - 2, end, newText: '' }], safe: false }],
      });
    }
  },
};
