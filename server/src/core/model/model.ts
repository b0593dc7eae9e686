/**
 * The document model: one per document version, built by `parseDocument` and read by every
 * feature and rule. Everything is expressed in UTF-16 offsets into the original text; lines are
 * 0-based. Nothing here imports the editor, the LSP runtime or the file system.
 */

/** Marker families. Siblings of one list share a family; the variant says how it is punctuated. */
export type MarkerFamily =
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn-formal' // 壹、 (Taiwan, Hong Kong: a level above 一、)
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'ar' // 1、 1. 1．
  | 'ar-paren' // （1）
  | 'circled' // ①
  | 'labelled'; // 行动1：, ——任务1：, 措施一： (a label word, a number and a colon at a line's start; the variant holds the label)

/** GB/T 9704 order of the families, used as tie-breaker and by `level-inversion`. */
export const FAMILY_RANK: Record<MarkerFamily, number> = {
  chapter: 0,
  section: 1,
  article: 2,
  'cn-formal': 2.5,
  cn: 3,
  'cn-paren': 4,
  ar: 5,
  'ar-paren': 6,
  circled: 7,
  // Below 一、 where a plan uses it (`一、…` / `行动1：…` / `——任务1：…`); level-inversion does not judge it.
  labelled: 3.5,
};

/**
 * How a marker is punctuated, e.g. `、` for `一、`, `.` for `1.`, `（）` for `（一）`, `()` for `(一)`.
 * Two siblings with different variants are a `numbering-style-mixed` finding.
 */
export type MarkerVariant = string;

/** A numbered heading, e.g. `（二）全市社会消费品零售总额实现400亿元`. */
export interface Heading {
  readonly kind: 'heading';
  /** Position in `DocumentModel.headings`. */
  readonly index: number;
  readonly family: MarkerFamily;
  readonly variant: MarkerVariant;
  /** The marker exactly as written (line breaks inside a broken marker removed). */
  readonly marker: string;
  /** The number the marker stands for (一 → 1, 二十三 → 23, ③ → 3). */
  readonly value: number;
  /** 1-based depth in the hierarchy. */
  depth: number;
  /** Title text after the marker, shortened with … past ~40 characters. */
  readonly title: string;
  /** 0-based line of the marker's first character. */
  readonly line: number;
  /** Offset of the marker's first character. */
  readonly start: number;
  /** Offset just after the marker (and its punctuation). */
  readonly markerEnd: number;
  /** Offset just after the (unshortened) title text. */
  readonly titleEnd: number;
  /** Offset of the end of the section this heading governs (exclusive, before the next sibling or ancestor). */
  end: number;
  /** True when the heading starts in the middle of a line. */
  readonly runIn: boolean;
  /**
   * True when the marker stood alone on its line and the title was taken from the next line (a
   * scrape's line break): the structure is a reading, not a certainty, so numbering is not fixed
   * automatically around it.
   */
  readonly alone?: boolean;
  /**
   * True for the row number of a table flattened into lines (its `序号` column): the title is the
   * row's first cell, not a broken line to join; like `alone`, the numbering is a reading of the
   * table, so it is not fixed automatically.
   */
  readonly cell?: boolean;
  /**
   * True for a number a cell of such a row cites from a longer list (`56.`, `86.` in row `12`: the report's own task
   * numbers, form 541): an item of the row, numbered as that list is, so its gaps are none of the table's.
   */
  readonly cited?: boolean;
  /**
   * True for an item read after siblings of its list that lost their markers (`突出重点,推动发展。` then `…。2.破除瓶颈,有效解决。`,
   * form 641): the number is the document's, the items before it a reading, so the numbering is not fixed automatically.
   */
  readonly afterUnnumbered?: boolean;
  /** Numbering context: 0 for the main document; attachments and appended documents get new ones. */
  readonly context: number;
  parent: Heading | undefined;
  readonly children: Heading[];
  readonly enumerations: Enumeration[];
}

/** Run-in enumeration families: 一是 / 一要 / 第一， / 其一， … */
export type EnumerationFamily = 'shi' | 'yao' | 'ordinal' | 'qi';

/** A run-in enumeration item inside a paragraph, e.g. `二是` in `……；二是转变外贸管理方式。` */
export interface Enumeration {
  readonly kind: 'enumeration';
  readonly family: EnumerationFamily;
  /** The marker exactly as written: `一是`, `二要`, `第三，`. */
  readonly marker: string;
  readonly value: number;
  readonly line: number;
  readonly start: number;
  readonly markerEnd: number;
  /** Text after the marker up to the clause end, shortened. */
  readonly title: string;
  /** End of this item's clause (exclusive). */
  readonly end: number;
  /** The innermost heading whose section holds this item. */
  readonly heading: Heading | undefined;
  /** Index of the series this item belongs to in `DocumentModel.series`. */
  readonly series: number;
}

/** A run of enumerations that count together (一是…二是…三是…). */
export interface EnumerationSeries {
  readonly index: number;
  readonly items: Enumeration[];
  readonly heading: Heading | undefined;
  /**
   * Items of its kind left out while it was open (`一是…四是…二是…`: the stray 二是): renumbering
   * the series could let them in, so its numbering is not fixed automatically.
   */
  readonly strays: number;
}

/** A numbering context: the main text, an attachment (附件), a glossary (名词解释), or a second document appended. */
export interface NumberingContext {
  readonly index: number;
  readonly kind: 'main' | 'attachment' | 'appendix' | 'document';
  /** Offset where the context begins. */
  readonly start: number;
  readonly line: number;
  /** Label such as `附件1` or the title line of the appended document. */
  readonly label: string;
}

/** A closing line: signature, date or contact line. */
export interface ClosingLine {
  readonly kind: 'signature' | 'date' | 'contact';
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A line of the document without its line break. */
export interface Line {
  readonly start: number;
  /** End of the text, before `\r\n` or `\n`. */
  readonly end: number;
}

export interface DocumentModel {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The title line, when the document starts with one. */
  readonly title: { line: number; start: number; end: number; text: string } | undefined;
  /** Offset range of the preamble: text between the title and the first heading. */
  readonly preamble: { start: number; end: number } | undefined;
  /** All headings in document order. */
  readonly headings: readonly Heading[];
  /** Depth-1 headings of every context, in document order. */
  readonly roots: readonly Heading[];
  /** All enumeration items in document order. */
  readonly enumerations: readonly Enumeration[];
  readonly series: readonly EnumerationSeries[];
  readonly contexts: readonly NumberingContext[];
  readonly closing: readonly ClosingLine[];
  /**
   * Mid-line markers not read as headings because they do not continue an open list, in document
   * order. Renumbering a list can make one continue it (`3、……。 2、……` once 3 becomes 1).
   */
  readonly strayMarkers: readonly StrayMarker[];
  /**
   * Set when the document was parsed through a text view (an HTML body, Markdown front matter):
   * `text` is then the view, as long as the source and equal to it wherever it is text; `lines`
   * are the source's lines. Fixes must leave markup alone (see `keepsMarkup`).
   */
  readonly view?: 'html' | 'front-matter';
}

export interface StrayMarker {
  readonly start: number;
  readonly family: MarkerFamily;
}

/** The first index whose item's `key` is at least `value`, in items sorted by `key` (binary search). */
export function lowerBound<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last heading that starts at or before `offset` (headings in text order), if any. */
export function headingBefore(headings: readonly Heading[], offset: number): Heading | undefined {
  const h = lowerBound(headings, (x) => x.start, offset + 1);
  return h > 0 ? headings[h - 1] : undefined;
}

/** Binary search for the 0-based line holding `offset`. */
export function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Converts an offset to a 0-based line and UTF-16 column. */
export function positionAt(lines: readonly Line[], offset: number): { line: number; character: number } {
  const line = lineAt(lines, offset);
  return { line, character: offset - lines[line].start };
}

/** Splits text into lines, keeping offsets into the original (CRLF and LF, also lone CR). */
export function splitLines(text: string): Line[] {
  // indexOf scans far faster than a charCodeAt loop (this was ~9% of a whole analysis).
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const lf = nl < 0 ? n : nl;
    const r = cr < 0 ? n : cr;
    if (lf === n && r === n) break;
    if (r < lf) {
      // CR: the end of a CRLF pair's line, or a lone CR.
      lines.push({ start, end: r });
      start = r + 1 === nl ? nl + 1 : r + 1;
      if (start > lf) nl = text.indexOf('\n', start);
      cr = text.indexOf('\r', start);
    } else {
      lines.push({ start, end: lf });
      start = lf + 1;
      nl = text.indexOf('\n', start);
    }
  }
  lines.push({ start, end: n });
  return lines;
}
