/**
 * Formatting that normalises without changing wording. Every edit belongs to one class:
 * - `marker`: a heading marker in the document's dominant style (`1、`/`1.`; `gbt`: `1.`),
 *   `一、`, full-width `（一）` `（1）`, `第一，`;
 * - `punctuation`: `,` `:` `;` `(` `)` `?` `!` in Chinese text → `，` `：` `；` `（` `）` `？` `！`
 *   (GB/T 15834: Chinese text takes full-width marks, also around Latin text: `（FDI）`);
 * - `quote`: ASCII `"…"` / `'…'` around Chinese text → `“…”` / `‘…’` (the pairs `quote-style` reports);
 * - `range`: a hyphen or tilde between the numbers of a range → `～` (GB/T 15835), never in phone
 *   numbers, dates, years, standard numbers or `中国-东盟`;
 * - `space`: one stray space between Chinese characters, or between Chinese and digits (公文 puts
 *   none, unlike autocorrect's default); indentation, layout runs of two or more spaces, the
 *   space that separates run-in headings or ends a run-in title, `第一章 总则`, signature lines
 *   and a space after an organ name (`中共××省委 ××省人民政府`) are kept;
 * - `split` (optional): a run-in heading moved to a line of its own.
 * Edits are minimal (single characters where possible) and never overlap.
 */
import type { DocumentModel, Heading } from '../model/model';
import { formatMarker, matchMarker, standardVariant } from '../model/markers';
import { parseDocument } from '../model/parse';
import { applyEdits } from './fixes';
import type { Profile, TextEdit } from '../types';
import { CHINESE_QUOTES, asciiQuotePairs } from '../facts/quotes';
import { isDigit } from '../text/chars';

export type FormatEditKind = 'marker' | 'punctuation' | 'quote' | 'range' | 'space' | 'split';

export interface FormatEdit extends TextEdit {
  readonly kind: FormatEditKind;
}

export interface FormatOptions {
  readonly profile?: Profile;
  /** Put each run-in heading (`（一）关于外贸工作 1、抓好… （1）…`) on its own line. */
  readonly splitRunInHeadings?: boolean;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };

/** Han characters, and the lead surrogates of Extension B and beyond. */
const isHanUnit = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87e);
/** Han characters and Chinese punctuation (not the ideographic space, not full-width digits or letters). */
function isChineseText(c: number): boolean {
  if (isHanUnit(c)) return true;
  if (c >= 0x3001 && c <= 0x303f) return true;
  if (c >= 0xff01 && c <= 0xff0f) return true;
  if (c >= 0xff1a && c <= 0xff20) return true;
  if (c >= 0xff3b && c <= 0xff40) return true;
  if (c >= 0xff5b && c <= 0xff65) return true;
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0x00b7;
}
/** The numeric side of `增长 12%` / `12% 以上`. */
const isNumeric = (c: number) => isDigit(c) || c === 37 /* % */ || c === 0x2030 /* ‰ */ || c === 0x2103; /* ℃ */
/** Spaces a drafter types between words (not tabs: those align columns). */
const isSpaceNoTab = (c: number) => c === 32 || c === 0x3000 || c === 0xa0;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A space after these closes an organ name in a list of issuing organs (`中共××省委 ××省人民政府`). */
const ORGAN_END = new Set('委府厅廳局部院办辦会會室央');
/** A title before a person's name (`省长 王某`, `记者 王某`). */
const ROLE_END = /(?:长|長|主席|记者|記者|书记|書記|主任|委员|委員|代表|同志|通讯员|編輯|编辑)$/;
const RUN_IN_ITEM = /^(?:[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、]|其[一二三四五六七八九十]{1,3}[，,])/;

/** Formatting edits for the whole document, or only those inside `[range.start, range.end)`. */
export function formatEdits(model: DocumentModel, options: FormatOptions = {}, range?: { start: number; end: number }): FormatEdit[] {
  const edits = toFixedPoint(model, options, keepingOutline(model, new Formatter(model, options).run()));
  if (!range) return edits;
  return edits.filter((e) => e.start >= range.start && e.end <= range.end);
}

/**
 * `edits` without those that would change the outline (the headings' styles, numbers and depths): a
 * formatting pass never adds, drops or moves a heading. The text formatted is read again; where its
 * outline differs, the edits on the lines of the headings around the first difference are left out and
 * the rest tried again (a space removed from a line at a length threshold, `…启动实施 推动…` on a line of
 * 250 characters, changed how a heading on it was read). After four tries nothing is changed. In an HTML
 * view the edits apply to the source, which is not what is read here: they are kept (markup is locked).
 */
function keepingOutline(model: DocumentModel, edits: FormatEdit[]): FormatEdit[] {
  if (!edits.length || model.view) return edits;
  const shape = (m: DocumentModel) => m.headings.map((h) => `${h.family}:${h.value}:${h.depth}`);
  const want = shape(model);
  let kept = edits;
  for (let round = 0; round < 4; round++) {
    const got = shape(parseDocument(applyEdits(model.text, kept)));
    let k = 0;
    while (k < want.length && k < got.length && want[k] === got[k]) k++;
    if (k === want.length && k === got.length) return kept;
    // The lines from the heading before the first difference to the one after it.
    const hs = model.headings;
    const from = k > 0 ? model.lines[hs[k - 1].line].start : 0;
    const to = k + 1 < hs.length ? model.lines[hs[k + 1].line].end : model.text.length;
    kept = kept.filter((e) => e.end < from || e.start > to);
    if (!kept.length) return kept;
  }
  return [];
}

/**
 * `edits` with what a second pass over the formatted text would still change, so that formatting twice
 * changes nothing more: an edit can change how the text around it is read (`一、; t2、…增点 （1）…`: once `;` is
 * `；` the title ends there, and the blank before `（1）` stands in a paragraph, where it goes). Up to two more
 * passes; a later edit that touches text an earlier one wrote stops there (the edits so far are kept).
 */
function toFixedPoint(model: DocumentModel, options: FormatOptions, edits: FormatEdit[]): FormatEdit[] {
  // (Not in an HTML view: its model's text is the view, and the edits are the source's, which is not at hand here to
  // be formatted again. Tried on the view's text, 2026-12-03: a fragment cut inside a tag reached its fixed point, but
  // the view's text read again is no view, so whole pages were read differently and formatting twice differed.)
  if (!edits.length || model.view) return edits;
  let all = edits;
  for (let pass = 0; pass < 2; pass++) {
    const next = parseDocument(applyEdits(model.text, all));
    const more = keepingOutline(next, new Formatter(next, options).run());
    if (!more.length) return all;
    const merged = mergedBack(all, more);
    if (!merged) return all;
    all = merged;
  }
  return all;
}

/**
 * `first` (edits of a text) and `more` (edits of the text `first` made) as edits of the first text, in
 * order; undefined when an edit of `more` touches text `first` wrote or the two would meet at one offset.
 */
function mergedBack(first: readonly FormatEdit[], more: readonly FormatEdit[]): FormatEdit[] | undefined {
  const a = [...first].sort((x, y) => x.start - y.start);
  const b = [...more].sort((x, y) => x.start - y.start);
  const out: FormatEdit[] = [];
  let i = 0;
  // How far the formatted text's offsets are ahead of the first text's, before a[i].
  let delta = 0;
  for (const e of b) {
    while (i < a.length && a[i].start + delta + a[i].newText.length <= e.start) {
      out.push(a[i]);
      delta += a[i].newText.length - (a[i].end - a[i].start);
      i++;
    }
    if (i < a.length) {
      const writtenStart = a[i].start + delta;
      const writtenEnd = writtenStart + a[i].newText.length;
      // (Touching it is fine, unless either is an insertion, whose order at one offset would be ambiguous.)
      const empty = e.start === e.end || writtenStart === writtenEnd;
      if (empty ? e.end >= writtenStart && e.start <= writtenEnd : e.end > writtenStart && e.start < writtenEnd) return undefined;
    }
    const start = e.start - delta;
    if (meets(out[out.length - 1], start, e.end - delta)) return undefined;
    out.push({ ...e, start, end: e.end - delta });
  }
  for (; i < a.length; i++) {
    if (meets(out[out.length - 1], a[i].start, a[i].end)) return undefined;
    out.push(a[i]);
  }
  return out;
}

/** Whether an edit `[start, end)` after `prev` overlaps it, or meets it where either is an insertion. */
function meets(prev: TextEdit | undefined, start: number, end: number): boolean {
  if (!prev) return false;
  return start < prev.end || (start === prev.end && (start === end || prev.start === prev.end));
}

class Formatter {
  private readonly text: string;
  /** Characters owned by another pass or not to be touched (markers, URLs, HTML, code). */
  private readonly locked: Uint8Array;
  /** Single-character conversions decided so far (offset → new character). */
  private readonly conv = new Map<number, { ch: string; kind: FormatEditKind }>();
  /** The first and last characters of markers the marker pass rewrites (`一.` → `一、`): their neighbours see the new ones. */
  private readonly markerChars = new Map<number, number>();
  /** Offsets where the split pass puts a line break: a mark before one ends its line. */
  private readonly lineBreakAt = new Set<number>();
  private readonly edits: FormatEdit[] = [];

  constructor(
    private readonly model: DocumentModel,
    private readonly options: FormatOptions,
  ) {
    this.text = model.text;
    this.locked = new Uint8Array(this.text.length + 1);
  }

  run(): FormatEdit[] {
    const splits = this.options.splitRunInHeadings ? this.splitPoints() : [];
    for (const p of splits) this.lineBreakAt.add(p.at);
    this.lockSpans();
    this.markers();
    // Before the marks: a converted quote is Chinese text for its neighbours (`abc,"中文"` → `abc，“中文”`).
    for (const p of asciiQuotePairs(this.text, this.model.lines, this.locked)) {
      const [open, close] = CHINESE_QUOTES[p.mark];
      this.conv.set(p.open, { ch: open, kind: 'quote' });
      this.conv.set(p.close, { ch: close, kind: 'quote' });
    }
    for (const line of this.model.lines) {
      if (line.end - line.start < 2) continue;
      // A converted mark makes a bracket pair stand in Chinese text and the other way round
      // (`一、:(3)` → `一、：（3）`): repeat until nothing new converts, so a second run changes nothing.
      for (let pass = 0, size = -1; pass < 8 && size !== this.conv.size; pass++) {
        size = this.conv.size;
        this.brackets(line.start, line.end);
        this.marks(line.start, line.end);
      }
      this.ranges(line.start, line.end);
    }
    for (const [at, { ch, kind }] of this.conv) this.edits.push({ start: at, end: at + 1, newText: ch, kind });
    const kept = this.keptSpaces();
    // `一、 总体要求`: the space after a marker goes, whatever the line.
    const afterMarker = new Map(this.model.headings.map((h) => [h.markerEnd, h.start]));
    for (const line of this.model.lines) this.spaces(line.start, line.end, kept, afterMarker);
    if (this.options.splitRunInHeadings) this.split(splits);
    this.edits.sort((a, b) => a.start - b.start || a.end - b.end);
    return this.edits;
  }

  /** The character at `i` once the conversions decided so far are applied. */
  private view(i: number): number {
    const c = this.conv.get(i);
    return c ? c.ch.charCodeAt(0) : (this.markerChars.get(i) ?? this.text.charCodeAt(i));
  }

  private lock(start: number, end: number): void {
    this.locked.fill(1, Math.max(0, start), Math.min(this.text.length, end));
  }

  /** URLs, e-mail addresses, HTML tags and entities, Markdown code spans and link targets. */
  private lockSpans(): void {
    const { text } = this;
    const patterns = [
      /(?:https?|ftp):\/\/[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+/g,
      /www\.[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]+/g,
      /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
      /<[A-Za-z/!][^<>\n]{0,800}>/g,
      /&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g,
      /`[^`\n]+`/g,
      /\]\([^)\n]*\)/g,
    ];
    for (const re of patterns) for (const m of text.matchAll(re)) this.lock(m.index, m.index + m[0].length);
    for (const h of this.model.headings) this.lock(h.start, h.markerEnd);
    for (const e of this.model.enumerations) this.lock(e.start, e.markerEnd);
  }

  // ---------------------------------------------------------------- markers

  private markers(): void {
    const { text, model } = this;
    const profile = this.options.profile ?? 'common';
    // Each numbering context (the main text, each attachment) has its own dominant style.
    const arVariant = new Map<number, string>();
    for (const c of model.contexts)
      arVariant.set(c.index, profile === 'gbt' ? '.' : dominantArabicVariant(model.headings.filter((h) => h.context === c.index)));
    for (const h of model.headings) {
      const written = text.slice(h.start, h.markerEnd);
      if (written !== h.marker) continue; // a marker broken over lines: leave it
      const wanted = formatMarker(h.family, targetVariant(h, arVariant.get(h.context) ?? '.'), h.value);
      // `3、.` would become `3..`, which is no marker: leave a marker the new style cannot carry.
      const rest = text.slice(h.markerEnd, model.lines[h.line].end);
      const again = matchMarker(wanted + rest, 0, wanted.length + rest.length);
      if (wanted !== written && !(again && again.family === h.family && again.value === h.value && again.end === wanted.length)) continue;
      this.pushDiff(h.start, written, wanted, 'marker');
      if (wanted !== written) {
        this.markerChars.set(h.start, wanted.charCodeAt(0));
        this.markerChars.set(h.markerEnd - 1, wanted.charCodeAt(wanted.length - 1));
      }
    }
    for (const e of model.enumerations) {
      if (e.family === 'ordinal' && (e.marker.endsWith('、') || e.marker.endsWith(','))) {
        this.edits.push({ start: e.markerEnd - 1, end: e.markerEnd, newText: '，', kind: 'marker' });
        this.markerChars.set(e.markerEnd - 1, 0xff0c);
      }
    }
  }

  /** Edits turning `from` (at `start`) into `to`, character by character when the lengths agree. */
  private pushDiff(start: number, from: string, to: string, kind: FormatEditKind): void {
    if (from === to) return;
    if (from.length === to.length) {
      let i = 0;
      while (i < from.length) {
        if (from[i] === to[i]) {
          i++;
          continue;
        }
        let j = i;
        while (j < from.length && from[j] !== to[j]) j++;
        this.edits.push({ start: start + i, end: start + j, newText: to.slice(i, j), kind });
        i = j;
      }
      return;
    }
    let p = 0;
    while (p < from.length && p < to.length && from[p] === to[p]) p++;
    let s = 0;
    while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
    this.edits.push({ start: start + p, end: start + from.length - s, newText: to.slice(p, to.length - s), kind });
  }

  // ---------------------------------------------------------------- punctuation

  /** The nearest character before `i` on the line, skipping one blank; -1 at the line start. */
  private before(i: number, lineStart: number): number {
    let k = i - 1;
    if (k >= lineStart && isSpaceNoTab(this.text.charCodeAt(k))) k--;
    return k >= lineStart ? this.view(k) : -1;
  }

  private after(i: number, lineEnd: number): number {
    let k = i + 1;
    if (k < lineEnd && isSpaceNoTab(this.text.charCodeAt(k))) k++;
    return k < lineEnd ? this.view(k) : -1;
  }

  /** Bracket pairs on one line: full-width when the pair stands in Chinese text. */
  private brackets(start: number, end: number): void {
    const { text } = this;
    const stack: number[] = [];
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch === '(' || ch === '（') stack.push(i);
      else if ((ch === ')' || ch === '）') && stack.length) {
        const o = stack.pop() as number;
        if (text[o] === '（' && ch === '）') continue;
        if (this.locked[o] || this.locked[i]) continue;
        const content = text.slice(o + 1, i);
        if (!content.trim()) continue;
        // Pinyin glued to characters by a web page (`商務(wù)`) is clean-paste's to remove.
        if (/^[A-Za-z\u00C0-\u024F\u0300-\u036F]+$/.test(content) && (/[^\x00-\x7F]/.test(content) || /^[a-z]+$/.test(content))) continue;
        const hanInside = [...content].some((c) => isHanUnit(c.charCodeAt(0)));
        if (!hanInside && o > start && isAsciiAlnum(text.charCodeAt(o - 1))) continue; // f(x), A(1)
        const chinese = hanInside || isChineseText(this.before(o, start)) || isChineseText(this.after(i, end));
        if (!chinese) continue;
        if (text[o] === '(') this.conv.set(o, { ch: '（', kind: 'punctuation' });
        if (ch === ')') this.conv.set(i, { ch: '）', kind: 'punctuation' });
      }
    }
  }

  /**
   * `,` `:` `;` `?` `!` next to Chinese text. A mark converted here is Chinese text for its
   * neighbours (`:;一` → `：；一`), so the scan repeats until nothing new converts: formatting the
   * result again changes nothing.
   */
  private marks(start: number, end: number): void {
    const { text } = this;
    for (let pass = 0; pass < 16; pass++) {
      let added = false;
      for (let i = start; i < end; i++) {
        const ch = text[i];
        if (!(ch === ',' || ch === ':' || ch === ';' || ch === '?' || ch === '!') || this.locked[i] || this.conv.has(i)) continue;
        const prevRaw = i > start ? text.charCodeAt(i - 1) : -1;
        const nextRaw = i + 1 < end ? text.charCodeAt(i + 1) : -1;
        if (ch === '?' || ch === '!') {
          // A run of `?` stands for characters lost on the way; only a sentence-final mark after Han text counts.
          // (The closing bracket as this pass leaves it: `展?)` → `展？）` in one go.)
          const next = i + 1 < end && !this.lineBreakAt.has(i + 1) ? this.view(i + 1) : -1;
          const final = next === -1 || isSpaceNoTab(next) || next === 0x201d || next === 0xff09;
          if (isHanUnit(prevRaw) && final && text[i + 1] !== ch) {
            this.conv.set(i, { ch: FULL_WIDTH[ch], kind: 'punctuation' });
            added = true;
          }
          continue;
        }
        // 1,000 · 19:18 · 1:500 stay as they are.
        if (isDigit(prevRaw) && isDigit(nextRaw)) continue;
        if (isChineseText(this.before(i, start)) || isChineseText(this.after(i, end))) {
          this.conv.set(i, { ch: FULL_WIDTH[ch], kind: 'punctuation' });
          added = true;
        }
      }
      if (!added) break;
    }
  }

  // ---------------------------------------------------------------- ranges

  private ranges(start: number, end: number): void {
    const { text } = this;
    const line = text.slice(start, end);
    const re = /(\d+(?:\.\d+)?)([%‰]?)([-－~〜])(\d+(?:\.\d+)?)/g;
    for (const m of line.matchAll(re)) {
      const at = start + m.index;
      const markAt = at + m[1].length + m[2].length;
      if (this.locked[markAt]) continue;
      // The character before, as the marker pass leaves it (`一.1~2家` → `一、1～2家` in one pass).
      const prev = at > start ? this.view(at - 1) : -1;
      // Part of a longer token: GB/T 9704-2012, PM2.5-10, 2006-01-10, A1-2.
      if (prev !== -1 && (isAsciiAlnum(prev) || '.-－~/_'.includes(String.fromCharCode(prev)))) continue;
      if (prev !== -1 && isSpaceNoTab(prev) && at - 2 >= start && isAsciiAlnum(text.charCodeAt(at - 2))) continue;
      let afterAt = at + m[0].length;
      // `1-2 家`: the stray space goes too, so look past it (the result must be stable).
      if (afterAt + 1 < end && isSpaceNoTab(text.charCodeAt(afterAt))) afterAt++;
      const next = afterAt < end ? text[afterAt] : '';
      // Dates, years, months and sessions take 一字线 or stay as written; phone numbers are not ranges.
      if (!next || !(next === '%' || next === '‰' || isHanUnit(next.charCodeAt(0))) || /[年月日时时号期届次版]/.test(next)) continue;
      if (/^0\d/.test(m[1]) || m[1].replace('.', '').length >= 5 || m[4].replace('.', '').length >= 5) continue;
      this.conv.set(markAt, { ch: '～', kind: 'range' });
    }
  }

  // ---------------------------------------------------------------- spaces

  /** Offsets of spaces that carry structure. */
  private keptSpaces(): Set<number> {
    const { text, model } = this;
    const kept = new Set<number>();
    const keepRun = (from: number, step: 1 | -1) => {
      for (let k = from; k >= 0 && k < text.length && isSpaceNoTab(text.charCodeAt(k)); k += step) kept.add(k);
    };
    for (const h of model.headings) {
      if (h.runIn) keepRun(h.start - 1, -1);
      if (h.family === 'chapter' || h.family === 'section' || h.family === 'article') keepRun(h.markerEnd, 1);
      keepRun(h.titleEnd, 1); // the space that ends a run-in title (`关于外贸工作 1、…`)
    }
    for (const c of model.closing) for (let k = c.start; k < c.end; k++) kept.add(k);
    return kept;
  }

  /** A line holding a sentence end (`。`, or a `；` — also one this pass writes from `;`). */
  private isBodyLine(start: number, end: number): boolean {
    const line = this.text.slice(start, end);
    if (/[。；]/.test(line)) return true;
    for (let i = line.indexOf(';'); i >= 0; i = line.indexOf(';', i + 1)) if (this.conv.has(start + i)) return true;
    return false;
  }

  private spaces(start: number, end: number, kept: Set<number>, afterMarker: Map<number, number>): void {
    const { text } = this;
    // Only body paragraphs: headlines, bylines and date lines use spaces as separators.
    const body = this.isBodyLine(start, end);
    let i = start;
    while (i < end && isSpaceNoTab(text.charCodeAt(i))) i++; // indentation stays
    let quote = 0;
    for (; i < end; i++) {
      const ch = this.conv.get(i)?.ch ?? text[i];
      if (ch === '“') quote++;
      else if (ch === '”' && quote > 0) quote--;
      if (!isSpaceNoTab(text.charCodeAt(i))) continue;
      let j = i;
      while (j < end && isSpaceNoTab(text.charCodeAt(j))) j++;
      const single = j - i === 1;
      const at = i;
      i = j - 1;
      if (!single || j >= end || kept.has(at) || this.locked[at]) continue;
      if (!body && !afterMarker.has(at)) continue;
      if (quote > 0) continue; // “才聚江西 智荟赣鄱”: a slogan's two halves
      const l = this.view(at - 1);
      const r = this.view(j);
      const stray = (isChineseText(l) && isChineseText(r)) || (isChineseText(l) && isNumeric(r)) || (isNumeric(l) && isChineseText(r));
      if (!stray) continue;
      if (isHanUnit(l) && isHanUnit(r)) {
        if (ORGAN_END.has(text[at - 1])) continue; // 中共××省委 ××省人民政府
        if (ROLE_END.test(text.slice(Math.max(start, at - 4), at)) || text[j] === '摄') continue; // 省长 王某, 记者 王某 摄
        // 政 府 工 作, 龚 正: letter-spaced characters (a blank on the other side too, between two
        // characters; `抓 和 ——` is not letter-spaced, and both its spaces go in one pass).
        if (
          (isSpaceNoTab(text.charCodeAt(at - 2)) && isHanUnit(text.charCodeAt(at - 3))) ||
          (isSpaceNoTab(text.charCodeAt(j + 1)) && isHanUnit(text.charCodeAt(j + 2)))
        )
          continue;
      }
      // `3、 0`, `一、 一、`: without the space the marker would run into a number or a list of numerals;
      // `（一） ，`: the marker would be no marker.
      const markerStart = afterMarker.get(at);
      if (markerStart !== undefined) {
        if (isDigit(text.charCodeAt(j)) || /[一二三四五六七八九十（(]/.test(text[j])) continue;
        const joined = text.slice(markerStart, at) + text.slice(j, j + 8);
        if (matchMarker(joined, 0, joined.length)?.end !== at - markerStart) continue;
      }
      // `（ 八）`, `一 、`: without the space the line would gain a marker (and the outline a heading).
      if (this.joinsMarker(at, j, start)) continue;
      // `工作 二是…`: the space is what makes 二是 an item of a series.
      if (RUN_IN_ITEM.test(text.slice(j, j + 5))) continue;
      // `19:18 文章来源`, `2月10日 07时`: a time or date ends there.
      if (isNumeric(l) && /(?:\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2})$/.test(text.slice(Math.max(start, at - 12), at))) continue;
      if (isNumeric(r) && (/^(?:\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2})/.test(text.slice(j, j + 12)) || /[日号]/.test(text[at - 1]))) continue;
      this.edits.push({ start: at, end: at + 1, newText: '', kind: 'space' });
    }
  }

  /** True when removing the blanks `[at, j)` would make a marker out of the characters around them. */
  private joinsMarker(at: number, j: number, lineStart: number): boolean {
    const { text } = this;
    for (let s = at - 1; s >= Math.max(lineStart, at - 4); s--) {
      if (isSpaceNoTab(text.charCodeAt(s))) break;
      const joined = text.slice(s, at) + text.slice(j, j + 8);
      const m = matchMarker(joined, 0, joined.length);
      if (m && m.end > at - s) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- split

  /**
   * Where each run-in heading that follows another heading's title or a sentence goes to its own
   * line: the blanks `[at, heading.start)` become a line break (computed before the other passes:
   * a `!` before a split is at a line end).
   */
  private splitPoints(): Array<{ at: number; h: Heading }> {
    const { text, model } = this;
    const out: Array<{ at: number; h: Heading }> = [];
    // In an HTML view the blanks before a marker may stand for tags (`</span><span …>（一）`), and a line
    // break in the source starts no paragraph: nothing is split there.
    if (model.view === 'html') return out;
    for (const h of model.headings) {
      if (!h.runIn || !splittable(model, h)) continue;
      const line = model.lines[h.line];
      let a = h.start;
      while (a > line.start && isSpaceNoTab(text.charCodeAt(a - 1))) a--;
      if (a <= line.start) continue;
      // `2.　3．…`: a marker with no title of its own would be left alone on a line, and no heading.
      if (model.headings.some((p) => p.line === h.line && p.start < h.start && p.markerEnd >= a)) continue;
      out.push({ at: a, h });
    }
    return out;
  }

  private split(points: ReadonlyArray<{ at: number; h: Heading }>): void {
    const { text, model } = this;
    for (const { at, h } of points) {
      const line = model.lines[h.line];
      const indent = /^[ \t\u3000]*/.exec(text.slice(line.start, line.end))?.[0] ?? '';
      const eol = text.charCodeAt(line.end) === 13 ? '\r\n' : '\n';
      this.edits.push({ start: at, end: h.start, newText: eol + indent, kind: 'split' });
    }
  }
}

/** `附件：1.…` keeps its first item on the label's line. */
function splittable(model: DocumentModel, h: Heading): boolean {
  const ctx = model.contexts[h.context];
  return !(ctx && ctx.kind === 'attachment' && ctx.line === h.line);
}

function dominantArabicVariant(headings: readonly Heading[]): string {
  let dun = 0;
  let dot = 0;
  let first = '';
  for (const h of headings) {
    if (h.family !== 'ar') continue;
    if (h.variant === '、') dun++;
    else dot++;
    if (!first) first = h.variant === '、' ? '、' : '.';
  }
  return dun > dot ? '、' : dot > dun ? '.' : first || '.';
}

function targetVariant(h: Heading, arVariant: string): string {
  if (h.family === 'ar') return arVariant;
  // 節/條 in a traditional-script document are wording, not style.
  if (h.family === 'chapter' || h.family === 'section' || h.family === 'article') return h.variant;
  // `行动1：`, `任务1：`: the label is the document's word, kept as written.
  if (h.family === 'labelled') return h.variant;
  return standardVariant(h.family);
}
