/** `numbering-lonely`: a level with a single item (（一） with no （二）), a common 公文 fault. */
import { siblingLists } from '../model/lists';
import type { Rule } from '../types';
import { markerFor } from '../facts/numberingFixes';
import { breaksOff, endsWithClosing, modelBreaksOff } from '../model/lineForms';

export const numberingLonely: Rule = {
  id: 'numbering-lonely',
  defaultSeverity: 'warning',
  description: 'rule.numbering-lonely',
  tags: ['numbering', 'structure'],
  locality: 'structure',
  check({ model }, report) {
    const { lists, listOf, acrossLevels } = siblingLists(model);
    // A text that breaks off mid-sentence (an excerpt, a cut scrape, a draft being written) may hold
    // the second item in the part that is missing: an item whose parent section runs to the end
    // of such a text is not called lonely.
    const cut = modelBreaksOff(model);
    // A text that ends in body text, with no date, signature or attachment after it, shows no end.
    // If its numbered part so far is one item at every level (一、 with only 1. under it, running to
    // the end), it reads as the opening of a longer plan (the stored opening of a page: test/corpus
    // 110, 309), not a finished plan of one part: the second item may be in the part not shown.
    let contentEnd = model.text.length;
    while (contentEnd > 0 && /\s/.test(model.text[contentEnd - 1])) contentEnd--;
    const open = !endsWithClosing(model.text);
    const singleChain = (h: (typeof model.headings)[number]): boolean => {
      for (let a = h.parent; a; a = a.parent) if (listOf[a.index].items.length !== 1) return false;
      return true;
    };
    for (const list of lists) {
      if (list.items.length !== 1) continue;
      const h = list.items[0];
      // Under a run-on count (seed 004's 36、 alone under 六、) a single item is fine.
      if (h.value !== 1 || list.expectedFirst !== 1) continue;
      // Nor is the 1. that opens such a count (1. alone under 一、总体目标, 2.…8. under 二、（一）, …
      // 45.: test/corpus 116), numbered on at the same depth or straight through the levels.
      if (acrossLevels.has(`${list.context}|${h.family}`) || lists.some((l) => l.previous === list && l.continuity === 'continue'))
        continue;
      // Another list of the same family under the same parent (split by a restart) means not lonely.
      if (lists.some((l) => l !== list && l.parent === list.parent && l.context === list.context && l.items[0].family === h.family))
        continue;
      const parentEnd = list.parent ? list.parent.end : model.text.length;
      if (cut && parentEnd >= cut) continue;
      if (open && parentEnd >= contentEnd && singleChain(h)) continue;
      // The last numbered part breaks off mid-sentence before what the page adds after it (a
      // document site's teaser and download note, test/corpus 163: …要认真学习、 then the title again).
      if (list.parent && sectionBreaksOff(model, list.parent)) continue;
      // The parent's section is ended by its own number again (壹、 … 壹、: a page that shows the
      // text twice, test/corpus 155): the second item may follow in the copy that was cut.
      if (list.parent && repeatedAfter(list.parent, listOf[list.parent.index].items)) continue;
      report({ start: h.start, end: h.markerEnd, message: { key: 'numbering.lonely', args: [h.marker, markerFor(h, 2)] } });
    }
  },
};

/** True when the item after `parent` in its list carries the same number (the text starts over). */
function repeatedAfter(parent: { readonly value: number }, siblings: readonly { readonly value: number }[]): boolean {
  const i = siblings.indexOf(parent);
  return i >= 0 && i + 1 < siblings.length && siblings[i + 1].value === parent.value;
}

/**
 * True when `parent`'s section holds the last heading of the text and breaks off there (its last
 * line stops mid-sentence, as breaksOff reads the end of a text): what follows it is no heading,
 * so the rest of the section is what the copy lost.
 */
function sectionBreaksOff(
  model: { readonly text: string; readonly headings: readonly { readonly start: number }[] },
  parent: { readonly end: number },
): boolean {
  const last = model.headings.at(-1);
  if (!last || last.start >= parent.end || parent.end >= model.text.length) return false;
  return breaksOff(model.text.slice(0, parent.end), last.start) > 0;
}
