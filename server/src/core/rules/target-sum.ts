/**
 * `target-sum`: the parts after 其中 must add up to the total (seed 002: 8.7 = 5.2 + 3.5; seed 004:
 * 900 = 540 + 360). Parts are not always exhaustive (其中高校毕业生3万人), so a shortfall is reported
 * only for the complementary pair 出口 + 进口 of an 进出口/外贸 total; parts above the total always are.
 */
import { breakdowns, inUnitOf } from '../facts/breakdowns';
import { shownText } from '../facts/targets';
import type { Rule } from '../types';

export const targetSum: Rule = {
  id: 'target-sum',
  defaultSeverity: 'warning',
  description: 'rule.target-sum',
  tags: ['targets'],
  check({ text, targets }, report) {
    for (const b of breakdowns(text, targets)) {
      if (b.ok) continue;
      const expr = b.parts.map(shownText).join(' + ');
      report({
        start: b.parts[0].start,
        end: b.parts[b.parts.length - 1].end,
        message: { key: 'targets.sumMismatch', args: [inUnitOf(b.total, b.sum), shownText(b.total), expr] },
        related: [{ start: b.total.start, end: b.total.end, message: { key: 'targets.total' } }],
      });
    }
  },
};
