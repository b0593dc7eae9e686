/** `numbering-gap`: 一、二、四、 — a number is skipped (also a continued count that jumps). */
import { siblingLists } from '../model/lists';
import type { Heading } from '../model/model';
import type { Message, Rule } from '../types';
import { markerFor, renumberFix } from '../facts/numberingFixes';
import { numberingIssues } from '../facts/numberingIssues';

export const numberingGap: Rule = {
  id: 'numbering-gap',
  defaultSeverity: 'warning',
  description: 'rule.numbering-gap',
  tags: ['numbering'],
  locality: 'structure',
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
          message: gapMessage(h, issue.after ? issue.after.marker : '—', issue.expected),
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};

/** Names the missing number, or the first and last of several missing ones. */
function gapMessage(h: Heading, after: string, expected: number): Message {
  // A continued count that falls back (… 7、 then 5、 under the next section) misses nothing.
  if (h.value < expected) return { key: 'numbering.after', args: [after, markerFor(h, expected), h.marker] };
  if (h.value - expected > 1)
    return { key: 'numbering.gapMany', args: [after, markerFor(h, expected), markerFor(h, h.value - 1), h.marker] };
  return { key: 'numbering.gap', args: [after, markerFor(h, expected), h.marker] };
}
