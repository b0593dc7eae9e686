/** Numbering fixes and labels shared by the numbering rules and the renumber service: list fixes, run-in numeral edits, marker labels. */
import { lowerBound, type DocumentModel, type Enumeration, type Heading } from '../model/model';
import { formatMarker } from '../model/markers';
import { renumberEdits, type SiblingList } from '../model/lists';
import { toChineseNumeral } from '../text/numerals';
import type { Fix, TextEdit } from '../types';

/**
 * "Renumber this list" for a list whose numbers are off; undefined when nothing would change, or
 * when a mid-line marker of its family stands inside it: renumbered, the list could take that
 * marker in (`3、……。 2、……` once 3 becomes 1) and be off again. The renumber command, which
 * renumbers until the reading settles, handles those.
 */
export function renumberFix(model: DocumentModel, list: SiblingList): Fix | undefined {
  const edits = renumberEdits(model.text, list);
  if (!edits.length || straysInside(model, list)) return undefined;
  return { title: { key: 'fix.renumberList' }, edits, safe: true };
}

function straysInside(model: DocumentModel, list: SiblingList): boolean {
  const strays = model.strayMarkers;
  const to = list.items[list.items.length - 1].end;
  for (let i = lowerBound(strays, (s) => s.start, list.items[0].start); i < strays.length && strays[i].start < to; i++) if (strays[i].family === list.items[0].family) return true;
  return false;
}

/** The marker a heading would carry with `value`, in its own style (for messages). */
export function markerFor(h: Heading, value: number): string {
  return formatMarker(h.family, h.variant, value);
}

/** Replaces the numeral of a run-in marker (一是 → 三是, 第一， → 第三，). */
export function enumerationNumeralEdit(e: Enumeration, value: number): TextEdit {
  const offset = e.family === 'ordinal' || e.family === 'qi' ? 1 : 0;
  const numeral = /^[第其]?([一二三四五六七八九十百零〇两]+)/.exec(e.marker);
  const len = numeral ? numeral[1].length : 1;
  return { start: e.start + offset, end: e.start + offset + len, newText: toChineseNumeral(value) };
}
