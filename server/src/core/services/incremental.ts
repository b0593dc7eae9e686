/**
 * Incremental analysis: the analysis of a new version of a document from the analysis of the
 * previous one, identical to `analyze(text, options)` (test/unit/incremental.test.ts compares
 * them after random edit sequences) and cheaper where the work is local to the edit.
 *
 * - The model is parsed again in full: parsing is a small part of an analysis (~1.3 ms of ~46 at
 *   1 MB) and the parser's decisions are document-wide (title, contexts, which markers count as
 *   headings), so a full parse is what keeps the outline exact.
 * - The edit's window is the text from the depth-1 section before the edit to the one after it
 *   (section starts: the line starts of depth-1 headings that begin their line).
 * - Targets are extracted again only in the window (`extractTargets` with a range); those before
 *   it are kept and those after it moved by the edit's length, when the plan year, the headings
 *   and the zones outside the window are those of the previous version and the state the scan
 *   carries across sentences (`carriedUnitKinds`) is the same at the window's end.
 * - Rules declared `locality: 'line'` (they read only the text, each finding depends only on the
 *   line it lies on, and they report in text order) run on the window's text alone; their findings
 *   outside it are kept or moved.
 * - Rules declared `locality: 'target'` (per-target checks) run on the window's targets alone when
 *   the targets were spliced; their findings outside the window are kept or moved.
 * - Rules declared `locality: 'structure'` (the numbering rules) keep their findings, moved, when
 *   the edit lies inside one line that holds no heading, enumeration or stray marker, the text
 *   breaks off mid-sentence (lineForms breaksOff) as it did or not at all, and the structure is
 *   the previous version's moved by the edit (structureKept).
 * - Rules declared `quiet` (Rule.quiet) keep their findings, moved, after an edit inside the text
 *   of one line that leaves the structure, title, closing lines, chrome and damaged lines as they
 *   were and keeps away from the characters the rule reads (quietLine, quietFor): the common
 *   keystroke, typing inside a paragraph.
 * - Facts several rules share are carried over instead of computed again: the markup mask (only
 *   the edited lines scanned: masks.ts markupMaskAfterEdit) and, after an edit inside a line of more
 *   than 320 characters, the web-chrome classes and paste artefacts (paste.ts carryPasteFacts).
 * - The duplicate facts (duplicate-passage, duplicate-heading) after an edit inside one line that
 *   keeps the line count: the previous version's, with the vote re-run only for the lines whose
 *   outcome can change (facts/duplicates.ts linkDuplicates).
 * - The task facts (the task rules, tasks requests) after an edit inside one line that no table,
 *   broken tag or alias reaches: the previous version's assignments, with that line's block read
 *   again, and the previous version's tasks moved when anchoring read nothing of the line and the
 *   outline is the same (facts/tasks.ts linkTasks).
 * - Every other rule runs again on the new model and targets.
 *
 * Anything else falls back to the full analysis: different options, an HTML or front-matter view,
 * an edit of more than MAX_EDIT characters, a window of more than half the text, or headings,
 * zones or the plan year outside the window that changed.
 */
import { linkTableCells, tableCellsOf } from '../facts/indicatorTable';
import { parseDocument } from '../model/parse';
import { isBlankOrBom, modelBreaksOff, textEndsState } from '../model/lineForms';
import { lineAt, lowerBound, type DocumentModel, type Heading } from '../model/model';
import { carriedUnitKinds, extractTargets, glossaryRanges, planYear, recordUnitKinds, type Target, type UnitKind } from '../facts/targets';
import { wrapWidth } from '../model/wrap';
import { documentZones, type Zone } from '../facts/zones';
import { chromeLines, damagedLines } from '../facts/damage';
import { markupMaskAfterEdit } from '../facts/masks';
import { carryPasteFacts } from '../facts/paste';
import { linkDuplicates } from '../facts/duplicates';
import { linkTasks } from '../facts/tasks';
import type { AnalysisOptions, Finding, FindingInit, RelatedLocation, Rule, Severity } from '../types';
import { analysisOptions, analyze, checkModel, ruleFindings, type Analysis } from './analyze';

/** Edits longer than this (inserted or deleted UTF-16 units) are analysed in full. */
export const MAX_EDIT = 20_000;

/** One replaced range: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The smallest single range that turns `before` into `after` (common prefix and suffix), or undefined when equal. */
export function changeBetween(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  // Slices compared with ===, which V8 does as one native comparison of the characters (a
  // startsWith of 1,024-unit slices cost ~2 ms at 1 MB, this ~0.05): chunks of 64K, 16K, … 16
  // units, then characters.
  let p = 0;
  for (let c = 1 << 16; c >= 16; c >>= 2) while (p + c <= max && before.slice(p, p + c) === after.slice(p, p + c)) p += c;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const room = max - p;
  const bl = before.length;
  const al = after.length;
  for (let c = 1 << 16; c >= 16; c >>= 2)
    while (s + c <= room && before.slice(bl - s - c, bl - s) === after.slice(al - s - c, al - s)) s += c;
  while (s < room && before.charCodeAt(bl - 1 - s) === after.charCodeAt(al - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** Where an edit's effects are confined: `[w0, w1)` of the new text, `[w0, w1 - delta)` of the old. */
interface Window {
  readonly w0: number;
  readonly w1: number;
  /** New length minus old length. */
  readonly delta: number;
  /** New line count minus old line count. */
  readonly lineDelta: number;
  /** New heading count minus old heading count. */
  readonly headingDelta: number;
}

/** The zones of a model and its plan year, once per model. */
const zoneCache = new WeakMap<DocumentModel, { year: number | undefined; zones: Zone[] }>();

function zonesOf(model: DocumentModel): { year: number | undefined; zones: Zone[] } {
  let z = zoneCache.get(model);
  if (!z) {
    const year = planYear(model);
    z = { year, zones: documentZones(model, year) };
    zoneCache.set(model, z);
  }
  return z;
}

/** How `reanalyze` made an analysis: in full, or in a window with or without the targets spliced. */
export type Reanalysis = 'full' | 'window' | 'window+targets';

const how = new WeakMap<Analysis, Reanalysis>();
const reused = new WeakMap<Analysis, readonly string[]>();

/** The rules whose findings `reanalyze` took from the previous version (spliced or moved) instead of running them in full. */
export function reusedRules(a: Analysis): readonly string[] {
  return reused.get(a) ?? [];
}

/** How an analysis was made (undefined: by `analyze`, not `reanalyze`). For tests and the bench. */
export function reanalysisKind(a: Analysis): Reanalysis | undefined {
  return how.get(a);
}

/**
 * The analysis of `text`, the next version of `prev`'s document: equal to `analyze(text, options)`.
 * `maxWindow`: the share of the text above which a window is not worth it (the full analysis is
 * as fast); tests set 1 to exercise windows in small documents.
 */
export function reanalyze(prev: Analysis, text: string, options: AnalysisOptions, maxWindow = 0.5): Analysis {
  const full = () => {
    const a = analyze(text, options);
    how.set(a, 'full');
    return a;
  };
  const before = prev.model;
  const prevFindings = ruleFindings(prev);
  if (before.view || !prevFindings || !sameOptions(analysisOptions(prev), options)) return full();
  const change = changeBetween(before.text, text);
  if (!change || change.oldEnd - change.start > MAX_EDIT || change.newEnd - change.start > MAX_EDIT) return full();
  const model = parseDocument(text);
  if (model.view) return full();
  const w = windowOf(before, model, change);
  if (!w || w.w1 - w.w0 > text.length * maxWindow) return full();
  // The markup mask several rules read, from the previous version's when that is the one kept.
  markupMaskAfterEdit(before.text, text, change.start, change.oldEnd, change.newEnd);
  // The web-chrome lines and paste artefacts (paste-artifact, duplicates, damaged lines), moved, when certain.
  carryPasteFacts(before.text, before.lines, text, model.lines, change);
  // The duplicate facts, from the previous version's with only what the edit can change voted again.
  linkDuplicates(before, model, change);
  // The task facts, from the previous version's assignments when the edit's line is none of theirs.
  linkTasks(before, model, change);
  // The indicator-table cells, moved when the edit's line can start no table and no table reads it.
  linkTableCells(before, model, change);
  const spliced = spliceTargets(prev, model, w);
  const targets = spliced ? spliced.all : extractTargets(model);
  let structure: ((x: number) => number) | undefined | false = false;
  let moved: ((x: number) => number) | undefined | false = false;
  let quiet: QuietLine | undefined | false = false;
  const kept: string[] = [];
  const a = checkModel(text, model, targets, options, (rule, severity, chosen) => {
    const old = prevFindings.get(rule.id);
    if (!old) return undefined;
    let out: Finding[] | undefined;
    if (rule.locality === 'line') out = spliceLineFindings(old, { rule, severity, chosen }, model, targets, options, w);
    else if (rule.locality === 'target') {
      if (spliced) out = spliceTargetFindings(old, { rule, severity, chosen }, model, spliced.fresh, options, w);
    } else if (rule.locality === 'structure') {
      if (structure === false) structure = structureKept(before, model, change);
      const map = structure;
      if (map) out = old.map((f) => mapFinding(f, map));
    }
    if (!out && rule.quiet) {
      if (moved === false) moved = structure || structureMoved(before, model, change);
      if (quiet === false) quiet = moved ? quietLine(before, model, change) : undefined;
      const map = moved;
      if (quiet && map && quietFor(quiet, rule.quiet) && !old.some((f) => touches(f, quiet as QuietLine)))
        out = old.map((f) => mapFinding(f, map));
    }
    if (out) kept.push(rule.id);
    return out;
  });
  reused.set(a, kept);
  how.set(a, spliced ? 'window+targets' : 'window');
  return a;
}

function sameOptions(a: AnalysisOptions | undefined, b: AnalysisOptions): boolean {
  if (!a) return false;
  if (a === b) return true;
  return a.profile === b.profile && JSON.stringify(a.severities) === JSON.stringify(b.severities);
}

/** Line starts of depth-1 headings that begin their line, with 0 and the text's end. */
function sectionStarts(model: DocumentModel): number[] {
  const out = [0];
  const { text, lines } = model;
  for (const h of model.roots) {
    const ls = lines[h.line].start;
    if (ls > out[out.length - 1] && text.slice(ls, h.start).trim() === '') out.push(ls);
  }
  if (text.length > out[out.length - 1]) out.push(text.length);
  return out;
}

/**
 * The window of an edit, or undefined when the headings outside it are not those of the previous
 * version (a depth-1 heading changed, appeared or went: the document's structure moved).
 */
function windowOf(before: DocumentModel, after: DocumentModel, change: TextChange): Window | undefined {
  const starts = sectionStarts(after);
  // The last section start at or before the edit, and the first after it that the edit does not reach.
  // (Not the text's end: a deletion at the very end would otherwise get an empty window after the
  // sentence it shortened.)
  const a = Math.min(lowerBound(starts, (x) => x, change.start + 1) - 1, starts.length - 2);
  let b = lowerBound(starts, (x) => x, change.newEnd);
  while (b < starts.length && starts[b] <= change.start) b++;
  if (a < 0) return undefined;
  const w0 = starts[a];
  // An edit at the very end (someone writing on) reaches the end of the text.
  const w1 = b < starts.length ? starts[b] : after.text.length;
  if (w1 < w0) return undefined;
  const delta = after.text.length - before.text.length;
  const w: Window = {
    w0,
    w1,
    delta,
    lineDelta: after.lines.length - before.lines.length,
    headingDelta: after.headings.length - before.headings.length,
  };
  return sameHeadingsOutside(before.headings, after.headings, w) ? w : undefined;
}

/** The headings before and after the window are the same (after it: moved by the edit). */
function sameHeadingsOutside(old: readonly Heading[], now: readonly Heading[], w: Window): boolean {
  const a = lowerBound(old, (h) => h.start, w.w0);
  if (a !== lowerBound(now, (h) => h.start, w.w0)) return false;
  for (let i = 0; i < a; i++) if (!sameHeading(old[i], now[i], 0, 0, 0)) return false;
  const b = lowerBound(old, (h) => h.start, w.w1 - w.delta);
  if (old.length - b !== now.length - lowerBound(now, (h) => h.start, w.w1)) return false;
  for (let i = b; i < old.length; i++)
    if (!sameHeading(old[i], now[i + w.headingDelta], w.delta, w.lineDelta, w.headingDelta)) return false;
  return true;
}

function sameHeading(o: Heading, n: Heading, d: number, ld: number, hd: number): boolean {
  return (
    n.start === o.start + d &&
    n.markerEnd === o.markerEnd + d &&
    n.titleEnd === o.titleEnd + d &&
    n.line === o.line + ld &&
    n.depth === o.depth &&
    n.context === o.context &&
    n.family === o.family &&
    n.value === o.value &&
    n.marker === o.marker &&
    n.title === o.title &&
    (n.parent ? n.parent.index : -1) === (o.parent ? o.parent.index + hd : -1)
  );
}

/**
 * Whether the glossaries (scanTargets' glossaryRanges, where no quantity is a target) are those of the previous version
 * outside the window: each range's ends the same before it and moved by the edit after it, none inside it.
 */
function sameGlossariesOutside(prev: DocumentModel, model: DocumentModel, w: Window): boolean {
  const old = glossaryRanges(prev);
  const now = glossaryRanges(model);
  if (old.length !== now.length) return false;
  const oldW1 = w.w1 - w.delta;
  for (let i = 0; i < old.length; i++) {
    const o = old[i];
    const moved = o <= w.w0 ? o : o >= oldW1 ? o + w.delta : -1;
    if (moved !== now[i]) return false;
  }
  return true;
}

/** Quantity characters a match of the target regex can run across a line break with (`5\n至8%`). */
const JOINS_NUMBERS = /[\d～~〜—–－\-至到]/;

/**
 * The previous version's targets outside the window and new ones inside it, or undefined when
 * the window cannot be read apart from the rest (then targets are extracted in full).
 */
function spliceTargets(prev: Analysis, model: DocumentModel, w: Window): { all: Target[]; fresh: Target[] } | undefined {
  const old = zonesOf(prev.model);
  const now = zonesOf(model);
  if (old.year !== now.year) return undefined;
  // A glossary's quantities are no targets (scanTargets): where an edit opens, closes or ends one (`名词解释`, a heading
  // of another style after its entries), read in full.
  if (!sameGlossariesOutside(prev.model, model, w)) return undefined;
  // A hard-wrapped copy's targets are read with its lines joined (extractTargets): not by lines.
  if (wrapWidth(model) || wrapWidth(prev.model)) return undefined;
  const { text } = model;
  const oldW1 = w.w1 - w.delta;
  if (!sameZonesOutside(old.zones, now.zones, w, prev.model.text.length, text.length)) return undefined;
  // A quantity may not run across a window edge (`5\n至8%`), and `每` up to 8 characters before a
  // quantity of `次` is read across lines: such edges are left to the full extraction.
  for (const edge of [w.w0, w.w1]) {
    if (edge === 0 || edge === text.length) continue;
    const beforeEdge = text.slice(Math.max(0, edge - 16), edge).trimEnd();
    const afterEdge = text.slice(edge, edge + 16).trimStart();
    if (JOINS_NUMBERS.test(beforeEdge.slice(-1)) && JOINS_NUMBERS.test(afterEdge.charAt(0))) return undefined;
  }
  if (w.w1 < text.length && text.slice(w.w1, w.w1 + 16).includes('次')) return undefined;
  // A table row's cells are read by the table's header, which may stand outside the window, and an
  // edit can end or start a table for the rows after it: documents with indicator tables are read in full.
  if (tableCellsOf(model).length || tableCellsOf(prev.model).length) return undefined;
  // So is a task cell of a progress table (a cited row item, targets.ts progressTaskCell): the header above decides it.
  if (model.headings.some((h) => h.cited) || prev.model.headings.some((h) => h.cited)) return undefined;
  const targets = prev.targets;
  const kinds = carriedUnitKinds(targets);
  if (!kinds) return undefined;
  const a = lowerBound(targets, (t) => t.start, w.w0);
  const b = lowerBound(targets, (t) => t.start, oldW1);
  const unitKind = a > 0 ? kinds[a - 1] : undefined;
  const fresh = extractTargets(model, { from: w.w0, to: w.w1, year: now.year, zones: now.zones, unitKind });
  const freshKinds = carriedUnitKinds(fresh)!;
  const carriedOut = fresh.length ? freshKinds[fresh.length - 1] : unitKind;
  if (carriedOut !== (b > 0 ? kinds[b - 1] : undefined)) return undefined;
  const headings = model.headings;
  const out: Target[] = [];
  const outKinds: (UnitKind | undefined)[] = [];
  for (let i = 0; i < a; i++) {
    const t = targets[i];
    out.push(moveTarget(t, 0, 0, t.heading && headings[t.heading.index]));
    outKinds.push(kinds[i]);
  }
  for (let i = 0; i < fresh.length; i++) {
    out.push(fresh[i]);
    outKinds.push(freshKinds[i]);
  }
  for (let i = b; i < targets.length; i++) {
    const t = targets[i];
    out.push(moveTarget(t, w.delta, w.lineDelta, t.heading && headings[t.heading.index + w.headingDelta]));
    outKinds.push(kinds[i]);
  }
  recordUnitKinds(out, outKinds);
  return { all: out, fresh };
}

/** A target at new offsets, under the new model's heading (one object shape, fields in extractTargets' order). */
function moveTarget(t: Target, d: number, ld: number, heading: Heading | undefined): Target {
  return {
    start: t.start + d,
    end: t.end + d,
    line: t.line + ld,
    text: t.text,
    metric: t.metric,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    qualifier: t.qualifier,
    kind: t.kind,
    category: t.category,
    normalized: t.normalized,
    baseUnit: t.baseUnit,
    heading,
    sentenceStart: t.sentenceStart + d,
    sentenceEnd: t.sentenceEnd + d,
    rangeMark: t.rangeMark,
    zone: t.zone,
    unitKind: t.unitKind,
    measure: t.measure,
    scopeYear: t.scopeYear,
    shared: t.shared,
  };
}

/** The zone kinds over `[0, w0)` and over the text after the window are those of the previous version. */
function sameZonesOutside(old: readonly Zone[], now: readonly Zone[], w: Window, oldLength: number, newLength: number): boolean {
  const oldW1 = w.w1 - w.delta;
  return (
    sameRuns(clip(old, 0, w.w0, 0), clip(now, 0, w.w0, 0)) && sameRuns(clip(old, oldW1, oldLength, w.delta), clip(now, w.w1, newLength, 0))
  );
}

/** Zone kinds over `[from, to)` as runs (neighbours of one kind merged), moved by `shift`. */
function clip(zones: readonly Zone[], from: number, to: number, shift: number): number[] {
  const out: number[] = [];
  let kind = '';
  for (let i = lowerBound(zones, (z) => z.end, from + 1); i < zones.length && zones[i].start < to; i++) {
    const z = zones[i];
    const s = Math.max(z.start, from) + shift;
    const e = Math.min(z.end, to) + shift;
    if (e <= s) continue;
    if (z.kind === kind && out[out.length - 1] === s) out[out.length - 1] = e;
    else {
      out.push(KIND_CODE[z.kind], s, e);
      kind = z.kind;
    }
  }
  return out;
}
const KIND_CODE: Record<string, number> = { none: 0, plan: 1, review: 2 };

function sameRuns(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A line-local rule's findings: the previous version's before the window, the rule run on the
 * window's text, the previous version's after the window moved by the edit.
 */
function spliceLineFindings(
  old: readonly Finding[],
  run: { rule: Rule; severity: Severity; chosen: boolean },
  model: DocumentModel,
  targets: readonly Target[],
  options: AnalysisOptions,
  w: Window,
): Finding[] | undefined {
  const { text } = model;
  // Window edges at line starts after a `\n` (a lone `\r` ends a line too, but a pattern may not stop at it).
  for (const edge of [w.w0, w.w1]) if (edge > 0 && edge < text.length && text.charCodeAt(edge - 1) !== 0x0a) return undefined;
  const oldW1 = w.w1 - w.delta;
  const out: Finding[] = [];
  let i = 0;
  for (; i < old.length && old[i].start < w.w0; i++) {
    if (old[i].end > w.w0) return undefined;
    out.push(old[i]);
  }
  const { rule, severity, chosen } = run;
  const w0 = w.w0;
  // The same finding the runner (analyze.ts checkModel) makes, at the window's offset.
  rule.check({ text: text.slice(w0, w.w1), model, options, targets }, (f: FindingInit) =>
    out.push(moveFinding({ ...f, rule: rule.id, severity: !chosen && f.severity ? f.severity : severity }, w0, 0)),
  );
  for (; i < old.length && old[i].start < oldW1; i++);
  for (; i < old.length; i++) out.push(moveFinding(old[i], w.delta, w.lineDelta));
  return out;
}

/**
 * A per-target rule's findings: the previous version's before the window, the rule run on the
 * window's targets alone, the previous version's after the window moved by the edit.
 */
function spliceTargetFindings(
  old: readonly Finding[],
  run: { rule: Rule; severity: Severity; chosen: boolean },
  model: DocumentModel,
  fresh: readonly Target[],
  options: AnalysisOptions,
  w: Window,
): Finding[] | undefined {
  const oldW1 = w.w1 - w.delta;
  const out: Finding[] = [];
  let i = 0;
  for (; i < old.length && old[i].start < w.w0; i++) {
    if (old[i].end > w.w0) return undefined;
    out.push(old[i]);
  }
  const { rule, severity, chosen } = run;
  rule.check({ text: model.text, model, options, targets: fresh }, (f: FindingInit) => {
    out.push({ ...f, rule: rule.id, severity: !chosen && f.severity ? f.severity : severity });
  });
  for (; i < old.length && old[i].start < oldW1; i++);
  for (; i < old.length; i++) out.push(moveFinding(old[i], w.delta, w.lineDelta));
  return out;
}

/**
 * When the edit lies inside one line that holds no heading, enumeration, stray marker or context
 * start, in either version, and does not start with a digit, and the structure is the previous
 * version's moved by the edit: the map of old offsets to new ones. Else undefined.
 */
function structureKept(old: DocumentModel, now: DocumentModel, c: TextChange): ((x: number) => number) | undefined {
  if (old.lines.length !== now.lines.length) return undefined;
  if (/[\r\n]/.test(old.text.slice(c.start, c.oldEnd)) || /[\r\n]/.test(now.text.slice(c.start, c.newEnd))) return undefined;
  const line = lineAt(old.lines, c.start);
  const DIGIT_START = /^[ \t\u3000?\uFFFD]*\d/;
  for (const m of [old, now]) {
    const { lines, text } = m;
    if (DIGIT_START.test(text.slice(lines[line].start, lines[line].end))) return undefined;
    for (const h of m.headings) if (h.line <= line && line <= lineAt(lines, h.titleEnd)) return undefined;
    for (const e of m.enumerations) if (e.line <= line && line <= lineAt(lines, e.end)) return undefined;
    for (const x of m.strayMarkers) if (lineAt(lines, x.start) === line) return undefined;
    for (const x of m.contexts) if (x.line === line) return undefined;
  }
  // Whether the text breaks off mid-sentence (numbering-lonely reads it): an edit of the last line may change it.
  if (modelBreaksOff(old) > 0 !== modelBreaksOff(now) > 0) return undefined;
  // Whether it ends with a closing line, a short label before its first heading, a last section
  // that breaks off (numbering-lonely, numbering-start read them).
  if (textEndsState(old) !== textEndsState(now)) return undefined;
  return structureMoved(old, now, c);
}

/**
 * When the edit lies inside one line and the headings, enumerations, series, contexts and stray
 * markers are the previous version's moved by it: the map of old offsets to new ones. Else undefined.
 */
function structureMoved(old: DocumentModel, now: DocumentModel, c: TextChange): ((x: number) => number) | undefined {
  if (old.lines.length !== now.lines.length) return undefined;
  if (/[\r\n]/.test(old.text.slice(c.start, c.oldEnd)) || /[\r\n]/.test(now.text.slice(c.start, c.newEnd))) return undefined;
  const d = c.newEnd - c.oldEnd;
  const map = (x: number) => (x < c.start ? x : x >= c.oldEnd ? x + d : NaN);
  const ix = (h: { index: number } | undefined) => (h ? h.index : -1);
  if (old.headings.length !== now.headings.length || old.enumerations.length !== now.enumerations.length) return undefined;
  if (old.series.length !== now.series.length || old.contexts.length !== now.contexts.length) return undefined;
  if (old.strayMarkers.length !== now.strayMarkers.length || old.roots.length !== now.roots.length) return undefined;
  for (let i = 0; i < old.headings.length; i++) {
    const o = old.headings[i];
    const n = now.headings[i];
    if (
      n.start !== map(o.start) ||
      n.markerEnd !== map(o.markerEnd) ||
      n.titleEnd !== map(o.titleEnd) ||
      n.end !== map(o.end) ||
      n.line !== o.line ||
      n.depth !== o.depth ||
      n.family !== o.family ||
      n.variant !== o.variant ||
      n.marker !== o.marker ||
      n.value !== o.value ||
      n.title !== o.title ||
      n.runIn !== o.runIn ||
      n.alone !== o.alone ||
      n.cell !== o.cell ||
      n.cited !== o.cited ||
      n.context !== o.context ||
      ix(n.parent) !== ix(o.parent) ||
      n.enumerations.length !== o.enumerations.length
    )
      return undefined;
  }
  for (let i = 0; i < old.enumerations.length; i++) {
    const o = old.enumerations[i];
    const n = now.enumerations[i];
    if (
      n.start !== map(o.start) ||
      n.markerEnd !== map(o.markerEnd) ||
      n.end !== map(o.end) ||
      n.line !== o.line ||
      n.family !== o.family ||
      n.marker !== o.marker ||
      n.value !== o.value ||
      n.title !== o.title ||
      n.series !== o.series ||
      ix(n.heading) !== ix(o.heading)
    )
      return undefined;
  }
  for (let i = 0; i < old.series.length; i++) {
    const o = old.series[i];
    const n = now.series[i];
    if (n.items.length !== o.items.length || n.strays !== o.strays || ix(n.heading) !== ix(o.heading)) return undefined;
  }
  for (let i = 0; i < old.contexts.length; i++) {
    const o = old.contexts[i];
    const n = now.contexts[i];
    if (n.start !== map(o.start) || n.line !== o.line || n.kind !== o.kind || n.label !== o.label) return undefined;
  }
  for (let i = 0; i < old.strayMarkers.length; i++)
    if (now.strayMarkers[i].start !== map(old.strayMarkers[i].start) || now.strayMarkers[i].family !== old.strayMarkers[i].family)
      return undefined;
  for (let i = 0; i < old.roots.length; i++) if (old.roots[i].index !== now.roots[i].index) return undefined;
  return map;
}

/** A finding with every offset mapped (an edit elsewhere); the same object when the map keeps them all. */
function mapFinding(f: Finding, map: (x: number) => number): Finding {
  if (map(f.start) === f.start && map(f.end) === f.end && keepsAll(f, map)) return f;
  const moved: Finding = { ...f, start: map(f.start), end: map(f.end) };
  if (f.related)
    (moved as { related?: readonly RelatedLocation[] }).related = f.related.map((r) =>
      r.uri ? r : { ...r, start: map(r.start), end: map(r.end) },
    );
  if (f.fixes)
    (moved as { fixes?: Finding['fixes'] }).fixes = f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => ({ ...e, start: map(e.start), end: map(e.end) })),
    }));
  return moved;
}

function keepsAll(f: Finding, map: (x: number) => number): boolean {
  if (f.related?.some((r) => !r.uri && (map(r.start) !== r.start || map(r.end) !== r.end))) return false;
  return !f.fixes?.some((x) => x.edits.some((e) => map(e.start) !== e.start || map(e.end) !== e.end));
}

function moveFinding(f: Finding, d: number, ld: number): Finding {
  if (d === 0 && ld === 0) return f;
  const related = f.related?.map((r): RelatedLocation => {
    if (r.uri) return r;
    const moved = { ...r, start: r.start + d, end: r.end + d };
    return r.line === undefined ? moved : { ...moved, line: r.line + ld };
  });
  const fixes = f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) }));
  const moved: Finding = { ...f, start: f.start + d, end: f.end + d };
  if (related) (moved as { related?: readonly RelatedLocation[] }).related = related;
  if (fixes) (moved as { fixes?: Finding['fixes'] }).fixes = fixes;
  return moved;
}

/** The line a quiet edit lies in (see `Rule.quiet`), as far as every quiet rule asks the same. */
interface QuietLine {
  /** The line's start and end in the previous version. */
  readonly start: number;
  readonly end: number;
  /** Its text before and after the edit. */
  readonly before: string;
  readonly after: string;
  /** Unchanged characters between the line's first non-blank character and the edit, and between the edit and its last (the fewer of both versions). */
  readonly reach: number;
  readonly reachEnd: number;
  /** Where the edit starts in the line, and the line's text from there on that it removed and inserted. */
  readonly at: number;
  readonly removed: number;
  readonly inserted: number;
}

/**
 * When the edit lies inside the text of one line (structureMoved holds) that is no title or closing
 * line, is ended by `\n` and starts after one, spans 5 or more characters from its first to its last
 * non-blank character in both versions,
 * and the web-chrome and damaged lines are those of the previous version: that line. Else undefined.
 */
function quietLine(old: DocumentModel, now: DocumentModel, c: TextChange): QuietLine | undefined {
  const li = lineAt(old.lines, c.start);
  const o = old.lines[li];
  const n = now.lines[li];
  const d = c.newEnd - c.oldEnd;
  if (n.start !== o.start || n.end !== o.end + d || c.oldEnd > o.end) return undefined;
  for (const m of [old, now]) {
    const { text } = m;
    const line = m.lines[li];
    if (line.start > 0 && text.charCodeAt(line.start - 1) !== 0x0a) return undefined;
    if (line.end < text.length && text.charCodeAt(line.end) !== 0x0a && text.charCodeAt(line.end + 1) !== 0x0a) return undefined;
    if (m.title && m.title.line === li) return undefined;
    for (const x of m.closing) if (x.line === li) return undefined;
  }
  if (!sameTitleAndClosing(old, now, d, c.start)) return undefined;
  const ends = (text: string, line: { start: number; end: number }) => {
    let first = line.start;
    while (first < line.end && isBlankOrBom(text.charCodeAt(first))) first++;
    let last = line.end - 1;
    while (last > first && isBlankOrBom(text.charCodeAt(last))) last--;
    return { first, last };
  };
  const a = ends(old.text, o);
  const b = ends(now.text, n);
  if (a.last - a.first < 4 || b.last - b.first < 4) return undefined;
  const reach = Math.min(c.start - a.first, c.start - b.first);
  const reachEnd = Math.min(a.last + 1 - c.oldEnd, b.last + 1 - c.newEnd);
  if (reach < 0 || reachEnd < 0) return undefined;
  if (!sameBytes(chromeLines(old), chromeLines(now)) || !sameBytes(damagedLines(old), damagedLines(now))) return undefined;
  const before = old.text.slice(o.start, o.end);
  const after = now.text.slice(n.start, n.end);
  return {
    start: o.start,
    end: o.end,
    before,
    after,
    reach,
    reachEnd,
    at: c.start - o.start,
    removed: c.oldEnd - c.start,
    inserted: c.newEnd - c.start,
  };
}

/** A rule's quiet declaration holds for this line. */
function quietFor(q: QuietLine, rule: NonNullable<Rule['quiet']>): boolean {
  if (q.reach < rule.reach || q.reachEnd < (rule.reachEnd ?? rule.reach)) return false;
  const { unless, near } = rule;
  if (unless && (matches(unless, q.before) || matches(unless, q.after))) return false;
  for (const [chars, d] of near ?? []) {
    const from = Math.max(0, q.at - d);
    if (matches(chars, q.before.slice(from, q.at + q.removed + d)) || matches(chars, q.after.slice(from, q.at + q.inserted + d)))
      return false;
  }
  return true;
}

function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** A finding (its range, related places or fixes) reaches into the quiet line of the previous version. */
function touches(f: Finding, q: QuietLine): boolean {
  const hit = (s: number, e: number) => s <= q.end && e >= q.start;
  if (hit(f.start, f.end)) return true;
  if (f.related?.some((r) => !r.uri && hit(r.start, r.end))) return true;
  return f.fixes?.some((x) => x.edits.some((e) => hit(e.start, e.end))) ?? false;
}

/** The title and the closing lines are the previous version's, moved by an edit at `at`. */
function sameTitleAndClosing(old: DocumentModel, now: DocumentModel, d: number, at: number): boolean {
  const map = (x: number) => (x < at ? x : x + d);
  const ot = old.title;
  const nt = now.title;
  if (!ot !== !nt) return false;
  if (ot && nt && (ot.line !== nt.line || map(ot.start) !== nt.start || map(ot.end) !== nt.end || ot.text !== nt.text)) return false;
  const op = old.preamble;
  const np = now.preamble;
  if (!op !== !np) return false;
  if (op && np && (map(op.start) !== np.start || map(op.end) !== np.end)) return false;
  if (old.closing.length !== now.closing.length) return false;
  for (let i = 0; i < old.closing.length; i++) {
    const x = old.closing[i];
    const y = now.closing[i];
    if (x.kind !== y.kind || x.line !== y.line || map(x.start) !== y.start || map(x.end) !== y.end || x.text !== y.text) return false;
  }
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
