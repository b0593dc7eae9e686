/** `level-inversion`: a higher-order marker nested under a lower one (GB/T 15834 B.3.8: `（一）` under `1.`). */
import { FAMILY_RANK } from '../model/model';
import type { Rule } from '../types';

export const levelInversion: Rule = {
  id: 'level-inversion',
  defaultSeverity: 'warning',
  description: 'rule.level-inversion',
  tags: ['numbering', 'structure'],
  locality: 'structure',
  check({ model }, report) {
    for (const h of model.headings) {
      const p = h.parent;
      if (!p || FAMILY_RANK[h.family] >= FAMILY_RANK[p.family]) continue;
      // A labelled level (`行动1：`) has no place in the national order: a plan may put 一、 under it.
      if (h.family === 'labelled' || p.family === 'labelled') continue;
      // Report the first child of an inverted list only; its siblings share the finding.
      if (p.children[0] !== h && p.children.slice(0, p.children.indexOf(h)).some((c) => c.family === h.family)) continue;
      report({ start: h.start, end: h.markerEnd, message: { key: 'numbering.levelInversion', args: [h.marker, p.marker] } });
    }
  },
};
