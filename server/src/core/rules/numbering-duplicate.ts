/** `numbering-duplicate`: two （三） in one list. */
import { siblingLists } from '../model/lists';
import type { Rule } from '../types';
import { renumberFix } from '../facts/numberingFixes';
import { numberingIssues } from '../facts/numberingIssues';

export const numberingDuplicate: Rule = {
  id: 'numbering-duplicate',
  defaultSeverity: 'warning',
  description: 'rule.numbering-duplicate',
  tags: ['numbering'],
  locality: 'structure',
  check({ text, model }, report) {
    for (const list of siblingLists(model).lists) {
      for (const issue of numberingIssues(text, list)) {
        if (issue.kind !== 'duplicate') continue;
        const h = issue.heading;
        const o = issue.original ?? issue.after;
        const fix = renumberFix(model, list);
        report({
          start: h.start,
          end: h.markerEnd,
          message: { key: 'numbering.duplicate', args: [h.marker, (o?.line ?? h.line) + 1] },
          related: o
            ? [{ start: o.start, end: o.markerEnd, message: { key: 'numbering.duplicate', args: [o.marker, o.line + 1] } }]
            : undefined,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};
