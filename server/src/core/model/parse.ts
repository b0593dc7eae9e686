/**
 * The parser: text → DocumentModel, in one pass over the lines. Read ../shared/domain.md §1–2.
 *
 * Headings are found at the start of a line (after indentation or a Markdown prefix) and in the
 * middle of a line when they continue an open list after a sentence end (`……制度。 3、抓实项目。`)
 * or chain run-in headings separated by spaces (`（一）关于外贸工作 1、抓好… （1）抓好…`).
 * Levels follow the order in which styles appear; GB/T 9704's order breaks ties.
 */
import {
  FAMILY_RANK,
  lineAt,
  splitLines,
  type ClosingLine,
  type DocumentModel,
  type Enumeration,
  type EnumerationFamily,
  type EnumerationSeries,
  type Heading,
  type Line,
  type MarkerFamily,
  type NumberingContext,
  type StrayMarker,
} from './model';
import {
  formatMarker,
  isSentenceEnd,
  labelledLead,
  matchBareNumber,
  matchLabelled,
  matchMarker,
  matchNumeralTitled,
  type MarkerMatch,
} from './markers';
import { isDigit } from '../text/chars';
import {
  FLAT_LINE,
  QUANTITY_AFTER,
  bareNumberItems,
  yearLedItems,
  nextTextLine,
  chunkNumbers,
  contentStart,
  isBlank,
  isCjk,
  isIdeograph,
  isSpace,
  indicatorHeader,
  leadingBorderTable,
  normaliseTitle,
  tableOfContents,
  flatBareItems,
  flatLabelledContents,
  flatOpeningContents,
  flatTaskTables,
  sentenceLists,
} from './lineForms';
import { CN_NUMERAL_CHARS, FORMAL_NUMERAL_CHARS, parseChineseNumeral } from '../text/numerals';
import { textView, type ViewKind } from '../text/textView';
import { flattenedTitle } from './flat';
import { BREADCRUMB, metaLine } from '../text/chrome';

const TITLE_MAX = 40;
/** How far into a flattened line the plan's title may run before its first heading glued to it. */
const GLUED_TITLE = 80;
/** How far after an item the next one glued to its text is looked for (a section's length). */
const GLUED_SECTION = 3000;
/** An opening quote not closed within this many characters on its line is a stray mark. */
const QUOTE_SPAN = 300;
/** Lines with text after which a flattened table's 序号 column is given up if no row number came. */
const TABLE_IDLE = 40;
/**
 * A table cell that opens with the year it is for and goes on as a task (`2026年新建民用建筑执行三星级…`):
 * no number cell. Not a year, a date or a deadline alone (`2025年`, `2025年3月`, `2025年底前完成`).
 */
const YEAR_LED_CELL = /^[12][0-9]{3}年(?![0-9０-９一二三四五六七八九十]{1,2}月|[底末内前初中])(?:度)?[\u3400-\u9fff][^]{5,}$/;
/** A sub-title of two parallel halves (`破除瓶颈,有效解决。`), form 641. */
const PARALLEL_TITLE = /^([\u4e00-\u9fff]{3,6})[,，]([\u4e00-\u9fff]{3,6})。/;
/** A weaker title: a short line about 工作 when no line names a plan (PLAN_WORDS is tried first). */
const TITLE_WORDS = /工作/;
const PLAN_WORDS = /计划|要点|方案|安排|計劃|要點|规划|規劃|报告|報告/;
/** How far into a chunk the rest of a cut title is looked for (itemAfterTitleTail). */
const TITLE_TAIL = 30;
/** A title that opens with its year, written (`2024年`) or blanked (`xx年`, `n年`, `20XX年`). */
const YEAR_TITLE = /^(?:[0-9０-９]{4}|[0-9０-９]{2}[xXｘＸ]{2}|[xXｘＸnNｎ]{1,2})年/;
/** Particles no heading's title begins with: after them a marker is part of a longer name (`…要点(一)的通知`). */
const TITLE_PARTICLE = /[的之和与與及]/;

interface OpenLevel {
  family: MarkerFamily;
  last: Heading;
}

/** Mutable heading while parsing; frozen into the model's `Heading` shape. */
type MutableHeading = { -readonly [K in keyof Heading]: Heading[K] };

/** Parses `text` into the document model. Never throws; linear in the text length. */
export function parseDocument(text: string): DocumentModel {
  const view = textView(text);
  if (!view) return new Parser(text).run();
  // Parsed on the view's lines; the model keeps the source's lines, so every position is the
  // source's (the view's offsets are the source's, see textView).
  const model = new Parser(view.text, view.kind === 'html' ? text : undefined).run();
  return withSourceLines(model, splitLines(text), view.kind);
}

/** The model with `lines` of the source and every `line` field counted in them. */
function withSourceLines(model: DocumentModel, lines: Line[], kind: ViewKind): DocumentModel {
  if (kind !== 'html') return { ...model, view: kind };
  const at = (offset: number) => lineAt(lines, offset);
  for (const h of model.headings as MutableHeading[]) {
    h.line = at(h.start);
    if (h.title.includes('  ')) h.title = h.title.replace(/[ \u00a0]{2,}/g, '');
  }
  for (const e of model.enumerations) (e as { line: number }).line = at(e.start);
  const contexts = model.contexts.map((c) => ({ ...c, line: at(c.start) }));
  const closing = model.closing.map((c) => ({ ...c, line: at(c.start) }));
  const title = model.title && { ...model.title, line: at(model.title.start), text: model.title.text.replace(/[ \u00a0]{2,}/g, '') };
  return { ...model, lines, contexts, closing, title, view: kind };
}

class Parser {
  private readonly lines: Line[];
  private readonly headings: MutableHeading[] = [];
  private readonly contexts: NumberingContext[] = [];
  private readonly strayMarkers: StrayMarker[] = [];
  private stack: OpenLevel[] = [];
  private context = 0;
  /** Headings of the current numbering context so far. */
  private contextHeadings = 0;
  private titleInfo: DocumentModel['title'];
  /** The title of a copy flattened onto its first line (model/flat.ts), when the parser takes none. */
  private flatTitle: ReturnType<typeof flattenedTitle>;
  private readonly scan: TextScan;
  /** The first run-in separator of `scan` not yet passed (lines are scanned in order). */
  private runInCursor = 0;
  /** contentStart of every line (past the border a pipe table's rows open with, see leadingBorderTable). */
  private readonly starts: Int32Array;
  /** The lines of a pipe table whose rows open with a cell border (`| 一、… | (一)… | 1.… |`), see leadingBorderTable. */
  private readonly borderRows: Set<number>;
  /** Lines that start with a bare number glued to the item's text (`1组织好…`), see bareNumberItems, or with one glued to a year (yearLedItems). */
  private readonly bareItems: Map<number, MarkerMatch>;
  /** Lines that start with a document site's chunk number, see chunkNumbers. */
  private readonly chunkLines: Set<number>;
  /** Lines of a table of contents (entries ending in their page numbers) or of a one-sentence list, see tableOfContents and sentenceLists. */
  private readonly contentsLines: Set<number>;
  /** The first line with text (-1 when none). */
  private readonly firstTextLine: number;
  /** The last search of gluedMarker: for the open item `last`, the first glued item at or after `from`. */
  private gluedSeen: { last: Heading | undefined; lineEnd: number; from: number; found: { m: MarkerMatch; at: number } | undefined } = {
    last: undefined,
    lineEnd: -1,
    from: 0,
    found: undefined,
  };
  private readonly breakTokens = new Map<string, boolean>();
  /**
   * True for a Latin token a scrape put wherever a paragraph ended (`IAh` in
   * `…提出意见。IAh   一、2019年工作回顾IAh   过去一年…`): at least three times glued after a Chinese
   * character or mark and followed by a blank.
   */
  private readonly breakToken = (token: string): boolean => {
    let known = this.breakTokens.get(token);
    if (known === undefined) {
      let count = 0;
      for (let at = this.text.indexOf(token); at >= 0 && count < 3; at = this.text.indexOf(token, at + token.length)) {
        const before = at > 0 ? this.text.charCodeAt(at - 1) : 0;
        const after = this.text.charCodeAt(at + token.length);
        if (isCjk(before) && isBlank(after)) count++;
      }
      this.breakTokens.set(token, (known = count >= 3));
    }
    return known;
  };
  /**
   * A flattened table whose 序号 header was seen: the last row number read, lines since, and
   * whether each row is one line (`1<TAB>任务<TAB>单位`) or each cell is (`1` / `任务` / `单位`), and the
   * last group row's numeral (`一` / `推进…管理`, see groupRow; 0 before the first).
   */
  private table: { last: number; idle: number; rows: boolean; group: number } | undefined;
  /** The `序号` headers of the flattened line `line` (flatTaskTables), found when a row is first looked for on it. */
  private flatHeaders: { line: number; ends: number[] } | undefined;
  /** A contents box under its label on the first line, a flattened one (flatLabelledContents). */
  private flatBox: { start: number; end: number } | undefined;
  /** The first heading of a flattened copy that begins inside a part right after its title (excerptOpens). */
  private openingPart: Heading | undefined;
  /** The items of the flattened line `line` whose bare numbers are glued to their text (flatBareItems). */
  private flatBare: { line: number; items: Map<number, MarkerMatch> } | undefined;
  /** A flattened table of tasks being read (flatTableRow): where its header ends, its last row number and where that row starts. */
  private flatTable: { header: number; last: number; at: number } | undefined;

  /** `source`: the raw HTML when `text` is its view (titles end where the page shows a blank). */
  constructor(
    private readonly text: string,
    private readonly source?: string,
  ) {
    this.lines = splitLines(text);
    this.scan = scanText(text);
    // Where each line's text starts: the passes below and the main loop read it once.
    const starts = new Int32Array(this.lines.length);
    for (let li = 0; li < starts.length; li++) starts[li] = contentStart(text, this.lines[li].start, this.lines[li].end);
    this.borderRows = leadingBorderTable(text, this.lines, starts);
    this.starts = starts;
    let first = 0;
    while (first < starts.length && starts[first] >= this.lines[first].end) first++;
    this.firstTextLine = first < starts.length ? first : -1;
    this.bareItems = bareNumberItems(text, this.lines, starts);
    for (const [li, m] of yearLedItems(text, this.lines, starts)) if (!this.bareItems.has(li)) this.bareItems.set(li, m);
    this.contentsLines = tableOfContents(text, this.lines, starts);
    for (const li of sentenceLists(text, this.lines, starts)) this.contentsLines.add(li);
    this.chunkLines = chunkNumbers(text, this.lines, starts);
  }

  run(): DocumentModel {
    const { text, lines } = this;
    this.titleInfo = findTitle(text, lines, this.bareItems);
    this.flatTitle = this.titleInfo ? undefined : flattenedTitle(text);
    this.contexts.push({ index: 0, kind: 'main', start: 0, line: 0, label: '' });
    const titleKey = this.titleInfo ? normaliseTitle(this.titleInfo.text) : '';
    // `关于印发X的通知`: the line `X` starts the document the notice issues.
    const issued = this.titleInfo ? ISSUED.exec(this.titleInfo.text) : null;
    const issuedKey = issued ? normaliseTitle(issued[1]) : '';
    /** The last line with text before this one. */
    let previousLine = -1;
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li];
      const start = this.starts[li];
      if (start >= line.end) continue;
      if (this.titleInfo && li === this.titleInfo.line) continue;
      // A new numbering context: an attachment, or the title line of a document pasted again.
      const ctxKind = contextStart(text, start, line.end, titleKey, li > (this.titleInfo?.line ?? -1), issuedKey);
      if (ctxKind) {
        this.openContext(ctxKind, start, li, text.slice(start, line.end).trim());
        // `附件：1.重点项目清单` lists the first attachment on the same line: `1.…` `2.…` are the names
        // of the attachments (the 附件说明 of a cover note, or the one below a plan's text, GB/T 9704),
        // not headings; the list runs on while lines carry the next number and no sentence.
        const colon = text.slice(start, line.end).search(/[：:]/);
        if (ctxKind === 'attachment' && colon >= 0) {
          let at = start + colon + 1;
          while (at < line.end && isBlank(text.charCodeAt(at))) at++;
          if (at >= line.end) {
            // `附件：` alone, the names one per paragraph below it (form 441): see bareAttachmentNames.
            const names = bareAttachmentNames(text, lines, li, start, line.end);
            if (names > li) li = names;
            continue;
          }
          let item = matchMarker(text, at, line.end) ?? attachmentNameNumber(text, at, line.end, 1);
          while (item) {
            // The next line with text (a blank line may stand between two names).
            let k = li + 1;
            while (k < lines.length && k <= li + 2 && contentStart(text, lines[k].start, lines[k].end) >= lines[k].end) k++;
            if (k >= lines.length) break;
            const next = lines[k];
            const ns = contentStart(text, next.start, next.end);
            const m = matchMarker(text, ns, next.end) ?? attachmentNameNumber(text, ns, next.end, item.value + 1);
            if (
              !m ||
              m.family !== item.family ||
              m.value !== item.value + 1 ||
              next.end - ns > 60 ||
              /[。；]/.test(text.slice(ns, next.end))
            )
              break;
            item = m;
            li = k;
          }
        }
        continue;
      }
      // A table flattened one cell per line (a Word table pasted as text, an HTML table's cells).
      const row = this.tableRow(li, start, previousLine);
      previousLine = li;
      if (row) {
        const h = this.addHeading(row.match, row.at, li, false, row.titleLine, row.titleStart);
        h.cell = true;
        li = row.titleLine;
        const last = this.splitTitle(h, lines[li].end, li);
        this.scanRunIn(Math.max(row.titleStart, last.markerEnd), lines[li].end, li, last);
        continue;
      }
      // A marker broken over several lines by a scraper: `（` / `十一` / `）…`.
      const broken = this.brokenMarker(li, start);
      if (broken) {
        this.addHeading(broken.match, broken.markerStart, li, false, broken.line);
        li = broken.line;
        this.scanRunIn(broken.match.end, lines[li].end, li, this.headings[this.headings.length - 1]);
        continue;
      }
      // `三、` alone on its line, its title on the next one (a scrape's line break).
      const lone = this.loneMarker(li, start);
      if (lone) {
        const h = this.addHeading(lone.match, start, li, false, lone.titleLine, lone.titleStart);
        h.alone = true;
        li = lone.titleLine;
        const last = this.splitTitle(h, lines[li].end, li);
        this.scanRunIn(Math.max(lone.titleStart, last.markerEnd), lines[li].end, li, last);
        continue;
      }
      if (this.contentsLines.has(li)) continue;
      if (this.chunkLines.has(li)) {
        // The site's chunk number is no heading; the text after it is the plan's, read on.
        const n = matchMarker(text, start, line.end);
        const from = n ? n.end : start;
        const sub = this.itemAfterTitleTail(from, line.end, li);
        if (sub) {
          const h = this.splitTitle(this.addHeading(sub.m, sub.at, li, true, li), line.end, li);
          this.scanRunIn(h.markerEnd, line.end, li, h);
        } else this.scanRunIn(from, line.end, li, undefined);
        continue;
      }
      // A flattened copy that opens with a writing site's contents box (openingContents on one long line):
      // its entries are no headings; the text after it is read on.
      if (li === this.firstTextLine && line.end - start >= FLAT_LINE) {
        const boxEnd = flatOpeningContents(text, start, line.end);
        if (boxEnd >= 0) {
          this.scanRunIn(boxEnd, line.end, li, undefined);
          continue;
        }
        // …or a site's contents box under its label after the page's chrome (scanRunIn reads past it).
        this.flatBox = flatLabelledContents(text, start, line.end);
      }
      const m =
        this.bareItems.get(li) ??
        (line.end - line.start >= FLAT_LINE ? this.flatBareOf(li).get(start) : undefined) ??
        matchMarker(text, start, line.end) ??
        this.itemBeforeDigits(li, start) ??
        this.lostOpening(li, start) ??
        this.lostNumeral(li, start) ??
        this.numeralTitle(li, start);
      if (!m && line.end - start <= 8) {
        // A bare marker with no title to take (`三、` then a blank or a sub-item): an orphan that
        // makes the numbering of its family uncertain.
        const bare = matchMarker(text, start, line.end, true);
        if (bare && text.slice(bare.end, line.end).trim() === '') this.strayMarkers.push({ start, family: bare.family });
      }
      let prev: MutableHeading | undefined;
      let from = start;
      if (m && !insideQuote(text, line.start, start)) {
        const row = this.citingRow(m);
        const h = this.addHeading(m, start, li, false, li, undefined, row ? row.depth + 1 : undefined);
        if (row) h.cited = true;
        prev = this.splitTitle(h, line.end, li);
        from = prev.markerEnd;
      } else if (!m) {
        // `行动1：…`, `——任务1：…` (form 300): a labelled marker in its sequence, after the lead-in dash if there is one.
        const at = labelledLead(text, start);
        const l = matchLabelled(text, at, line.end);
        if (l && this.inLabelledSequence(l, li)) {
          prev = this.splitTitle(this.addHeading(l, at, li, false, li), line.end, li);
          from = prev.markerEnd;
        }
      }
      this.scanRunIn(from, line.end, li, prev);
    }
    this.closeAll(text.length);
    this.levelExcerptStart();
    const closing = findClosing(text, lines, this.headings);
    const { enumerations, series } = findEnumerations(text, lines, this.headings, this.scan.enumerationStarts);
    const headings = this.headings as Heading[];
    // Parentless: the headings of an excerpt's first, cut section are roots below depth 1.
    const roots = headings.filter((h) => h.parent === undefined);
    const firstHeading = headings[0];
    const preambleStart = this.titleInfo ? lines[this.titleInfo.line].end : 0;
    const preambleEnd = firstHeading ? lines[firstHeading.line].start : text.length;
    const preamble = preambleEnd > preambleStart ? { start: preambleStart, end: preambleEnd } : undefined;
    return {
      text,
      lines,
      title: this.titleInfo,
      preamble,
      headings,
      roots,
      enumerations,
      series,
      contexts: this.contexts,
      closing,
      strayMarkers: this.strayMarkers,
    };
  }

  private openContext(kind: NumberingContext['kind'], start: number, line: number, label: string, closeAt = this.lines[line].start): void {
    this.closeAll(closeAt);
    this.levelExcerptStart();
    this.table = undefined;
    this.context = this.contexts.length;
    this.contextHeadings = 0;
    this.contexts.push({ index: this.context, kind, start, line, label });
  }

  /**
   * A copy that begins inside a section (the second page of an article): its first headings are of
   * styles that the rest of the context nests below a higher one (`1…9`, `(五)(六)`, then `三、` with
   * `(一)` and `1…` under it). They were read at the top, as a numbered preamble would be; the cut
   * shows in a first list that starts past one (`(五)` with no `(一)`), and then they take the depths
   * their styles have in the rest of the context. The current context's headings, once it is closed.
   */
  private levelExcerptStart(): void {
    const { headings } = this;
    let first = headings.length;
    while (first > 0 && headings[first - 1].context === this.context) first--;
    if (first === headings.length) return;
    // The context's top style, and its first heading: what stands before it is the leading part.
    let top = first;
    for (let k = first; k < headings.length; k++) if (FAMILY_RANK[headings[k].family] < FAMILY_RANK[headings[top].family]) top = k;
    if (top === first) return;
    const later = new Map<MarkerFamily, number>();
    for (let k = top; k < headings.length; k++) if (!later.has(headings[k].family)) later.set(headings[k].family, headings[k].depth);
    const firstValue = new Map<MarkerFamily, number>();
    for (let k = first; k < top; k++) {
      const h = headings[k];
      if (!later.has(h.family) || FAMILY_RANK[h.family] <= FAMILY_RANK[headings[top].family]) return;
      if (!firstValue.has(h.family)) firstValue.set(h.family, h.value);
    }
    if (![...firstValue.values()].some((v) => v > 1)) return;
    // The leading part must nest its styles as the rest does (shallower there, shallower here).
    for (let k = first; k + 1 < top; k++) {
      const a = headings[k];
      const b = headings[k + 1];
      if (b.depth > a.depth && later.get(b.family)! <= later.get(a.family)!) return;
    }
    for (let k = first; k < top; k++) {
      const h = headings[k];
      const depth = later.get(h.family)!;
      if (h.parent) h.parent.children.splice(h.parent.children.indexOf(h), 1);
      h.parent = undefined;
      for (let p = k - 1; p >= first; p--) {
        if (headings[p].depth >= depth) continue;
        if (headings[p].depth === depth - 1) {
          h.parent = headings[p];
          headings[p].children.push(h);
        }
        break;
      }
      h.depth = depth;
      // A parent read here may have been closed before its new child (`4.…` then `（一）…`, which outranked it and
      // so closed it, in a context that nests （一） under 1.): its section, and its parents', run on to the child's end.
      for (let p = h.parent; p && p.end < h.end; p = p.parent) (p as MutableHeading).end = h.end;
    }
  }

  /** Closes every open section at `end`. */
  private closeAll(end: number): void {
    for (const level of this.stack) closeAt(level.last, end, this.text);
    this.stack = [];
  }

  /**
   * Looks for headings inside the line after `from` (run-in headings): where RUN_IN matches from
   * `from` on, as `RUN_IN.exec` on the line would find them, but read from the separators the
   * one pass of `scanText` found, so a line without one costs nothing.
   */
  private scanRunIn(from: number, lineEnd: number, li: number, prev: MutableHeading | undefined): void {
    const { text } = this;
    if (lineEnd - from < 2) return;
    const { runInSeparators: seps, runInMarkers: marks } = this.scan;
    let next = this.runInCursor;
    let pos = from; // RUN_IN.lastIndex, as an offset in the text
    let segmentStart = from;
    // Quote depth is tracked incrementally so a long line stays linear.
    let quotePos = this.lines[li].start;
    let quoteDepth = 0;
    const lineLength = lineEnd - this.lines[li].start;
    const quotesTo = (to: number) => {
      for (; quotePos < to; quotePos++) {
        const c = text.charCodeAt(quotePos);
        // An opening quote never closed nearby is a stray mark (`做到“两个维护:`), not a quotation.
        if (c === 0x201c /* “ */ || c === 0x300c /* 「 */ || c === 0x300e /* 『 */) {
          if (closesWithin(text, quotePos + 1, Math.min(lineEnd, quotePos + QUOTE_SPAN))) quoteDepth++;
        } else if ((c === 0x201d /* ” */ || c === 0x300d /* 」 */ || c === 0x300f) /* 』 */ && quoteDepth > 0) quoteDepth--;
      }
    };
    for (;;) {
      // (A flattened contents box, flatLabelledContents: its entries are no headings.)
      if (this.flatBox && pos < this.flatBox.end && pos + 1 >= this.flatBox.start) pos = segmentStart = this.flatBox.end;
      while (next < seps.length && seps[next] < pos) next++;
      const sepEnd = next === seps.length || seps[next] >= lineEnd ? lineEnd : marks[next];
      // A heading glued to the text before it, in a text whose line breaks were lost.
      const flat = lineLength >= FLAT_LINE;
      // Or one right after the role-word tag closing the item before (afterClosingTag).
      const glued =
        (flat || pos === this.starts[li] ? this.gluedMarker(pos, sepEnd, lineEnd, flat) : undefined) ??
        this.afterClosingTag(pos, sepEnd, lineEnd, li);
      if (glued) {
        quotesTo(glued.at);
        if (quoteDepth > 0) {
          pos = glued.at + 1;
          continue;
        }
        prev = this.splitTitle(this.addHeading(glued.m, glued.at, li, true, li), lineEnd, li);
        segmentStart = prev.markerEnd;
        pos = prev.markerEnd;
        continue;
      }
      if (sepEnd === lineEnd) break;
      const i = seps[next]; // the separator
      const j = marks[next]; // where the marker would start
      pos = j; // the RUN_IN match ends there
      if (this.flatBox && j >= this.flatBox.start && j < this.flatBox.end) continue;
      const ch = text[i];
      const marker =
        matchMarker(text, j, lineEnd) ??
        (isSentenceEnd(ch) ? (this.bareNext(j, lineEnd) ?? this.spacedNext(j, lineEnd)) : undefined) ??
        (lineLength >= FLAT_LINE ? this.flatBareOf(li).get(j) : undefined);
      if (!marker) {
        // A row number of a flattened table of tasks (`…责任单位  1  地区生产总值增长5.5%左右  区发展改革委  2  …`).
        const row = lineLength >= FLAT_LINE && j > (prev?.start ?? -1) ? this.flatTableRow(j, li, lineEnd) : undefined;
        if (row) {
          quotesTo(j);
          if (quoteDepth > 0) continue;
          const h = this.addHeading(row.m, j, li, true, li, row.titleStart);
          h.cell = true;
          prev = this.splitTitle(h, lineEnd, li);
          segmentStart = prev.markerEnd;
          pos = prev.markerEnd;
        }
        continue;
      }
      quotesTo(j);
      if (quoteDepth > 0) continue;
      const afterSentence = isSentenceEnd(ch);
      const afterColon = ch === '：' || ch === ':';
      const afterSpace = !afterSentence && !afterColon;
      const segment = text.slice(segmentStart, i).trim();
      const colon = afterColon || (afterSpace && (text[i - 1] === '：' || text[i - 1] === ':'));
      if (j <= (prev?.start ?? -1)) continue; // inside a title already split
      // `…请认真贯彻执行。 附件:1.重点指标清单 2.重大政策清 3.… 中共…办公室 2025年5月31日 …`: a cover note's list of
      // its attachments mid-line (a flattened text), names and no headings, as on a line of its own (form 394).
      if (colon && marker.value === 1) {
        const listEnd = attachmentNameList(text, segmentStart, i, marker, lineEnd);
        if (listEnd > 0) {
          pos = listEnd;
          segmentStart = listEnd;
          continue;
        }
      }
      // A flattened report's glossary: `…努力奋斗！ 名词解释 1.“两重”：…` (its label lost its line), a new
      // numbering context as on a line of its own.
      const glossary =
        lineLength >= FLAT_LINE && marker.value === 1 ? GLOSSARY_BEFORE.exec(text.slice(Math.max(segmentStart, i - 16), i)) : null;
      // `…（首发子站：…） 2006年山东省外经贸工作要点 2006-01-10 … 一、…`: the document pasted again after a first
      // copy with headings of its own, its title standing alone on the same long line.
      const copy =
        lineLength >= FLAT_LINE && marker.value === 1 && this.flatTitle && this.contextHeadings >= 3
          ? this.titleCopy(this.flatTitle.text, Math.max(segmentStart, this.flatTitle.end), i)
          : -1;
      // `…新篇章！ 附件 2026年自治区民生实事 1.通过…`: an attachment's label and title (each had a line of its
      // own) before its first item, a new numbering context as on lines of their own.
      const attachment =
        lineLength >= FLAT_LINE && marker.value === 1 && !afterColon && !glossary && copy < 0
          ? attachmentBefore(text, Math.max(segmentStart, j - 600), j)
          : undefined;
      const opened: { kind: NumberingContext['kind']; at: number; label: string } | undefined = glossary
        ? { kind: 'appendix', at: i - glossary[0].length, label: glossary[1] }
        : copy >= 0
          ? { kind: 'document', at: copy, label: this.flatTitle!.text }
          : attachment
            ? { kind: 'attachment', at: attachment.at, label: text.slice(attachment.at, attachment.end).trim() }
            : undefined;
      if (opened) {
        this.openContext(opened.kind, opened.at, li, opened.label, opened.at);
        prev = this.splitTitle(this.addHeading(marker, j, li, true, li), lineEnd, li);
        segmentStart = prev.markerEnd;
        pos = prev.markerEnd;
        continue;
      }
      const unnumbered = afterSentence && this.afterUnnumberedSiblings(marker, j);
      // `…三、强化工作实效。… 咸宁市人民政府办公室 2023年1月5日 (此件公开发布) 2023年市《政府工作报告》确定的…分解方案 一、…`:
      // a flattened notice's end, then the title of the document it issues standing alone, then that document's first heading.
      const issued =
        lineLength >= FLAT_LINE &&
        marker.value === 1 &&
        afterSpace &&
        this.contextHeadings >= 2 &&
        FAMILY_RANK[marker.family] <= FAMILY_RANK[this.stack[0]?.family ?? marker.family] &&
        issuedTitleBefore(text, Math.max(segmentStart, j - ISSUED_SPAN), j);
      const opening =
        lineLength >= FLAT_LINE && afterSpace && !colon ? this.excerptOpens(marker, i, li, prev, segment, lineLength) : undefined;
      if (
        unnumbered ||
        issued ||
        opening ||
        (this.acceptsRunIn(
          marker,
          afterSpace && !colon,
          colon,
          prev,
          segment,
          afterSentence,
          lineLength,
          li,
          lineEnd,
          afterSentence && ch !== '；' && ch !== ';',
        ) &&
          !(this.openLevel(marker.family) < 0 && listInsideSentence(text, marker, lineEnd, lineLength >= FLAT_LINE && !colon)))
      ) {
        const h = this.addHeading(marker, j, li, true, li);
        if (unnumbered) h.afterUnnumbered = true;
        if (opening === 'part') this.openingPart = h;
        prev = this.splitTitle(h, lineEnd, li);
        segmentStart = prev.markerEnd;
        pos = prev.markerEnd;
      } else this.strayMarkers.push({ start: j, family: marker.family });
    }
    this.runInCursor = next;
  }

  /**
   * `…凸显区位优势。2.破除瓶颈,有效解决。针` (673:35, blind form 641): in a hard-wrapped copy, a run-in Arabic item past one after a
   * sentence end, no list of its family open, whose title is a parallel pair (`破除瓶颈,有效解决。`: two halves of three to six
   * ideographs, of one length, a comma between, closed by `。`) of the shape the section's unnumbered sub-titles have: the
   * section of the open heading above it (of a higher rank) holds exactly one fewer such pair after a sentence end
   * (`(二)规划立足,步步落实。突出重点,推动发展。`: item 1 without its marker). The same when the repair has joined the wrapped
   * lines (the item then stands inside a long line of its own paragraph). Not `。2.5%`, `。2.3万亩` (numbers: matchMarker), `第2.`.
   */
  private afterUnnumberedSiblings(m: MarkerMatch, at: number): boolean {
    const { text } = this;
    if (m.family !== 'ar' || m.variant === '' || m.value < 2 || this.openLevel(m.family) >= 0) return false;
    const top = this.stack[this.stack.length - 1]?.last;
    if (!top || top.context !== this.context || FAMILY_RANK[top.family] >= FAMILY_RANK[m.family]) return false;
    const pair = PARALLEL_TITLE.exec(text.slice(m.end, m.end + 16));
    if (!pair || pair[1].length !== pair[2].length) return false;
    const n = pair[1].length;
    const shape = new RegExp(`(?<=[。！？；])[\\u4e00-\\u9fff]{${n}}[,，][\\u4e00-\\u9fff]{${n}}。`, 'g');
    // (A sub-title may be wrapped itself: the section is read without its line breaks.)
    const before = text.slice(top.markerEnd, at).replace(/\s+/g, '').match(shape);
    return (before?.length ?? 0) === m.value - 1;
  }

  /**
   * `…增长11%左右。(省发改委负责)(二)公共财政收入…`, `…以上。(省发改委主办,…林业厅协办)2.重点抓好…` (679:11, 31, blind form 660): the
   * next item of a list open on this line, right after the tag that closes the item before it — a bracket opened after `。`
   * whose units end in a role word (负责, 主办, 协办, 牵头, 配合), no sentence inside — in the list's own punctuation and followed by
   * an ideograph, in [from, to). Not a cited title's `…(2023年)(二)` (no role word), `（见附件1）2.5%` (a number), nor a tag
   * followed by the item's own words.
   */
  private afterClosingTag(from: number, to: number, lineEnd: number, li: number): { m: MarkerMatch; at: number } | undefined {
    const { text, stack } = this;
    const onLine = stack.some((level) => level.last.line === li && level.last.context === this.context);
    if (!onLine || to - from < 4) return undefined;
    // The tag's `(` may be where the last separator's marker was looked for: its `。` just before `from`. (Read up to `to`
    // only: indexOf would run on to the next `。` however far it is, on every separator of a long line.)
    for (let at = Math.max(0, from - 1); at + 1 < to; at++) {
      if (text.charCodeAt(at) !== 0x3002 /* 。 */) continue;
      const open = text[at + 1];
      if (open !== '(' && open !== '（') continue;
      const close = text.slice(at + 2, Math.min(to, at + 2 + TAG_SPAN)).search(/[)）]/);
      if (close < 0) continue;
      const tagEnd = at + 2 + close;
      if (!ROLE_TAG.test(text.slice(at + 2, tagEnd))) continue;
      const m = matchMarker(text, tagEnd + 1, lineEnd);
      if (!m || !isIdeograph(text.charCodeAt(m.end))) continue;
      const level = this.openLevel(m.family, m.variant);
      const last = level >= 0 ? stack[level].last : undefined;
      if (last && last.line === li && last.value + 1 === m.value && last.variant === m.variant) return { m, at: tagEnd + 1 };
    }
    return undefined;
  }

  /**
   * A row of a table of tasks whose line breaks were lost (a table one cell per line or one row per line, flattened: test/corpus
   * 168, 386, 446, 459, 657…), read as the table one cell per line is (tableRow): after a `序号` header whose cells name the work
   * or who does it (flatTaskTables), a bare number at `j` standing as a cell (a blank before it, blanks or a pipe after it, then a
   * cell that opens with no digit and is no unit: not `2 月底前`, `2 万亩`, `12月底前`, `1-10月`) is the next row: the first number
   * cell after the header whatever its number (a bureau's rows of a longer list), then the next number within a section's
   * length, or a later one right after a group heading (`六、…发展  68  持续推进…`). Its title is the first cell.
   */
  private flatTableRow(j: number, li: number, lineEnd: number): { m: MarkerMatch; titleStart: number } | undefined {
    const { text } = this;
    if (!isDigit(text.charCodeAt(j)) || !isBlank(text.charCodeAt(j - 1))) return undefined;
    if (!this.flatHeaders || this.flatHeaders.line !== li)
      this.flatHeaders = { line: li, ends: flatTaskTables(text, this.starts[li], this.lines[li].end) };
    let header = -1;
    for (const e of this.flatHeaders.ends) {
      if (e > j) break;
      header = e;
    }
    if (header < 0) return undefined;
    const m = matchBareNumber(text, j, lineEnd);
    if (!m) return undefined;
    const cell = FLAT_CELL.exec(text.slice(m.end, Math.min(lineEnd, m.end + 12)));
    if (!cell) return undefined;
    // (A unit cell after a figure is no row's first cell: `2  万亩`, `3 个`, `2 月底前`, `1  万元/人`; `8  家禽出栏` is.)
    const first = text.slice(m.end + cell[0].length, Math.min(lineEnd, m.end + cell[0].length + 12)).split(/[\s\u3000|｜]/)[0];
    if (unitCell(first)) return undefined;
    if (!this.flatTable || this.flatTable.header !== header) this.flatTable = { header, last: 0, at: header };
    const table = this.flatTable;
    const last = this.headings[this.headings.length - 1];
    // (A row read otherwise, `…1家。 6 非遗保护`: the next number of the open list after a sentence end, see bareNext.)
    if (last && last.family === 'ar' && last.variant === '' && last.start > table.at) {
      table.last = last.value;
      table.at = last.start;
    }
    if (j - table.at > GLUED_SECTION) return undefined;
    // (Nor, after the first row, a figure after its unit cell: `新建高标准农田  万亩  2  县农业农村局`; the header's spaced-out
    // `责 任 单 位  1` is no unit.)
    let b = j;
    while (b > 0 && /[\s\u3000|｜]/.test(text[b - 1])) b--;
    let a = b;
    while (a > 0 && b - a <= 8 && !/[\s\u3000|｜]/.test(text[a - 1])) a--;
    if (table.last > 0 && unitCell(text.slice(a, b))) return undefined;
    const afterGroup =
      last !== undefined && !last.cell && last.start > table.at && j - last.titleEnd <= 8 && text.slice(last.titleEnd, j).trim() === '';
    if (!(table.last === 0 || m.value === table.last + 1 || (afterGroup && m.value > table.last))) return undefined;
    table.last = m.value;
    table.at = j;
    return { m, titleStart: m.end + cell[0].length };
  }

  /** The items of the flattened line `li` whose bare numbers are glued to their text (flatBareItems), found once per line. */
  private flatBareOf(li: number): Map<number, MarkerMatch> {
    if (!this.flatBare || this.flatBare.line !== li)
      this.flatBare = { line: li, items: flatBareItems(this.text, this.starts[li], this.lines[li].end) };
    return this.flatBare.items;
  }

  /**
   * A flattened copy that begins inside a part, right after its title (`教育局2025年工作計畫  三、加快轉變…發展  13.辦好學前教育。`,
   * `施政報告 6. 在「一國兩制」…`: a writing site's later page, a report's excerpt): `part` for the first heading past one after the
   * line's opening words, when they are a plan's or a report's title (2 to 60 characters, no mark of a sentence or a clause) and a
   * title follows the marker; `sub` for that heading's first sub-item past one right after its title (up to 60 characters, no
   * sentence end: items numbered on across the parts). Not a marker past one after a sentence (`…工作。 三、…`: acceptsRunIn's
   * rule, with its own evidence), nor after words that are no title (`按照方案，三、…`, `2024年 6. …`).
   */
  private excerptOpens(
    m: MarkerMatch,
    sep: number,
    li: number,
    prev: Heading | undefined,
    segment: string,
    lineLength: number,
  ): 'part' | 'sub' | undefined {
    const { text } = this;
    if (m.value < 2 || this.openLevel(m.family) >= 0) return undefined;
    let t = m.end;
    while (t < text.length && t - m.end < 2 && isBlank(text.charCodeAt(t))) t++;
    const c = text.charCodeAt(t);
    if (!isIdeograph(c) && c !== 0x201c /* “ */ && c !== 0x300c /* 「 */) return undefined;
    if (this.stack.length === 0 && this.contextHeadings === 0 && this.context === 0) {
      const words = text.slice(this.starts[li], sep).trim();
      return words.length >= 2 && words.length <= 60 && !/[。！？!?；;，,：:、]/.test(words) && OPENING_TITLE.test(words)
        ? 'part'
        : undefined;
    }
    return prev !== undefined &&
      prev === this.openingPart &&
      prev.children.length === 0 &&
      FAMILY_RANK[m.family] > FAMILY_RANK[prev.family] &&
      flatTitleBefore(prev, segment, li, lineLength)
      ? 'sub'
      : undefined;
  }

  /** Where `title` stands alone (blanks or a sentence end around it) in [from, to), -1 when it does not. */
  private titleCopy(title: string, from: number, to: number): number {
    const { text } = this;
    for (let at = text.indexOf(title, from); at >= 0 && at + title.length <= to; at = text.indexOf(title, at + 1)) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 32;
      const after = text.charCodeAt(at + title.length);
      if ((isBlank(before) || isSentenceEnd(String.fromCharCode(before)) || before === 0xff09) /* ） */ && isBlank(after)) return at;
    }
    return -1;
  }

  /**
   * A heading glued to the text before it in a flattened text, in [from, to): the plan's first
   * heading straight after its title (`县教育局2024年工作要点1.全面坚持…`), or the next item of the
   * open Arabic list after the previous item's last word or closing tag (`…思政科等2 .夯实基层党组织建设`,
   * `…（市政府办公室牵头）2.持续深化…`): the next number, in the list's own punctuation, followed by
   * an ideograph, within a section's length. On a line of ordinary length (`flat` false) only the
   * first form is read, with evidence: the line begins with the title (`区教育局202x年工作计划(一)强化…`,
   * a scraper lost the line end), nothing but the title's words before the marker, and the list goes
   * on with its second item at the start of a later line.
   */
  private gluedMarker(from: number, to: number, lineEnd: number, flat = true): { m: MarkerMatch; at: number } | undefined {
    const { text } = this;
    if (to - from < 2) return undefined;
    if (this.contextHeadings === 0 && this.stack.length === 0) {
      const lineStart = this.lines[lineAt(this.lines, from)].start;
      const end = Math.min(to, lineStart + GLUED_TITLE);
      if (from >= end) return undefined;
      const words = new RegExp(PLAN_WORDS.source, 'g');
      words.lastIndex = from;
      for (let w = words.exec(text); w && w.index < end; w = words.exec(text)) {
        const at = w.index + w[0].length;
        const m = at < end ? matchMarker(text, at, lineEnd) : undefined;
        // The title may open with its year, written or blanked by a site (`…工作要点一、n年全县教育工作指导思想`: form 510).
        if (
          !m ||
          m.value !== 1 ||
          m.family === 'circled' ||
          !(isIdeograph(text.charCodeAt(m.end)) || YEAR_TITLE.test(text.slice(m.end, m.end + 5)))
        )
          continue;
        if (flat) return { m, at };
        // A title's own words only: no clause or citation mark before the marker (`按照《…要点》(一)`,
        // `…，2024年工作要点(一)`), and a heading's title, not a particle, after it (`…工作要点(一)的通知`).
        if (/[，,。；;：:、《》“”"（）()]/.test(text.slice(from, w.index)) || TITLE_PARTICLE.test(text[m.end])) return undefined;
        return this.listContinues(m, lineAt(this.lines, from)) ? { m, at } : undefined;
      }
      return undefined;
    }
    let open = this.stack.length - 1;
    while (open >= 0 && this.stack[open].family !== 'ar') open--;
    if (open < 0) return undefined;
    const last = this.stack[open].last;
    // Only after an item that itself stands mid-line: a long paragraph of a text with its line
    // breaks (`1、…见附件2、附件3…`) holds no glued heading.
    if (!last.runIn) return undefined;
    // The first glued item after `from`, searched once for the open item and remembered: a long
    // line has a separator every few characters, and indexOf runs to the next occurrence however
    // far it is.
    const cache = this.gluedSeen;
    if (cache.last !== last || cache.lineEnd !== lineEnd || from < cache.from || (cache.found && cache.found.at < from)) {
      const found = this.findGlued(last, from, Math.min(lineEnd, last.start + GLUED_SECTION), lineEnd);
      this.gluedSeen = { last, lineEnd, from, found };
    }
    const found = this.gluedSeen.found;
    return found && found.at < to ? found : undefined;
  }

  /**
   * A chunk that goes on with the title the chunk before it was cut in (`…(一)继续实施教育发展“十大工程”,推进` /
   * `2、义务教育均衡发展1、进一步推进…`: form 510): the first item of a list not yet open, glued to the
   * title's last words (ideographs and quotes only, within a title's length), is a heading.
   */
  private itemAfterTitleTail(from: number, lineEnd: number, li: number): { m: MarkerMatch; at: number } | undefined {
    const { text, lines } = this;
    const last = this.headings[this.headings.length - 1];
    let p = li - 1;
    while (p >= 0 && this.starts[p] >= lines[p].end) p--;
    if (!last || p < 0 || last.line !== p) return undefined;
    let e = lines[p].end;
    while (e > last.titleEnd && isBlank(text.charCodeAt(e - 1))) e--;
    if (last.titleEnd < e) return undefined;
    const limit = Math.min(lineEnd, from + TITLE_TAIL);
    for (let at = from; at < limit; at++) {
      const c = text.charCodeAt(at);
      if (at > from && (isDigit(c) || c === 0xff08 /* （ */ || c === 40) /* ( */) {
        const m = matchMarker(text, at, lineEnd);
        if (m && m.value === 1 && m.family !== 'circled' && this.openLevel(m.family) < 0 && isIdeograph(text.charCodeAt(m.end)))
          return { m, at };
      }
      if (!isIdeograph(c) && c !== 0x201c /* “ */ && c !== 0x201d /* ” */) return undefined;
    }
    return undefined;
  }

  /** True when a later line than `li` begins with the second item of `first`'s list (same family and punctuation). */
  private listContinues(first: MarkerMatch, li: number): boolean {
    const { text, lines } = this;
    for (let k = li + 1; k < lines.length; k++) {
      const m = matchMarker(text, this.starts[k], lines[k].end);
      if (m && m.family === first.family && m.variant === first.variant && m.value === 2) return true;
    }
    return false;
  }

  /** The next item of `last`'s list glued to the text in [from, end), see gluedMarker. */
  private findGlued(last: Heading, from: number, end: number, lineEnd: number): { m: MarkerMatch; at: number } | undefined {
    const { text } = this;
    const wanted = String(last.value + 1);
    for (let at = text.indexOf(wanted, from); at >= 0 && at < end; at = text.indexOf(wanted, at + 1)) {
      const before = text.charCodeAt(at - 1);
      // After the last word, or after the tag that closes an item (`…（市商务局牵头）2.持续…`).
      if (!isIdeograph(before) && before !== 0xff09 /* ） */ && before !== 41 /* ) */ && before !== 0x201d /* ” */) continue;
      const m = matchMarker(text, at, lineEnd);
      if (m && m.value === last.value + 1 && m.variant === last.variant && isIdeograph(text.charCodeAt(m.end))) return { m, at };
    }
    return undefined;
  }

  /**
   * `……增长11.5%。 （ 三）改革开放持续深化、互促共进。`: a bracketed marker with a blank inside it, the next number of the open list
   * of its family after a sentence end — a marker a scraper broke over lines (`（` / `三）…`, docs/domain.md §2), the lines then
   * joined with blanks (a flattened copy). Not a bracket in a sentence (`按照（ 三）款`: no sentence end), nor a number the list
   * does not expect.
   */
  private spacedNext(at: number, lineEnd: number): MarkerMatch | undefined {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c !== 0xff08 /* （ */ && c !== 40 /* ( */) return undefined;
    const m = SPACED_PAREN.exec(text.slice(at, Math.min(lineEnd, at + 12)));
    if (!m) return undefined;
    const arabic = m[2] !== undefined;
    const family: MarkerFamily = arabic ? 'ar-paren' : 'cn-paren';
    const value = arabic ? Number(m[2]) : parseChineseNumeral(m[3]);
    const open = this.openLevel(family);
    if (open < 0 || this.stack[open].last.value + 1 !== value || !isIdeograph(text.charCodeAt(at + m[0].length))) return undefined;
    return { family, variant: m[1] + m[4], value, end: at + m[0].length, text: m[0] };
  }

  /**
   * `……。4 不断加强师资队伍建设`: the next number of the open Arabic list after a sentence end,
   * with its mark lost, a blank and the title after it (not a quantity: `。5 家企业`).
   */
  private bareNext(at: number, lineEnd: number): MarkerMatch | undefined {
    const { text } = this;
    if (!isDigit(text.charCodeAt(at))) return undefined;
    const open = this.openLevel('ar');
    if (open < 0) return undefined;
    const m = matchBareNumber(text, at, lineEnd);
    if (!m || m.value !== this.stack[open].last.value + 1) return undefined;
    const blank = text.charCodeAt(m.end);
    if (!(blank === 32 || blank === 0x3000) || m.end + 1 >= lineEnd) return undefined;
    const after = text[m.end + 1];
    return isIdeograph(after.charCodeAt(0)) && !QUANTITY_AFTER.test(after) ? m : undefined;
  }

  /**
   * A mid-line marker is a heading when it continues an open list (the next number of a family
   * already open), or when it chains run-in headings: the text before it is a short heading title
   * and the new marker nests one level deeper, starting at one.
   */
  private acceptsRunIn(
    m: MarkerMatch,
    afterSpace: boolean,
    afterColon: boolean,
    prev: MutableHeading | undefined,
    segment: string,
    afterSentence = false,
    lineLength = 0,
    li = -1,
    lineEnd = 0,
    fullStop = afterSentence,
  ): boolean {
    const open = this.openLevel(m.family);
    if (open >= 0) {
      const last = this.stack[open].last;
      if (m.value === last.value + 1) return true;
    }
    // A text whose line breaks were lost: the first heading follows the preamble's last sentence
    // (`……现提出如下意见。一、优化营商环境`), a first sub-item the heading's own sentence.
    if (
      (afterSentence || afterColon || (afterSpace && lineLength >= FLAT_LINE)) &&
      open < 0 &&
      m.value === 1 &&
      this.stack.length === 0 &&
      this.contextHeadings === 0
    )
      return true;
    // A copy that begins inside a part (`……验收。五、存在的主要问题: 一是…`): a flattened text's first
    // heading may be past one, when a short title closed by `：` or `。` follows it. (After a full stop: `…； 四、加强…。`
    // is the last part a sentence lists, `报告共分四个部分：一、…； 二、…； 四、…。`.)
    if (
      fullStop &&
      open < 0 &&
      m.family === 'cn' &&
      this.stack.length === 0 &&
      this.contextHeadings === 0 &&
      lineLength >= FLAT_LINE &&
      shortTitleAhead(this.text, m.end)
    )
      return true;
    // A flattened copy that begins inside a section (`1组织好…; … 9加快…。 (五)加快机构改革步伐。 (六)… 三、…`, form 129): the
    // first heading of a higher style after the leading lists, past one, when the text opens with a heading, nothing of its
    // style or above has been read, and a short title closed by `。` or `：` follows it (as levelExcerptStart reads it on lines).
    if (
      fullStop &&
      open < 0 &&
      m.value > 1 &&
      lineLength >= FLAT_LINE &&
      this.stack.length > 0 &&
      FAMILY_RANK[m.family] < FAMILY_RANK[this.stack[0].family] &&
      this.context === 0 &&
      this.headings[0].start === this.starts[this.firstTextLine] &&
      !this.headings.some((h) => FAMILY_RANK[h.family] <= FAMILY_RANK[m.family]) &&
      shortTitleAhead(this.text, m.end, EXCERPT_TITLE)
    )
      return true;
    if (afterSentence && open < 0 && m.value === 1) {
      const top = this.stack[this.stack.length - 1];
      if (top && prev === top.last && FAMILY_RANK[m.family] > FAMILY_RANK[top.family] && segment.length <= 60) return true;
      // In a flattened text the first sub-item follows any sentence of its parent's section: the
      // parent itself stands on the long line, mid-line or at its start (its paragraph break was lost too).
      const flat = (h: Heading) => this.lines[h.line].end - this.lines[h.line].start >= FLAT_LINE;
      if (top && flat(top.last) && FAMILY_RANK[m.family] > FAMILY_RANK[top.family]) return true;
    }
    // A list introduced by a colon (`……以下几方面的工作： 1、加强队伍建设`) nests under the open heading,
    // unless the whole list stands in this paragraph of a text with its line breaks
    // (`总的指导原则是：（1）坚持…。…。（2）坚持…。（3）…`: principles listed inside the paragraph).
    const top = this.stack[this.stack.length - 1];
    if (afterColon && top && open < 0 && m.value === 1 && FAMILY_RANK[m.family] > FAMILY_RANK[top.family])
      return (top.last.runIn && top.last.line === li) || !nextItemOnLine(this.text, m, lineEnd);
    if (afterSpace && prev && open < 0 && m.value === 1 && FAMILY_RANK[m.family] > FAMILY_RANK[prev.family]) {
      if (segment.length > 0 && segment.length <= 30 && !/[。；;，,！？]/.test(segment)) return true;
      // In a flattened text a heading's title may hold commas (`一、积极扩大外资规模，提高利用外资质量和水平 1、建立…`):
      // after a run-in heading of the same long line, a title of up to 60 characters that ends no sentence.
      return flatTitleBefore(prev, segment, li, lineLength);
    }
    // `二、调整出口结构，转变外贸增长方式 8、推动…` in a flattened text: items numbered on across the
    // sections (1、…7、 under 一、) go on after the next section's title.
    // So in a pipe table's row: `| (二)严控农兽药残留超标 | 3.深入开展… |`, the measures numbered on across the
    // rows' groups, the group's cell (prev's title, no sentence) right before the measure's (form 620).
    if (
      afterSpace &&
      prev &&
      open < 0 &&
      m.value > 1 &&
      FAMILY_RANK[m.family] > FAMILY_RANK[prev.family] &&
      (flatTitleBefore(prev, segment, li, lineLength) || this.cellAfter(prev, segment, li))
    ) {
      const last = this.lastOfFamily(m.family, m.variant);
      return last !== undefined && last.value === m.value - 1 && last.start < prev.start;
    }
    return false;
  }

  /** Whether `segment` is the one cell of heading `prev` (its title and the border after it) in a row of a pipe table whose rows open with a border. */
  private cellAfter(prev: Heading, segment: string, li: number): boolean {
    if (!this.borderRows.has(li) || prev.line !== li || !/[|｜]$/.test(segment)) return false;
    const cell = segment.slice(0, -1).trim();
    return cell.length > 0 && cell.length <= 60 && !/[|｜。；;！？]/.test(cell);
  }

  /** The last heading read of `family` written with `variant`. */
  private lastOfFamily(family: MarkerFamily, variant: string): MutableHeading | undefined {
    const { headings } = this;
    for (let k = headings.length - 1; k >= 0; k--) if (headings[k].family === family && headings[k].variant === variant) return headings[k];
    return undefined;
  }

  /** The index in the stack of the open level of `family` (of a labelled family: with the label of `variant`), or -1. */
  private openLevel(family: MarkerFamily, variant?: string): number {
    const { stack } = this;
    for (let k = 0; k < stack.length; k++)
      if (stack[k].family === family && (family !== 'labelled' || sameLabel(stack[k].last.variant, variant ?? ''))) return k;
    return -1;
  }

  /**
   * Whether a labelled marker (`行动1：`) stands in a sequence of its label: the first (value 1) when a line further on (within
   * LABELLED_REACH lines) starts with the same label and value 2, a later one right after the last heading of its label (numbered
   * on within its parent or straight through the parents). One `任务1：` in prose, or a lone `措施2：`, is no heading.
   */
  private inLabelledSequence(m: MarkerMatch, li: number): boolean {
    const { text, lines } = this;
    if (m.value > 1) {
      for (let k = this.headings.length - 1; k >= 0; k--) {
        const h = this.headings[k];
        if (h.family === 'labelled' && sameLabel(h.variant, m.variant)) return h.value === m.value - 1 && h.context === this.context;
      }
      return false;
    }
    for (let k = li + 1; k < lines.length && k <= li + LABELLED_REACH; k++) {
      const at = labelledLead(text, this.starts[k]);
      const n = at < lines[k].end ? matchLabelled(text, at, lines[k].end) : undefined;
      if (n && sameLabel(n.variant, m.variant)) return n.value === 2;
    }
    return false;
  }

  /**
   * `)抓好粮油种植和单产提升。…` (blind form 640): an item whose bracketed marker lost its opening (a portal dropped `（一`),
   * read as the item it stands for when the structure says so: a short title closed by `。` or `：` after the lone `)` or `）`,
   * no bracket left open since the heading before (a wrapped `(责任单位:…` / `…)`, a split marker `（` / `十一` / `）`), and the
   * next bracketed item at a line start, of the same closing bracket and no marker of its rank or above before it, numbered
   * one past it: the first under a parent of higher rank (`一、` then `)…` then `(二)`), or the next after its list's last
   * item (`(三)` then `)…` then `(五)`). The marker stays as written; the variant is its sibling's, so the list reads whole.
   */
  private lostOpening(li: number, start: number): MarkerMatch | undefined {
    const { text, lines } = this;
    const close = text[start];
    if ((close !== '）' && close !== ')') || !shortTitleAhead(text, start + 1)) return undefined;
    const before = this.headings[this.headings.length - 1];
    if (!before || before.context !== this.context) return undefined;
    let open = 0;
    for (let k = Math.max(before.markerEnd, start - 600); k < start; k++) {
      const c = text[k];
      if (c === '（' || c === '(') open++;
      else if ((c === '）' || c === ')') && open > 0) open--;
    }
    if (open > 0) return undefined;
    // A sub-item of the lost item (`1.` under `（一）`) may stand before its sibling; a marker of its rank or above may not.
    let below = Infinity;
    for (let k = li + 1; k < lines.length && k <= li + 60; k++) {
      const ks = this.starts[k];
      if (ks >= lines[k].end) continue;
      const next = matchMarker(text, ks, lines[k].end);
      if (!next) continue;
      if (next.family !== 'cn-paren' && next.family !== 'ar-paren') {
        if (FAMILY_RANK[next.family] <= FAMILY_RANK['cn-paren']) return undefined;
        below = Math.min(below, FAMILY_RANK[next.family]);
        continue;
      }
      if (next.variant[1] !== close || next.value < 2 || below <= FAMILY_RANK[next.family]) return undefined;
      const value = next.value - 1;
      const level = this.openLevel(next.family);
      const top = this.stack[this.stack.length - 1]?.last;
      const first = level < 0 && value === 1 && top !== undefined && FAMILY_RANK[top.family] < FAMILY_RANK[next.family];
      const following = level >= 0 && this.stack[level].last.value === value - 1 && this.stack[level].last.variant === next.variant;
      if (!first && !following) return undefined;
      return { family: next.family, variant: next.variant, value, end: start + 1, text: close };
    }
    return undefined;
  }

  /**
   * `、重点工作` alone on its line (685:9, blind form 700): a part whose numeral the copy lost (`二、`), read as the item it
   * stands for when the structure says so: the rest of the line a short title (2-20 ideographs, digits or quotes, no mark),
   * the paragraph before it closed by a sentence end (a list broken before its `、` continues a sentence), and the next line
   * a first sub-item (`(一)`) of a style below an open list whose items end in `、` (`一、`): the next item of that list, one
   * past its last, unless a marker of that list with this number stands further on. The marker stays as written (`、`).
   */
  private lostNumeral(li: number, start: number): MarkerMatch | undefined {
    const { text, lines, stack } = this;
    if (text[start] !== '、' || !LOST_NUMERAL_TITLE.test(text.slice(start + 1, lines[li].end).trimEnd())) return undefined;
    let p = li - 1;
    while (p >= 0 && this.starts[p] >= lines[p].end) p--;
    if (p < 0 || !/[。！？!?]\s*$/.test(text.slice(lines[p].start, lines[p].end))) return undefined;
    let q = li + 1;
    while (q < lines.length && this.starts[q] >= lines[q].end) q++;
    const sub = q < lines.length ? matchMarker(text, this.starts[q], lines[q].end) : undefined;
    if (!sub || sub.value !== 1) return undefined;
    // The deepest open list of `、` items above the sub-item's style (and above its open level, if it is open).
    const subLevel = this.openLevel(sub.family);
    let level = -1;
    for (let k = subLevel >= 0 ? subLevel - 1 : stack.length - 1; k >= 0; k--) {
      const last = stack[k].last;
      if (last.variant === '、' && last.context === this.context && FAMILY_RANK[last.family] < FAMILY_RANK[sub.family]) {
        level = k;
        break;
      }
    }
    if (level < 0) return undefined;
    const last = stack[level].last;
    const value = last.value + 1;
    // A marker of the list with this number further on: the line is none of its items.
    for (let k = q + 1; k < lines.length && k <= q + 400; k++) {
      const ks = this.starts[k];
      if (ks >= lines[k].end || text[ks] === '、') continue;
      const m = matchMarker(text, ks, lines[k].end);
      if (m && m.family === last.family) {
        if (m.value === value) return undefined;
        break;
      }
    }
    return { family: last.family, variant: last.variant, value, end: start + 1, text: '、' };
  }

  /**
   * `(一)三次产业协同升级,发展质效持续攀升。` (683:18, 430:8, blind form 684): a bracketed item at a line start whose title opens
   * with a numeral word (三次产业, 二产, 三农), which matchMarker reads as a list of numerals (`一、二季度`). A heading when the
   * structure says so: a title of ideographs and commas only, closed by `。` or the line's end within a title's length, and
   * the first item of its level under an open heading of the level above, or the next item of its open list. Not `第一、二轮`,
   * `一、二、三等奖` (no bracket), `（一）、（二）` (a mark after the bracket), `(1)2` (Arabic).
   */
  private numeralTitle(li: number, start: number): MarkerMatch | undefined {
    const { text, lines, stack } = this;
    const m = matchNumeralTitled(text, start, lines[li].end);
    if (!m) return undefined;
    let end = lines[li].end;
    while (end > m.end && isBlank(text.charCodeAt(end - 1))) end--;
    const title = /^[\u4e00-\u9fff][\u4e00-\u9fff,，“”]{1,39}(?:。|$)/.exec(text.slice(m.end, Math.min(end, m.end + 41)));
    if (!title || !/[\u4e00-\u9fff](?:。)?$/.test(title[0])) return undefined;
    const level = this.openLevel(m.family);
    if (level >= 0) {
      const last = stack[level].last;
      return last.context === this.context && last.value + 1 === m.value && last.variant === m.variant ? m : undefined;
    }
    const top = stack[stack.length - 1]?.last;
    return m.value === 1 && top && top.context === this.context && FAMILY_RANK[top.family] < FAMILY_RANK[m.family] ? m : undefined;
  }

  /**
   * `11.121人才梯队项目`: a title that begins with digits reads as a number (`11.121`), so a marker
   * followed by a digit is no heading (`1.5亿`, PM`2.5`) — except between the item before it and
   * the item after it: the open list's last item is `10.` and the next line starts with `12.`.
   * A year after the mark (`20.2026年…`, `2.2023年度…`) keeps the convention of the goldens and
   * domain.md §2: not a heading.
   */
  private itemBeforeDigits(li: number, start: number): MarkerMatch | undefined {
    const { text, lines } = this;
    const line = lines[li];
    if (!isDigit(text.charCodeAt(start))) return undefined;
    const m = /^([0-9０-９]{1,3})([、.．])(?![0-9０-９]{4}年)(?=[0-9０-９]+(?![亿万元年月日个家项])[\u3400-\u9fff])/.exec(
      text.slice(start, Math.min(line.end, start + 12)),
    );
    if (!m || m[1].startsWith('0')) return undefined;
    const value = Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    const open = this.openLevel('ar');
    const before = open >= 0 ? this.stack[open].last : undefined;
    if (!before || before.value !== value - 1 || before.variant !== m[2]) return undefined;
    for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
      const ks = contentStart(text, lines[k].start, lines[k].end);
      if (ks >= lines[k].end) continue;
      const after = matchMarker(text, ks, lines[k].end);
      if (!after || after.family !== 'ar' || after.value !== value + 1 || after.variant !== m[2]) return undefined;
      return { family: 'ar', variant: m[2], value, end: start + m[0].length, text: m[0] };
    }
    return undefined;
  }

  /**
   * The row of a table flattened one cell per line whose later cell opens with `m` when `m` is a number the cell cites
   * from a longer list (652, form 541: row `12`, its task cells `56.…` and `86.…`, the 政府工作报告's own task numbers):
   * a `N.`/`N、` far past the row's serial (more than its next number), or past the cited number before it in the row.
   * Such numbers are items of the row, not its siblings. A list `1.` `2.` in a cell, or the next serial, is none.
   */
  private citingRow(m: MarkerMatch): MutableHeading | undefined {
    const table = this.table;
    if (!table || table.rows || m.family !== 'ar' || m.variant === '') return undefined;
    const last = this.headings[this.headings.length - 1];
    if (!last || last.context !== this.context) return undefined;
    if (last.cell && !last.cited && last.variant === '' && m.value > last.value + 1) return last;
    const row = last.parent as MutableHeading | undefined;
    if (last.cited && row?.cell && m.value > last.value) return row;
    return undefined;
  }

  /**
   * A table flattened one cell per line: after its `序号` header cell, a cell holding nothing but
   * the next row number stands for its row, which is itself the numbered item (a task, a target),
   * titled by the next cell (or, when the header was one line of cells, a line that starts with
   * the next row number and a cell boundary, titled by its first cell). The number must be the next one (or, right after a group row such as
   * `五、…方面`, a later one: a copy that left rows out), so a data cell rarely passes for a row.
   */
  private tableRow(
    li: number,
    start: number,
    previousLine: number,
  ): { match: MarkerMatch; at: number; titleLine: number; titleStart: number } | undefined {
    const { text, lines } = this;
    const line = lines[li];
    const first = text.charCodeAt(start);
    if (first === 0x5e8f /* 序 */) {
      // `序号` a cell of its own; `序号<TAB>工作任务<TAB>牵头单位` a header row on one line.
      // (`序号 |`: a cell of its own closed by the ` |` a page's table export leaves after every cell.)
      const cellText = text.slice(start, line.end).trim();
      // (`序号 | 指标名称 | 单位 | …`: a header row on one line with ` | ` between its cells, a Word table on a web page.)
      const header =
        /^序[ \u3000]*号(?:$|[ \u3000]*[|｜]$|[\t|｜]|[ \u3000]+(?=[\u3400-\u9fff])|[ \u3000]+[|｜][ \u3000]*(?=[\u3400-\u9fff]))/.exec(
          cellText,
        );
      if (header) {
        const rows = !header[0].endsWith('号') && header[0] !== cellText;
        // An indicator table one cell per line (序号 / 指标 / 单位 / 属性 / 目标, form 340): its rows are
        // indicators, not items of the plan; its 序号 cells are table cells (docs/golden-outlines.md).
        this.table = !rows && indicatorHeader(text, lines, li) ? undefined : { last: 0, idle: 0, rows, group: 0 };
        return undefined;
      }
    }
    const table = this.table;
    if (!table) return undefined;
    if (++table.idle > TABLE_IDLE) {
      this.table = undefined;
      return undefined;
    }
    if (!table.rows && first >= 0x4e00) {
      const group = this.groupRow(li, start, table);
      if (group) return group;
    }
    // `经济发展 | 1 | 地区生产总值(GDP) | …`: in a row on one line, a group cell spanning rows stands before the number.
    const at = isDigit(first) ? start : table.rows ? groupCellEnd(text, start, line.end) : -1;
    if (at < 0) return undefined;
    const m = matchBareNumber(text, at, line.end);
    if (!m) return undefined;
    const last = this.headings[this.headings.length - 1];
    const afterGroupRow = last !== undefined && last.line === previousLine && last.family !== 'ar';
    // The first row may have any number (`80 |`, `3`: a bureau's rows of a longer list, the report's own numbers).
    if (!(m.value === table.last + 1 || table.last === 0 || (afterGroupRow && m.value > table.last))) return undefined;
    if (table.rows) {
      // A row on one line: the number, a cell boundary (a tab, `|` or blanks), the first cell.
      const cell = /^(?:[ \u3000]*[\t|｜][ \u3000\t]*|[ \u3000]+)(?=[^\s0-9０-９])/.exec(text.slice(m.end, Math.min(line.end, m.end + 12)));
      if (!cell || matchMarker(text, m.end + cell[0].length, line.end)) return undefined;
      table.last = m.value;
      table.idle = 0;
      return { match: m, at, titleLine: li, titleStart: m.end + cell[0].length };
    }
    // The number alone in its cell, or closed by ` |` (`1 |`, the cells of 459).
    const rest = text.slice(m.end, line.end).trim();
    if (rest !== '' && rest !== '|' && rest !== '｜') return undefined;
    for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
      const ks = contentStart(text, lines[k].start, lines[k].end);
      if (ks >= lines[k].end) continue;
      const cell = text.slice(ks, lines[k].end).trim();
      // (A task cell may open with the year it is for, `18` / `2026年新建民用建筑执行…`: form 411.)
      const yearLed = m.value === table.last + 1 && table.last > 0 && YEAR_LED_CELL.test(cell);
      if ((isDigit(text.charCodeAt(ks)) && !yearLed) || matchMarker(text, ks, lines[k].end) || cell.startsWith('附件')) return undefined;
      table.last = m.value;
      table.idle = 0;
      return { match: m, at, titleLine: k, titleStart: ks };
    }
    return undefined;
  }

  /**
   * A group row of a table one cell per line (form 410): a cell holding nothing but a Chinese numeral
   * (`一` … `十四`, no 顿号: the merged 序号 cell over a group of rows), the group's name in the next cell,
   * then the serial of the group's first row. Like `五、…方面` group rows, it is the numbered part of the
   * table, titled by its name. The groups count from `一` up by one, the first before any row (a numeral
   * cell after the rows have begun is a cell of a row, a grade or a class, unless it continues the groups),
   * the name is short and no sentence, and the serial is the next row's: so a lone numeral elsewhere (a
   * page number, a value cell of a data table) is no group.
   */
  private groupRow(
    li: number,
    start: number,
    table: { last: number; idle: number; group: number },
  ): { match: MarkerMatch; at: number; titleLine: number; titleStart: number } | undefined {
    const { text, lines } = this;
    const line = lines[li];
    const numeral = text.slice(start, line.end).trim();
    if (!/^[一二三四五六七八九十]{1,3}$/.test(numeral)) return undefined;
    const value = parseChineseNumeral(numeral);
    if (value !== table.group + 1 || (table.group === 0 && table.last !== 0)) return undefined;
    const titleLine = nextTextLine(text, lines, li);
    if (titleLine >= lines.length) return undefined;
    const ts = this.starts[titleLine];
    const name = text.slice(ts, lines[titleLine].end).trim();
    if (
      name.length > TITLE_MAX ||
      !isIdeograph(text.charCodeAt(ts)) ||
      /[。；;：:，,]/.test(name) ||
      matchMarker(text, ts, lines[titleLine].end)
    ) {
      return undefined;
    }
    const serialLine = nextTextLine(text, lines, titleLine);
    if (serialLine >= lines.length) return undefined;
    const ss = this.starts[serialLine];
    const serial = matchBareNumber(text, ss, lines[serialLine].end);
    if (!serial || text.slice(serial.end, lines[serialLine].end).trim() !== '') return undefined;
    if (!(table.last === 0 || serial.value === table.last + 1)) return undefined;
    table.group = value;
    table.idle = 0;
    const match: MarkerMatch = { family: 'cn', variant: '', value, end: start + numeral.length, text: numeral };
    return { match, at: start, titleLine, titleStart: ts };
  }

  private brokenMarker(li: number, start: number): { match: MarkerMatch; markerStart: number; line: number } | undefined {
    const { text, lines } = this;
    const line = lines[li];
    // The trimmed line must be `（` or `(`: most lines are dismissed by their first character.
    const first = text.charCodeAt(start);
    if (first !== 0xff08 && first !== 40 && !isSpace(first)) return undefined;
    const content = text.slice(start, line.end).trim();
    if (content !== '（' && content !== '(') return undefined;
    // Join up to three short following lines (`十一`, `）…`) into one virtual marker.
    let joined = content;
    for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
      const ks = contentStart(text, lines[k].start, lines[k].end);
      const piece = text.slice(ks, lines[k].end);
      const close = piece.search(/[）)]/);
      if (close >= 0 && close <= 4) {
        const candidate = joined + piece;
        const m = matchMarker(candidate, 0, candidate.length);
        if (!m || m.end <= joined.length) return undefined;
        const endInLine = ks + (m.end - joined.length);
        if (endInLine >= lines[k].end) return undefined; // no title follows the marker
        return { match: { ...m, end: endInLine }, markerStart: start, line: k };
      }
      if (piece.length === 0 || piece.length > 4 || !/^[一二三四五六七八九十百\d]+$/.test(piece)) return undefined;
      joined += piece;
    }
    return undefined;
  }

  /**
   * A marker alone on its line (nothing after it but blanks) whose title is the next non-blank
   * line, within two lines: that line must not be a heading or an attachment label itself.
   */
  private loneMarker(li: number, start: number): { match: MarkerMatch; titleLine: number; titleStart: number } | undefined {
    const { text, lines } = this;
    const line = lines[li];
    // Blanks after the marker count for nothing (an HTML table cell's closing tags are blanks).
    let last = line.end;
    while (last > start && isBlank(text.charCodeAt(last - 1))) last--;
    if (last - start > 8) return undefined;
    const m = matchMarker(text, start, line.end, true);
    if (!m || m.family === 'circled') return undefined;
    let e = m.end;
    while (e < line.end && isBlank(text.charCodeAt(e))) e++;
    if (e < line.end) return undefined;
    for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
      const ks = contentStart(text, lines[k].start, lines[k].end);
      if (ks >= lines[k].end) continue;
      if (matchMarker(text, ks, lines[k].end) || text.charCodeAt(ks) === 0x9644 /* 附 */) return undefined;
      const c = text.charCodeAt(ks);
      if (!isCjk(c) || c === 0xff08 /* （ */) return undefined;
      return { match: m, titleLine: k, titleStart: ks };
    }
    // `6.…` then `7.` on the last line of a stored copy cut right after the marker (form 249): the next
    // item of the open list, its title lost. Only at the very end of the text and only after its
    // sibling (same marker, the number before), so a stray `3.` elsewhere stays no heading.
    const prev = this.headings[this.headings.length - 1];
    if (prev && prev.family === m.family && prev.variant === m.variant && prev.value === m.value - 1 && this.onlyBlanksAfter(li)) {
      return { match: m, titleLine: li, titleStart: e };
    }
    return undefined;
  }

  /** Whether every line after line `li` is blank (the end of the text). */
  private onlyBlanksAfter(li: number): boolean {
    const { text, lines } = this;
    for (let k = li + 1; k < lines.length; k++) if (contentStart(text, lines[k].start, lines[k].end) < lines[k].end) return false;
    return true;
  }

  /**
   * A title that runs straight into the next marker (`一、优化营商环境（一）深化商事制度改革`):
   * a first sub-item, or the next item of the open list, written with no separator. Bracketed and
   * Arabic markers only (`统一、规范` holds a `一、`), between CJK characters, outside quotes.
   * Returns the last heading of the chain.
   */
  private splitTitle(h: MutableHeading, lineEnd: number, li: number): MutableHeading {
    const { text } = this;
    let cur = h;
    for (let guard = 0; guard < 8; guard++) {
      let found: { m: MarkerMatch; at: number } | undefined;
      let quote = 0;
      // Brackets opened in the title and not yet closed (`（见附件（二））`: a marker inside one is a reference).
      let paren = 0;
      for (let k = cur.markerEnd + 1; k < cur.titleEnd; k++) {
        const c = text.charCodeAt(k);
        if (c === 0x201c /* “ */ || c === 0x300a /* 《 */ || c === 0x300c /* 「 */) quote++;
        else if ((c === 0x201d || c === 0x300b || c === 0x300d) && quote > 0) quote--;
        if (quote > 0) continue;
        if ((c === 0xff09 /* ） */ || c === 41) && paren > 0) paren--;
        const bracket = c === 0xff08 /* （ */ || c === 40;
        if (bracket && paren > 0) {
          // A marker's own closing bracket is not the one the reference opened.
          const inner = matchMarker(text, k, lineEnd);
          if (inner) k = inner.end - 1;
          else paren++;
          continue;
        }
        if (bracket && !matchMarker(text, k, lineEnd)) {
          paren++;
          continue;
        }
        if (!bracket && !(c >= 48 && c <= 57) && !(c >= 0xff10 && c <= 0xff19)) continue;
        if (!isCjk(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0xff09) continue;
        const m = matchMarker(text, k, lineEnd);
        if (!m || m.family === 'cn' || m.family === 'cn-formal' || (!bracket && m.family !== 'ar')) continue;
        const after = text.charCodeAt(m.end);
        if (!isCjk(after) || after === 0xff08 || after === 0x3001 /* 、 */ || after === 0xff0c /* ， */) continue;
        const open = this.openLevel(m.family);
        const child = open < 0 && m.value === 1 && FAMILY_RANK[m.family] > FAMILY_RANK[cur.family];
        const next = open >= 0 && this.stack[open].last.value + 1 === m.value;
        if (child || next) {
          found = { m, at: k };
          break;
        }
      }
      if (!found) return cur;
      // (addHeading ends `cur`'s title where the glued heading starts.)
      cur = this.addHeading(found.m, found.at, li, true, li);
    }
    return cur;
  }

  /** Places a heading in the hierarchy and records it. */
  private addHeading(
    m: MarkerMatch,
    start: number,
    li: number,
    runIn: boolean,
    titleLine: number,
    titleFrom?: number,
    at?: number,
  ): MutableHeading {
    const { text } = this;
    let depth: number;
    const open = this.openLevel(m.family, m.variant);
    if (at !== undefined) {
      // (A depth the caller has read: a number a table row's cell cites, under the row.)
      depth = at;
    } else if (open >= 0) {
      depth = open + 1;
    } else if (this.stack.length > 0 && FAMILY_RANK[m.family] < FAMILY_RANK[this.stack[0].family]) {
      // A style that outranks the whole open hierarchy starts a new top level (the document
      // began at a lower level, e.g. a numbered preamble before 一、).
      depth = 1;
    } else {
      depth = this.stack.length + 1;
    }
    // A heading found inside the title of the one before it on its line (`一、总体要求    (一)指导思想`, a
    // flattened text whose blanks stood for line breaks) ends that title.
    const before = this.headings[this.headings.length - 1];
    if (runIn && before && before.line === li && before.markerEnd < start && before.titleEnd > start) {
      let end = start;
      while (end > before.markerEnd && isBlank(text.charCodeAt(end - 1))) end--;
      before.title = shorten(text.slice(before.markerEnd, end).trim());
      before.titleEnd = end;
    }
    // Close the sections this heading ends.
    const closeEnd = runIn ? start : this.lines[li].start;
    for (let k = this.stack.length - 1; k >= depth - 1; k--) closeAt(this.stack[k].last, closeEnd, text);
    while (this.stack.length > depth - 1) this.stack.pop(); // not `length =`, a slow path in V8
    const parent = depth > 1 ? this.stack[depth - 2].last : undefined;
    const lineEnd = this.lines[titleLine].end;
    const { title, titleEnd } = readTitle(text, titleFrom ?? m.end, lineEnd, this.source, this.breakToken);
    const heading: MutableHeading = {
      kind: 'heading',
      index: this.headings.length,
      family: m.family,
      variant: m.variant,
      marker: withoutSpace(m.text),
      value: m.value,
      depth,
      title,
      line: li,
      start,
      markerEnd: m.end,
      titleEnd,
      end: text.length,
      runIn,
      context: this.context,
      parent,
      children: [],
      enumerations: [],
    };
    if (parent) parent.children.push(heading);
    this.stack.push({ family: m.family, last: heading });
    this.headings.push(heading);
    this.contextHeadings++;
    return heading;
  }
}

/** How far after a labelled `…1：` its `…2：` may stand (a section's body of a few paragraphs, its sub-items). */
const LABELLED_REACH = 60;
/** Whether two labelled variants (`行动#：`, `行动：`, `任务#:`) share their label. */
function sameLabel(a: string, b: string): boolean {
  const la = a.replace(/#?[：:]$/, '');
  return la === b.replace(/#?[：:]$/, '');
}

// ------------------------------------------------------------------ one pass over the text

const MARKER_FIRST_CLASS = `${CN_NUMERAL_CHARS}${FORMAL_NUMERAL_CHARS}第（(0-9０-９①-⑳㉑-㉟㊱-㊿㈠-㈩⑴-⒛`;
/** The longest tag closing an item that afterClosingTag reads (`(省发改委主办,省工信委、科技厅、…协办)`). */
const TAG_SPAN = 80;
/** A closing tag's units, the last ending in a role word, no sentence inside. */
const ROLE_TAG = /^[^()（）。；;！？]*[\u4e00-\u9fff](?:负责|主办|协办|牵头|配合)$/;
/**
 * A separator (sentence end, colon or space) followed by what may start a marker. The parser does
 * not run it: `scanText` finds every offset where it matches (the property tests compare the two).
 */
export const RUN_IN = new RegExp(`[。！？；!?;：: \\t\\u3000][ \\t\\u3000\\u00a0]*(?=[${MARKER_FIRST_CLASS}])`, 'g');

// Character classes of `scanText`, one bit each, in a table indexed by UTF-16 unit (a Set costs
// ~4× a table lookup). The low bits pair with the bits four higher: a GAP character followed by a
// MARKER_FIRST one is where RUN_IN may match, ENUM_FIRST followed by ENUM_SECOND where RE_ENUM may.
/** RUN_IN's separators and blanks. */
const GAP = 1;
/** 一…〇, 第, 其: where an enumeration (一是, 第一，, 其一，) starts. */
const ENUM_FIRST = 2;
/** RUN_IN's separators. */
const SEP = 4;
/** RUN_IN's blanks after the separator. */
const BLANK = 8;
/** MARKER_FIRST_CLASS: what may start a marker. */
const MARKER_FIRST = GAP << 4;
/** 一…〇, 是, 要: the second character of an enumeration. */
const ENUM_SECOND = ENUM_FIRST << 4;
/** CN_NUMERAL_CHARS. */
const NUMERAL = 64;
/** What RE_ENUM's lookbehind accepts before an enumeration (line terminators included). */
const ENUM_BEFORE = 128;
const PAIR = GAP | ENUM_FIRST | MARKER_FIRST | ENUM_SECOND;

/** JavaScript's white space and line terminators: what `\s` matches and `trim()` removes. */
const SPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const CLASS = new Uint8Array(0x10000);
function addClass(chars: string, bit: number): void {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
}
addClass('。！？；!?;：: \t\u3000', GAP | SEP);
addClass(' \t\u3000\u00a0', GAP | BLANK);
addClass(`${CN_NUMERAL_CHARS}${FORMAL_NUMERAL_CHARS}第（(0123456789０１２３４５６７８９`, MARKER_FIRST);
for (const [from, to] of [
  [0x2460, 0x2473],
  [0x3220, 0x3229],
  [0x2474, 0x249b],
  [0x3251, 0x325f],
  [0x32b1, 0x32bf],
])
  for (let c = from; c <= to; c++) CLASS[c] |= MARKER_FIRST; // ①-⑳㉑-㉟㊱-㊿, ㈠-㈩, ⑴-⒇ ⒈-⒛
addClass(`${CN_NUMERAL_CHARS}第其`, ENUM_FIRST);
addClass(`${CN_NUMERAL_CHARS}是要`, ENUM_SECOND);
addClass(CN_NUMERAL_CHARS, NUMERAL);
addClass(`。；;：:，,！？!?“”（(）)*${SPACE_CHARS}`, ENUM_BEFORE);

/** Where run-in markers and enumerations may start, found by `scanText`. */
export interface TextScan {
  /** Every offset where RUN_IN matches (its separator), ascending. */
  readonly runInSeparators: number[];
  /** Where each of those matches ends: the character that may start a marker. */
  readonly runInMarkers: number[];
  /** Every offset where RE_ENUM matches, and a few more (the exact regex confirms each), ascending. */
  readonly enumerationStarts: number[];
}

/**
 * Finds what RUN_IN and RE_ENUM match in one pass over the text. Both matches start with a pair of
 * characters (a separator or blank and a marker's first character; a numeral, 第 or 其 and a
 * numeral, 是 or 要), and one of any two neighbours is at an odd offset, so only every other
 * character is looked up. The two regexes over every line and the whole text were half of parsing.
 */
export function scanText(text: string): TextScan {
  const n = text.length;
  const runInSeparators: number[] = [];
  const runInMarkers: number[] = [];
  const enumerationStarts: number[] = [];
  for (let i = 1; i < n; i += 2) {
    const c = CLASS[text.charCodeAt(i)];
    if ((c & PAIR) === 0) continue;
    // The pairs (i - 1, i) and (i, i + 1), in this order so that every list stays ascending.
    const before = (CLASS[text.charCodeAt(i - 1)] << 4) & c;
    const after = i + 1 < n ? (c << 4) & CLASS[text.charCodeAt(i + 1)] : 0;
    if (((before | after) & (MARKER_FIRST | ENUM_SECOND)) === 0) continue;
    if ((before & ENUM_SECOND) !== 0 && mayStartEnumeration(text, i - 1)) enumerationStarts.push(i - 1);
    if ((before & MARKER_FIRST) !== 0) addRunIn(text, i, runInSeparators, runInMarkers);
    if ((after & ENUM_SECOND) !== 0 && mayStartEnumeration(text, i)) enumerationStarts.push(i);
    if ((after & MARKER_FIRST) !== 0) addRunIn(text, i + 1, runInSeparators, runInMarkers);
  }
  return { runInSeparators, runInMarkers, enumerationStarts };
}

/**
 * Records the RUN_IN matches that end at `marker` (a marker's first character after a separator
 * or blank): one at each separator among the blanks before it and at the separator before those.
 */
function addRunIn(text: string, marker: number, separators: number[], markers: number[]): void {
  let b = marker;
  while (b > 0 && (CLASS[text.charCodeAt(b - 1)] & BLANK) !== 0) b--;
  if (b > 0 && (CLASS[text.charCodeAt(b - 1)] & SEP) !== 0) {
    separators.push(b - 1);
    markers.push(marker);
  }
  for (let k = b; k < marker; k++) {
    if ((CLASS[text.charCodeAt(k)] & SEP) !== 0) {
      separators.push(k);
      markers.push(marker);
    }
  }
}

/**
 * `报告共分四个部分：一、2025年工作回顾；二、…；三、…；四、…。`: the items of a list inside one
 * sentence, separated by `；` and closed by one `。`, name parts; they do not start sections (a
 * section holds sentences of its own). True when the next item of `m`'s list follows a `；` before
 * the sentence ends.
 */
/** Whether `segment`, read after the run-in heading `prev` of the long line `li` of a flattened text, is that heading's title: up to 60 characters, no sentence end. */
function flatTitleBefore(prev: Heading, segment: string, li: number, lineLength: number): boolean {
  return (
    prev.runIn && prev.line === li && lineLength >= FLAT_LINE && segment.length > 0 && segment.length <= 60 && !/[。；;！？]/.test(segment)
  );
}

function listInsideSentence(text: string, m: MarkerMatch, lineEnd: number, joined = false): boolean {
  const next = formatMarker(m.family, m.variant, m.value + 1);
  for (let k = m.end; k < lineEnd && k < m.end + 200; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */) return false;
    if (c !== 0xff1b /* ； */ && c !== 59 /* ; */) continue;
    let j = k + 1;
    // (`joined`: in a flattened text, an item not introduced by a colon, a blank after the `；` is the line break the copy
    // lost — `(二)资助参保对象及标准   1.   特困…资助;   2.   城乡低保…` are items of their own lines — and only a next item
    // glued to the `；` is one of the sentence.)
    if (joined && isBlank(text.charCodeAt(j))) continue;
    while (j < lineEnd && isBlank(text.charCodeAt(j))) j++;
    if (text.startsWith(next, j)) return true;
  }
  return false;
}

/**
 * Where an attachment-name list ends that starts with `first` (`1.`) after the separator at `colon` (the colon or a blank after it): the words
 * before the colon are an attachment's label (`附件`, `附表`, `附图`, no number) after a sentence end, a blank
 * or `from`, and each item is a short name (2 to 30 characters, no mark of a sentence or clause) closed by a
 * blank or the line's end, the next item numbered on in the same punctuation after blanks. -1 when the words
 * before are no label (`（三）保障措施：1.加强组织领导`) or an item holds a sentence (`附件：1.各单位要…，…`).
 */
function attachmentNameList(text: string, from: number, colon: number, first: MarkerMatch, lineEnd: number): number {
  // `colon` is the separator before the marker: the colon itself, or a blank after it (`附件： 1.…`).
  let b = colon;
  while (b > from && isBlank(text.charCodeAt(b - 1))) b--;
  if (b > from && (text[b - 1] === '：' || text[b - 1] === ':')) b--;
  while (b > from && isBlank(text.charCodeAt(b - 1))) b--;
  if (b - 2 < from || !/^附[件表图]$/.test(text.slice(b - 2, b))) return -1;
  // The label stands alone: after blanks, a sentence end or `from` (`详见附件：1.…` runs on from its sentence).
  const before = b - 2 > from ? text[b - 3] : '';
  if (before !== '' && !isBlank(before.charCodeAt(0)) && !isSentenceEnd(before)) return -1;
  let m: MarkerMatch | undefined = first;
  let end = -1;
  while (m) {
    // (A blank may stand between the number and the name: `附件:1. 2022年区政府工作报告…分解表  2. 2022年…`.)
    let nameStart: number = m.end;
    if (isBlank(text.charCodeAt(nameStart)) && !isBlank(text.charCodeAt(nameStart + 1))) nameStart++;
    let e: number = nameStart;
    while (e < lineEnd && !isBlank(text.charCodeAt(e))) e++;
    const name = text.slice(nameStart, e);
    if (name.length < 2 || name.length > 30 || /[。；;，,！？!?：:]/.test(name)) return end;
    end = e;
    while (e < lineEnd && isBlank(text.charCodeAt(e))) e++;
    const n: MarkerMatch | undefined = e < lineEnd ? matchMarker(text, e, lineEnd) : undefined;
    m = n && n.family === m.family && n.variant === m.variant && n.value === m.value + 1 ? n : undefined;
  }
  return end;
}

/**
 * A cover note's list of its attachments under a bare label, one name per paragraph (form 441): `附件：` alone on
 * line `li` (no number: `附件1：` opens the attachment itself), then `1.上海市…三年行动计划（2024-2026年）` and
 * `2.白玉兰栽植和养护技术要求` on the next lines with text (blank lines between), numbered 1, 2, … in one style,
 * each a short name (up to 60 characters) holding no sentence or clause mark. The list must hold two names at
 * least, and what follows it is no body text: the text's end, the label of an attachment (`附件1`), or a short
 * line that is no numbered item and no sentence (the issuer, the date). The last line of the list, or -1 when
 * there is none: a bare `附件：` above the attachment's own title or its first heading and the paragraph under
 * it (`1.工作目标` / `到2026年，…。`), or above consecutive headings that go on into sub-items, lists no names.
 */
function bareAttachmentNames(text: string, lines: readonly Line[], li: number, start: number, end: number): number {
  if (/[0-9０-９一二三四五六七八九十]/.test(text.slice(start, end))) return -1;
  // The next line with text within two blank lines, -1 when none.
  const nextText = (from: number): number => {
    const k = nextTextLine(text, lines, from);
    return k < lines.length ? k : -1;
  };
  let first: MarkerMatch | undefined;
  let last = -1;
  let value = 0;
  for (let k = nextText(li); k >= 0; k = nextText(k)) {
    const ks = contentStart(text, lines[k].start, lines[k].end);
    const m = matchMarker(text, ks, lines[k].end) ?? attachmentNameNumber(text, ks, lines[k].end, value + 1);
    if (!m || m.value !== value + 1 || (first && (m.family !== first.family || m.variant !== first.variant))) break;
    const name = text.slice(m.end, lines[k].end).trim();
    if (name.length < 2 || name.length > 60 || /[。；;，,！？!?：:]/.test(name)) return -1;
    first ??= m;
    value = m.value;
    last = k;
  }
  if (value < 2) return -1;
  const after = nextText(last);
  if (after < 0) return last;
  const as = contentStart(text, lines[after].start, lines[after].end);
  const t = text.slice(as, lines[after].end).trim();
  if (contextStart(text, as, lines[after].end, '', false) === 'attachment') return last;
  return t.length <= 40 && !/[。；;，,！？!?]/.test(t) && !matchMarker(text, as, lines[after].end) ? last : -1;
}

/** `2.2023年度…名单` in an attachment-name list: the number `value` of a name that starts with a year. */
function attachmentNameNumber(text: string, at: number, end: number, value: number): MarkerMatch | undefined {
  const named = new RegExp(`^${value}([.．、])(?=[0-9０-９]{4})`).exec(text.slice(at, Math.min(end, at + 8)));
  return named ? { family: 'ar', variant: named[1], value, end: at + named[0].length, text: named[0] } : undefined;
}

/** True when the next item of `m`'s list follows a sentence end later on the same line. */
function nextItemOnLine(text: string, m: MarkerMatch, lineEnd: number): boolean {
  const next = formatMarker(m.family, m.variant, m.value + 1);
  for (let at = text.indexOf(next, m.end); at >= 0 && at < lineEnd; at = text.indexOf(next, at + 1)) {
    let k = at;
    while (k > m.end && isBlank(text.charCodeAt(k - 1))) k--;
    if (isSentenceEnd(text[k - 1])) return true;
  }
  return false;
}

/** The title of a part that lost its numeral (`、重点工作`, lostNumeral): a short line, no mark of a sentence or a list. */
const LOST_NUMERAL_TITLE = /^[\u4e00-\u9fff“”0-9]{2,20}$/;

/**
 * A heading's title at `from`: two to twenty characters closed by `：` `:` or `。`, no comma before; with `listed`, up to thirty
 * and `、` among them (`市委常委、统战部长、副市长葛爱美近期重点工作。`).
 */
function shortTitleAhead(text: string, from: number, listed = false): boolean {
  for (let k = from; k < text.length && k <= from + (listed ? 30 : 20); k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff1a /* ： */ || c === 58 /* : */ || c === 0x3002 /* 。 */) return k - from >= 2;
    if (!isIdeograph(c) && c !== 0x201c && c !== 0x201d && !(listed && c === 0x3001) /* 、 */) return false;
  }
  return false;
}
/** shortTitleAhead's `listed`, for the first heading of a higher style in a flattened excerpt. */
const EXCERPT_TITLE = true;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when a closing quote (” 」 』) stands in [from, to) before any other opening one. */
function closesWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201d || c === 0x300d || c === 0x300f) return true;
    if (c === 0x201c || c === 0x300c || c === 0x300e) return false;
  }
  return false;
}

/** Sets a section's end, not counting the blank lines before the next section. */
function closeAt(h: Heading, end: number, text: string): void {
  // A run-in heading may start inside the title read for this one (`1.　三、…`): the section, and
  // so its title, ends there. Blank lines and spaces before the next section are not part of it.
  const floor = h.titleEnd <= end ? h.titleEnd : h.markerEnd;
  let e = end;
  while (e > floor) {
    const c = text.charCodeAt(e - 1);
    if (c === 10 || c === 13 || isBlank(c)) e--;
    else break;
  }
  const sectionEnd = Math.max(e, h.markerEnd);
  if (h.titleEnd > sectionEnd) (h as MutableHeading).titleEnd = sectionEnd;
  (h as MutableHeading).end = sectionEnd;
}

/** True when `pos` is inside “…” opened earlier on the same line. */
function insideQuote(text: string, lineStart: number, pos: number): boolean {
  let depth = 0;
  for (let i = lineStart; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c /* “ */ || c === 0x300c /* 「 */ || c === 0x300e /* 『 */) depth++;
    else if ((c === 0x201d /* ” */ || c === 0x300d /* 」 */ || c === 0x300f) /* 』 */ && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether text follows the blank at `at - 1` on its line: a single blank, or two (more is a layout gap). */
function textAfterBlanks(text: string, at: number, lineEnd: number): boolean {
  if (!isBlank(text.charCodeAt(at))) return true;
  return at + 1 < lineEnd && !isBlank(text.charCodeAt(at + 1));
}

/** Whether a character other than a blank stands in [at, lineEnd). */
function textAfterAnyBlanks(text: string, at: number, lineEnd: number): boolean {
  while (at < lineEnd && isBlank(text.charCodeAt(at))) at++;
  return at < lineEnd;
}

/** The heading title: text after the marker up to the first 。/：or the line end. */
function readTitle(
  text: string,
  from: number,
  lineEnd: number,
  source?: string,
  breakToken?: (token: string) => boolean,
): { title: string; titleEnd: number } {
  let i = from;
  while (i < lineEnd && isBlank(text.charCodeAt(i))) i++;
  const start = i;
  let end = lineEnd;
  for (let k = start; k < lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 /* 。 */ || c === 0xff1a /* ： */ || c === 58 /* : */) {
      end = k;
      break;
    }
    // A tab separates fields (a table row's cells, a page number), never words of a title; so does a
    // pipe (`地区生产总值(GDP) | 亿元 | …`, a table row of a web page).
    if ((c === 9 || c === 124 /* | */ || c === 0xff5c) /* ｜ */ && k > start) {
      end = k;
      break;
    }
    // A space after a CJK character ends a run-in title (`关于外贸工作 1、抓好…`, `…措施 为适应…`).
    // Two blanks as well (`一、2014年工作总结  2014年，是…`: a line run together with its paragraph), and
    // outside an HTML view (where a longer run is tags, below) any run (`一、总体要求    (一)指导思想`: a
    // flattened text that kept the indents of its lines).
    if (
      (c === 32 || c === 0x3000) &&
      k > start &&
      isCjk(text.charCodeAt(k - 1)) &&
      k + 1 < lineEnd &&
      (source ? textAfterBlanks(text, k + 1, lineEnd) : textAfterAnyBlanks(text, k + 1, lineEnd))
    ) {
      end = k;
      break;
    }
    // `2019年工作回顾IAh   过去一年`: a token that stands for every lost paragraph break ends the title.
    if (breakToken && isAsciiLetter(c) && k > start && isCjk(text.charCodeAt(k - 1))) {
      let j = k;
      while (j < lineEnd && j - k <= 4 && isAsciiLetter(text.charCodeAt(j))) j++;
      if (j - k >= 2 && j - k <= 4 && j < lineEnd && isBlank(text.charCodeAt(j)) && breakToken(text.slice(k, j))) {
        end = k;
        break;
      }
    }
    // In an HTML view a run of blanks is tags, or tags and the blank a page shows (a source line
    // break, a space, &nbsp;): only the latter ends the title, as it would in the text.
    if (source && c === 32 && k > start && isCjk(text.charCodeAt(k - 1))) {
      let j = k;
      while (j < lineEnd && isBlank(text.charCodeAt(j))) j++;
      if (j < lineEnd && j - k >= 2 && shownBlank(source.slice(k, j))) {
        end = k;
        break;
      }
      k = j - 1;
    }
  }
  let raw = text.slice(start, end);
  if (raw.endsWith('**')) raw = raw.slice(0, -2);
  raw = raw.trim();
  let titleEnd = start + raw.length;
  // Markdown bold around the title only (`1. **深化改革开放**：…`): the marks are not part of it.
  if (raw.startsWith('**') && !raw.includes('**', 2)) raw = raw.slice(2).trimStart();
  if (raw.length === 0) titleEnd = from;
  // In an HTML view, runs of blanks are tags (`（共<font>5</font>项）`): dropped before shortening,
  // or they would use up the title's length.
  if (source && raw.includes('  ')) raw = raw.replace(/[ \u00a0]{2,}/g, '');
  return { title: shorten(raw), titleEnd };
}

/** True when raw HTML between two texts shows a blank: whitespace or &nbsp; outside the tags, or a cell boundary. */
function shownBlank(raw: string): boolean {
  // A table cell's boundary separates what the page shows in two boxes.
  if (/<\/?t[dh][\s>]/i.test(raw)) return true;
  const outside = raw.replace(/<[^>]*>/g, '');
  return /[\s\u00a0]|&nbsp;|&#160;|&#xa0;/i.test(outside);
}

/** The first character in [start, end) that normaliseTitle keeps, or -1. */
function firstKept(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 0x201c /* “ */ && c !== 0x201d /* ” */ && c !== 34 /* " */ && c !== 0x300a /* 《 */ && c !== 0x300b /* 》 */)
      return c;
  }
  return -1;
}

/** The document title: a short line near the top that names the plan. */
function findTitle(text: string, lines: readonly Line[], bareItems: ReadonlyMap<number, MarkerMatch>): DocumentModel['title'] {
  let firstShort: DocumentModel['title'];
  let seen = 0;
  for (let li = 0; li < lines.length && seen < 15; li++) {
    const s = contentStart(text, lines[li].start, lines[li].end);
    const t = text.slice(s, lines[li].end).trim();
    if (!t) continue;
    seen++;
    if (matchMarker(text, s, lines[li].end) || bareItems.has(li)) break;
    if (t.length > 60 || /[。；！？]$/.test(t) || /^[—─-]/.test(t) || /^附\s*件/.test(t)) continue;
    // A site's breadcrumb (`当前位置:主页 > 新闻中心 > 产业规划 >`, blind 640) names a section, not the document; nor does a
    // line of metadata fields (`索引号: 003257952/200808-00011 组配分类: 政府工作报告`).
    if (BREADCRUMB.test(t) || CRUMB_TRAIL.test(t) || metaLine(t)) continue;
    const info = { line: li, start: s, end: s + t.length, text: t };
    if (PLAN_WORDS.test(t) && t.length >= 6) return info;
    if (!firstShort && TITLE_WORDS.test(t) && t.length >= 6) firstShort = info;
  }
  return firstShort;
}

/** Two breadcrumb separators on a line (`主页 > 新闻中心 > 产业规划`): a site's trail, whatever its label. */
const CRUMB_TRAIL = /[>＞»›].*[>＞»›]/;

/** A glossary's label at the end of the words before a marker, after a blank or a sentence end (scanRunIn, a flattened text). */
const GLOSSARY_BEFORE = /(名[词詞](?:解[释釋]|[注註][释釋])|(?:^|(?<=[\s\u3000。！？!?》]))[注註][释釋])[\s\u3000]*[：:]?[\s\u3000]*$/;

/**
 * Where an attachment's label starts when the words before a marker (up to `to`, where it starts; from
 * `from`, the end of the previous heading) hold that label and the attachment's title after a sentence
 * end (`附件 2026年自治区民生实事`, `附件1 重点任务分工表`: a flattened text, where each had a line of its own),
 * then nothing or a lead paragraph closed by a sentence end (`附件1 2026年省十件民生实事 坚持民生为大，…。`), and
 * where the title's blanks end; undefined when they do not. A label alone (`附件：1.…`, a notice's list of its attachments), a label inside a
 * sentence (`详见附件1 …`) or one whose title runs into a sentence (`附件1 重点任务分工表，…`) is none.
 */
function attachmentBefore(text: string, from: number, to: number): { at: number; end: number } | undefined {
  // (`lastIndexOf` from -1 searches from 0 again: the loop stops after a label at the text's start.)
  for (let at = text.lastIndexOf('附件', to - 2); at >= from; at = at > 0 ? text.lastIndexOf('附件', at - 1) : -1) {
    let k = at;
    while (k > from && isBlank(text.charCodeAt(k - 1))) k--;
    // (After the notice's date, too: `…2025年5月18日 (此件公开发布) 附件1 2025年…任务清单 一、…`.)
    if (k > 0 && !isSentenceEnd(text[k - 1]) && !noticeEndBefore(text, k, Math.max(0, k - ISSUED_SPAN))) continue;
    ATTACHMENT_LABEL.lastIndex = at;
    if (!ATTACHMENT_LABEL.test(text)) continue;
    const e = ATTACHMENT_LABEL.lastIndex;
    if (e >= to) return e === to ? { at, end: e } : undefined;
    let b = to;
    while (b > e && isBlank(text.charCodeAt(b - 1))) b--;
    return b > e && isSentenceEnd(text[b - 1]) ? { at, end: e } : undefined;
  }
  return undefined;
}
/** The words of a plan's or a report's title (PLAN_WORDS, TITLE_WORDS, and the Traditional 計畫), see excerptOpens. */
const OPENING_TITLE = /计划|要点|方案|安排|計劃|計畫|要點|规划|規劃|报告|報告|工作/;

/** How far before a heading the title of an issued document and the notice's end before it are looked for (issuedTitleBefore). */
const ISSUED_SPAN = 160;

/**
 * Whether the words before `to` (from `from`) are the title of a document standing alone after the end of the notice that
 * issues it, in a flattened text where each had a line of its own: one or two runs of 6 to 60 characters together, no mark of
 * a sentence or a clause, naming a plan (PLAN_WORDS), blanks after them, and before them the notice's end (noticeEndBefore):
 * `…办公室 2023年1月5日 (此件公开发布) 2023年市《政府工作报告》确定的主要目标任务责任分解方案 `, `…2022年1月22日  2022年市
 * 《政府工作报告》目标任务  责任分解方案  `. Not a heading's title (`二、2025年工作计划 `: the marker's `、`), nor words a signature
 * runs on into (`…主要负责同志 2023年…分解方案 `: with no notice's end before them they are no line of their own).
 */
function issuedTitleBefore(text: string, from: number, to: number): boolean {
  let b = to;
  while (b > from && isBlank(text.charCodeAt(b - 1))) b--;
  if (b === to) return false;
  for (let run = 0; run < 2; run++) {
    let a = b;
    while (a > from && !isBlank(text.charCodeAt(a - 1))) a--;
    if (a === from || /[。！？!?；;，,：:、]/.test(text.slice(a, b))) return false;
    const words = text.slice(a, to).replace(/[\s\u3000]+/g, '');
    if (words.length > 60) return false;
    if (words.length >= 6 && PLAN_WORDS.test(words) && noticeEndBefore(text, a, from)) return true;
    b = a;
    while (b > from && isBlank(text.charCodeAt(b - 1))) b--;
  }
  return false;
}

/**
 * Whether the end of a notice stands before `at` (blanks skipped, not before `from`): a sentence end, or the notice's date
 * (`2023年1月5日`), either with a short bracketed note after it (`(此件公开发布)`).
 */
function noticeEndBefore(text: string, at: number, from: number): boolean {
  let k = at;
  while (k > from && isBlank(text.charCodeAt(k - 1))) k--;
  if (k > from && (text[k - 1] === ')' || text[k - 1] === '）')) {
    let open = k - 2;
    while (open >= from && k - 1 - open <= NOTE_SPAN && text[open] !== '(' && text[open] !== '（') open--;
    if (open < from || k - 1 - open > NOTE_SPAN || /[。！？!?；;，,]/.test(text.slice(open, k))) return false;
    k = open;
    while (k > from && isBlank(text.charCodeAt(k - 1))) k--;
  }
  if (k <= from) return false;
  return isSentenceEnd(text[k - 1]) || NOTICE_DATE.test(text.slice(Math.max(from, k - 16), k));
}
/** The longest bracketed note after a notice's date (`(此件公开发布)`). */
const NOTE_SPAN = 12;
/** A notice's date at the end of the words before a title: `2023年1月5日`, `二〇二三年一月五日`. */
const NOTICE_DATE =
  /(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})[ \u3000]?年[ \u3000]?[0-9０-９一二三四五六七八九十]{1,2}[ \u3000]?月[ \u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?日$/;

/** An attachment's label, its title (4 to 60 characters, no punctuation of a sentence) and the blanks after. */
const ATTACHMENT_LABEL =
  /附件[\s\u3000]*[0-9０-９一二三四五六七八九十]{0,3}[\s\u3000]*[：:]?[\s\u3000]*[^\s\u3000。！？!?；;：:，,（(][^。！？!?；;：:，,\s\u3000]{3,59}[\s\u3000]+/y;

/** A line that is an attachment's label alone: `附件`, `附件2`, `附表1`, `附图：`. */
const ATTACHMENT_LINE = /^附[件表图]\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?\s*$/;
/** A line that starts with an attachment's label and a colon: `附件2：…`, `附表：1.任务分工表`. */
const ATTACHMENT_LINE_COLON = /^附[件表图]\s*[0-9０-９一二三四五六七八九十]*[：:]/;

/** The label of a glossary appended to a plan: `名词解释`, `注释` alone on a line. */
const APPENDIX = /^(?:名[词詞](?:解[释釋]|[注註][释釋])|[注註][释釋解])\s*[：:]?$/;

/** Attachments (附件1 / 附件：), a glossary and a second copy of the title open a new numbering context. */
/** The document a notice issues: `国务院办公厅关于印发X的通知` → X. */
const ISSUED = /印发(.{4,60}?)的通知/;

function contextStart(
  text: string,
  start: number,
  end: number,
  titleKey: string,
  afterTitle: boolean,
  issuedKey = '',
): NumberingContext['kind'] | undefined {
  // Most lines are dismissed by their first characters: an attachment line starts with 附 (after
  // white space), a copy of the title with the first character the title keeps when normalised.
  const first = text.charCodeAt(start);
  const maybeAttachment =
    first === 0x9644 /* 附 */ || first === 0x540d /* 名 */ || first === 0x6ce8 /* 注 */ || first === 0x8a3b /* 註 */ || isSpace(first);
  const kept = afterTitle ? firstKept(text, start, end) : -1;
  const maybeTitle = afterTitle && titleKey !== '' && kept === titleKey.charCodeAt(0);
  const maybeIssued = afterTitle && issuedKey !== '' && kept === issuedKey.charCodeAt(0);
  if (!maybeAttachment && !maybeTitle && !maybeIssued) return undefined;
  const t = text.slice(start, end).trim();
  // `附表1` / `附表：1.…` (an attachment that is a table, `附图` a map) label an attachment as `附件1` / `附件：` do;
  // `附表所列…` (a sentence that starts with the word) is no label.
  if (ATTACHMENT_LINE.test(t) || ATTACHMENT_LINE_COLON.test(t)) return 'attachment';
  if (afterTitle && titleKey && t.length <= 60 && normaliseTitle(t) === titleKey) return 'document';
  if (maybeIssued && t.length <= 64 && normaliseTitle(t) === issuedKey) return 'document';
  // A glossary after the text (`名词解释` / `注释` on a line of its own, as 政府工作报告 end): its
  // `1.…` `2.…` explain terms and count from one again, like an attachment's.
  if (APPENDIX.test(t)) return 'appendix';
  return undefined;
}

// ------------------------------------------------------------------ enumerations

const CN = `[${CN_NUMERAL_CHARS}]{1,3}`;
// Preceded by a line start, punctuation or space: `统一是` is a word, not an enumeration.
export const RE_ENUM = new RegExp(
  `(?<=^|[。；;：:，,！？!?\\s\\u3000“”（(）)*])(?:(${CN})是|(${CN})要(?![求素点点件害闻务冲地道])|第(${CN})([，,、])(?![${CN_NUMERAL_CHARS}])|其(${CN})([，,]))`,
  'gmu',
);

// The lookbehind makes a scan with RE_ENUM test every position; the exact regex only confirms a
// match where cheap checks (mayStartEnumeration) allow one, at the offsets scanText finds.
const RE_ENUM_AT = new RegExp(RE_ENUM.source, 'ymu');

/** The match of RE_ENUM that starts at `at`, if any. */
function enumerationAt(text: string, at: number): RegExpExecArray | null {
  RE_ENUM_AT.lastIndex = at;
  return RE_ENUM_AT.exec(text);
}

/**
 * Necessary for RE_ENUM to match at `p`: its lookbehind's characters (or a line start) before,
 * a numeral, 第 or 其 at `p`, then one to three numerals, then 是 or 要 (after a numeral), `，,、`
 * (after 第) or `，,` (after 其).
 */
function mayStartEnumeration(text: string, p: number): boolean {
  const n = text.length;
  if (p > 0 && (CLASS[text.charCodeAt(p - 1)] & ENUM_BEFORE) === 0) return false;
  const c = p < n ? text.charCodeAt(p) : 0;
  if ((CLASS[c] & ENUM_FIRST) === 0) return false;
  const s = c === 0x7b2c /* 第 */ || c === 0x5176 /* 其 */ ? p + 1 : p;
  let e = s;
  while (e < n && e < s + 4 && (CLASS[text.charCodeAt(e)] & NUMERAL) !== 0) e++;
  if (e === s || e === s + 4 || e >= n) return false;
  const next = text.charCodeAt(e);
  if (s === p) return next === 0x662f /* 是 */ || next === 0x8981; /* 要 */
  return next === 0xff0c /* ， */ || next === 44 /* , */ || (c === 0x7b2c && next === 0x3001); /* 、 */
}

/** The next match of RE_ENUM at or after `from`, like `RE_ENUM.exec` with lastIndex `from`. */
export function nextEnumeration(text: string, from: number): RegExpExecArray | null {
  for (let p = from; p < text.length; p++) {
    if (!mayStartEnumeration(text, p)) continue;
    const m = enumerationAt(text, p);
    if (m) return m;
  }
  return null;
}

type Group = 'series' | 'ordinal' | 'qi';
const GROUP: Record<EnumerationFamily, Group> = { shi: 'series', yao: 'series', ordinal: 'ordinal', qi: 'qi' };

interface Candidate {
  family: EnumerationFamily;
  marker: string;
  value: number;
  line: number;
  start: number;
  markerEnd: number;
  heading: Heading | undefined;
  /** Start of the first heading after the item: its clause never runs into that heading. */
  limit: number;
}

/**
 * Finds run-in enumerations. A series starts at 一 and needs a second item within the same
 * section; stray `二是` and lonely `一是` are not shown. Several series may be open at once
 * (一是…，一要…二要…；二是…: a 一要 series nested in a 一是 series), so an item joins the open
 * series that expects its number, preferring one of its own form; a series written in mixed
 * forms (一要……二是要) still holds together for `enumeration-style-mixed`.
 */
function findEnumerations(
  text: string,
  lines: readonly Line[],
  headings: readonly Heading[],
  starts: readonly number[],
): { enumerations: Enumeration[]; series: EnumerationSeries[] } {
  const enumerations: Enumeration[] = [];
  const series: EnumerationSeries[] = [];
  let h = 0; // index of the next heading not yet entered
  let current: Heading | undefined;
  let open: Candidate[][] = [];
  /** Stray items of its group seen while each open series was open. */
  const strays = new Map<Candidate[], number>();
  const emit = (items: Candidate[]) => {
    if (items.length < 2) return;
    const index = series.length;
    const made: Enumeration[] = [];
    for (let k = 0; k < items.length; k++) {
      const c = items[k];
      const lineEnd = lines[c.line].end;
      let next = Math.min(k + 1 < items.length && items[k + 1].line === c.line ? items[k + 1].start : lineEnd, c.limit);
      // Stay inside the section (`……步伐。 2、抓好…`: the item ends before the run-in heading).
      if (c.heading && c.heading.end >= c.markerEnd) next = Math.min(next, c.heading.end);
      while (next > c.markerEnd && isBlank(text.charCodeAt(next - 1))) next--;
      const clauseEnd = clauseEndFrom(text, c.markerEnd, next);
      const e: Enumeration = {
        kind: 'enumeration',
        family: c.family,
        marker: c.marker,
        value: c.value,
        line: c.line,
        start: c.start,
        markerEnd: c.markerEnd,
        title: shorten(text.slice(c.markerEnd, clauseEnd).trim()),
        end: next,
        heading: c.heading,
        series: index,
      };
      made.push(e);
      enumerations.push(e);
      if (c.heading) c.heading.enumerations.push(e);
    }
    series.push({ index, items: made, heading: made[0].heading, strays: strays.get(items) ?? 0 });
  };
  const flushAll = () => {
    for (const items of open) emit(items);
    open = [];
  };
  const place = (c: Candidate) => {
    const group = GROUP[c.family];
    if (c.value === 1) {
      // A new 一X closes the open series that an earlier 一X of the same form started.
      open = open.filter((items) => {
        if (GROUP[items[0].family] === group && items[0].family === c.family) {
          emit(items);
          return false;
        }
        return true;
      });
      open.push([c]);
      return;
    }
    /** The latest open series of the item's group whose last item passes `test`. */
    const latest = (test: (last: Candidate) => boolean): Candidate[] | undefined => {
      for (let k = open.length - 1; k >= 0; k--) {
        const items = open[k];
        if (GROUP[items[0].family] === group && test(items[items.length - 1])) return items;
      }
      return undefined;
    };
    const pick =
      latest((last) => last.value === c.value - 1 && last.family === c.family) ??
      latest((last) => last.value === c.value - 1) ??
      latest((last) => last.family === c.family && last.value >= c.value - 3 && last.value <= c.value) ??
      latest((last) => last.value >= c.value - 3 && last.value < c.value);
    if (pick) pick.push(c);
    else for (const items of open) if (GROUP[items[0].family] === group) strays.set(items, (strays.get(items) ?? 0) + 1);
  };
  // The matches of RE_ENUM in order (where scanText allows one); lines and headings are followed
  // by pointers.
  let li = 0;
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    const m = enumerationAt(text, at);
    if (!m) continue;
    from = at + m[0].length;
    while (li + 1 < lines.length && lines[li + 1].start <= at) li++;
    // Enter every heading that starts before this item: a new section closes the open series.
    let entered = false;
    while (h < headings.length && headings[h].start <= at) {
      current = headings[h++];
      entered = true;
    }
    // Past the section (a new numbering context closed it): the item belongs to an ancestor or none.
    let left = false;
    while (current && at > current.end) {
      current = current.parent;
      left = true;
    }
    if (entered || left) flushAll();
    const family: EnumerationFamily = m[1] ? 'shi' : m[2] ? 'yao' : m[3] ? 'ordinal' : 'qi';
    const numeral = m[1] ?? m[2] ?? m[3] ?? m[5];
    const value = parseChineseNumeral(numeral);
    if (!(value > 0)) continue;
    place({
      family,
      marker: m[0],
      value,
      line: li,
      start: at,
      markerEnd: at + m[0].length,
      heading: current,
      limit: h < headings.length ? headings[h].start : text.length,
    });
  }
  flushAll();
  // Series are emitted as they close, so items of nested series come out of order; often none do.
  let sorted = true;
  for (let k = 1; k < enumerations.length && sorted; k++) sorted = enumerations[k - 1].start <= enumerations[k].start;
  if (!sorted) enumerations.sort((a, b) => a.start - b.start);
  return { enumerations, series };
}

function clauseEndFrom(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 59 /* ; */ || c === 0xff0c /* ， */ || c === 0xff1a /* ： */) return i;
  }
  return limit;
}

/** The first TITLE_MAX code points of `s` and `…`, when it has more. */
function shorten(s: string): string {
  if (s.length <= TITLE_MAX) return s; // never more code points than UTF-16 units
  // Count code points as Array.from does: a surrogate pair is one, a lone surrogate is one.
  let i = 0;
  for (let count = 0; count < TITLE_MAX && i < s.length; count++) {
    const c = s.charCodeAt(i);
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return i < s.length ? s.slice(0, i) + '…' : s;
}

/** `marker` without line breaks (a broken marker's pieces); a space inside (`三 、`) stays as written. */
function withoutSpace(marker: string): string {
  for (let i = 0; i < marker.length; i++) {
    const c = marker.charCodeAt(i);
    if (c === 10 || c === 13) return marker.replace(/[\r\n]+/g, '');
  }
  return marker;
}

// ------------------------------------------------------------------ closing lines

const RE_DATE_LINE = /^(\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;

/** Signature, date and contact lines among the last lines of the document. */
function findClosing(text: string, lines: readonly Line[], headings: readonly Heading[]): ClosingLine[] {
  const out: ClosingLine[] = [];
  const lastHeadingLine = headings.length ? headings[headings.length - 1].line : -1;
  let seen = 0;
  for (let li = lines.length - 1; li > lastHeadingLine && seen < 12; li--) {
    const { start, end } = lines[li];
    const s = contentStart(text, start, end);
    const t = text.slice(s, end).trim();
    if (!t) continue;
    seen++;
    const item = (kind: ClosingLine['kind']): ClosingLine => ({ kind, line: li, start: s, end: s + t.length, text: t });
    if (RE_DATE_LINE.test(t)) out.push(item('date'));
    else if (/^[（(]?\s*联\s*系\s*人/.test(t)) out.push(item('contact'));
    else if (t.length <= 30 && !/[。，；：]/.test(t) && /(局|委|厅|办公室|政府|部|委员会|中心|院)$/.test(t)) out.push(item('signature'));
  }
  return out.reverse();
}

/**
 * Where the number after a row's group cell starts (`经济发展 | 1 | …`: two to eight Chinese characters, a
 * ` | ` boundary, a digit), or -1. Only the first character is tested before the short slice is read.
 */
function groupCellEnd(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c < 0x3400 || c > 0x9fff) return -1;
  const g = GROUP_CELL.exec(text.slice(start, Math.min(end, start + 16)));
  return g ? start + g[0].length : -1;
}
const GROUP_CELL = /^[\u3400-\u9fff]{2,8}[ \u3000]*[|｜][ \u3000]*(?=\d)/;
/** A bracketed marker with blanks inside it, before its number at least (`（ 三）`, `（ 十一 ）`, `( 3)`), see spacedNext. */
const SPACED_PAREN = /^([（(])[ \u3000]+(?:([0-9]{1,3})|([一二三四五六七八九十]{1,3}))[ \u3000]*([）)])/;
/** Whether a table's cell is a unit (`万亩`, `个`, `亿元`, `万元/人`, `%`): a figure's cell is next to it, no row's number. */
function unitCell(cell: string): boolean {
  return cell.length > 0 && (QUANTITY_AFTER.test(cell[0]) || cell[0] === '%') && (cell.length <= 3 || /[/／]/.test(cell));
}
/** The boundary after a flattened table's row number (blanks, or a pipe between blanks) and a first cell that opens with no digit. */
const FLAT_CELL = /^(?:[ \u3000]*[|｜][ \u3000]*|[ \u3000]+)(?=[^\s\u3000|｜0-9０-９.．、%％])/;
