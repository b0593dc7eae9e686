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
  // A line without a bracketed (`”（`) or shared (`“三个100%”`) count is read for its colons and the
  // numerals before them (a series' count, 13 characters), the blanks after them, and `四是`-like pairs (a series written
  // on further on is uncertain).
  quiet: {
    unless: /”[（(]|“[一二三四五六七八九十两\d]{1,3}个\d/,
    near: [
      [/[：:]/, 18],
      [/[\s是要一二三四五六七八九十两\d]/, 1],
    ],
    reach: 0,
  },
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
