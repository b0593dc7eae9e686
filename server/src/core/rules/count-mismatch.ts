/**
 * `count-mismatch`: a count the text announces does not match the items it lists
 * (`“四个重点”（A、B、C）`). Only the unambiguous shapes of core/facts/counts.ts are compared.
 */
import { countStatements } from '../facts/counts';
import type { Rule } from '../types';

export const countMismatch: Rule = {
  id: 'count-mismatch',
  defaultSeverity: 'warning',
  description: 'rule.count-mismatch',
  tags: ['consistency', 'counts'],
  // A count statement holds “” or a colon; `四是` further on makes a series uncertain.
  quiet: { unless: /[“”：:]|[一二三四五六七八九十两\d][是要]/, reach: 0 },
  check({ model }, report) {
    for (const c of countStatements(model)) {
      if (c.count >= c.minItems && c.count <= c.maxItems) continue;
      const listed = c.minItems === c.maxItems ? String(c.minItems) : `${c.minItems}–${c.maxItems}`;
      report({
        start: c.numeralStart,
        end: c.numeralEnd,
        message: { key: 'count.mismatch', args: [c.phrase, c.count, listed] },
        related: [{ start: c.listStart, end: c.listEnd, message: { key: 'count.related' } }],
      });
    }
  },
};
