/**
 * Reading lines before the parse: where each line's text starts, the character classes the parser
 * uses, and the forms a whole run of lines shows (docs/domain.md §1): bare numbers glued to the text,
 * a document site's chunk numbers, tables of contents, notes. Each form needs a run of lines as
 * evidence, so one line alone never makes a heading or unmakes one.
 */
import type { Line } from './model';
import { isSentenceEnd, matchBareNumber, matchMarker, type MarkerMatch } from './markers';
import { isDigit } from '../text/chars';

/** A line this long holds a whole text whose line breaks were lost (a scrape flattened to spaces). */
export const FLAT_LINE = 250;

/** JavaScript's white space (`\s`, `trim()`); parse.ts's SPACE_CHARS lists the same characters. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Chinese characters, full-width and CJK punctuation, and `”`: what a run-in title is made of. */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0x3000 && c <= 0x303f) ||
    c === 0x201d
  );
}

/** An ideograph (CJK Unified, Extension A and compatibility ideographs). */
export function isIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** A blank inside a line: space, tab, ideographic space, no-break space. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** A blank inside a line, or the byte-order mark a paste leaves. */
export function isBlankOrBom(c: number): boolean {
  return isBlank(c) || c === 0xfeff;
}

/** Skips indentation and Markdown prefixes (`## `, `> `, `**`) at a line start. */
export function contentStart(text: string, start: number, end: number): number {
  let i = start;
  if (i === 0 && text.charCodeAt(0) === 0xfeff) i++;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  // `??????2.…`: indentation lost to a wrong encoding on the way from a web page.
  // Character codes, not one-character strings: `text[i]` allocates a string for a CJK character.
  let c = codeAt(text, i);
  if (c === 63 /* ? */ || c === 0xfffd) {
    let j = i;
    while (j < end && (text.charCodeAt(j) === 63 || text.charCodeAt(j) === 0xfffd)) j++;
    if (j - i >= 2 && j < end) i = j;
    c = codeAt(text, i);
  }
  if (c === 35 /* # */) {
    let j = i;
    while (j < end && text.charCodeAt(j) === 35) j++;
    const after = codeAt(text, j);
    if (j - i <= 6 && (after === 32 || after === 9)) {
      i = j;
      while (i < end && isBlank(text.charCodeAt(i))) i++;
    }
  } else if (c === 62 /* > */ && (codeAt(text, i + 1) === 32 || codeAt(text, i + 1) === 9)) {
    i += 2;
  }
  if (codeAt(text, i) === 42 /* * */ && codeAt(text, i + 1) === 42) i += 2;
  return i;
}

/** The character code at `i`, 0 past the end (where `text[i]` is undefined, and equals no character). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/** What ends a sentence. */
const SENTENCE_STOP = new Set('。！？!?；;…');
/** What closes a quotation or bracket: a sentence end only right after a stop (`…。”`). */
const CLOSING = new Set('”’》）)】」』');
/** Words a text may stop mid-sentence on: a comma, an enumeration comma, an opening mark. */
const MID = new Set('，,、：:（(“‘《【');
/** The note of a page that shows only a document's opening (a login or a download for the rest). */
const CUT_NOTE = /阅读全部|閱讀全部|需要先登录|需要先登錄|下载后查看|下載後查看|查看全文|展开全文|展開全文|阅读全文|閱讀全文/;
function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** A dated signature line: `2024年1月5日`, `二〇二四年一月五日`, `2024-01-05`. */
const DATE_LINE =
  /(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/;
/** A signature, an attachment name, a cc line, a note in brackets: the lines a finished document ends with. */
const CLOSING_LINE =
  /^(?:附件|抄送|抄报|主送|印发|联系人|联系电话|电话|来源|责任编辑|编辑|发布|[（(].*[）)]$)|(?:局|委|府|办|室|会|部|厅|院|中心|公司|小组|组|处|科|所|站|队)$/;

/**
 * Where a text that breaks off mid-sentence (an excerpt, a cut scrape, a draft being written)
 * ends: the offset after its last non-blank character, or 0 when it ends as a finished document
 * does (`lastHeadingStart`: the offset of the last heading's marker, if any). It breaks off when
 * its last non-blank line ends in no sentence stop (a closing quotation mark counts only after one)
 * and either is the line of the last heading (a heading with nothing under it), or is body text of 24 characters or more (`…认真落实国务院关于清理规范行政审批`), or is
 * shorter and stops on a Han character, digit or mid-sentence mark without being a date, a
 * signature, an attachment name or a note in brackets (`责任单位:市`, `2.开展项目“双进双产`).
 */
export function breaksOff(text: string, lastHeadingStart = -1): number {
  let end = text.length;
  const isEndSpace = (c: number) => isBlankOrBom(c) || c === 10 || c === 13;
  while (end > 0 && isEndSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return 0;
  const last = text[end - 1];
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  // `（阅读全部图文内容，您需要先登录！）`, `点击查看全文`: a page that shows only the opening.
  if (end - start <= 40 && CUT_NOTE.test(text.slice(start, end))) return end;
  if (SENTENCE_STOP.has(last) || (CLOSING.has(last) && end > 1 && SENTENCE_STOP.has(text[end - 2]))) return 0;
  if (lastHeadingStart >= start) return end;
  start = contentStart(text, start, end);
  if (end - start >= 24) return end;
  const c = text.charCodeAt(end - 1);
  // (`…创建国家 5A`: a code of digits and letters, `5A级`, `5G基站`, cut before its noun.)
  const midWord =
    isIdeograph(c) || (c >= 48 && c <= 57) || MID.has(last) || (isLatinLetter(c) && /\d[A-Za-z]{1,3}$/.test(text.slice(start, end)));
  if (!midWord) return 0;
  const words = text.slice(start, end);
  if (DATE_LINE.test(words)) return 0;
  // A signature stands on a line of its own: words that end like a unit glued to the sentence before
  // them on the line (`服务载体深拓展。社区事务受理服务中心`, a stored opening cut mid-sentence: form 516) begin the next one.
  return CLOSING_LINE.test(words) && !GLUED_AFTER_STOP.test(words) ? 0 : end;
}

/** A line's last words glued to a sentence stop before them on the line (no blank between). */
const GLUED_AFTER_STOP = /[。！？!?；;][\u4e00-\u9fff]{2,}$/;

/**
 * True when a text's last non-blank line is one a finished document ends with: a date, a
 * signature, an attachment name, a cc line, a note in brackets (CLOSING_LINE). A text that ends in
 * body text shows no end: it may be finished, or the opening of a longer document.
 */
export function endsWithClosing(text: string): boolean {
  let end = text.length;
  const isEndSpace = (c: number) => isBlankOrBom(c) || c === 10 || c === 13;
  while (end > 0 && isEndSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  const words = text.slice(contentStart(text, start, end), end);
  return words.length > 0 && (DATE_LINE.test(words) || (CLOSING_LINE.test(words) && !GLUED_AFTER_STOP.test(words)));
}

/**
 * What the numbering rules read of a text's two ends, beyond its headings: whether it breaks off
 * (modelBreaksOff), whether it ends with a closing line (endsWithClosing), whether at most a short
 * label stands before its first heading (numbering-start: a copy that begins inside a section), and
 * which sections holding the last heading break off before the end (numbering-lonely). The
 * incremental path reuses structure findings only while this stays the same.
 */
export function textEndsState(m: {
  readonly text: string;
  readonly headings: readonly {
    readonly start: number;
    readonly end: number;
    readonly parent?: { readonly end: number; readonly parent?: unknown };
  }[];
}): string {
  const { text, headings } = m;
  const last = headings.at(-1);
  let out = `${breaksOff(text, last?.start) > 0 ? 1 : 0}${endsWithClosing(text) ? 1 : 0}`;
  if (headings.length) {
    const before = text.slice(0, headings[0].start).trim();
    out += !/[\r\n]/.test(before) && before.length <= 8 ? 1 : 0;
    out += pageOpening(before) ? 1 : 0;
    out += namesReport(before) ? 1 : 0;
  }
  if (last) {
    type Section = { readonly end: number; readonly parent?: unknown };
    for (let a = last.parent as Section | undefined; a; a = a.parent as Section | undefined)
      out += a.end < text.length && breaksOff(text.slice(0, a.end), last.start) > 0 ? 1 : 0;
  }
  return out;
}

/**
 * The text before a copy's first heading is only a page's chrome and the title (`导航菜单` / the title /
 * the site's watermark, page 2 of a paginated copy: form 517): two to six short lines, none a
 * sentence, a clause or a lead-in (no 。；！？，, no closing ：).
 */
export function pageOpening(before: string): boolean {
  const lines = before.split(/\r?\n/).map((l) => l.trim());
  const words = lines.filter((l) => l.length > 0);
  return words.length >= 2 && words.length <= 6 && words.every((l) => l.length <= 40 && !/[。；;！!？?，,]/.test(l) && !/[：:]$/.test(l));
}

/** A line of `before` names a report (`(黑龙江)齐齐哈尔市铁锋区人民政府工作报告(2025年1月14日)`): numbering-start reads it. */
export function namesReport(before: string): boolean {
  return /工作报告/.test(before);
}

/** breaksOff of a model's text, with its last heading. */
export function modelBreaksOff(m: { readonly text: string; readonly headings: readonly { readonly start: number }[] }): number {
  return breaksOff(m.text, m.headings.at(-1)?.start);
}

/** Normalises a title for comparison (spaces and punctuation dropped). */
export function normaliseTitle(s: string): string {
  return s.replace(/[\s\u3000“”"《》]/g, '');
}

/** After a bare number, these make it a quantity (`3月份`, `6个`, `5%`), not an item's number. */
export const QUANTITY_AFTER = /[年月日号时分秒个万亿千百元角%％名人家项条次届期批类级季周岁天米吨亩倍座所户套台辆件张份篇部场位]/;

/**
 * Lines starting with a bare number glued to the text (`1组织好元宵节戏曲晚会;` `2尽快成立…`, or
 * `1 2月26日召开…` with a blank before a date): a copy that lost the marks after the numbers.
 * One such line is no evidence (`1匯特通公司…` is a related-links bullet); the document must show
 * the form in a run of at least three consecutive lines numbered 1, 2, 3, …. Then a shorter run
 * from 1 is read too when it follows a heading line (`(二)召开三个现场会。` / `1在林州…` / `2…`).
 * In a hard-wrapped copy an item may go on over one or two lines the wrap cut it in (`8加快…的航空运动` / `基地;`): lines with
 * no number and no marker after an item line that ends no sentence or clause.
 */
export function bareNumberItems(text: string, lines: readonly Line[], starts: Int32Array): Map<number, MarkerMatch> {
  const out = new Map<number, MarkerMatch>();
  // `tail`: the last line of the run's last item, which a hard-wrapped copy may have cut (`8加快林州滑翔基地…航空运动` / `基地;`).
  type Run = { items: Array<{ line: number; match: MarkerMatch }>; before: number; tail: number; cut: number };
  const runs: Run[] = [];
  let run: Run | undefined;
  let previous = -1;
  for (let li = 0; li < lines.length; li++) {
    const { end } = lines[li];
    const start = starts[li];
    if (start >= end) continue;
    const m = isDigit(text.charCodeAt(start)) && !matchMarker(text, start, end) ? matchBareNumber(text, start, end) : undefined;
    const item = m && bareItemText(text, m.end, end) ? m : undefined;
    if (item && run && item.value === run.items[run.items.length - 1].match.value + 1 && run.tail === previous) {
      run.items.push({ line: li, match: item });
      run.tail = li;
      run.cut = 0;
    } else if (item && item.value === 1) {
      runs.push((run = { items: [{ line: li, match: item }], before: previous, tail: li, cut: 0 }));
    } else if (
      !m &&
      run &&
      run.tail === previous &&
      run.cut < 2 &&
      !itemEnds(text, lines[previous].end) &&
      !matchMarker(text, start, end)
    ) {
      // The rest of the item the line before was cut in (no sentence or clause end there).
      run.tail = li;
      run.cut++;
    } else run = undefined;
    previous = li;
  }
  if (!runs.some((r) => r.items.length >= 3)) return out;
  for (const r of runs) {
    const afterHeading =
      r.before < 0 || matchMarker(text, contentStart(text, lines[r.before].start, lines[r.before].end), lines[r.before].end);
    if (r.items.length >= 3 || afterHeading) for (const { line, match } of r.items) out.set(line, match);
  }
  return out;
}

/**
 * bareNumberItems in a flattened line [start, end): the items whose bare numbers are glued to their text (`1组织好元宵节戏曲晚会;
 * 2尽快成立…; 3请…;`), each at the line's start or after a sentence end and a blank (the line break the copy lost), numbered 1, 2,
 * 3, … one after the other within a section's length. As on lines of their own a run of at least three is the evidence (a lone
 * `。 3月份…`, `。 1匯特通公司…` is none); the items of every such run, by where their numbers start.
 */
export function flatBareItems(text: string, start: number, end: number): Map<number, MarkerMatch> {
  const out = new Map<number, MarkerMatch>();
  let run: Array<{ at: number; match: MarkerMatch }> = [];
  const flush = () => {
    if (run.length >= 3) for (const { at, match } of run) out.set(at, match);
    run = [];
  };
  for (let p = start; p < end; p++) {
    if (!isDigit(text.charCodeAt(p))) continue;
    if (p > start) {
      if (!isBlank(text.charCodeAt(p - 1))) continue;
      let k = p - 1;
      while (k > start && isBlank(text.charCodeAt(k - 1))) k--;
      if (k > start && !FLAT_ITEM_BEFORE.test(text[k - 1])) continue;
    }
    const m = matchMarker(text, p, end) ? undefined : matchBareNumber(text, p, end);
    if (!m) {
      while (p + 1 < end && isDigit(text.charCodeAt(p + 1))) p++;
      continue;
    }
    // (Glued to its text, or a blank before a date, `1 2月26日召开…`; `1 经济发展平稳。` lost its point, as the decimals of its
    // copy did, and a digit and a blank is no marker.)
    const blank = isBlank(text.charCodeAt(m.end));
    if (!bareItemText(text, m.end, end) || (blank && !isDigit(text.charCodeAt(m.end + 1)))) continue;
    const last = run[run.length - 1];
    if (last && m.value === last.match.value + 1 && p - last.at <= FLAT_ITEM_SPAN) run.push({ at: p, match: m });
    else if (m.value === 1) {
      flush();
      run = [{ at: p, match: m }];
    }
    p = m.end - 1;
  }
  flush();
  return out;
}
/** A sentence end, before an item number of flatBareItems. */
const FLAT_ITEM_BEFORE = /[。；;！？!?]/;
/** The longest item of flatBareItems (the next number stands within it). */
const FLAT_ITEM_SPAN = 1000;

/** Whether the line ending at `end` closes an item: its last character (blanks skipped) a sentence or clause end. */
function itemEnds(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  return e > 0 && /[。；;！？!?，,：:]/.test(text[e - 1]);
}

/** `1.2024年8月底前，…`: an item number glued to a year (19xx, 20xx), as digits or full-width digits. */
const YEAR_LED = /^([1-9１-９][0-9０-９]?)([.．、])(?=[12１２][0-9０-９]{3}年)/;
/** A label alone whose list explains what stands above rather than structures: notes (`注：`, `备注：`, `说明：`). */
const EXPLAINING_LABEL = /^(?:[注註]|[备備]\s*[注註]|[说說]\s*明)\s*[：:]$/;

/**
 * A list whose items each open with the year of their step (form 440): `1.2024年8月底前，各区…。` `2.2024年9月底前，…。`
 * under `（一）制定方案阶段`. One such line reads as a decimal (`20.2026年…` in a notes list, docs/domain.md §2), so the
 * list is the evidence: at least two items, numbered 1, 2, … in one style, each at the start of consecutive lines
 * with text (blank lines may stand between), each a sentence (a comma after the date, a sentence end at the line's
 * end). A year-led note after `注：` or `说明：`, an attachment name (`附件：` / `1.2025年…任务清单`, no sentence), a
 * lone `1.2011年…总结` and the `20.2026年…` that follows `19.` stay no items.
 */
export function yearLedItems(text: string, lines: readonly Line[], starts: Int32Array): Map<number, MarkerMatch> {
  const out = new Map<number, MarkerMatch>();
  let run: Array<{ line: number; match: MarkerMatch }> = [];
  let before = -1;
  let previous = -1;
  const flush = () => {
    const label = before >= 0 ? text.slice(starts[before], lines[before].end).trim() : '';
    if (run.length >= 2 && !EXPLAINING_LABEL.test(label)) for (const { line, match } of run) out.set(line, match);
    run = [];
  };
  for (let li = 0; li < lines.length; li++) {
    const { end } = lines[li];
    const start = starts[li];
    if (start >= end) continue;
    const c = text.charCodeAt(start);
    const m = isDigit(c) ? YEAR_LED.exec(text.slice(start, Math.min(end, start + 8))) : null;
    let item: MarkerMatch | undefined;
    if (m) {
      const value = Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
      let e = end;
      while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
      const body = text.slice(start + m[0].length, e);
      if (/[，,]/.test(body) && isSentenceEnd(text[e - 1]))
        item = { family: 'ar', variant: m[2], value, end: start + m[0].length, text: m[0] };
    }
    const last = run[run.length - 1];
    if (item && last && item.value === last.match.value + 1 && item.variant === last.match.variant) run.push({ line: li, match: item });
    else {
      flush();
      if (item && item.value === 1) {
        run = [{ line: li, match: item }];
        before = previous;
      }
    }
    previous = li;
  }
  flush();
  return out;
}

/** A header cell naming who does the work (责任单位, 牵头 / 部门 split over two cells, 分管领导): a table of tasks. */
const WHO_CELL = /责任|牵头|主体|部门|配合|协同|协办|领导|负责|科室|处室|分工|[^计]单位|单位./;
/** A header cell naming the work itself (工作任务, 主要措施, 考核内容): a table of tasks. */
const WORK_CELL = /任务|工作|措施|举措|内容|事项|要求/;

/**
 * The `序号` headers of tables of tasks in a flattened line [start, end) (a table one cell per line, or one row per line, whose
 * line breaks were lost: `序号  2022年预期目标  责任单位  1  地区生产总值增长5.5%左右  区发展改革委  2  …`): where each header's
 * cells end, ascending. `序号` stands as a cell (blanks, a pipe or the line's edge around it) and the short cells after it, up to
 * the first row number or a long cell, name the work or who does it (WORK_CELL, WHO_CELL; `工 作 任 务` spaced out is read
 * joined): an indicator table's header (`序号 指标 单位 目标值`) names neither, and its rows are no items (indicatorHeader).
 */
export function flatTaskTables(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('序', start); at >= 0 && at < end; at = text.indexOf('序', at + 1)) {
    const h = FLAT_HEADER.exec(text.slice(at, Math.min(end, at + 8)));
    if (!h || (at > start && !/[\s\u3000|｜]/.test(text[at - 1]))) continue;
    let k = at + h[0].length;
    let words = '';
    let task = false;
    for (let cells = 0; cells < 16 && k < end; cells++) {
      while (k < end && /[\s\u3000|｜]/.test(text[k])) k++;
      let e = k;
      while (e < end && !/[\s\u3000|｜]/.test(text[e])) e++;
      const cell = text.slice(k, e);
      if (/^[0-9０-９]{1,3}$/.test(cell) || cell.length > 12 || /[。；;！？]/.test(cell)) break;
      words = cell.length === 1 ? words + cell : cell;
      if (WHO_CELL.test(cell) || WORK_CELL.test(cell) || WHO_CELL.test(words) || WORK_CELL.test(words)) task = true;
      k = e;
    }
    if (task) out.push(at + h[0].length);
  }
  return out;
}
const FLAT_HEADER = /^序[ \u3000]*号(?=[\s\u3000|｜])/;

/**
 * Whether the `序号` cell alone on line `li` heads an indicator table flattened one cell per line
 * (`序号` / `指标` / `单位` / `属性` / `目标`, a 规划's 主要指标一览表, form 340): the short cells after it
 * (up to the first row number) name an indicator column (…指标…) and a unit column (`单位`, `计量单位`),
 * and no column of tasks (工作任务, 考核内容) or of those who do them (责任单位, 牵头部门). Its rows are
 * indicators, not numbered items of the plan, so its 序号 cells are no headings; a table with a task or
 * a responsible column keeps its rows as items (the corpus convention, 446, 168, 575).
 * Also a table of figures (`序号` / `区域` / `新增装机容量（MW）` / `新增示范工程` / …, form 382): no task or
 * responsible column either, and its first row is a name cell followed by figure cells only (`黄浦区` /
 * `0.3-0.4` / `1` / `1`): a data record per row, no item of the plan (as 602's indicator rows).
 */
export function indicatorHeader(text: string, lines: readonly Line[], li: number): boolean {
  let indicator = false;
  let unit = false;
  let cells = 0;
  let k = li + 1;
  let rowAt = -1;
  for (; k < lines.length && cells < 12; k++) {
    const ks = contentStart(text, lines[k].start, lines[k].end);
    if (ks >= lines[k].end) continue;
    const cell = text.slice(ks, lines[k].end).trim();
    if (/^[0-9０-９]{1,3}$/.test(cell)) {
      rowAt = k;
      break;
    }
    if (cell.length > 12) break;
    if (WHO_CELL.test(cell) || WORK_CELL.test(cell)) return false;
    if (cell.includes('指标')) indicator = true;
    if (/^(?:计量)?单[ \u3000]*位$/.test(cell)) unit = true;
    cells++;
  }
  if (indicator && unit) return true;
  // A table of figures: at least a name column and two figure columns, the first row's number `1`, its
  // name cell, then as many figure cells as the header has further columns.
  if (
    rowAt < 0 ||
    cells < 3 ||
    !/^[1１]$/.test(text.slice(contentStart(text, lines[rowAt].start, lines[rowAt].end), lines[rowAt].end).trim())
  )
    return false;
  const row: string[] = [];
  for (k = rowAt + 1; k < lines.length && row.length < cells; k++) {
    const ks = contentStart(text, lines[k].start, lines[k].end);
    if (ks < lines[k].end) row.push(text.slice(ks, lines[k].end).trim());
  }
  return row.length === cells && !FIGURE_CELL.test(row[0]) && row.slice(1).every((c) => FIGURE_CELL.test(c));
}

/** A cell holding a figure: a number, a decimal, a share or a range (`35-36`, `0.3-0.4`, `5%`, `—`). */
const FIGURE_CELL = /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?(?:[-－—~～至][0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?)?|[-－—/／])$/;

/** A cell border at a line's start: `|` (or `｜`) and a blank before the first cell's text. */
function borderEnd(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (!(c === 124 /* | */ || c === 0xff5c) /* ｜ */ || !isBlank(codeAt(text, start + 1))) return -1;
  let i = start + 2;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  const first = codeAt(text, i);
  return i < end && first !== 124 && first !== 0xff5c ? i : -1;
}

/** A header cell: a column's short name, no sentence, no number (`工作目标`, `责任单位`, `完成时限`). */
const HEADER_CELL = /^[^\d０-９。；;，,：:、！？!?]{1,16}$/;

/**
 * A pipe table whose rows open with a cell border (form 620): `| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |`,
 * then `| 一、… | (一)… | 1.… | … |` on the lines below, a web page's table as text. The border is no part of the first
 * cell, so where each of these lines' text starts is moved past it (in `starts`): the table reads as one whose rows
 * do not open with it (534's `序号 | 指标名称 | …`), its cells' markers at their places. The evidence is the header:
 * the first line of the run, at least three cells, each a short name with no sentence and no number; the rows are
 * the lines with text right after it that open with `| ` too. A row alone (`| 2025年 |`) or a run without such a
 * header is left as it is. Returns the lines moved, the header's included.
 */
export function leadingBorderTable(text: string, lines: readonly Line[], starts: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    const at = borderEnd(text, starts[li], lines[li].end);
    if (at < 0) continue;
    const cells = text
      .slice(at, lines[li].end)
      .split(/[|｜]/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const header = cells.length >= 3 && cells.every((c) => HEADER_CELL.test(c) && !matchMarker(c, 0, c.length));
    if (!header) continue;
    const rows: [number, number][] = [];
    let k = li + 1;
    for (; k < lines.length; k++) {
      const row = borderEnd(text, starts[k], lines[k].end);
      if (row < 0) break;
      rows.push([k, row]);
    }
    if (rows.length === 0) continue;
    starts[li] = at;
    out.add(li);
    for (const [r, row] of rows) {
      starts[r] = row;
      out.add(r);
    }
    li = k - 1;
  }
  return out;
}

/**
 * A document site's text layer cut into numbered chunks: `1、…` `2、…` `3、…` at the start of
 * consecutive lines, each after a long line (a flattened text) that stops in the middle of a
 * sentence, even of a word (`…培养有理想、有本` / `2、领、有担当…`). A heading follows the end of a
 * paragraph, never the middle of a word, so at least two such breaks make the numbers the site's.
 * Under the site's own chrome (`资源描述:`, `…_第1页`, `由会员上传分享`: form 510) one break is enough:
 * a text of two chunks has only one.
 */
export function chunkNumbers(text: string, lines: readonly Line[], starts: Int32Array): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let breaks = 0;
  let last: MarkerMatch | undefined;
  let previous = -1;
  let chrome = false;
  const flush = () => {
    if (breaks >= 2 || (breaks >= 1 && chrome)) for (const li of run) out.add(li);
    run = [];
    breaks = 0;
    last = undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const { end } = lines[li];
    const start = starts[li];
    if (start >= end) continue;
    const m = isDigit(text.charCodeAt(start)) ? matchMarker(text, start, end) : undefined;
    if (!m && !chrome && end - start <= 120 && SITE_CHROME.test(text.slice(start, end))) chrome = true;
    const midSentence = () =>
      previous >= 0 && lines[previous].end - lines[previous].start >= FLAT_LINE && !endsSentence(text, lines[previous]);
    if (m && last && m.value === last.value + 1 && m.variant === last.variant && midSentence()) {
      run.push(li);
      breaks++;
      last = m;
    } else {
      flush();
      if (m && m.value === 1) {
        run = [li];
        last = m;
      }
    }
    previous = li;
  }
  flush();
  return out;
}

/** A document site's chrome on a line of its own: a page's name `…_第1页`, `资源描述:`, `《…》由会员上传分享`. */
const SITE_CHROME = /_第[0-9０-９]{1,3}页$|^资源描述[:：]|^《[^》]{2,60}》由会员(?:上传)?分享/;

/** True when a line's text ends a sentence or a title (`。` `；` `！` `？` `：`, a closing quote or bracket). */
function endsSentence(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.start && isSpace(text.charCodeAt(e - 1))) e--;
  const c = e > line.start ? text[e - 1] : '';
  return isSentenceEnd(c) || c === '：' || c === ':' || c === '”' || c === '）' || c === ')' || c === '」' || c === '》' || c === '.';
}

/** `注：` or `备注：` opening a list of notes, alone or with the first note after it. */
const NOTES_LABEL = /^(?:[注註]|[备備]\s*[注註])[ \u3000]*[：:][ \u3000]*/;

/**
 * Notes under a table or a text (`注：` then `1.三级公立综合医院考核应采用…` `2.标记“▲”的…`): they
 * explain how to read what stands above them; they are not items of the plan's structure. The
 * list is `1.` (after the label or on the next line) and the lines that carry the next number.
 */
function notes(text: string, lines: readonly Line[], starts: Int32Array): number[] {
  const out: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    const { end } = lines[li];
    const start = starts[li];
    const c = start < end ? text.charCodeAt(start) : 0;
    if (c !== 0x6ce8 /* 注 */ && c !== 0x8a3b /* 註 */ && c !== 0x5907 /* 备 */ && c !== 0x5099 /* 備 */) continue;
    const label = NOTES_LABEL.exec(text.slice(start, Math.min(end, start + 12)));
    if (!label) continue;
    const at = start + label[0].length;
    let item = at < end ? matchMarker(text, at, end) : undefined;
    let k = li;
    if (!item && text.slice(at, end).trim() === '') {
      k = nextTextLine(text, lines, li);
      item = k < lines.length ? matchMarker(text, contentStart(text, lines[k].start, lines[k].end), lines[k].end) : undefined;
    } else if (item) out.push(li);
    if (!item || item.value !== 1) continue;
    if (k !== li) out.push(k);
    for (;;) {
      const n = nextTextLine(text, lines, k);
      if (n >= lines.length) break;
      const m = matchMarker(text, contentStart(text, lines[n].start, lines[n].end), lines[n].end);
      if (!m || m.family !== item.family || m.value !== item.value + 1) break;
      out.push(n);
      item = m;
      k = n;
    }
    li = k;
  }
  return out;
}

/** The next line with text after `li`, within two blank lines (lines.length if none). */
export function nextTextLine(text: string, lines: readonly Line[], li: number): number {
  for (let k = li + 1; k < lines.length && k <= li + 3; k++) if (contentStart(text, lines[k].start, lines[k].end) < lines[k].end) return k;
  return lines.length;
}

/** The label of a contents box: `目录`, `目錄/提綱:……`, `提 纲`. */
const CONTENTS_LABEL = /^(?:目\s*[录錄]|提\s*[纲綱])(?:\s*[/／]\s*(?:目\s*[录錄]|提\s*[纲綱]))?\s*[:：]?\s*[.…·]*$/;

/**
 * labelledContents in a flattened line [start, end) (its line breaks lost, the lines joined by blanks): the box after its label
 * (`…15:06:54 目錄/提綱:…… 一、指導思想 二、主要工作任務 (一)… 五是… 三、工作措施 (一)… …… 一、指導思想。 以黨的…`),
 * the label standing between blanks within the line's first 2,000 characters, then at least three entries, each a run of up to
 * 60 characters between blanks that ends no sentence, up to a run of leaders (`……`, which the box takes), a sentence, or the
 * first entry standing again. Where the box starts and ends, or undefined.
 */
export function flatLabelledContents(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const limit = Math.min(end, start + 2000);
  const label = new RegExp(FLAT_CONTENTS_LABEL.source, 'g');
  label.lastIndex = start;
  for (let m = label.exec(text); m && m.index < limit; m = label.exec(text)) {
    const at = m.index;
    let k = at + m[0].length;
    if ((at > start && !isBlank(text.charCodeAt(at - 1))) || k >= end || !isBlank(text.charCodeAt(k))) continue;
    let entries = 0;
    let firstKey = '';
    let boxEnd = k;
    for (let guard = 0; guard < 80 && k < end; guard++) {
      while (k < end && isBlank(text.charCodeAt(k))) k++;
      let e = k;
      while (e < end && !isBlank(text.charCodeAt(e))) e++;
      const cell = text.slice(k, e);
      if (/^[.…·]+$/.test(cell)) {
        if (entries > 0) boxEnd = e;
        break;
      }
      if (cell.length > 60 || /[。；;！？]$/.test(cell)) break;
      const marker = matchMarker(text, k, e);
      const key = normaliseTitle(marker ? text.slice(marker.end, e) : cell);
      if (entries === 0) firstKey = key;
      else if (key === firstKey) break;
      entries++;
      boxEnd = e;
      k = e;
    }
    if (entries >= 3) return { start: at, end: boxEnd };
  }
  return undefined;
}
/** CONTENTS_LABEL inside a line: `目录`, `目錄/提綱:……`, `提 纲：`. */
const FLAT_CONTENTS_LABEL =
  /(?:目[ \u3000]*[录錄]|提[ \u3000]*[纲綱])(?:[ \u3000]*[/／][ \u3000]*(?:目[ \u3000]*[录錄]|提[ \u3000]*[纲綱]))?[ \u3000]*[:：]?[.…·]*/;

/**
 * A contents box under its label (`目錄/提綱:……`, then `一、指導思想` `二、…` `(一)…` … `……`, and the
 * text starting again with `一、指導思想。`): the entries are the short lines after the label, up to
 * a line of leaders, a blank line (unless the entries are set apart by blank lines), a sentence,
 * or the first entry standing again (the text itself).
 */
function labelledContents(text: string, lines: readonly Line[], starts: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    const { end } = lines[li];
    const start = starts[li];
    if (start >= end || end - start > 20) continue;
    const c = text.charCodeAt(start);
    if ((c !== 0x76ee /* 目 */ && c !== 0x63d0) /* 提 */ || !CONTENTS_LABEL.test(text.slice(start, end).trim())) continue;
    const entries: number[] = [];
    let firstKey = '';
    let blanks = 0;
    let spaced = false;
    let k = li + 1;
    for (; k < lines.length; k++) {
      const ks = contentStart(text, lines[k].start, lines[k].end);
      const t = text.slice(ks, lines[k].end).trim();
      if (!t) {
        blanks++;
        if (entries.length === 1 && blanks > 0) spaced = true;
        if ((entries.length > 1 && !spaced) || blanks > 2) break;
        continue;
      }
      blanks = 0;
      if (/^[.…·]+$/.test(t) || t.length > 60 || /[。；;]$/.test(t)) break;
      const m = matchMarker(text, ks, lines[k].end);
      const key = normaliseTitle(m ? text.slice(m.end, lines[k].end) : t);
      if (entries.length === 0) firstKey = key;
      else if (key === firstKey) break;
      entries.push(k);
    }
    if (entries.length >= 3) for (const e of entries) out.add(e);
    li = k - 1;
  }
  return out;
}

/**
 * A contents box without a label at the very top of a page (a writing site's 提纲: `一、2023年工作回顾`
 * `二、2024年工作安排` `(一)聚焦项目建设` … `三、…`, then the title and the text, whose `一、2023年工作回顾`
 * stands again): at least three consecutive short numbered lines among the first five lines with text,
 * none a sentence, the first of them standing again later in the text with the same marker and title.
 */
function openingContents(text: string, lines: readonly Line[], starts: Int32Array): number[] {
  let seen = 0;
  let li = 0;
  for (; li < lines.length && seen < 5; li++) {
    if (starts[li] >= lines[li].end) continue;
    if (matchMarker(text, starts[li], lines[li].end)) break;
    seen++;
  }
  if (seen >= 5 || li >= lines.length) return [];
  const entries: number[] = [];
  let k = li;
  for (; k < lines.length; k++) {
    const { end } = lines[k];
    const start = starts[k];
    if (start >= end) break;
    const t = text.slice(start, end).trim();
    const m = t.length <= 40 && !/[。；;！!？?]/.test(t) ? matchMarker(text, start, end) : undefined;
    if (!m || m.end >= end) break;
    entries.push(k);
  }
  if (entries.length < 3) return [];
  const key = (l: number) => {
    const m = matchMarker(text, starts[l], lines[l].end)!;
    return m.text + '\u0000' + normaliseTitle(text.slice(m.end, lines[l].end));
  };
  const first = key(entries[0]);
  for (let l = k + 1; l < lines.length; l++) {
    if (starts[l] >= lines[l].end || lines[l].end - starts[l] > 60) continue;
    if (matchMarker(text, starts[l], lines[l].end) && key(l) === first) return entries;
  }
  return [];
}

/**
 * openingContents in a flattened text (its line breaks lost, the lines joined by blanks): where the box
 * ends when the long line from `start` opens with at least three numbered entries one after the other,
 * each a marker and a short title (up to 40 characters, no punctuation of a sentence or a clause) and
 * blanks, the first standing again later on the line with the same marker and title after a blank or a
 * sentence end; -1 when it does not. `一、总体要求 （一）指导思想 坚持…`: the third is no entry, so no box.
 * Also, as tableOfContents reads them on lines of their own, at least three entries from the first (an entry
 * that lost its words, `1. `, may stand before them) ending in rising page numbers (`1. 2.市教育局2024年工作要点19
 * 3.…29 4.…42 5.…50 一、坚持…`): the box ends after the last of them. `1.工作要点 2.保障措施 3.2024年…`: no page numbers.
 */
export function flatOpeningContents(text: string, start: number, end: number): number {
  let at = start;
  let boxEnd = -1;
  let entries = 0;
  let first = '';
  // Entries that end in their page numbers, rising (`2.市教育局2024年工作要点19 3.…29 4.…42`), and where the last of them ends;
  // the first entry may have lost its words (`1. 2.…19`).
  let paged = 0;
  let lastPage = 0;
  let pagedEnd = -1;
  let pagesOver = false;
  for (let guard = 0; guard < 40 && at < end; guard++) {
    const m = matchMarker(text, at, end);
    if (!m) break;
    let k = m.end;
    while (k < end && k - m.end <= 40 && !isBlank(text.charCodeAt(k)) && !ENTRY_STOP.has(text.charCodeAt(k))) k++;
    if (k >= end || k - m.end > 40 || !isBlank(text.charCodeAt(k))) break;
    if (k === m.end) {
      if (guard > 0) break;
    } else {
      if (entries === 0) first = text.slice(at, k);
      entries++;
      boxEnd = k;
      const page = pagesOver ? null : PAGE_NUMBER.exec(text.slice(m.end, k));
      const value = page ? Number(page[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : 0;
      if (value > lastPage) {
        lastPage = value;
        paged++;
        pagedEnd = k;
      } else pagesOver = true;
    }
    while (k < end && isBlank(text.charCodeAt(k))) k++;
    at = k;
  }
  if (entries < 3) return -1;
  if (paged >= 3) return pagedEnd;
  for (let i = text.indexOf(first, boxEnd); i >= 0 && i < end; i = text.indexOf(first, i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + first.length);
    if ((isBlank(before) || isSentenceEnd(text[i - 1])) && !(after >= 48 && after <= 57)) return boxEnd;
  }
  return -1;
}
const ENTRY_STOP = new Set([...'。；;！!？?：:，,'].map((c) => c.charCodeAt(0)));

/** A page number at the end of a contents entry: `…工作要点19`, `……………… 3`, `· 12`. */
const PAGE_NUMBER = /(?:[\u3400-\u9fff”》）)]|[.．…·\s\u3000]+)([0-9０-９]{1,3})$/;

/**
 * Lines of a table of contents: at least three consecutive lines, each a numbered entry short
 * enough for one line and ending in a page number, the page numbers rising (`2.市教育局2024年工作要点19`
 * `3.…29` `4.…42`). They name parts of a compilation or of the document; they are not its headings.
 */
export function tableOfContents(text: string, lines: readonly Line[], starts: Int32Array): Set<number> {
  const out = labelledContents(text, lines, starts);
  for (const li of openingContents(text, lines, starts)) out.add(li);
  for (const li of notes(text, lines, starts)) out.add(li);
  let run: number[] = [];
  let lastPage = -1;
  const flush = () => {
    if (run.length >= 3) for (const li of run) out.add(li);
    run = [];
    lastPage = -1;
  };
  for (let li = 0; li < lines.length; li++) {
    const { end } = lines[li];
    const start = starts[li];
    if (start >= end) continue;
    let e = end;
    while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
    // An entry is short and ends in a digit: most lines are dismissed by those two tests.
    const entry = e - start <= 60 && isDigit(text.charCodeAt(e - 1)) ? matchMarker(text, start, end) : undefined;
    const page = entry ? PAGE_NUMBER.exec(text.slice(entry.end, e)) : null;
    const value = page ? Number(page[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : -1;
    if (!page || value <= lastPage) flush();
    if (page) {
      run.push(li);
      lastPage = value;
    }
  }
  flush();
  return out;
}

/** Text that may follow a bare item number: an ideograph or opening quote that is no unit, or a blank and a date or number. */
function bareItemText(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  let c = text.charCodeAt(at);
  if (c === 32 || c === 0x3000) {
    if (at + 1 >= end) return false;
    c = text.charCodeAt(at + 1);
    if (isDigit(c)) return true;
  } else if (QUANTITY_AFTER.test(text[at])) return false;
  return (c >= 0x3400 && c <= 0x9fff) || c === 0x201c /* “ */ || c === 0x300a; /* 《 */
}

/**
 * Lines of a list that is one sentence: after a line ending in `：` (`主要预期目标是：`), at least three
 * lines numbered 1, 2, 3… of one style, each a short clause closed by `；`, the last by `。`
 * (`(1)國內生產總值增長10%；` … `(11)工業經濟綜合指數達到110。`). The entries are clauses of the
 * sentence the colon opened, like a contents list run into one line; they hold no sections.
 */
export function sentenceLists(text: string, lines: readonly Line[], starts: Int32Array): Set<number> {
  const out = new Set<number>();
  const lastChar = (li: number): number => {
    let e = lines[li].end;
    while (e > starts[li] && isBlank(text.charCodeAt(e - 1))) e--;
    return e > starts[li] ? text.charCodeAt(e - 1) : 0;
  };
  for (let li = 0; li + 3 < lines.length; li++) {
    if (starts[li] >= lines[li].end) continue;
    const colon = lastChar(li);
    if (colon !== 0xff1a /* ： */ && colon !== 58 /* : */) continue;
    const items: number[] = [];
    let first: MarkerMatch | undefined;
    let closed = false;
    for (let k = li + 1; k < lines.length && !closed; k++) {
      const start = starts[k];
      const end = lines[k].end;
      if (start >= end) break;
      const m = end - start <= 80 ? matchMarker(text, start, end) : undefined;
      if (!m || m.value !== items.length + 1 || (first && (m.family !== first.family || m.variant !== first.variant))) break;
      first ??= m;
      const c = lastChar(k);
      const inner = text.slice(m.end, end).trimEnd().slice(0, -1);
      if (/[。！？!?；;：:]/.test(inner)) break;
      if (c === 0x3002 /* 。 */) closed = true;
      else if (c !== 0xff1b /* ； */ && c !== 59 /* ; */) break;
      items.push(k);
    }
    if (closed && items.length >= 3) for (const k of items) out.add(k);
  }
  return out;
}
