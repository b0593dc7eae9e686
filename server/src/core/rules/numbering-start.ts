/** `numbering-start`: the first item of a list is not 1 (一、 / （一） / 1.). */
import { siblingLists } from '../model/lists';
import type { Rule } from '../types';
import { markerFor, renumberFix } from '../facts/numberingFixes';
import { numberingIssues } from '../facts/numberingIssues';

export const numberingStart: Rule = {
  id: 'numbering-start',
  defaultSeverity: 'warning',
  description: 'rule.numbering-start',
  tags: ['numbering'],
  locality: 'structure',
  check({ text, model }, report) {
    for (const list of siblingLists(model).lists) {
      for (const issue of numberingIssues(text, list)) {
        if (issue.kind !== 'start') continue;
        const h = issue.heading;
        // A list with no parent that starts past 1 is often an excerpt (a page that begins inside
        // a section): renumbering is a quick fix to choose, never part of Fix All.
        const found = renumberFix(model, list);
        const fix = found && !list.parent ? { ...found, safe: false } : found;
        report({
          start: h.start,
          end: h.markerEnd,
          message: { key: 'numbering.start', args: [markerFor(h, issue.expected), h.marker] },
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};
