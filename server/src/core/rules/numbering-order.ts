/** `numbering-order`: 三 before 二. */
import { siblingLists } from '../model/lists';
import type { Rule } from '../types';
import { renumberFix } from '../facts/numberingFixes';
import { numberingIssues } from '../facts/numberingIssues';

export const numberingOrder: Rule = {
  id: 'numbering-order',
  defaultSeverity: 'warning',
  description: 'rule.numbering-order',
  tags: ['numbering'],
  locality: 'structure',
  check({ text, model }, report) {
    for (const list of siblingLists(model).lists) {
      for (const issue of numberingIssues(text, list)) {
        if (issue.kind !== 'order') continue;
        const h = issue.heading;
        const fix = renumberFix(model, list);
        report({
          start: h.start,
          end: h.markerEnd,
          message: { key: 'numbering.order', args: [h.marker, issue.after?.marker ?? ''] },
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};
