/** Numbering fixes and labels shared by the numbering rules and the renumber service: list fixes, run-in numeral edits, marker labels. */
import { lineAt, lowerBound, type DocumentModel, type Enumeration, type Heading } from '../model/model';
import { formatMarker, matchMarker } from '../model/markers';
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
  if (!edits.length || straysInside(model, list) || gluedAfterRenumbering(model, list)) return undefined;
  return { title: { key: 'fix.renumberList' }, edits, safe: structureCertain(model, list) };
}

/**
 * True when the reading of a list's family is certain enough for Fix All: no heading of the family
 * in its context was read from a marker alone on its line, no bare marker of the family stands
 * orphaned in the context, and the family does not nearly count straight through across levels
 * (a renumbering would restart what runs on).
 */
export function structureCertain(model: DocumentModel, list: SiblingList): boolean {
  const { family, context } = list.items[0];
  return !uncertainFamilies(model).has(`${context}|${family}`);
}

const uncertainCache = new WeakMap<DocumentModel, Set<string>>();

/** `context|family` of every family whose reading is uncertain (see structureCertain); one pass. */
function uncertainFamilies(model: DocumentModel): Set<string> {
  const hit = uncertainCache.get(model);
  if (hit) return hit;
  const out = new Set<string>();
  const runs = new Map<string, { prev: number; steps: number; ones: number; restarts: number; depths: Set<number> }>();
  for (const h of model.headings) {
    const k = `${h.context}|${h.family}`;
    if (h.alone || h.cell || h.cited || h.afterUnnumbered) out.add(k);
    let r = runs.get(k);
    if (!r) runs.set(k, (r = { prev: 0, steps: 0, ones: 0, restarts: 0, depths: new Set() }));
    r.depths.add(h.depth);
    if (r.prev > 0) {
      r.steps++;
      if (h.value === r.prev + 1) r.ones++;
      else if (h.value === 1) r.restarts++;
    }
    r.prev = h.value;
  }
  // Nearly a count across levels: values mostly rising by one through the context, never
  // restarting, at more than one depth (a count across levels with a fault or two).
  for (const [k, r] of runs) if (r.depths.size >= 2 && r.steps >= 5 && r.restarts === 0 && r.ones >= r.steps * 0.8) out.add(k);
  const contexts = model.contexts;
  let c = 0;
  for (const s of model.strayMarkers) {
    while (c + 1 < contexts.length && contexts[c + 1].start <= s.start) c++;
    if (isBareLine(model, s.start)) out.add(`${c}|${s.family}`);
  }
  uncertainCache.set(model, out);
  return out;
}

/** True when the stray marker at `start` stands alone on its line. */
function isBareLine(model: DocumentModel, start: number): boolean {
  const line = model.lines[lineAt(model.lines, start)];
  return model.text.slice(line.start, line.end).trim().length <= 8;
}

/**
 * Whether an item of an Arabic list renumbered would take in a number glued inside its title as its next
 * item (`34、记2.者…` renumbered to `1、记2.者…` reads `2.者…` as item 2): the parser splits a title at a
 * glued marker of the list's next number. Such a list gets no fix (the renumber command settles it).
 */
function gluedAfterRenumbering(model: DocumentModel, list: SiblingList): boolean {
  const { text } = model;
  const family = list.items[0].family;
  if (family === 'cn-paren' || family === 'ar-paren') return bracketedAfterRenumbering(model, list);
  // (A glued `1.` is read as a first sub-item whatever its parent's number: only the next number's reading moves.)
  if (family !== 'ar') return false;
  return list.items.some((h, i) => {
    const want = list.expectedFirst + i;
    if (h.value === want) return false;
    // (On the title alone: a search of the text from the title would run on to its end.)
    const title = text.slice(Math.max(0, h.markerEnd - 1), h.titleEnd);
    GLUED_NUMBER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = GLUED_NUMBER.exec(title));) {
      const v = Number(m[1]);
      if (v === want + 1 && v !== h.value + 1) return true;
    }
    return false;
  });
}
/**
 * The same for a bracketed family: an item renumbered would read a marker of the list's next number later in its title
 * as a run-in sibling (`（九）守（二）扩大…` renumbered to `（一）守（二）扩大…` reads `（二）扩大…` as item 2; fuzz seed 739610240).
 */
function bracketedAfterRenumbering(model: DocumentModel, list: SiblingList): boolean {
  const { text } = model;
  const family = list.items[0].family;
  return list.items.some((h, i) => {
    const want = list.expectedFirst + i;
    if (h.value === want) return false;
    // (Its title, as splitTitle reads it: in an HTML view a source line can hold the whole page.)
    const end = h.titleEnd;
    // (Brackets opened before and not closed: a marker inside one is a reference, `（见附件（二））`, which the parser skips.)
    let paren = 0;
    for (let p = h.markerEnd; p < end; p++) {
      const c = text.charCodeAt(p);
      if ((c === 0xff09 /* ） */ || c === 0x29) /* ) */ && paren > 0) paren--;
      if (c !== 0xff08 /* （ */ && c !== 0x28 /* ( */) continue;
      const m = matchMarker(text, p, end);
      if (!m) paren++;
      else if (paren > 0) p = m.end - 1;
      else if (m.family === family && m.value === want + 1 && m.value !== h.value + 1) return true;
    }
    return false;
  });
}
/** A number glued to an ideograph before it and a marker's punctuation after it (`记2.者`, `工作3、`). */
const GLUED_NUMBER = /(?<=[\u3400-\u9fff])([0-9]{1,2})[.．、]/g;

function straysInside(model: DocumentModel, list: SiblingList): boolean {
  const strays = model.strayMarkers;
  const to = list.items[list.items.length - 1].end;
  for (let i = lowerBound(strays, (s) => s.start, list.items[0].start); i < strays.length && strays[i].start < to; i++)
    if (strays[i].family === list.items[0].family) return true;
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
