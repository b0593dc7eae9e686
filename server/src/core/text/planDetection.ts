/**
 * Does a plain-text or Markdown document look like a work plan? A pure function (no `vscode`
 * import) so it is unit-tested over the seeds and over texts that are not plans
 * (test/unit/detect.test.ts). The client calls it with at most the first {@link HEAD_CHARS}
 * characters of a document when it is opened (client/src/detect.ts); the server's workspace index
 * uses it to pick the plans of a folder.
 *
 * The rule, over the first {@link MAX_LINES} non-empty lines:
 *  - at least {@link MIN_HEADINGS} lines start with a numbered heading marker
 *    (一、 （一） (一) 1、 1. （1）, optionally after Markdown `#`s), and
 *  - there is plan evidence: a title-ish line (≤ {@link MAX_TITLE} characters, not itself a
 *    heading) naming a plan (计划 要点 方案 安排 报告 规划 重点工作 …, simplified or traditional),
 *    or a heading whose title is a plan section (工作目标 主要任务 保障措施 …) — web pages
 *    scraped with their chrome ("微信扫一扫") bury the real title;
 *  - or a title-ish line that ends in a plan's name (…工作计划, …工作要点, …政府工作报告,
 *    …实施方案, 行动计划 …) and at least one numbered heading: government reports scraped from
 *    the web open with long paragraphs, so few headings fall in the first 4 KB;
 *  - or, without evidence, at least {@link MIN_HEADINGS_ALONE} headings with at least one
 *    Chinese-numeral marker (一、 / （一）): a bare "1. 2. 3." list is not enough.
 * A title is not a sentence: lines with ，。；！？ are not titles ("现在，我代表…作工作报告，…").
 * Web chrome before the title is looked past one layer up (core/facts/planHead.ts), which gives
 * this function the first 4 KB that are not chrome.
 */

import { htmlView, looksLikeHtml } from './textView';
import { isChromeLine } from './chrome';

/** Characters read from the start of a document (8 K: site chrome or markup may come first). */
export const HEAD_CHARS = 8192;
/** Non-empty lines looked at. */
export const MAX_LINES = 40;
/** Longest line that can be a title. */
export const MAX_TITLE = 60;
/** Numbered headings needed together with a title or a plan-section heading. */
export const MIN_HEADINGS = 3;
/** Numbered headings needed when there is no other evidence. */
export const MIN_HEADINGS_ALONE = 6;
/** Characters of body text that, under a title naming a plan outright, make a plan without a numbered heading. */
export const STRONG_BODY = 1000;
/** A title about a plan rather than of one: a news item on a report made, heard, read or drawn. */
const ABOUT_A_PLAN = /(?<!工)作(?!出)|听取|聽取|审议|審議|解读|解讀|学习|學習|图解|圖解|发布|發布|聚焦|热议|熱議/;
/** A line longer than this may be a whole copy that lost its line breaks. */
const FLAT_HEAD = 300;
/** A Chinese numeral of a flattened copy's headings (一 … 十). */
const CN_DIGIT = '[一二三四五六七八九十]';
/** Where a flattened copy's title ends: its first sentence mark, blank or heading marker. */
const FLAT_TITLE_END = new RegExp(`[，。；：:,;\\s]|${CN_DIGIT}、|[（(]${CN_DIGIT}{1,2}[）)]`);
/** A Chinese-numeral heading inside a flattened line: after a sentence end or a blank. */
const FLAT_HEADING = new RegExp(`(?<=[。；！？:：\\s])(?:${CN_DIGIT}{1,2}、|[（(]${CN_DIGIT}{1,2}[）)])(?=[\\u4e00-\\u9fff])`, 'g');

const CN = '[一二三四五六七八九十百零〇]{1,3}';
/** A numbered heading at the start of a (trimmed) line. */
const HEADING = new RegExp(
  '^(?:#{1,6}\\s*)?(?:' +
    `(?<cn>${CN}、|[（(]${CN}[）)]|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}、)` + // 一、  （一）  (一)  壹、
    '|\\d{1,2}(?:、|[.．](?![\\d.．]))' + // 1、  1.  (not 1.5 or 1...)
    '|[（(]\\d{1,2}[）)]' + // （1）  (1)
    ')',
);
/** A title naming a plan (simplified and traditional). */
const TITLE =
  /计划|計劃|要点|要點|方案|安排|报告|報告|规划|規劃|重点工作|重點工作|工作思路|工作部署|意见|意見|总结|總結|打算|分工|分解|任务|任務|责任清单|責任清單|工作清单|工作清單|纲要|綱要/;
/** A title that names a plan outright, at its end ("政 府 工 作 报 告" is read without its spaces). */
const STRONG_TITLE =
  /(?:(?:工作|实施|實施|行动|行動)(?:计划|計劃|要点|要點|报告|報告|方案|安排|规划|規劃)|(?:分工|推进|推進)方案|[责責]任分解|任[务務]分解|[实實]施意[见見])(?:[》〉]|的通知|》的通知|〉的通知)?$/;
/** A notice's title that issues a plan runs long (`关于印发《…2024年工作要点》的通知`): a strong title may be this long. */
const MAX_STRONG_TITLE = 90;
/** A title without its blanks (`政 府 工 作 报 告` is read as 政府工作报告). */
const compact = (line: string): string => line.replace(/[\s\u3000]+/g, '');
/** Sentence punctuation: such a line is body text, not a title. */
const SENTENCE = /[，。；！？,;]/;
/** Section headings typical of plans (simplified and traditional). */
const SECTION =
  /工作目标|工作目標|主要目标|主要目標|预期目标|預期目標|工作任务|工作任務|主要任务|主要任務|重点任务|重點任務|保障措施|工作措施|主要措施|总体要求|總體要求|总体思路|總體思路|指导思想|指導思想|工作重点|工作重點|实施步骤|實施步驟|进度安排|進度安排|组织领导|組織領導/;

export interface Detection {
  /** The verdict. */
  readonly plan: boolean;
  /** Lines that start with a numbered heading. */
  readonly headings: number;
  /** The title-ish line found, if any. */
  readonly title?: string;
  /** The first heading that names a plan section, if any. */
  readonly section?: string;
  /** Why: 'title', 'section', 'headings', or 'none'. */
  readonly reason: 'title' | 'section' | 'strong-title' | 'headings' | 'none';
}

/** Examines the start of `text` (only the first {@link HEAD_CHARS} characters are read). */
export function detectWorkPlan(text: string): Detection {
  let head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  // A raw HTML body (a fragment copied from a page, `<tbody>…<p>…`) is read as its text; a whole
  // web page (`<html>`, `<head>`) stays a web page. Web chrome lines (breadcrumbs, the metadata
  // table, print/close links) are looked past: they do not count against the lines read.
  if (looksLikeHtml(head) && !/<(?:html|head|!doctype)[\s>]/i.test(head)) head = htmlView(head);
  let headings = 0;
  let chineseHeadings = 0;
  let title: string | undefined;
  let section: string | undefined;
  let strong: string | undefined;
  let seen = 0;
  // Characters of body text read (lines that are neither chrome nor headings).
  let body = 0;
  const titled = (line: string) => {
    const c = compact(line);
    if (!title && TITLE.test(c)) title = line;
    if (!strong && STRONG_TITLE.test(c)) strong = line;
  };
  for (const raw of head.split(/\r\n|\r|\n/)) {
    // Full-width spaces and BOMs indent many pasted documents.
    const line = raw.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '');
    if (!line || isChromeLine(line)) continue;
    if (++seen > MAX_LINES) break;
    const m = HEADING.exec(line);
    if (m) {
      headings++;
      if (m.groups?.cn) chineseHeadings++;
      if (!section && SECTION.test(line.slice(0, MAX_TITLE))) section = line.slice(0, MAX_TITLE);
    } else if (line.length <= MAX_TITLE && !SENTENCE.test(line)) titled(line);
    else if (!strong && line.length <= MAX_STRONG_TITLE && !SENTENCE.test(line) && STRONG_TITLE.test(compact(line))) strong = line;
    else {
      body += line.length;
      // A copy that lost its line breaks (`…工作要点 一、总体要求 …。二、主要任务…`): its title is what
      // stands before the first sentence mark or heading, its headings follow sentence ends or blanks.
      if (line.length > FLAT_HEAD) {
        const inside = [...line.matchAll(FLAT_HEADING)];
        if (inside.length < 2) continue;
        for (const h of inside) {
          headings++;
          chineseHeadings++;
          const after = line.slice(h.index + h[0].length, h.index + h[0].length + 12);
          if (!section && SECTION.test(after)) section = h[0] + after;
        }
        const first = seen === 1 ? FLAT_TITLE_END.exec(line) : null;
        if (first && first.index > 0 && first.index <= MAX_TITLE) titled(line.slice(0, first.index));
      }
    }
  }
  let reason: Detection['reason'] = 'none';
  if (headings >= MIN_HEADINGS && title) reason = 'title';
  else if (headings >= MIN_HEADINGS && section) reason = 'section';
  else if (headings >= 1 && strong) reason = 'strong-title';
  // A report's first part runs for pages before its first numbered heading: a title naming the
  // plan and a body of some length are enough.
  // (Not a news item about one: `李强作政府工作报告`, `审议政府工作报告`, `图解政府工作报告`.)
  else if (strong && body >= STRONG_BODY && !ABOUT_A_PLAN.test(strong)) reason = 'strong-title';
  // Two headings, one of them a plan section, under a title naming a plan.
  else if (headings >= 2 && title && section) reason = 'section';
  else if (headings >= MIN_HEADINGS_ALONE && chineseHeadings > 0) reason = 'headings';
  return { plan: reason !== 'none', headings, title: title ?? strong, section, reason };
}

/** True when the start of `text` reads like a work plan. */
export function looksLikeWorkPlan(text: string): boolean {
  return detectWorkPlan(text).plan;
}
