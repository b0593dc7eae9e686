/**
 * "修复断行与抓取文本 / Repair line breaks and scraped text": the edits that undo what a PDF copy, a
 * scrape or a web page did to a plan, each a change of its own so that it can be reviewed (and
 * refused) one by one, and nothing deleted that is not a line break, indentation or chrome:
 *  - `join`: a line break inside a sentence is removed, with the indent of the next line: a hard
 *    wrap (the line is as long as the document's wrapped lines and ends without sentence
 *    punctuation), a line that starts with a comma or a closing bracket, a number, date or quote a
 *    scrape put on a line of its own;
 *  - `marker`: a heading marker broken over lines (`（` / `十一` / `）`) is put together, and a
 *    marker alone on its line (`三、`) gets its title from the next line;
 *  - `quotes`: ASCII double quotes around Chinese text become “”;
 *  - `pageNumber`: a PDF page number between paragraphs (`— 3 —`, `- 12 -`) is deleted (with a
 *    join when it stood inside a sentence);
 *  - `chrome`: web chrome (buttons, breadcrumbs, metadata, footers: the paste-artifact fixes of
 *    core/facts/pasteFindings) is deleted.
 * A line that starts with a heading marker or a list item is never joined to the line before, and
 * nothing is joined across a blank line. Two readings find the breaks — the raw lines (PDF copies)
 * and the parsed model (scrapes); where both find one, it is one change. The CLI's `repair` and
 * `check --repair` and the editor's one command all take these changes. Pure: offsets in, offsets out.
 */
import type { DocumentModel } from '../model/model';
import type { TextEdit } from '../types';
import { lineAt } from '../model/model';
import { matchMarker } from '../model/markers';
import { contentStart, isCjk, PARAGRAPH_END, trimmedLine, wrapsInto, wrapWidth as modelWrapWidth } from '../model/wrap';
import { isLineBlank } from '../text/chars';
import { parseDocument } from '../model/parse';
import { classifyChrome } from '../facts/paste';
import { pasteArtifactFindings } from '../facts/pasteFindings';
import { collectFixAll } from './fixes';

export type RepairKind = 'join' | 'marker' | 'pageNumber' | 'quotes' | 'chrome';

/** Every kind, in the order the CLI's summary counts them. */
export const REPAIR_KINDS: readonly RepairKind[] = ['join', 'marker', 'pageNumber', 'quotes', 'chrome'];

export interface RepairChange {
  readonly kind: RepairKind;
  /** 0-based line where the change starts. */
  readonly line: number;
  readonly edits: readonly TextEdit[];
}

export interface RepairOptions {
  /** Also delete web chrome (default true). */
  readonly chrome?: boolean;
}

/**
 * Every repair of `text` (parsed as `model` when the caller has it), in document order; the
 * changes never overlap. A raw HTML page gets only its chrome removed: its lines are markup.
 */
export function repairChanges(text: string, model: DocumentModel = parseDocument(text), options: RepairOptions = {}): RepairChange[] {
  const chromeLines = classifyChrome(model.text, model.lines);
  const out: RepairChange[] = [];
  const taken: TextEdit[] = [];
  const free = (edits: readonly TextEdit[]) => edits.every((e) => !taken.some((t) => overlaps(e, t)));
  const add = (change: RepairChange) => {
    if (!free(change.edits)) return;
    out.push(change);
    taken.push(...change.edits);
  };
  if (model.view !== 'html') {
    for (const c of lineRepairs(text, chromeLines)) add(c);
    // The model's reading adds what the raw lines did not see (a quote pair it found is one change).
    const extra = modelRepairs(model, chromeLines);
    for (let k = 0; k < extra.length; k++) {
      const r = extra[k];
      const kind: RepairKind = r.kind === 'join-wrapped' || r.kind === 'join-split' ? 'join' : r.kind;
      const pair = r.kind === 'quotes' && extra[k + 1]?.kind === 'quotes' && extra[k + 1].line === r.line;
      add({ kind, line: r.line, edits: pair ? [r.edit, extra[++k].edit] : [r.edit] });
    }
  }
  if (options.chrome !== false) {
    const findings = pasteArtifactFindings(model.text, model)
      .filter((f) => f.message.key === 'paste.chrome')
      .map((f) => ({ ...f, rule: 'paste-artifact', severity: 'warning' as const }));
    for (const e of collectFixAll(findings)) add({ kind: 'chrome', line: lineAt(model.lines, e.start), edits: [e] });
  }
  return out.sort((a, b) => a.edits[0].start - b.edits[0].start);
}

/** All the edits of the repairs, for applying at once. */
export function repairEdits(text: string, model?: DocumentModel, options?: RepairOptions): TextEdit[] {
  return repairChanges(text, model, options).flatMap((c) => c.edits);
}

/** Two edits touch the same characters (both readings deleting one line break, say). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------- the raw lines (PDF copies)

interface RawLine {
  readonly start: number;
  /** End of the content (before the line break). */
  readonly end: number;
  /** Start of the next line (after the break). */
  readonly next: number;
  readonly trimmed: string;
  /** Offset of the first non-space character. */
  readonly contentStart: number;
}

const SPACE = /[\s\u3000\ufeff]/;
const CN = '[一二三四五六七八九十百零〇]{1,3}';
/** A line that starts a heading or a list item: never joined to the line before. */
const STARTS_ITEM = new RegExp(
  `^(?:#{1,6}\\s|第${CN}[章节部分条]|${CN}\\s*、|[（(]\\s*(?:${CN}|\\d{1,3})\\s*[）)]|\\d{1,3}\\s*[、.．](?!\\d)|[①-⑳]|[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,2}[，、,]|其[一二三四五六七八九十][，、,]|[•·●▪◆■\\-*]\\s|附件|附表)`,
);
/** Punctuation a sentence or a title ends with: the line break after it is a paragraph break. */
const ENDS_SENTENCE = /[。！？；：!?;:…）)】》」』]$|[。！？!?]”$/;
/** A line that can only continue the line before (it starts with what never starts a sentence). */
const CONTINUES = /^[，。、；：！？）)”’」』》%‰，,;]/;
/** The line before ends with an opening bracket or quote: the sentence goes on. */
const OPENS = /[（(“‘「『《]$/;
/** A PDF page number alone on its line. */
const PAGE_NUMBER =
  /^(?:[—–－-]{1,2}\s*\d{1,4}\s*[—–－-]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const MARKER_ALONE = new RegExp(`^(?:${CN}\\s*、|[（(]\\s*${CN}\\s*[）)]|\\d{1,2}\\s*[、.．])$`);
const NUMERAL_ALONE = new RegExp(`^(?:${CN}|\\d{1,3})$`);
const OPEN_BRACKET = /^[（(]$/;
const CLOSE_BRACKET = /^[）)]/;
const CJK = /[\u3400-\u9fff]/;

function splitRaw(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    const next = last ? text.length : end + 1;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    let cs = start;
    while (cs < contentEnd && SPACE.test(text[cs])) cs++;
    let ce = contentEnd;
    while (ce > cs && SPACE.test(text[ce - 1])) ce--;
    out.push({ start, end: ce, next, trimmed: text.slice(cs, ce), contentStart: cs });
    if (last) break;
    start = next;
  }
  return out;
}

/** The length a wrapped line of this document has: the median length of its longer lines. */
function wrapWidth(lines: readonly RawLine[]): number {
  const lengths = lines.map((l) => [...l.trimmed].length).filter((n) => n >= 12);
  if (lengths.length < 8) return Infinity;
  lengths.sort((a, b) => a - b);
  const q = lengths[Math.floor(lengths.length / 2)];
  // Wrapped lines are many and about as long as each other; a document of paragraphs is not wrapped.
  const near = lengths.filter((n) => n >= q * 0.85 && n <= q * 1.1).length;
  return near >= 8 && near * 3 >= lengths.length && q <= 60 ? q : Infinity;
}

/** The repairs read from the raw lines (a PDF copy's shape); chrome lines are never joined. */
function lineRepairs(text: string, chrome: ArrayLike<number>): RepairChange[] {
  const lines = splitRaw(text);
  const width = wrapWidth(lines);
  const out: RepairChange[] = [];
  const n = lines.length;
  const blank = (i: number) => lines[i].trimmed === '' || chrome[i] !== 0;
  const page = (i: number) => PAGE_NUMBER.test(lines[i].trimmed);
  /** Removes the break between line `i` and line `j` (and what stands between them, page numbers only). */
  const joinEdit = (i: number, j: number): TextEdit => ({
    start: lines[i].end,
    end: lines[j].contentStart,
    // Words of Latin script keep a space between them (`GDP` / `growth`); Chinese needs none, and
    // neither does a number a wrap cut in two (`增长1` / `4.5%` is 14.5%).
    newText:
      /[A-Za-z0-9]$/.test(lines[i].trimmed) &&
      /^[A-Za-z0-9]/.test(lines[j].trimmed) &&
      !(/\d$/.test(lines[i].trimmed) && /^\d/.test(lines[j].trimmed))
        ? ' '
        : '',
  });
  let i = 0;
  while (i < n) {
    const l = lines[i];
    // A marker broken over lines: `（` / `十一` / `）…`.
    if (OPEN_BRACKET.test(l.trimmed) && i + 2 < n && NUMERAL_ALONE.test(lines[i + 1].trimmed) && CLOSE_BRACKET.test(lines[i + 2].trimmed)) {
      out.push({ kind: 'marker', line: i, edits: [joinEdit(i, i + 1), joinEdit(i + 1, i + 2)] });
      i += 2;
      continue;
    }
    // A marker alone on its line, its title on the next.
    if (MARKER_ALONE.test(l.trimmed) && i + 1 < n && !blank(i + 1) && !STARTS_ITEM.test(lines[i + 1].trimmed) && !page(i + 1)) {
      out.push({ kind: 'marker', line: i, edits: [joinEdit(i, i + 1)] });
      i++;
      continue;
    }
    if (page(i) && i > 0) {
      const p = i - 1;
      const q = i + 1;
      // Inside a sentence (no blank line on either side): the page number goes with the break.
      if (q < n && !blank(p) && !blank(q) && joins(lines[p], lines[q], width)) {
        out.push({ kind: 'pageNumber', line: i, edits: [joinEdit(p, q)] });
        i = q;
        continue;
      }
      // Between paragraphs: the line goes with its own break (or the one before it, at the end).
      const breakBefore = l.start - (text[l.start - 2] === '\r' ? 2 : 1);
      out.push({
        kind: 'pageNumber',
        line: i,
        edits: [l.next > l.end ? { start: l.start, end: l.next, newText: '' } : { start: breakBefore, end: l.end, newText: '' }],
      });
      i++;
      continue;
    }
    if (
      !blank(i) &&
      i + 1 < n &&
      !blank(i + 1) &&
      !page(i + 1) &&
      !serialCell((k) => lines[k].trimmed, n, i) &&
      joins(l, lines[i + 1], width)
    ) {
      out.push({ kind: 'join', line: i, edits: [joinEdit(i, i + 1)] });
    }
    i++;
  }
  // ASCII double quotes around Chinese text, in pairs on one line.
  for (let k = 0; k < n; k++) {
    const l = lines[k];
    if (!l.trimmed.includes('"')) continue;
    const s = text.slice(l.start, l.end);
    const re = /"([^"\n]{1,80})"/g;
    for (let m: RegExpExecArray | null; (m = re.exec(s));) {
      if (!CJK.test(m[1]) || /[A-Za-z=<>{}]/.test(m[1])) continue;
      const at = l.start + m.index;
      out.push({
        kind: 'quotes',
        line: k,
        edits: [
          { start: at, end: at + 1, newText: '“' },
          { start: at + m[0].length - 1, end: at + m[0].length, newText: '”' },
        ],
      });
    }
  }
  out.sort((a, b) => a.edits[0].start - b.edits[0].start);
  return out;
}

/**
 * Whether line `i` is a table's serial cell, flattened one cell per line (`17` / `文物保护` / … / `18` / `项目建设`): a number of
 * 1–3 digits alone whose neighbour in the run (one less or one more) stands alone on a line within 12 lines above or below. Not
 * joined to the next cell as a number a scrape cut off its unit (twenty-ninth blind set, form 584); `2022` / `年，…` is no serial.
 */
function serialCell(trimmed: (k: number) => string, n: number, i: number): boolean {
  const t = trimmed(i);
  if (t.length > 3 || !/^\d{1,3}$/.test(t)) return false;
  const before = String(Number(t) - 1);
  const after = String(Number(t) + 1);
  for (let k = Math.max(0, i - 12); k < i; k++) if (trimmed(k) === before) return true;
  for (let k = i + 1; k <= Math.min(n - 1, i + 12); k++) if (trimmed(k) === after) return true;
  return false;
}

/**
 * Whether line `i`, a number alone, is a piece of a date or a document number a page wrote one span a line (`9月` / `1` / `日至`,
 * `2025年` / `2` / `月25日`, `〔` / `2024` / `〕`: form 602), not a table's serial cell: the line before ends in 年 or 月 or an opening
 * bracket, the line after opens with the next unit of the date or the closing bracket; the unit before follows a number
 * (`全年` / `2` / `月度调度` is a table's serial between two cells).
 */
function datePiece(trimmed: (k: number) => string, n: number, i: number): boolean {
  if (i === 0 || i + 1 >= n || !/^\d{1,4}$/.test(trimmed(i))) return false;
  const prev = trimmed(i - 1);
  const before = prev.slice(-1);
  const after = trimmed(i + 1).charAt(0);
  if (/[〔（(]/.test(before)) return /[〕）)]/.test(after);
  // The unit before is a date's own: after its number, on its line or alone after the number's line (`2025` / `年` / `2` / `月`).
  const dated = /\d\s*[年月]$/.test(prev) || (prev.length === 1 && i >= 2 && /^\d{1,4}$/.test(trimmed(i - 2)));
  return dated && ((before === '年' && after === '月') || (before === '月' && after === '日'));
}

/** Whether the break between `a` and the next line `b` (neither blank) is inside a sentence. */
function joins(a: RawLine, b: RawLine, width: number): boolean {
  // A scrape that put a number on its own line (`2022` / `年，全区…`) or broke a series of numbers (`9、10、15、` / `6、7村…`).
  if (/^\d{1,4}$/.test(a.trimmed) && /^[年月日号%％万亿元个项家户人次]/.test(b.trimmed)) return true;
  if (/\d、$/.test(a.trimmed) && /^\d{1,3}、\d/.test(b.trimmed) && CJK.test(a.trimmed)) return true;
  if (STARTS_ITEM.test(b.trimmed) || MARKER_ALONE.test(a.trimmed)) return false;
  // A heading's title ends its line; a heading line goes on only when its body runs in (`一是…。建成…`).
  if (STARTS_ITEM.test(a.trimmed) && !/[。；;]/.test(a.trimmed)) return false;
  if (!CJK.test(a.trimmed) || !CJK.test(b.trimmed)) return false;
  if (CONTINUES.test(b.trimmed) || OPENS.test(a.trimmed)) return !ENDS_SENTENCE.test(a.trimmed);
  if (ENDS_SENTENCE.test(a.trimmed)) return false;
  // Titles, names and dates of a cover page fill lines too, but carry no sentence punctuation.
  if (!/[，、；,;]/.test(a.trimmed) && !/[，、；。,;]/.test(b.trimmed)) return false;
  // A hard wrap: the line fills the document's width.
  return [...a.trimmed].length >= width * 0.8;
}

// ---------------------------------------------------------------- the parsed model (scrapes)

interface Repair {
  readonly kind: 'join-wrapped' | 'join-split' | 'marker' | 'quotes';
  readonly line: number;
  readonly edit: TextEdit;
}

/**
 * The repairs read from the parsed model (a scrape's shape): markers the parser put together over
 * lines, a number or a date a scrape put on a line of its own, lines of the document's usual
 * wrapped width; chrome lines are never joined.
 */
function modelRepairs(model: DocumentModel, chrome: ArrayLike<number>): Repair[] {
  const { text, lines } = model;
  const out: Repair[] = [];
  const headingLines = new Set<number>();
  for (const h of model.headings) headingLines.add(h.line);
  const content = (i: number) => contentStart(model, i);
  const trimmed = (i: number) => trimmedLine(model, i);
  // How the document's lines were wrapped, if they were.
  const wrapped = modelWrapWidth(model);
  // Markers broken over lines and markers alone on their line: join with their title.
  const joined = new Set<number>();
  for (const h of model.headings) {
    const markerLineEnd = lines[h.line].end;
    if (h.markerEnd > markerLineEnd || h.alone) {
      // Every line break between the marker's first character and its title goes.
      const stop = h.alone ? titleStart(text, h.markerEnd) : h.markerEnd;
      for (let i = h.line; i < lines.length && lines[i].end < stop; i++) {
        const next = content(i + 1);
        out.push({ kind: 'marker', line: i, edit: { start: lines[i].end, end: next, newText: '' } });
        joined.add(i);
      }
    }
  }
  // A table's serial cell (form 584) that is no piece of a date or a document number (form 602).
  const tableSerial = (k: number) => serialCell(trimmed, lines.length, k) && !datePiece(trimmed, lines.length, k);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (joined.has(i) || joined.has(i + 1) || chrome[i] || chrome[i + 1]) continue;
    const a = trimmed(i);
    const b = trimmed(i + 1);
    // A closing mark a page wrote as a span of its own (`就高` / `”` / `原则给予…`, `2024` / `〕` / `3`, form 602) ends a paragraph only
    // when what it closes did: after a line that ends no sentence, the sentence goes on.
    const closer = /^[”’〕）)》】]$/.test(a) && i > 0 && !chrome[i - 1] && /[^。！？!?；;：:]$/.test(trimmed(i - 1));
    if (!a || !b || (PARAGRAPH_END.test(a) && !closer) || headingLines.has(i) || headingLines.has(i + 1)) continue;
    const bs = content(i + 1);
    if (matchMarker(text, bs, lines[i + 1].end)) continue;
    const last = a.charCodeAt(a.length - 1);
    const first = b.charCodeAt(0);
    // A piece a scrape put on a line of its own inside a sentence: a number, a date, a quote.
    if (/^附件/.test(a) || /[：:]$/.test(b)) continue;
    // (A document number's brackets count as its words: `大医保联发〔` / `2024` / `〕` / `3` / `号)`, form 602.)
    const piece =
      b.length <= 12 &&
      /^[\d０-９.．%％年月日号个万亿元“”"《》、，〔〕]+$/.test(b) &&
      (isCjk(last) || /[\dA-Za-z，、“《〔〕]/.test(a.slice(-1))) &&
      !tableSerial(i + 1);
    const splitBefore =
      a.length <= 12 &&
      /^[\d０-９.．%％年月日号个万亿元“”"《》〔〕]+$/.test(a) &&
      (isCjk(first) || /[，、；〕）)]/.test(b[0]) || (closer && /^[\d０-９]/.test(b))) &&
      !tableSerial(i);
    const wrap = wrapsInto(a, b, wrapped);
    if (!piece && !splitBefore && !wrap) continue;
    // A span's padding goes with its break (` 2024 ` / ` 〕`: `〔2024〕`, not `〔2024 〕`).
    let end = lines[i].end;
    if (!wrap) while (end > lines[i].start && isLineBlank(text.charCodeAt(end - 1))) end--;
    out.push({ kind: wrap ? 'join-wrapped' : 'join-split', line: i, edit: { start: end, end: bs, newText: '' } });
  }
  // ASCII double quotes around Chinese text, in pairs on one line.
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const q: number[] = [];
    for (let k = text.indexOf('"', start); k >= 0 && k < end; k = text.indexOf('"', k + 1)) q.push(k);
    if (q.length < 2 || q.length % 2 !== 0) continue;
    let chinese = true;
    for (let p = 0; p < q.length && chinese; p += 2) chinese = isCjk(text.charCodeAt(q[p] + 1)) || isCjk(text.charCodeAt(q[p + 1] - 1));
    if (!chinese) continue;
    q.forEach((k, p) => out.push({ kind: 'quotes', line: i, edit: { start: k, end: k + 1, newText: p % 2 === 0 ? '“' : '”' } }));
  }
  out.sort((x, y) => x.edit.start - y.edit.start);
  // Joins of one line break come once (a marker repair and a split join may meet).
  return out.filter((r, k) => k === 0 || r.edit.start >= out[k - 1].edit.end);
}

/** The first non-blank character after `from`, across line breaks. */
function titleStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isLineBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  return i;
}
