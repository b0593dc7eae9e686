/** `numbering-style-mixed`: siblings written in different styles (`1、` beside `1.`, `(四)` beside `（三）`). */
import { siblingLists } from '../model/lists';
import { correctedVariant, formatMarker } from '../model/markers';
import type { Rule } from '../types';

export const numberingStyleMixed: Rule = {
  id: 'numbering-style-mixed',
  defaultSeverity: 'warning',
  description: 'rule.numbering-style-mixed',
  tags: ['numbering', 'style'],
  locality: 'structure',
  check({ model }, report) {
    for (const list of siblingLists(model).lists) {
      if (list.items.length < 2) continue;
      const counts = new Map<string, number>();
      const style = (h: (typeof list.items)[number]) => correctedVariant(h.family, h.variant);
      for (const h of list.items) counts.set(style(h), (counts.get(style(h)) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The majority style wins; on a tie, the first item's.
      let best = style(list.items[0]);
      for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
      const model0 = list.items.find((h) => h.variant === best);
      // An item whose only fault is its punctuation is marker-punctuation's to report.
      for (const h of list.items) {
        if (style(h) === best) continue;
        const wanted = formatMarker(h.family, best, h.value);
        report({
          start: h.start,
          end: h.markerEnd,
          message: { key: 'numbering.styleMixed', args: [h.marker, model0?.marker ?? wanted] },
          fixes:
            h.marker === model.text.slice(h.start, h.markerEnd)
              ? [
                  {
                    title: { key: 'fix.normaliseMarker', args: [wanted] },
                    edits: [{ start: h.start, end: h.markerEnd, newText: wanted }],
                    safe: true,
                  },
                ]
              : undefined,
        });
      }
    }
  },
};
