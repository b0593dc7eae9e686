/**
 * What copying from a web page leaves in a plan: page chrome lines (share and print buttons, font
 * size widgets, breadcrumbs, source/date metadata, related-article lists, `（首发子站：…）`),
 * pinyin annotations glued to characters (`商務(wù)`), and `?`/U+FFFD where characters were lost.
 * Shared by the `paste-artifact` rule, the `duplicate-passage` rule (metadata lines before a
 * pasted copy) and the "clean up pasted text" command. Pure and linear in the text.
 */
import type { Line } from '../model/model';
import { isBlankOrBom } from '../model/lineForms';
import type { TextEdit } from '../types';
import { isIdeograph } from '../text/chars';
import { misdecoded } from '../text/misdecoded';
import {
  FOOTER,
  FOOTER_LABEL,
  GLUED_COUNTER,
  HEX_ID,
  ITEM,
  MAX_CHROME_LINE,
  RELATED,
  SEPARATOR,
  TIME_LABELS,
  matchAt,
  metaFields,
  TRAILER,
  WEAK,
  WIDGET,
  widgetRow,
} from '../text/chrome';
import { LINK_HEADING, WebLine, canonical, labelAlternatives, webLine } from './webChrome';

export type PasteKind = 'chrome' | 'pinyin' | 'lostLine' | 'lostLeading' | 'statusTag' | 'lost';

export interface PasteArtifact {
  readonly kind: PasteKind;
  readonly start: number;
  readonly end: number;
  /** 0-based lines of the finding (a run of chrome lines spans several). */
  readonly firstLine: number;
  readonly lastLine: number;
  /** How many items (lines, annotations) the finding covers. */
  readonly count: number;
  /** A short excerpt for the message. */
  readonly preview: string;
  /** The edits that remove it; empty when it cannot be repaired mechanically (lost characters). */
  readonly edits: readonly TextEdit[];
}

/** Per-line classification of web chrome. */
export const enum LineChrome {
  None = 0,
  /** Share/print/font-size widgets, breadcrumbs, related-article lists. */
  Widget = 1,
  /** Source, date and editor metadata (`来源：…`, `2006-01-10 19:18`), attached to what follows. */
  Meta = 2,
  /** A source line closing the text above (`（首发子站：…）`, `（来源：…）`). */
  Trailer = 3,
}

const BULLET = /^[•·●▪◆■◇□]\s*/;

const BREADCRUMB =
  /^(?:(?:当前位置|当前的位置|您的位置|您现在的位置|您现在所在的位置|你的位置|现在位置|所在位置)是?\s*[：:]|(?:网站)?首页\s*[>＞»›]|[>＞»]{2})/;
/** A trail of short items between `>` marks (`政务公开 > 平昌县农业农村局 > 规划计划`). */
const TRAIL = /^[^。，；：<>＞»="/]{1,16}(?:\s*(?:>>?|＞＞?|»|›)\s*[^。，；：<>＞»="/]{1,24}){2,}\s*(?:>>?|＞)?$/;
/** Buttons after metadata on its line (`… 浏览次数： 字体：[ ]`, `【字體：大 中 小】 打印本頁`). */
const TRAILING_WIDGETS =
  /(?:\s*(?:【?字[体體号號](?:大小)?[：:]?\s*[[【]?\s*(?:(?:[大中小]|默认|超大|特大|标准)\s*)*[\]】]?|打印本[页頁]|打印|关闭窗口|關閉窗口|分享到[：:]?|[|｜]))+$/;

/** The last units TRAILING_WIDGETS can end with (besides white space): where none ends a line, it has none. */
const WIDGET_END = new Set('体體号號小：:[【大中认准]】页頁印口到|｜');

/**
 * A line as metaLine reads it: trailing widgets dropped, separators as spaces. Each replacement
 * runs only where it can match (most lines end with neither a widget nor a blank, and hold no
 * separator), the search for a suffix being tried at every position of the line.
 */
function metaView(line: string): string {
  const last = line[line.length - 1];
  const s = WIDGET_END.has(last) || /\s/.test(last) ? line.replace(TRAILING_WIDGETS, '') : line;
  // (A dash between blanks, or closing the line, separates fields too: `作者:星座大师 -`, the date after it dropped; form 206.)
  return s.includes('|') || s.includes('｜') || s.includes('/') || s.includes(' -') ? s.replace(/[|｜]|\s\/\s|\s-(?=\s|$)/g, ' ') : s;
}

// Metadata fields: `label：value` or a date-time, several on one line.
const META_WORDS = [
  '文章来源',
  '信息来源',
  '稿件来源',
  '来源',
  '发布时间',
  '发表时间',
  '发布日期',
  '更新时间',
  '时间',
  '日期',
  '作者',
  '责任编辑',
  '编辑',
  '审核',
  '校对',
  '阅读量',
  '阅读次数',
  '阅读',
  '浏览次数',
  '浏览量',
  '访问量',
  '访问次数',
  '点击数',
  '点击量',
  '点击',
  '文章类型',
  '内容分类',
  '发布机构',
  '发布者',
  '发布人',
  '供稿',
];
const META_LABEL = new RegExp(`(${labelAlternatives(META_WORDS)})\\s*[：:]`, 'y');
/**
 * Whether a trimmed line is only metadata fields (the paste facts' labels, a list page's trailer
 * after a lone date); `'open'` when its only field has an empty value (`来源：` with the value on
 * the next line), with the label. After other fields an empty one (`浏览次数：`) was left empty by
 * the page, and the next line is the text.
 */
function metaLine(s: string): { open: string | undefined } | undefined {
  const m = metaFields(s, META_LABEL, canonical, true);
  return m ? { open: m.fields === 1 ? m.open : undefined } : undefined;
}

function trimmed(text: string, line: Line): string {
  let s = line.start;
  let e = line.end;
  while (s < e && isBlankOrBom(text.charCodeAt(s))) s++;
  while (e > s && isBlankOrBom(text.charCodeAt(e - 1))) e--;
  return text.slice(s, e);
}

/** Zero-width space, non-joiner, joiner, word joiner and a BOM inside the text: nothing else on the line. */
const ZERO_WIDTH_ONLY = /^[\u200b-\u200d\u2060\ufeff]+$/;
/** A line of table borders: `|`/`｜` and blanks only. */
const PIPES_ONLY = /^[\s|｜\ufeff]*$/;
const chromeCache = new WeakMap<readonly Line[], Uint8Array>();

/** Classifies every line: web chrome or not (`LineChrome`); cached per line table. */
export function classifyChrome(text: string, lines: readonly Line[]): Uint8Array {
  let hit = chromeCache.get(lines);
  if (!hit) chromeCache.set(lines, (hit = computeChrome(text, lines)));
  return hit;
}

function computeChrome(text: string, lines: readonly Line[]): Uint8Array {
  const n = lines.length;
  const kind = new Uint8Array(n);
  const weak = new Uint8Array(n); // 1 symbol, 2 separator, 3 breadcrumb item candidate
  const blank = new Uint8Array(n);
  const t: string[] = new Array(n);
  const open = new Map<number, string>();
  const web = new Uint8Array(n);
  const fieldOpen = new Uint8Array(n);
  // 1: the line holds `|`/`｜`; 2: nothing but them and blanks (read on lines of any length).
  const pipe = new Uint8Array(n);
  const csv = csvRecord(text, lines);
  for (let i = 0; i < n; i++) {
    const raw = text.slice(lines[i].start, lines[i].end);
    if (raw.includes('|') || raw.includes('｜')) pipe[i] = PIPES_ONLY.test(raw) ? 2 : 1;
    // A CSV record's edges are read without the record's fields and quotes (form 402).
    const from = csv && i === 1 ? csv.textStart : lines[i].start;
    const to = csv && i === csv.lastLine ? csv.textEnd : lines[i].end;
    if (to - from > MAX_CHROME_LINE * 4) {
      t[i] = '';
      continue;
    }
    // A leading run of lost characters does not hide chrome (`??相关报道：`, `?\t下载`).
    let s = trimmed(text, { start: from, end: to }).replace(/^\?+\s*(?=[^?\s])/, '');
    // Pinyin annotations do not hide chrome either (`分(fēn)享`).
    if (s.includes('(')) s = s.replace(PINYIN, (g, syllable: string) => (TONED.test(syllable) ? '' : g));
    t[i] = s;
    if (!s) {
      blank[i] = 1;
      continue;
    }
    if (s.length > MAX_CHROME_LINE * 2) continue;
    const unbulleted = s.replace(BULLET, '');
    if (s.length > MAX_CHROME_LINE) {
      // Long lines: only what sites alone write (a disclaimer, a metadata row with a long title).
      web[i] = webLine(s).kind;
      continue;
    }
    if (
      // A line of zero-width characters alone (U+200B…): where a scraped page broke (574, every page of a wikisource
      // copy, some inside a sentence; seventeenth blind set, form 276). Invisible, written by no drafter.
      ZERO_WIDTH_ONLY.test(s) ||
      WIDGET.test(unbulleted) ||
      RELATED.test(s) ||
      LINK_HEADING.test(s) ||
      HEX_ID.test(s) ||
      BREADCRUMB.test(unbulleted) ||
      FOOTER.test(s) ||
      widgetRow(s)
    )
      kind[i] = LineChrome.Widget;
    else if (FOOTER_LABEL.test(s)) weak[i] = 1;
    else if (TRAILER.test(s)) kind[i] = LineChrome.Trailer;
    else if (SEPARATOR.test(s)) weak[i] = 2;
    else if (WEAK.test(s)) weak[i] = 1;
    else {
      const meta = metaLine(metaView(s));
      if (meta) {
        kind[i] = LineChrome.Meta;
        if (meta.open) {
          open.set(i, meta.open);
          fieldOpen[i] = COUNTER_LABELS.test(meta.open) ? 2 : 1;
        }
      } else {
        // A trail of `>` items is a breadcrumb outside the text only (`东部 > 中部 > 西部` may rank regions).
        const v = TRAIL.test(unbulleted) ? { kind: WebLine.Strong, open: false } : webLine(s);
        web[i] = v.kind;
        if (v.open) fieldOpen[i] = 1;
        if (!v.kind && ITEM.test(s)) weak[i] = 3;
      }
    }
  }
  // The collector's header row (`province,year,title,source_url,publish_date,full_text`).
  if (csv) kind[0] = LineChrome.Widget;
  applyWebLines(t, blank, kind, weak, web, fieldOpen, pipe);
  // The value of `来源：` / `责任编辑：` on the next line.
  for (const [i, label] of open) {
    const j = nextNonBlank(blank, i + 1);
    if (j >= n || (kind[j] && kind[j] !== LineChrome.Meta)) continue;
    const v = t[j];
    // An index number (`11530000MB1234567X/2024-00012`) is longer than other values.
    const ok = TIME_LABELS.has(label)
      ? !!metaLine(v)
      : COUNTER_LABELS.test(label)
        ? COUNT_VALUE.test(v)
        : (v.length <= 20 && !/[。，；]/.test(v)) || (/^(?:索引号|索引號|统一编号)$/.test(label) && /^[\w./-]{1,48}$/.test(v));
    if (ok) kind[j] = LineChrome.Meta;
  }
  // `首页` followed by a separator starts a breadcrumb.
  for (let i = 0; i < n; i++) {
    if (!kind[i] && weak[i] === 1 && t[i] === '首页') {
      const j = nextNonBlank(blank, i + 1);
      if (j < n && weak[j] === 2) kind[i] = LineChrome.Widget;
    }
  }
  // Weak lines join the chrome next to them, until nothing changes (runs are short).
  for (let changed = true, pass = 0; changed && pass < 12; pass++) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (kind[i] || !weak[i]) continue;
      const p = prevNonBlank(blank, i - 1);
      const q = nextNonBlank(blank, i + 1);
      const pc = p >= 0 && kind[p] !== LineChrome.None;
      const qc = q < n && kind[q] !== LineChrome.None;
      let join: boolean;
      if (weak[i] === 3) {
        // A breadcrumb item sits after a separator, or repeats the item before it (`云南要闻` twice).
        join =
          (p >= 0 && pc && weak[p] === 2) ||
          (q < n && qc && weak[q] === 2 && p >= 0 && pc) ||
          (p >= 0 && pc && weak[p] === 3 && t[p] === t[i]);
      } else join = pc || qc;
      if (join) {
        kind[i] = LineChrome.Widget;
        changed = true;
      }
    }
  }
  // Related-article titles: the line after a hex id (`be341a…:`).
  for (let i = 0; i + 1 < n; i++) {
    if (kind[i] === LineChrome.Widget && HEX_ID.test(t[i]) && !kind[i + 1] && t[i + 1] && t[i + 1].length <= MAX_CHROME_LINE)
      kind[i + 1] = LineChrome.Widget;
  }
  markTrailingLists(t, blank, kind);
  markLicenceNotice(t, blank, kind);
  markSiteMenu(t, blank, kind);
  markChannelLabel(t, blank, kind);
  markBrandLine(t, blank, kind);
  markDateTags(t, blank, kind);
  markListingTeaser(text, lines, t, blank, kind);
  return kind;
}

/** markListingTeaser looks for the first title among the first TEASER_TOP lines, and the lead within TEASER_SPAN lines of it. */
const TEASER_TOP = 40;
const TEASER_SPAN = 12;
/** The lead markListingTeaser read whole (a line of any length), by the chrome it computed: carryPasteFacts never carries it. */
const teaserLeadRead = new WeakMap<Uint8Array, number>();

/** A teaser's end: a full stop, or the ellipsis a listing cuts with. */
const TEASER_END = /(?:。|…+|\.{3,})$/;

/**
 * A listing's title and teaser above the article's own title (686:1–2 `2025年教育工作要點` / the lead's first sentence cut at
 * `二十屆。`, then `2025年教育工作要点` and the lead; thirty-second blind set, form 704): at the top of the text (nothing but
 * chrome before it), a title, a line that is the start of the lead cut short (the lead goes on where its mark stands), the
 * same title again (as written, or in the other script), then the lead. The first title and the teaser are the listing's;
 * the second title and the lead stay. Not a plan that repeats a summary: a whole sentence repeated ends where the lead's
 * does; not a cover notice's title (`关于印发…的通知`) above the plan's, which differ by more than the script.
 */
function markListingTeaser(text: string, lines: readonly Line[], t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  let a = nextNonBlank(blank, 0);
  while (a < n && a < TEASER_TOP && kind[a]) a = nextNonBlank(blank, a + 1);
  const b = nextNonBlank(blank, a + 1);
  const c = nextNonBlank(blank, b + 1);
  const d = nextNonBlank(blank, c + 1);
  if (d >= n || d > a + TEASER_SPAN || kind[a] || kind[b] || kind[c] || kind[d]) return;
  const title = t[a];
  if (title.length < 4 || title.length > 60 || /[。；;：:]/.test(title) || canonical(title) !== canonical(t[c])) return;
  const teaser = t[b];
  const cut = TEASER_END.exec(teaser);
  if (!cut || teaser.length < 12) return;
  const head = canonical(teaser.slice(0, cut.index));
  // (The lead as written, its pinyin dropped: a long line's `t` is left empty.)
  teaserLeadRead.set(kind, d);
  let lead = t[d] || text.slice(lines[d].start, lines[d].end).trim();
  if (lead.includes('(')) lead = lead.replace(PINYIN, (g, syllable: string) => (TONED.test(syllable) ? '' : g));
  lead = canonical(lead);
  if (lead.length <= head.length || !lead.startsWith(head) || lead[head.length] === '。') return;
  kind[a] = LineChrome.Widget;
  kind[b] = LineChrome.Widget;
}

/** A news page's date line with nothing else (`2025-01-21 17:37`). */
const BARE_DATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A page's tag: a word of two to four characters that no heading of a plan is (`前言`, `总则`, `附件` are). */
const TAG_WORD = /^[\u4e00-\u9fff]{2,4}$/;
const HEADING_WORD = /^(?:前言|引言|序言|导言|导语|总则|附则|概述|摘要|背景|目录|正文|附件|附表|通知|说明|结语|总结|报告|方案|计划|要点)$/;

/**
 * A news page's tags on each side of its bare date line (678:2–4 `政务` / `2025-01-21 17:37` / `内蒙古`, under the headline;
 * thirty-first blind set, form 666): the channel above the date and the region below it, one word each. Only where a tag
 * stands on both sides: a one-word line on one side of a date is left (a heading under a page's date, an office above it).
 */
function markDateTags(t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  for (let d = 0; d < Math.min(n, 40); d++) {
    if (kind[d] !== LineChrome.Meta || !BARE_DATE_TIME.test(t[d])) continue;
    const above = prevNonBlank(blank, d - 1);
    const below = nextNonBlank(blank, d + 1);
    const tag = (i: number) => i >= 0 && i < n && !kind[i] && TAG_WORD.test(t[i]) && !HEADING_WORD.test(t[i]);
    if (!tag(above) || !tag(below)) continue;
    kind[above] = LineChrome.Widget;
    kind[below] = LineChrome.Widget;
  }
}

/** A Chinese name with a Latin brand word glued to it (`伟德体育bevictor`). */
const BRAND = /^[\u4e00-\u9fff]{2,8}[a-z]{5,16}$/;

/**
 * A mirror's spam title on the first line of the text, above the plan's own (670:1 `伟德体育bevictor`, then the title, then
 * the page's date line; thirtieth blind set, form 644): a short Chinese name glued to a lowercase Latin word, which no plan's
 * title or heading writes, and only where the line after the next (the title) is chrome.
 */
function markBrandLine(t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  const first = nextNonBlank(blank, 0);
  if (first >= n || kind[first] || !BRAND.test(t[first])) return;
  const title = nextNonBlank(blank, first + 1);
  if (title >= n || kind[title] || t[title].length > 60 || /[。；;]/.test(t[title])) return;
  const after = nextNonBlank(blank, title + 1);
  if (after < n && kind[after]) kind[first] = LineChrome.Widget;
}

/** The entries of a news site's menu (markSiteMenu): its apps and accounts. */
const SITE_MENU_WORD = /^(?:客户端|新闻客户端|官方微信|官方微博|官方抖音|微信公众号|数字报|数字报刊|电子报|电子版|手机版|APP|App)$/;
/** A menu entry's shape: a short word, Chinese or Latin only. */
const SHORT_WORD = /^(?:[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,8})$/;

/**
 * A news site's menu at the top of the text, one entry per line (712:1–6 `客户端` `官方微信` `官方微博` `今日头条` `北疆观察` `数字报刊`, then the
 * breadcrumb `北疆新闻 > 要闻 > 正文`; thirty-fifth blind set, form 751): nothing but blanks before it, three short lines or more of
 * words only, right above chrome, half of them or more (two at least) entries every such menu has (SITE_MENU_WORD). Not a title above
 * a breadcrumb (one line), nor short lines of a plan's own (they name no app or account).
 */
function markSiteMenu(t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  const first = nextNonBlank(blank, 0);
  let i = first;
  let count = 0;
  let known = 0;
  for (; i < n && i - first < 12 && !kind[i]; i = nextNonBlank(blank, i + 1)) {
    if (!SHORT_WORD.test(t[i])) return;
    count++;
    if (SITE_MENU_WORD.test(t[i])) known++;
  }
  if (i >= n || !kind[i] || count < 3 || known < 2 || known * 2 < count) return;
  for (let k = first; k < i; k = nextNonBlank(blank, k + 1)) kind[k] = LineChrome.Widget;
}

/** A government site's own channels, chrome above any chrome at the top of the text (markChannelLabel). */
const SITE_CHANNEL = /^(?:政务公开|政府信息公开|信息公开)$/;

/**
 * A channel's name on its own line right above the breadcrumb that names it as a channel (614:1 `金华`, then
 * `首页>地方频道>金华>要闻`; twenty-third blind set, form 397): the site's running head, at the top of the text only
 * (nothing but chrome before it). A short word, Chinese only, equal to an item of the breadcrumb that is neither
 * its first (`首页`) nor its last (the page itself, which may be the title of the text). A bulleted word there is an entry of
 * the site's menu (`• 政府信息公开`), chrome whatever the breadcrumb names.
 */
function markChannelLabel(t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  const p = nextNonBlank(blank, 0);
  for (let label = p; label < n && label < 40; label = nextNonBlank(blank, label + 1)) {
    if (kind[label]) continue;
    const word = t[label].replace(BULLET, '');
    if (!/^[\u4e00-\u9fff]{2,8}$/.test(word)) return;
    const b = nextNonBlank(blank, label + 1);
    // A government site's own channel (683:1 `政务公开` above `发布时间:…`, thirtieth blind set, form 644) above any chrome.
    if (b < n && kind[b] && SITE_CHANNEL.test(word)) {
      kind[label] = LineChrome.Widget;
      return;
    }
    if (b >= n || kind[b] !== LineChrome.Widget) return;
    const crumb = t[b].replace(BULLET, '');
    if (!BREADCRUMB.test(crumb) && !TRAIL.test(crumb)) return;
    const items = crumb.split(/\s*(?:>>?|＞＞?|»|›)\s*/);
    // (Or an entry of the site's menu, bulleted, right above the breadcrumb: 658:1 `• 政府信息公开`, form 583.)
    if ((word.length <= 6 && items.slice(1, -1).includes(word)) || word !== t[label]) kind[label] = LineChrome.Widget;
    return;
  }
}

/** A CSV header row of ASCII column names whose last column holds the text (`…,publish_date,full_text`). */
const CSV_HEADER = /^\ufeff?[A-Za-z_][\w ]*(?:,[A-Za-z_][\w ]*)+,(?:full_text|fulltext|content|text|body|article|正文|全文)\s*$/;

/**
 * A text that is one record of a scraper's CSV (615, 616; twenty-third blind set, form 402): the header row on line 1,
 * the record's fields on line 2 up to the quote that opens the text field, the text, and a quote closing it at the
 * end of the last line. Where the text field starts on line 2 (after its quote) and ends on the last line (before its
 * quote); undefined unless all three are there.
 */
function csvRecord(text: string, lines: readonly Line[]): { textStart: number; lastLine: number; textEnd: number } | undefined {
  if (lines.length < 3 || lines[0].end - lines[0].start > 400) return undefined;
  const header = text.slice(lines[0].start, lines[0].end);
  if (!CSV_HEADER.test(header)) return undefined;
  const columns = header.split(',').length;
  const second = text.slice(lines[1].start, Math.min(lines[1].end, lines[1].start + 2000));
  const fields = new RegExp(`^(?:[^,"]*,){${columns - 1}}"`).exec(second);
  if (!fields) return undefined;
  let last = lines.length - 1;
  while (last > 1 && trimmed(text, lines[last]) === '') last--;
  let end = lines[last].end;
  while (end > lines[last].start && isBlankOrBom(text.charCodeAt(end - 1))) end--;
  // One closing quote (`""` is a quote inside the field).
  if (last <= 1 || text[end - 1] !== '"' || text[end - 2] === '"') return undefined;
  return { textStart: lines[1].start + fields[0].length, lastLine: last, textEnd: end - 1 };
}

/**
 * The site lines of webChrome.ts, outside the body of the text only (before its first sentence
 * and after its last): a strong line is chrome, a weak line joins the chrome next to it, a field
 * label alone on its line takes the value on the next line with it, and a short line without
 * Chinese between two button lines (`others`, `1` on a document-sharing site) is chrome too.
 */
function applyWebLines(
  t: string[],
  blank: Uint8Array,
  kind: Uint8Array,
  weak: Uint8Array,
  web: Uint8Array,
  fieldOpen: Uint8Array,
  pipe: Uint8Array,
): void {
  const n = t.length;
  const bodyLine = (i: number) =>
    !blank[i] &&
    !kind[i] &&
    web[i] !== WebLine.Strong &&
    (/[。；;]/.test(t[i]) ? t[i].length >= 16 : t[i].length >= 30 && /[，,]/.test(t[i]));
  let first = 0;
  while (first < n && !bodyLine(first)) first++;
  let last = n - 1;
  while (last > first && !bodyLine(last)) last--;
  const outside = (i: number) => i < first || i > last;
  const chromeAt = (i: number) => i >= 0 && i < n && kind[i] !== LineChrome.None;
  for (let i = 0; i < n; i++) if (web[i] === WebLine.Strong && (outside(i) || SITE_ONLY.test(t[i]))) kind[i] = LineChrome.Widget;
  // Lines of `|` alone before the text or after it: an HTML table's borders (613:1-2, 313, 587's last line;
  // twenty-third blind set, form 396). Next to a line with cells (`序号 |`, `| a | b |`) they are an empty row of a
  // pipe table, content.
  for (let i = 0; i < n; i++) {
    if (pipe[i] !== 2 || !outside(i)) continue;
    let p = i - 1;
    while (p >= 0 && (blank[p] || pipe[p] === 2)) p--;
    let q = i + 1;
    while (q < n && (blank[q] || pipe[q] === 2)) q++;
    if ((p < 0 || !pipe[p]) && (q >= n || !pipe[q])) kind[i] = LineChrome.Widget;
  }
  for (let changed = true, pass = 0; changed && pass < 40; pass++) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (kind[i] || blank[i] || !outside(i)) continue;
      const p = prevNonBlank(blank, i - 1);
      const q = nextNonBlank(blank, i + 1);
      let join = false;
      if (web[i] === WebLine.Weak) join = chromeAt(p) || chromeAt(q);
      // The value after a field label alone on its line.
      // Under a label written with its colon the value was due on the same line: the next line is
      // its value only inside the table (more fields follow), not the title after it.
      // (A line ending with a colon is no value: the salutation under a box whose last fields the page left empty, 676:11
      // `高昌区各相关单位、…人民政府:` under `著录日期 生效日期`, form 666.)
      else if (p >= 0 && fieldOpen[p] && kind[p] && !web[i] && t[i].length <= 80 && !/[。；;]/.test(t[i]) && !/[：:]$/.test(t[i]))
        join = fieldOpen[p] === 2 ? COUNT_VALUE.test(t[i]) : !/[：:]$/.test(t[p]) || (q < n && (!!web[q] || fieldOpen[q] >= 1));
      // Between two buttons, a counter or a user name (`1`, `others`); never Chinese text, which may be
      // a short title between a breadcrumb and the date line.
      else if (!web[i] && t[i].length <= 12 && !/[\u3400-\u9fff。，；：:,;、]/.test(t[i]))
        join = kind[p] === LineChrome.Widget && kind[q] === LineChrome.Widget;
      if (join) {
        kind[i] = LineChrome.Widget;
        changed = true;
      }
    }
  }
}

/**
 * Labels of a page's counters (`浏览量:`, `阅读次数：`): a script fills their value with a number, so an empty one is
 * followed by a number on the next line or by nothing of the page (658:3 `浏览量:  【字体:   】` above the title, twenty-ninth
 * blind set, form 583): a title after one is text. `fieldOpen` 2 for them (1 for other labels).
 */
const COUNTER_LABELS =
  /^(?:阅读量|阅读次数|浏览次数|浏览量|访问量|访问次数|点击数|点击量|点击|閱讀量|閱讀次數|瀏覽次數|瀏覽量|訪問量|訪問次數|點擊數|點擊量|點擊)$/;
const COUNT_VALUE = /^\d[\d,，]*\s*(?:次)?$/;

/** Strong site lines that are chrome wherever they stand (login walls, ICP footers, disclaimers). */
const SITE_ONLY = /登录|ICP|公网安备|公網安備|网站标识码|網站標識碼|本站|由会员分享|小编/;

/** Lists at the very end: titles after `相关报道：`, or counter-glued titles (`1匯特通公司…`). */
function markTrailingLists(t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  let end = n - 1;
  while (end >= 0 && (blank[end] || kind[end])) end--;
  // Counter-glued titles: at least two, reaching the end.
  let i = end;
  while (i >= 0 && (blank[i] || (!kind[i] && isListTitle(t[i]) && GLUED_COUNTER.test(t[i])))) i--;
  const glued = [];
  for (let j = i + 1; j <= end; j++) if (!blank[j]) glued.push(j);
  if (glued.length >= 2) for (const j of glued) kind[j] = LineChrome.Widget;
  // Titles after a related-list heading, reaching the end.
  for (let h = n - 1; h >= 0; h--) {
    if (kind[h] === LineChrome.Widget && RELATED.test(t[h])) {
      let ok = true;
      for (let j = h + 1; j < n && ok; j++) ok = !!blank[j] || !!kind[j] || isListTitle(t[j]);
      if (ok) for (let j = h + 1; j < n; j++) if (!blank[j] && !kind[j]) kind[j] = LineChrome.Widget;
      break;
    }
  }
}

/**
 * A wiki's licence notice closing the copy (seventeenth blind set, form 277: 574, and 331-333 from the same corpus): from a line
 * `本作品…` in the last 40 lines to the end, where the notice says the work is in the public domain (`公有领域`, `Public domain`),
 * every line short (the template's links break it into words: `法律` / `、` / `法规`). Read only at the end of the text.
 */
function markLicenceNotice(t: string[], blank: Uint8Array, kind: Uint8Array): void {
  const n = t.length;
  let start = -1;
  let publicDomain = false;
  for (let i = n - 1; i >= Math.max(0, n - 60); i--) {
    if (blank[i]) continue;
    if (t[i].length > 120) return;
    if (/公有领域|公有領域|^Public domain$/.test(t[i])) publicDomain = true;
    if (/^本作品(?:是|在|已|属于|屬於|依据|依據)/.test(t[i])) {
      start = i;
      break;
    }
  }
  if (start < 0 || !publicDomain) return;
  for (let i = start; i < n; i++) if (!blank[i] && !kind[i]) kind[i] = LineChrome.Widget;
}

function isListTitle(s: string): boolean {
  return !!s && s.replace(PINYIN, '').length <= 60 && !/[。；]$/.test(s);
}

function nextNonBlank(blank: Uint8Array, from: number): number {
  let j = from;
  while (j < blank.length && blank[j]) j++;
  return j;
}

function prevNonBlank(blank: Uint8Array, from: number): number {
  let j = from;
  while (j >= 0 && blank[j]) j--;
  return j;
}

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
const PINYIN = /\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})\)/g;
const PINYIN_GROUP = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)/y;
const PINYIN_TAIL = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)/y;
const LOST = /[?\uFFFD]+/g;
/** A `?` after these is a question mark (`……呢?`), not a lost character. */
const QUESTION_BEFORE = new Set([...'吗嗎呢么麼吧啊嘛呀哪谁誰何']);
const CLOSERS = new Set([...'”’」』）)】']);

/** Ideographic and full-width punctuation, and Chinese quotation marks. */
function isCjkPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c === 0x201c || c === 0x201d;
}

function excerpt(s: string, max = 24): string {
  return s.length > max ? s.slice(0, max) + '…' : s;
}

/**
 * The edit deleting lines `first..last` with the line break before them, so that the text after
 * them never moves into their place (the previous line keeps its own break). At the top of the
 * document: up to the last line break before the next line with text.
 */
function deleteLines(text: string, lines: readonly Line[], first: number, last: number, isBlankLine: (i: number) => boolean): TextEdit {
  if (first > 0) return { start: lines[first - 1].end, end: lines[last].end, newText: '' };
  let next = last + 1;
  while (next < lines.length && isBlankLine(next)) next++;
  return { start: 0, end: next >= lines.length ? text.length : lines[next - 1].end, newText: '' };
}

/** Every paste artefact of the text, in document order. */
export function findPasteArtifacts(text: string, lines: readonly Line[]): readonly PasteArtifact[] {
  // The paste-artifact rule and the consistency checks (which skip damaged lines) ask for the same lines.
  let hit = artifactCache.get(lines);
  if (!hit) artifactCache.set(lines, (hit = computeArtifacts(text, lines)));
  return hit;
}

const artifactCache = new WeakMap<readonly Line[], readonly PasteArtifact[]>();

/**
 * After an edit inside one line (`[start, oldEnd)` of `oldText` replaced by `[start, newEnd)` of
 * `text`, the line count kept), the chrome classes and artefacts of `oldLines` made those of
 * `lines` without reading the text again, when that is certain: the line is longer than
 * 4 × MAX_CHROME_LINE in both versions (computeChrome reads nothing of such a line but that it is
 * there, but for the lead markListingTeaser reads), computeArtifacts nothing but `(` for pinyin and `?`/U+FFFD for lost characters, of which
 * it holds none), no artefact spans it, and the encoding reading of the text's start is the same.
 * Returns whether it did (services/incremental.ts: a keystroke in a long paragraph of a large plan).
 */
export function carryPasteFacts(
  oldText: string,
  oldLines: readonly Line[],
  text: string,
  lines: readonly Line[],
  change: { start: number; oldEnd: number; newEnd: number },
): boolean {
  const chrome = chromeCache.get(oldLines);
  const artifacts = artifactCache.get(oldLines);
  if (!chrome || !artifacts || oldLines.length !== lines.length || chromeCache.has(lines)) return false;
  let lo = 0;
  for (let hi = oldLines.length - 1; lo < hi;) {
    const mid = (lo + hi + 1) >> 1;
    if (oldLines[mid].start <= change.start) lo = mid;
    else hi = mid - 1;
  }
  const o = oldLines[lo];
  const n = lines[lo];
  const d = change.newEnd - change.oldEnd;
  if (change.oldEnd > o.end || n.start !== o.start || n.end !== o.end + d) return false;
  if (o.end - o.start <= MAX_CHROME_LINE * 4 || n.end - n.start <= MAX_CHROME_LINE * 4) return false;
  // (A lead near the top is read whole, whatever its length: a listing's teaser is its start, markListingTeaser.)
  if (teaserLeadRead.get(chrome) === lo) return false;
  // (`|`: a line of pipes alone is chrome at any length, and a line with one decides whether it is.)
  const READ = /[(?\uFFFD|｜]/;
  if (READ.test(oldText.slice(o.start, o.end)) || READ.test(text.slice(n.start, n.end))) return false;
  if (change.start < 65536 && misdecoded(oldText) !== misdecoded(text)) return false;
  // A CSV record's edges are read apart (csvRecord): its first and last lines are never carried over.
  if (csvRecord(oldText, oldLines) || csvRecord(text, lines)) return false;
  const map = (x: number) => (x < change.start ? x : x >= change.oldEnd ? x + d : NaN);
  const moved: PasteArtifact[] = [];
  for (const a of artifacts) {
    if (a.firstLine <= lo && lo <= a.lastLine) return false;
    if (a.lastLine < lo) moved.push(a);
    else {
      const edits = a.edits.map((e) => ({ ...e, start: map(e.start), end: map(e.end) }));
      if (edits.some((e) => Number.isNaN(e.start) || Number.isNaN(e.end))) return false;
      moved.push({ ...a, start: map(a.start), end: map(a.end), edits });
    }
  }
  chromeCache.set(lines, chrome);
  artifactCache.set(lines, moved);
  return true;
}

/** A portal's validity label before a title (`【有效】`, `【现行有效】`, `【已废止】`, `[失效]`): computeArtifacts. */
const STATUS_TAG =
  /^(?:【(?:现行有效|現行有效|有效|失效|已失效|废止|廢止|已废止|已廢止|已修改)】|\[(?:现行有效|有效|失效|废止|已废止)\])(?=[\u4e00-\u9fff“《])/;

function computeArtifacts(text: string, lines: readonly Line[]): PasteArtifact[] {
  // A GBK file decoded as UTF-8 lost every Chinese character to U+FFFD: an encoding problem the
  // editor reports once, not hundreds of pasted-text findings.
  if (misdecoded(text)) return [];
  const out: PasteArtifact[] = [];
  const chrome = classifyChrome(text, lines);
  const n = lines.length;
  const lineTrim = (i: number) => trimmed(text, lines[i]);
  const isBlankLine = (i: number) => lines[i].start === lines[i].end || lineTrim(i) === '';
  const lostLine = new Uint8Array(n);
  // (A file read in the wrong encoding returned above: it lost no characters in copying, the
  // encoding notice says what happened.)
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l.end - l.start > 200 || chrome[i]) continue;
    const s = lineTrim(i);
    if (s && /^[?\uFFFD\s]+$/.test(s)) lostLine[i] = 1;
  }
  // Runs of whole lines to delete (chrome and lost-character lines), blank lines inside a run included.
  const deletable = (i: number) => chrome[i] !== LineChrome.None || lostLine[i] === 1;
  for (let i = 0; i < n; i++) {
    if (!deletable(i)) continue;
    let last = i;
    let j = i + 1;
    for (;;) {
      while (j < n && !deletable(j) && isBlankLine(j)) j++;
      if (j < n && deletable(j)) {
        last = j;
        j++;
      } else break;
    }
    const items: string[] = [];
    let count = 0;
    let anyChrome = false;
    for (let k = i; k <= last; k++) {
      if (isBlankLine(k) && !deletable(k)) continue;
      count++;
      if (chrome[k]) anyChrome = true;
      if (items.length < 4) items.push(excerpt(lineTrim(k), 16));
    }
    out.push({
      kind: anyChrome ? 'chrome' : 'lostLine',
      start: lines[i].start,
      end: lines[last].end,
      firstLine: i,
      lastLine: last,
      count,
      preview: items.join(' / ') + (count > items.length ? ' …' : ''),
      edits: [deleteLines(text, lines, i, last, isBlankLine)],
    });
    i = last;
  }
  // `【有效】汉中市人民政府办公室关于印发…的通知` (thirty-fourth blind set 701, form 737): a portal's validity label glued before the
  // title at the top of the page (a short line, so never one carryPasteFacts carries).
  for (let i = 0, seen = 0; i < n && seen < 12; i++) {
    if (isBlankLine(i)) continue;
    seen++;
    const l = lines[i];
    if (chrome[i] || l.end - l.start > 200) continue;
    let from = l.start;
    while (from < l.end && isBlankOrBom(text.charCodeAt(from))) from++;
    const c = text.charCodeAt(from);
    if (c !== 0x3010 /* 【 */ && c !== 0x5b /* [ */) continue;
    const tag = STATUS_TAG.exec(text.slice(from, Math.min(l.end, from + 12)));
    if (!tag) continue;
    out.push({
      kind: 'statusTag',
      start: from,
      end: from + tag[0].length,
      firstLine: i,
      lastLine: i,
      count: 1,
      preview: tag[0],
      edits: [{ start: from, end: from + tag[0].length, newText: '' }],
    });
    break;
  }
  // Inline artefacts with a fix, one finding per line: pinyin annotations and leading `?` runs
  // together, so that fixing one never brings the other to the same place.
  const inline = new Map<number, { leading?: TextEdit; pinyin: TextEdit[]; words: string[]; from: number }>();
  const inlineAt = (line: number) => {
    let e = inline.get(line);
    if (!e) inline.set(line, (e = { pinyin: [], words: [], from: Infinity }));
    return e;
  };
  let lineIndex = 0;
  PINYIN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PINYIN.exec(text));) {
    if (!TONED.test(m[1])) continue;
    const before = text.charCodeAt(m.index - 1);
    if (!isIdeograph(before) && !(before >= 0xd800 && before <= 0xdfff)) continue;
    while (lineIndex + 1 < n && lines[lineIndex + 1].start <= m.index) lineIndex++;
    if (chrome[lineIndex]) continue;
    const entry = inlineAt(lineIndex);
    // Annotations written twice (`務(wù)(wù)`) go in one edit: removing one would glue the other.
    let end = m.index + m[0].length;
    for (let more = matchAt(PINYIN_GROUP, text, end); more; more = matchAt(PINYIN_GROUP, text, end)) end += more.length;
    entry.pinyin.push({ start: m.index, end, newText: '' });
    entry.words.push(text[m.index - 1] + m[0]);
    // The finding starts at the annotated character.
    entry.from = Math.min(entry.from, m.index - (before >= 0xdc00 && before <= 0xdfff ? 2 : 1));
    PINYIN.lastIndex = end;
  }
  // `?` and U+FFFD where characters were lost.
  lineIndex = 0;
  LOST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LOST.exec(text));) {
    while (lineIndex + 1 < n && lines[lineIndex + 1].start <= m.index) lineIndex++;
    if (chrome[lineIndex] || lostLine[lineIndex]) continue;
    const line = lines[lineIndex];
    const runEnd = m.index + m[0].length;
    let contentStart = line.start;
    while (contentStart < line.end && isBlankOrBom(text.charCodeAt(contentStart))) contentStart++;
    if (m.index === contentStart && runEnd < line.end && /^\?+$/.test(m[0])) {
      const entry = inlineAt(lineIndex);
      entry.leading = { start: m.index, end: runEnd, newText: '' };
      entry.from = Math.min(entry.from, m.index);
      continue;
    }
    const p = m.index > line.start ? text.charCodeAt(m.index - 1) : -1;
    const q = runEnd < line.end ? text.charCodeAt(runEnd) : -1;
    const tail = matchAt(PINYIN_TAIL, text, runEnd);
    let lost = m[0].includes('\uFFFD') || !!tail;
    if (!lost) {
      const nearCjk = isIdeograph(p) || isCjkPunctuation(p) || isIdeograph(q) || isCjkPunctuation(q);
      const beforeComma = q === 0x2c || q === 0x3001 || q === 0xff0c || q === 0xff1b || q === 0x3b;
      const question =
        m[0].length === 1 &&
        (QUESTION_BEFORE.has(text[m.index - 1]) || (isIdeograph(p) && (q < 0 || isBlankOrBom(q) || CLOSERS.has(text[runEnd]))));
      lost = (nearCjk || (beforeComma && p >= 0 && !isBlankOrBom(p))) && !question;
    }
    if (!lost) continue;
    const end = runEnd + (tail?.length ?? 0);
    out.push({
      kind: 'lost',
      start: m.index,
      end,
      firstLine: lineIndex,
      lastLine: lineIndex,
      count: m[0].length,
      preview: text.slice(Math.max(line.start, m.index - 2), Math.min(line.end, end + 2)),
      edits: [],
    });
  }
  for (const [line, e] of inline) {
    const edits = e.leading ? [e.leading, ...e.pinyin] : e.pinyin;
    const last = edits[edits.length - 1];
    out.push({
      kind: e.pinyin.length ? 'pinyin' : 'lostLeading',
      start: e.from,
      end: last.end,
      firstLine: line,
      lastLine: line,
      count: e.pinyin.length || e.leading!.end - e.leading!.start,
      preview: e.pinyin.length ? excerpt(e.words.slice(0, 3).join(' '), 30) : text.slice(e.leading!.start, e.leading!.end),
      edits,
    });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
