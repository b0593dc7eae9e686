/**
 * Renumbering: rewrite the numerals of markers so every list counts 1, 2, 3… (or runs on, where
 * the document counts across sections). Only numerals inside markers change.
 */
import type { DocumentModel } from './model';
import { renumberEdits, siblingLists, type SiblingList } from './lists';
import { enumerationNumeralEdit } from './rules/enumeration-gap';
import type { TextEdit } from './types';

/** Edits renumbering the whole document, or only the list around `offset` when given. */
export function renumber(model: DocumentModel, offset?: number): TextEdit[] {
  const { lists } = siblingLists(model);
  const edits: TextEdit[] = [];
  if (offset === undefined) {
    for (const list of lists) edits.push(...renumberEdits(model.text, list));
    for (const s of model.series) s.items.forEach((e, i) => e.value !== i + 1 && edits.push(enumerationNumeralEdit(e, i + 1)));
    return edits;
  }
  const series = model.series.find((s) => s.items[0].start <= offset && offset <= s.items[s.items.length - 1].end);
  const list = listAt(lists, model, offset);
  if (series && (!list || series.items[0].start > list.items[0].start)) {
    series.items.forEach((e, i) => e.value !== i + 1 && edits.push(enumerationNumeralEdit(e, i + 1)));
    return edits;
  }
  return list ? renumberEdits(model.text, list) : [];
}

/** The list of the heading at the cursor, else of the innermost heading whose section holds it. */
function listAt(lists: readonly SiblingList[], model: DocumentModel, offset: number): SiblingList | undefined {
  const { listOf } = siblingLists(model);
  let best: number | undefined;
  for (const h of model.headings) {
    if (h.start > offset) break;
    if (offset <= Math.max(h.end, h.titleEnd)) best = h.index;
  }
  if (best === undefined) return lists[0];
  return listOf[best];
}
