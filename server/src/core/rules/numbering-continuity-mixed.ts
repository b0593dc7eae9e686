/**
 * `numbering-continuity-mixed`: some sections restart numbering and others continue it.
 * Seed 004 numbers 1、…36、 straight through six sections: consistent, no finding.
 */
import { kindKey, siblingLists } from '../model/lists';
import type { Rule } from '../types';

export const numberingContinuityMixed: Rule = {
  id: 'numbering-continuity-mixed',
  defaultSeverity: 'warning',
  description: 'rule.numbering-continuity-mixed',
  tags: ['numbering'],
  locality: 'structure',
  check({ model }, report) {
    const { lists, mode } = siblingLists(model);
    // Count restarts and continuations per kind to find the minority.
    const tally = new Map<string, { restart: number; cont: number }>();
    for (const l of lists) {
      const k = kindKey(l.items[0]);
      const t = tally.get(k) ?? { restart: 0, cont: 0 };
      if (l.continuity === 'restart') t.restart++;
      if (l.continuity === 'continue') t.cont++;
      tally.set(k, t);
    }
    for (const l of lists) {
      const k = kindKey(l.items[0]);
      if (mode.get(k) !== 'mixed') continue;
      const t = tally.get(k) as { restart: number; cont: number };
      const minority = t.cont >= t.restart ? 'restart' : 'continue';
      if (l.continuity !== minority) continue;
      const h = l.items[0];
      report({
        start: h.start,
        end: h.markerEnd,
        message:
          minority === 'restart'
            ? { key: 'numbering.continuityMixed', args: [h.marker] }
            : { key: 'numbering.continuityMixedContinue', args: [h.marker] },
      });
    }
  },
};
