/** `numbering-gap`: 一、二、四、 — a number is skipped (also a continued count that jumps). */
import { siblingLists } from '../model/lists';
import type { Rule } from '../types';
import { markerFor, renumberFix } from '../facts/numberingFixes';
import { numberingIssues } from '../facts/numberingIssues';

export const numberingGap: Rule = {
  id: 'numbering-gap',
  defaultSeverity: 'warning',
  description: 'rule.numbering-gap',
  tags: ['numbering'],
  check({ text, model }, report) {
    const { lists } = siblingLists(model);
    for (const list of lists) {
      for (const issue of numberingIssues(text, list)) {
        if (issue.kind !== 'gap') continue;
        const h = issue.heading;
        const fix = renumberFix(model, list);
        report({
          start: h.start,
          end: h.markerEnd,
          message: { key: 'numbering.gap', args: [issue.after ? issue.after.marker : '—', markerFor(h, issue.expected), h.marker] },
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};
