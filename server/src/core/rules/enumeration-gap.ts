/** `enumeration-gap`: a run-in series that skips (一是、二是、四是). */
import { toChineseNumeral } from '../text/numerals';
import { enumerationNumeralEdit } from '../facts/numberingFixes';
import type { Enumeration } from '../model/model';
import type { Rule, TextEdit } from '../types';

export const enumerationGap: Rule = {
  id: 'enumeration-gap',
  defaultSeverity: 'warning',
  description: 'rule.enumeration-gap',
  tags: ['numbering', 'enumeration'],
  locality: 'structure',
  check({ model }, report) {
    for (const s of model.series) {
      const items = s.items;
      const edits: TextEdit[] = [];
      if (!s.strays)
        items.forEach((e, i) => {
          if (e.value !== i + 1) edits.push(enumerationNumeralEdit(e, i + 1));
        });
      for (let i = 1; i < items.length; i++) {
        const e = items[i];
        const p = items[i - 1];
        if (e.value === p.value + 1) continue;
        report({
          start: e.start,
          end: e.markerEnd,
          message:
            e.value < p.value
              ? { key: 'enumeration.after', args: [p.marker, withValue(p, p.value + 1), e.marker] }
              : e.value - p.value > 2
                ? { key: 'enumeration.gapMany', args: [p.marker, withValue(p, p.value + 1), withValue(p, e.value - 1), e.marker] }
                : { key: 'enumeration.gap', args: [p.marker, withValue(p, p.value + 1), e.marker] },
          fixes: edits.length ? [{ title: { key: 'fix.renumberList' }, edits, safe: true }] : undefined,
        });
      }
    }
  },
};

/** `p`'s marker written with another number (二是 → 三是). */
function withValue(p: Enumeration, value: number): string {
  return p.marker.replace(/[一二三四五六七八九十]+/, toChineseNumeral(value));
}
