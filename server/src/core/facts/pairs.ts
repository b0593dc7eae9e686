/**
 * Paired marks (《》 “” ‘’ （） 【】 〔〕, and the half-width brackets) that do not close within
 * their paragraph. A paragraph is a line, as scrapes deliver them, with three allowances that
 * real text needs: a line broken inside a sentence (a PDF copy) carries its open marks on to the
 * next lines; a quotation of several paragraphs may open each paragraph with “ and close only at
 * its end (GB/T 15834 4.1.3.3); and the next paragraph may close what the previous one left open.
 * Each kind is matched by itself: `(一）` is a pair, a stray 《 does not unbalance the quotes.
 */
import { lineAt, lowerBound, type DocumentModel } from '../model/model';
import { chromeLines, damagedLines } from './damage';
import { isHan, markupMask } from './masks';

export type PairKind = 'title' | 'double' | 'single' | 'paren' | 'lenticular' | 'tortoise';

const OPEN: Record<string, PairKind> = {
  '《': 'title',
  '“': 'double',
  '‘': 'single',
  '（': 'paren',
  '(': 'paren',
  '【': 'lenticular',
  '〔': 'tortoise',
};
const CLOSE: Record<string, PairKind> = {
  '》': 'title',
  '”': 'double',
  '’': 'single',
  '）': 'paren',
  ')': 'paren',
  '】': 'lenticular',
  '〕': 'tortoise',
};
/** The full-width closing and opening mark of each kind, for messages and fixes. */
export const CLOSER: Record<PairKind, string> = { title: '》', double: '”', single: '’', paren: '）', lenticular: '】', tortoise: '〕' };
export const OPENER: Record<PairKind, string> = { title: '《', double: '“', single: '‘', paren: '（', lenticular: '【', tortoise: '〔' };

export interface LoneMark {
  /** Offset of the mark. */
  readonly at: number;
  readonly mark: string;
  readonly kind: PairKind;
  /** True for an opening mark never closed, false for a closing mark that closes nothing. */
  readonly opening: boolean;
  readonly line: number;
}

interface Open {
  readonly kind: PairKind;
  readonly at: number;
  /** Line on which it was opened, or on which a multi-paragraph quotation last reopened it. */
  line: number;
  /** Lines it may still be carried over. */
  budget: number;
  /** Opens its paragraph and is the only mark of its kind there: may start a multi-paragraph quotation. */
  paragraphQuote: boolean;
}

/** 1 for the UTF-16 units of 《》“”‘’（）()【】〔〕. */
const IS_MARK = new Uint8Array(65536);
for (const c of '《》“”‘’（）()【】〔〕') IS_MARK[c.charCodeAt(0)] = 1;

/**
 * The offsets of every paired mark, in order: one loop over the units with a table (a third
 * faster than the global regex `/[《》“”‘’（）()【】〔〕]/g` it replaces, which built a match per mark).
 */
function markOffsets(text: string): number[] {
  const marks: number[] = [];
  for (let i = 0, n = text.length; i < n; i++) if (IS_MARK[text.charCodeAt(i)] === 1) marks.push(i);
  return marks;
}

const KINDS: readonly PairKind[] = ['title', 'double', 'single', 'paren', 'lenticular', 'tortoise'];
/** Per UTF-16 unit: 1 + the index in KINDS of the kind it opens (OPENS) or closes (CLOSES), 0 for none. */
const OPENS = new Uint8Array(65536);
const CLOSES = new Uint8Array(65536);
for (const [c, k] of Object.entries(OPEN)) OPENS[c.charCodeAt(0)] = KINDS.indexOf(k) + 1;
for (const [c, k] of Object.entries(CLOSE)) CLOSES[c.charCodeAt(0)] = KINDS.indexOf(k) + 1;
/** The kind the unit `c` opens or closes (by code: `text[i]` made a string per mark). */
const opens = (c: number): PairKind | undefined => (OPENS[c] ? KINDS[OPENS[c] - 1] : undefined);
const closes = (c: number): PairKind | undefined => (CLOSES[c] ? KINDS[CLOSES[c] - 1] : undefined);

const isBlank = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A paragraph ends with one of these; a line that ends otherwise was broken inside a sentence. */
const SENTENCE_END = new Set('。！？!?；;…”’》）)】');
const ENDS_SENTENCE = new Uint8Array(65536);
for (const c of SENTENCE_END) ENDS_SENTENCE[c.charCodeAt(0)] = 1;
/** `1）` `a)` `一）` at a line start or after a clause: a list marker with a closing bracket only. */
const HALF_MARKER = /(?:^|[\s\u3000。；;：:，,、）)])(?:\d{1,3}|[a-zA-Z]|[一二三四五六七八九十]{1,3})$/;

/** A heading whose marker is a bracket that lost its opening (`)抓好…`, parse.ts lostOpening). */
export function lostOpening(h: { readonly kind: string; readonly marker: string }): boolean {
  return h.kind === 'heading' && (h.marker === ')' || h.marker === '）');
}

/** The lone paired marks of the document, in document order. */
export function lonePairs(model: DocumentModel): LoneMark[] {
  const { text, lines } = model;
  const mask = markupMask(text);
  const out: LoneMark[] = [];
  const stacks = new Map<PairKind, Open[]>();
  const stackOf = (k: PairKind) => {
    let s = stacks.get(k);
    if (!s) stacks.set(k, (s = []));
    return s;
  };
  const chrome = chromeLines(model);
  /** The last mark of each kind read, for the end of a text that breaks off. */
  const lastMarkAt = new Map<PairKind, number>();
  const marks = markOffsets(text);
  // Heading and run-in markers are the numbering rules' business (`（一）`, a marker broken over
  // lines): the marks inside them are left out (marked per mark, not in a copy of the text's mask).
  const inMarker = new Uint8Array(marks.length);
  for (const list of [model.headings, model.enumerations])
    for (const h of list)
      // (But for a marker that lost its opening, `)抓好…` (form 640): its `)` still closes nothing in the text.)
      if (!lostOpening(h))
        for (let k = lowerBound(marks, (x) => x, h.start); k < marks.length && marks[k] < h.markerEnd; k++) inMarker[k] = 1;
  let next = 0;
  const report = (o: Open) => out.push({ at: o.at, mark: text[o.at], kind: o.kind, opening: true, line: lineAt(model.lines, o.at) });
  for (let li = 0; li < lines.length; li++) {
    const { start, end } = lines[li];
    let first = start;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    if (first >= end || chrome[li]) continue;
    // A quotation of several paragraphs: this paragraph reopens what the previous one left open.
    const reopen = opens(text.charCodeAt(first));
    let reopened: Open | undefined;
    if (reopen === 'double' || reopen === 'single') {
      const s = stackOf(reopen);
      const top = s[s.length - 1];
      // Reopened, unless what opens here is a term closed at once (`“南繁硅谷”建成…`): the last
      // paragraph of a quotation closes at its end, the others not at all.
      if (top && top.line < li && top.paragraphQuote && closesAtEnd(text, first, end, CLOSER[reopen])) reopened = top;
    }
    while (next < marks.length && marks[next] < first) next++;
    for (; next < marks.length && marks[next] < end; next++) {
      const i = marks[next];
      const code = text.charCodeAt(i);
      const ok = opens(code);
      const ck = closes(code);
      if ((!ok && !ck) || mask[i] || inMarker[next]) continue;
      lastMarkAt.set((ok ?? ck) as PairKind, i);
      if (ok) {
        if (i === first && reopened) {
          reopened.line = li;
          continue;
        }
        // `rock 'n' roll`, `China‘s`: an apostrophe between Latin letters is no quote.
        if (ok === 'single' && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(text.charCodeAt(i + 1))) continue;
        const paragraphQuote = i === first && (ok === 'double' || ok === 'single') && countKind(text, marks, next, end, ok) === 1;
        stackOf(ok).push({ kind: ok, at: i, line: li, budget: 0, paragraphQuote });
        continue;
      }
      const kind = ck as PairKind;
      const s = stackOf(kind);
      if (s.length) {
        s.pop();
        continue;
      }
      if (kind === 'single' && isAsciiAlnum(text.charCodeAt(i - 1))) continue; // China’s
      if (kind === 'paren' && HALF_MARKER.test(text.slice(Math.max(start, i - 5), i))) continue;
      out.push({ at: i, mark: text[i], kind, opening: false, line: li });
    }
    // What is left open: carried to the next paragraph, further when this line was broken mid-sentence.
    let last = end - 1;
    while (last > first && isBlank(text.charCodeAt(last))) last--;
    const wrapped = ENDS_SENTENCE[text.charCodeAt(last)] !== 1;
    // A scrape that gives every word a line of its own (`【字体：` / `大` / `中` / `小` / `】`).
    const shortLine = last - first < 4;
    for (const s of stacks.values()) {
      for (let k = s.length - 1; k >= 0; k--) {
        const o = s[k];
        if (o.line === li) o.budget = wrapped ? 3 : 1;
        else if (!shortLine && --o.budget <= 0) {
          report(o);
          s.splice(k, 1);
        }
      }
    }
  }
  // What is open at the end of a text that breaks off mid-sentence (an excerpt, a cut scrape) may
  // close in the part that is missing.
  let tail = text.length;
  while (tail > 0 && /\s/.test(text[tail - 1])) tail--;
  const cut = tail > 0 && !SENTENCE_END.has(text[tail - 1]);
  const lastLine = lineAt(model.lines, Math.max(0, tail - 1));
  const lastOfKind = (o: Open) => lastMarkAt.get(o.kind) === o.at;
  for (const s of stacks.values()) for (const o of s) if (!(cut && o.line >= lastLine - 1 && lastOfKind(o))) report(o);
  if (!out.length) return out;
  const damaged = damagedLines(model);
  // `》》点击进入专题《《`: a run of one mark is decoration, not half a pair.
  const decoration = (m: LoneMark) => text[m.at - 1] === m.mark || text[m.at + 1] === m.mark;
  // `字体：【 默认 超大 |`: a font-size widget the chrome classifier did not know.
  const widget = (m: LoneMark) => /^[\s\u3000]*【?(?:字体|字号)\s*[:：]/.test(text.slice(lines[m.line].start, lines[m.line].end));
  return out.filter((m) => !damaged[m.line] && !decoration(m) && !widget(m)).sort((a, b) => a.at - b.at);
}

/** True when the line from `first` holds no `closer`, or only as its last mark before the sentence end. */
function closesAtEnd(text: string, first: number, end: number, closer: string): boolean {
  const at = text.indexOf(closer, first);
  return at < 0 || at >= end || /^[。！？!?；;…）)\s\u3000]*$/.test(text.slice(at + 1, end));
}

/** Marks of `kind` among `marks[from…]` before `end`. */
function countKind(text: string, marks: readonly number[], from: number, end: number, kind: PairKind): number {
  let n = 0;
  for (let k = from; k < marks.length && marks[k] < end; k++) {
    const c = text.charCodeAt(marks[k]);
    if (opens(c) === kind || closes(c) === kind) n++;
  }
  return n;
}

const DOC_TYPE = /(?:通知|意见|决定|规划|纲要|方案|办法|条例|规定|细则|计划|要点|报告|准则|规则|公告|通告|批复|指引|指南|清单|法)/g;
/** What may follow the title of a document before the clause goes on: `《…的意见》精神`. */
const AFTER_TITLE = /^(?:精神|要求|部署|$)/;

/**
 * Where a 《 left open is closed for certain: the clause after it names a document (`《…的意见`)
 * and ends, or goes on with 精神/要求/部署. Undefined when that is not certain.
 */
export function titleClosingAt(text: string, open: number, lineEnd: number): number | undefined {
  let end = open + 1;
  const limit = Math.min(lineEnd, open + 80);
  while (end < limit && !/[《》“”。；;，,、：:（(！？\n\r]/.test(text[end])) end++;
  if (end >= limit && end < lineEnd) return undefined;
  const clause = text.slice(open + 1, end);
  let at: number | undefined;
  DOC_TYPE.lastIndex = 0;
  for (const m of clause.matchAll(DOC_TYPE)) {
    const after = m.index + m[0].length;
    // `《××方案（试行）`: the bracket may belong to the title, so its end is not certain there.
    const atBracket = after === clause.length && /[（(]/.test(text[end] ?? '');
    if (after >= 4 && !atBracket && AFTER_TITLE.test(clause.slice(after))) at = open + 1 + after;
  }
  if (at === undefined || !isHan(text.charCodeAt(at - 1))) return undefined;
  return at;
}
