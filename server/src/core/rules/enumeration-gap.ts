/** `enumeration-gap`: a run-in series that skips (一是、二是、四是). */
import { toChineseNumeral } from '../text/numerals';
import { enumerationNumeralEdit } from '../facts/numberingFixes';
import type { Rule, TextEdit } from '../types';

export const enumerationGap: Rule = {
  id: 'enumeration-gap',
  defaultSeverity: 'warning',
  description: 'rule.enumeration-gap',
  tags: ['numbering', 'enumeration'],
  check({ model }, report) {
    for (const s of model.series) {
      const items = s.items;
      const edits: TextEdit[] = [];
      if (!s.strays) items.forEach((e, i) => {
        if (e.value !== i + 1) edits.push(enumerationNumeralEdit(e, i + 1));
      });
      for (let i = 1; i < items.length; i++) {
        const e = items[i];
        const p = items[i - 1];
        if (e.value === p.value + 1) continue;
        report({
          start: e.start,
          end: e.markerEnd,
          message: { key: 'enumeration.gap', args: [p.marker, p.marker.replace(/[一二三四五六七八九十]+/, toChineseNumeral(p.value + 1)), e.marker] },
          fixes: edits.length ? [{ title: { key: 'fix.renumberList' }, edits, safe: true }] : undefined,
        });
      }
    }
  },
};
