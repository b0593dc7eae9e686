/**
 * Renumbering: rewrite the numerals of markers so every list counts 1, 2, 3… (or runs on, where
 * the document counts across sections). Only numerals inside markers change.
 */
import type { DocumentModel } from '../model/model';
import { NUMERAL_RUN, renumberEdits, siblingLists, type SiblingList } from '../model/lists';
import { enumerationNumeralEdit } from '../facts/numberingFixes';
import { applyEdits } from './fixes';
import { parseDocument } from '../model/parse';
import type { TextEdit } from '../types';

/** Edits renumbering the whole document, or only the list around `offset` when given. */
export function renumber(model: DocumentModel, offset?: number): TextEdit[] {
  return offset === undefined ? renumberToFixedPoint(model) : renumberOnce(model, offset);
}

/**
 * Renumbering can change how the lists are read: `（七）…（一）…` is two lists, but once the
 * first is renumbered `（一）（一）` is one list with a duplicate; `21、…25、` under `四、` and
 * `26、` under `五、` count on, and once 21–25 become 1–5 the 26 must follow; `一是…三是…二是`
 * drops the stray `二是` until the others are renumbered. So renumber until nothing changes (the
 * property tests found these), then express the result as edits of the original text's numerals.
 */
function renumberToFixedPoint(model: DocumentModel): TextEdit[] {
  const first = renumberOnce(model);
  if (!first.length) return first;
  let text = applyEdits(model.text, first);
  for (let pass = 0; pass < 4; pass++) {
    const more = renumberOnce(parseDocument(text));
    if (!more.length) break;
    text = applyEdits(text, more);
  }
  return numeralDiff(model.text, text) ?? first;
}

/** NUMERAL_RUN on its own (matchAll starts from a regex's lastIndex, which numeralEdit's exec leaves behind). */
const NUMERAL_TOKEN = new RegExp(NUMERAL_RUN.source, 'g');

/**
 * Edits turning `from` into `to` when the two differ only in numerals (each numeral run replaced
 * by a run of the same kind), else undefined.
 */
function numeralDiff(from: string, to: string): TextEdit[] | undefined {
  const runs = (t: string) => [...t.matchAll(NUMERAL_TOKEN)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
  const a = runs(from);
  const b = runs(to);
  if (a.length !== b.length) return undefined;
  const edits: TextEdit[] = [];
  let pa = 0;
  let pb = 0;
  for (let i = 0; i < a.length; i++) {
    if (from.slice(pa, a[i].start) !== to.slice(pb, b[i].start)) return undefined;
    const x = a[i].text;
    const y = b[i].text;
    if (x !== y) {
      let p = 0;
      while (p < x.length && p < y.length && x[p] === y[p]) p++;
      let q = 0;
      while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
      edits.push({ start: a[i].start + p, end: a[i].start + x.length - q, newText: y.slice(p, y.length - q) });
    }
    pa = a[i].start + x.length;
    pb = b[i].start + y.length;
  }
  return from.slice(pa) === to.slice(pb) ? edits : undefined;
}

function renumberOnce(model: DocumentModel, offset?: number): TextEdit[] {
  const { lists } = siblingLists(model);
  const edits: TextEdit[] = [];
  if (offset === undefined) {
    // A list that counts on from the one before (`21、` after `20、`) counts on from its new last
    // number, so a chain of such lists settles in one pass.
    const firstOf = new Map<SiblingList, number>();
    for (const list of lists) {
      const prev = list.previous;
      const prevFirst = prev && firstOf.get(prev);
      const expectedFirst =
        list.expectedFirst !== 1 && prev && prevFirst !== undefined ? prevFirst + prev.items.length : list.expectedFirst;
      firstOf.set(list, expectedFirst);
      edits.push(...renumberEdits(model.text, { ...list, expectedFirst }));
    }
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
