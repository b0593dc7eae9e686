/** `numbering-lonely`: a level with a single item (（一） with no （二）), a common 公文 fault. */
import { siblingLists } from '../model/lists';
import type { Rule } from '../types';
import { markerFor } from '../facts/numberingFixes';
import { modelBreaksOff } from '../model/lineForms';

export const numberingLonely: Rule = {
  id: 'numbering-lonely',
  defaultSeverity: 'warning',
  description: 'rule.numbering-lonely',
  tags: ['numbering', 'structure'],
  locality: 'structure',
  check({ model }, report) {
    const { lists } = siblingLists(model);
    // A text that breaks off mid-sentence (an excerpt, a cut scrape, a draft being written) may hold
    // the second item in the part that is missing: an item whose parent section runs to the end
    // of such a text is not called lonely.
    const cut = modelBreaksOff(model);
    for (const list of lists) {
      if (list.items.length !== 1) continue;
      const h = list.items[0];
      // Under a run-on count (seed 004's 36、 alone under 六、) a single item is fine.
      if (h.value !== 1 || list.expectedFirst !== 1) continue;
      // Another list of the same family under the same parent (split by a restart) means not lonely.
      if (lists.some((l) => l !== list && l.parent === list.parent && l.context === list.context && l.items[0].family === h.family))
        continue;
      if (cut && (list.parent ? list.parent.end : model.text.length) >= cut) continue;
      report({ start: h.start, end: h.markerEnd, message: { key: 'numbering.lonely', args: [h.marker, markerFor(h, 2)] } });
    }
  },
};
