/**
 * `percent-vs-points` (info): `比重提高2%` where 个百分点 is likely meant — a rate rises by points,
 * a quantity by percent.
 */
import { joinWrapped, shownText } from '../facts/targets';
import type { Rule } from '../types';

const CHANGE_VERBS = new Set(['提高', '提升', '降低', '下降', '增加', '减少']);

export const percentVsPoints: Rule = {
  id: 'percent-vs-points',
  defaultSeverity: 'info',
  description: 'rule.percent-vs-points',
  tags: ['targets'],
  locality: 'target',
  check({ text, targets }, report) {
    for (const t of targets) {
      if (t.unit !== '%' || t.valueMax !== undefined) continue;
      // The verb stands right before the value: without one the pattern below (tried at each of
      // the 24 characters) cannot match.
      if (t.start - 2 < t.sentenceStart || !CHANGE_VERBS.has(text.slice(t.start - 2, t.start))) continue;
      const before = text.slice(Math.max(t.sentenceStart, t.start - 24), t.start);
      const m = /([\u3400-\u9fff]{0,8}(?:率|比重|占比|比例|份额))(?:[^，。；\d]{0,4})?(提高|提升|降低|下降|增加|减少)$/.exec(before);
      if (!m) continue;
      // The % as written (`2.50%`: String(value) would be `2.5`; a wrapped copy may hold a line break before it).
      const percent = t.text.search(/[%％]/);
      if (percent < 0) continue;
      const value = joinWrapped(t.text.slice(0, percent));
      report({
        start: t.start,
        end: t.end,
        message: { key: 'targets.percentVsPoints', args: [m[1], shownText(t), value] },
        fixes: [
          {
            title: { key: 'fix.usePoints', args: [value] },
            edits: [{ start: t.start + percent, end: t.start + percent + 1, newText: '个百分点' }],
            safe: false,
          },
        ],
      });
    }
  },
};
