/**
 * Sibling lists of headings and how a document counts them (restart under each parent, or run
 * on across parents as seed 004 does). Computed once per model and shared by the numbering rules,
 * the renumber command and completion.
 */
import type { DocumentModel, Heading } from './model';
import { formatMarker } from './markers';
import type { TextEdit } from '../types';

export interface SiblingList {
  readonly items: readonly Heading[];
  readonly parent: Heading | undefined;
  readonly context: number;
  readonly depth: number;
  /** The number the first item should carry: 1, or the previous list's last + 1 when counting runs on. */
  readonly expectedFirst: number;
  /** How this list relates to the previous list of the same family and depth. */
  readonly continuity: 'first' | 'restart' | 'continue' | 'other';
  /** The list before it with the same family and depth in the same context, if any. */
  readonly previous: SiblingList | undefined;
}

export interface ListAnalysis {
  readonly lists: readonly SiblingList[];
  /** List of each heading, by heading index. */
  readonly listOf: readonly SiblingList[];
  /** Per (context, family, depth): the counting mode the document mostly uses. */
  readonly mode: ReadonlyMap<string, 'restart' | 'continue' | 'mixed' | 'single'>;
  /**
   * `context|family` of the families numbered straight through across levels: `1.`…`45.` whether
   * the item stands directly under `一、` or under a `（三）`. Legitimate, never renumbered.
   */
  readonly acrossLevels: ReadonlySet<string>;
}

/**
 * The families of each context whose items count 1, 2, 3, … straight through the document at more
 * than one depth, at least six of them, with a list that starts past 1 (otherwise it is the usual
 * restart under each parent, or one list). One number left out after the sixth item is allowed.
 */
export function acrossLevelFamilies(model: DocumentModel): Set<string> {
  const seen = new Map<
    string,
    { next: number; depths: Set<number>; ok: boolean; laterStart: boolean; count: number; gaps: number; parent: Heading | undefined }
  >();
  for (const h of model.headings) {
    const key = `${h.context}|${h.family}`;
    let s = seen.get(key);
    if (!s) seen.set(key, (s = { next: 1, depths: new Set(), ok: true, laterStart: false, count: 0, gaps: 0, parent: h.parent }));
    if (!s.ok) continue;
    // One number left out of a long count (test/corpus 111: 26. then 28.) is a gap in the count,
    // reported as such, not the end of counting straight through.
    if (h.value === s.next + 1 && s.count >= 6 && s.gaps === 0) s.gaps++;
    else if (h.value !== s.next) {
      s.ok = false;
      continue;
    }
    s.next = h.value;
    if (h.parent !== s.parent && h.value > 1) s.laterStart = true;
    s.parent = h.parent;
    s.next++;
    s.count++;
    s.depths.add(h.depth);
  }
  const out = new Set<string>();
  for (const [key, s] of seen) if (s.ok && s.count >= 6 && s.depths.size >= 2 && s.laterStart) out.add(key);
  return out;
}

const cache = new WeakMap<DocumentModel, ListAnalysis>();

/** Groups headings into sibling lists (same parent, context and family). */
export function siblingLists(model: DocumentModel): ListAnalysis {
  const hit = cache.get(model);
  if (hit) return hit;
  const groups = new Map<string, Heading[]>();
  const current = new Map<string, number>();
  const order: string[] = [];
  for (const h of model.headings) {
    // A `一、` after `三、` under the same parent starts a new list rather than a long disorder.
    const base = `${h.context}|${h.parent ? h.parent.index : -1}|${h.family}`;
    let n = current.get(base) ?? 0;
    const open = groups.get(`${base}#${n}`);
    if (open && h.value === 1 && open[open.length - 1].value > 1) n++;
    current.set(base, n);
    const key = `${base}#${n}`;
    let items = groups.get(key);
    if (!items) {
      items = [];
      groups.set(key, items);
      order.push(key);
    }
    items.push(h);
  }
  const lists: SiblingList[] = [];
  const listOf: SiblingList[] = new Array(model.headings.length);
  const lastOfKind = new Map<string, SiblingList>();
  const runningMax = new Map<string, number>();
  const kinds = new Map<string, { restart: number; cont: number }>();
  // First pass: continuity of each list relative to the running count of its kind.
  const raw: Array<{ kind: string; continuity: SiblingList['continuity']; previous: SiblingList | undefined; prevMax: number }> = [];
  for (const key of order) {
    const items = groups.get(key) as Heading[];
    const first = items[0];
    // (Numbers cited from a longer list, a table row's `56.` `86.`, count apart from the document's own lists: form 541.)
    const kind = `${first.context}|${first.family}|${first.depth}${first.cited ? '|cited' : ''}`;
    const prev = lastOfKind.get(kind);
    const prevMax = runningMax.get(kind) ?? 0;
    let continuity: SiblingList['continuity'] = 'first';
    if (prev && prev.parent !== first.parent) {
      const prevLast = prev.items[prev.items.length - 1].value;
      continuity = first.value === 1 ? 'restart' : first.value === prevMax + 1 || first.value === prevLast + 1 ? 'continue' : 'other';
      const k = kinds.get(kind) ?? { restart: 0, cont: 0 };
      if (continuity === 'restart') k.restart++;
      if (continuity === 'continue') k.cont++;
      kinds.set(kind, k);
    }
    const list: SiblingList = {
      items,
      parent: first.parent,
      context: first.context,
      depth: first.depth,
      expectedFirst: 1,
      continuity,
      previous: prev,
    };
    raw.push({ kind, continuity, previous: prev, prevMax });
    lastOfKind.set(kind, list);
    runningMax.set(kind, Math.max(prevMax, ...items.map((h) => h.value)));
    lists.push(list);
  }
  const mode = new Map<string, 'restart' | 'continue' | 'mixed' | 'single'>();
  for (const [kind, k] of kinds) mode.set(kind, k.restart && k.cont ? 'mixed' : k.cont ? 'continue' : k.restart ? 'restart' : 'single');
  const acrossLevels = acrossLevelFamilies(model);
  if (acrossLevels.size > 0) {
    // Every list of such a family continues the count, whatever its depth.
    for (let i = 0; i < lists.length; i++) {
      const first = lists[i].items[0];
      if (!acrossLevels.has(`${first.context}|${first.family}`)) continue;
      raw[i].continuity = lists[i].previous || first.value > 1 ? 'continue' : 'first';
      lists[i] = { ...lists[i], continuity: raw[i].continuity };
      mode.set(raw[i].kind, 'continue');
    }
  }
  // Second pass: expected first values, now that the mode is known. A list that restarts or
  // continues is taken at its word (the mixture is one finding of its own); others follow the mode.
  for (let i = 0; i < lists.length; i++) {
    const r = raw[i];
    const m = mode.get(r.kind);
    let expectedFirst = 1;
    const first = lists[i].items[0];
    if (acrossLevels.size > 0 && acrossLevels.has(`${first.context}|${first.family}`)) {
      // The count goes on from the last item of the family before (first.value unless a number
      // was left out, which is then a gap); the first list of the family keeps its own start.
      let before = 0;
      for (let j = 0; j < i; j++) {
        const l = lists[j].items;
        if (l[0].context === first.context && l[0].family === first.family) before = Math.max(before, l[l.length - 1].value);
      }
      expectedFirst = before > 0 ? before + 1 : first.value;
    } else if (r.previous && r.previous.parent !== lists[i].parent) {
      if (r.continuity === 'continue') expectedFirst = lists[i].items[0].value;
      else if (r.continuity === 'other' && (m === 'continue' || m === 'mixed')) expectedFirst = r.prevMax + 1;
    }
    const list = { ...lists[i], expectedFirst };
    lists[i] = list;
    for (const h of list.items) listOf[h.index] = list;
  }
  // Re-link `previous` to the final objects.
  const byItems = new Map<readonly Heading[], SiblingList>(lists.map((l) => [l.items, l]));
  for (let i = 0; i < lists.length; i++) {
    const p = raw[i].previous;
    if (p) (lists[i] as { previous: SiblingList | undefined }).previous = byItems.get(p.items);
  }
  const result: ListAnalysis = { lists, listOf, mode, acrossLevels };
  cache.set(model, result);
  return result;
}

/** The values a list should carry: expectedFirst, expectedFirst + 1, … */
export function expectedValues(list: SiblingList): number[] {
  return list.items.map((_, i) => list.expectedFirst + i);
}

/** Edits that renumber a list in sequence: only the numeral inside each marker changes. */
export function renumberEdits(text: string, list: SiblingList): TextEdit[] {
  const edits: TextEdit[] = [];
  list.items.forEach((h, i) => {
    const want = list.expectedFirst + i;
    if (h.value !== want) edits.push(numeralEdit(text, h, want));
  });
  return edits;
}

/** A run of one kind of numeral (a marker's number: renumbering rewrites one run). */
export const NUMERAL_RUN = /[0-9０-９]+|[一二三四五六七八九十百零〇两]+|[壹贰貳叁參参肆伍陆陸柒捌玖拾佰]+|[①-⑳㉑-㉟㊱-㊿]/g;

/** Replaces the numeral inside a heading's marker (a broken marker keeps its line breaks). */
export function numeralEdit(text: string, h: Heading, value: number): TextEdit {
  const span = text.slice(h.start, h.markerEnd);
  NUMERAL_RUN.lastIndex = h.family === 'chapter' || h.family === 'section' || h.family === 'article' ? 1 : 0;
  const m = NUMERAL_RUN.exec(span);
  if (!m) return { start: h.start, end: h.markerEnd, newText: formatMarker(h.family, h.variant, value) };
  const numeral = formatMarker(h.family === 'ar-paren' ? 'ar' : h.family === 'cn-paren' ? 'cn' : h.family, '', value);
  const digits = h.family === 'chapter' || h.family === 'section' || h.family === 'article' ? numeral.slice(1) : numeral;
  // Full-width digits (`３、`) stay full-width; a run of both widths (`１２3、`) is written in ASCII.
  const wide = /^[０-９]+$/.test(m[0]);
  const newText = wide ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
  return { start: h.start + m.index, end: h.start + m.index + m[0].length, newText };
}

/** The kind key used by `mode`. */
export function kindKey(h: Heading): string {
  return `${h.context}|${h.family}|${h.depth}`;
}
