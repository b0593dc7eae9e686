/**
 * Quantitative targets (增长12%, 8.7亿美元, 1～2家, 30%以上…): extraction from the document model.
 * See docs/domain.md §3. One regex pass finds quantities with units; each is classified as a
 * forward-looking target, a baseline fact, or left out (a number that is neither, e.g. 10户企业).
 */
import type { DocumentModel, Heading } from '../model/model';

export type TargetKind = 'target' | 'baseline';
export type TargetCategory = 'growth' | 'percent' | 'points' | 'amount' | 'count';

export interface Target {
  /** Offsets of the whole quantity as written, e.g. `8.7亿美元` or `1~2家`. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly text: string;
  /** The metric it belongs to when the sentence says it, e.g. `外贸进出口总额`; '' otherwise. */
  readonly metric: string;
  readonly value: number;
  /** Upper end of a range (`1~2家` → 2), else undefined. */
  readonly valueMax: number | undefined;
  /** Unit as written after the magnitude, e.g. `亿美元`, `%`, `个百分点`, `家`. */
  readonly unit: string;
  /** 以上/以内/左右/不低于/不少于…, '' when none. */
  readonly qualifier: string;
  readonly kind: TargetKind;
  readonly category: TargetCategory;
  /** Value in base units (8.7亿美元 → 870000000), undefined when not meaningful. */
  readonly normalized: number | undefined;
  /** Base unit of `normalized`, e.g. `USD`, `CNY`, `人`. */
  readonly baseUnit: string;
  readonly heading: Heading | undefined;
  /** Offsets of the sentence that holds it (between 。；！？ or line ends). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** The range mark as written between the two ends of a range (`~`, `—`, `-`…), '' otherwise. */
  readonly rangeMark: string;
}

const NUM = '\\d+(?:\\.\\d+)?';
const MAGNITUDE = '万亿|亿|万|千';
const CURRENCY = '美元|欧元|元|人民币';
const COUNT_UNITS =
  '个百分点|百分点|家次|人次|万户|户|家|个|项|次|亩|公顷|吨|平方米|平方公里|公里|千米|千瓦时|千瓦|标准箱|台|套|所|座|辆|件|批|场|条|处|人|名|篇|部|期|倍|株|头|只|吨标准煤';
/**
 * A quantity: number (with optional % and a range to a second number), then a unit. NOT_BEFORE,
 * checked after each match, keeps `PM2.5`, `第7届`, `〔2022〕2号` and parts of longer numbers out.
 */
const RE_QUANTITY = new RegExp(
  `(${NUM})(%|(?:${MAGNITUDE})(?=[\\d～~—–－\\-至到]))?` +
    `(?:\\s*([～~〜—–－\\-]|至|到)\\s*(${NUM}))?` +
    `(%|‰|(?:${MAGNITUDE})?(?:${CURRENCY}|${COUNT_UNITS})|(?:${MAGNITUDE}))` +
    `(以上|以内|左右|以下|上下)?`,
  'g',
);

const TARGET_CUE = /力争|争取|确保|实现|达到|完成|新增|控制在|目标|预期|预计|计划|增长|提高|提升|下降|降低|突破|超过|不低于|不少于|不超过|新批|新签|新建|引进|培育|创建|累计|年均|增加|扩大|减少|外派|改造|达|增至|增速|占比|比重|力求|确定|规模/;
const BASELINE_NEAR = /(去年|上年|过去一年|过去五年|今年以来)[^，。；]{0,8}$/;
const QUALIFIER_WORDS = '不低于|不少于|不超过|不高于|超过|高于|低于|约|大约|近|逾'.split('|');
const QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_WORDS.join('|')})\\s*$`);
const METRIC_LEAD = /^(?:[一二三四五六七八九十]{1,2}[是要]|年内|年底前|今年内|其中|全年|全市|全省|全区|全县|今年|明年|力争|确保|争取|预计|主要预期目标是|主要目标是|目标是|预期目标|努力|实现|并|和|及|，|、|\s)+/;
const METRIC_TAIL_WORDS = '已|建立|参加|组织或参加|扩大到|增加到|提高到|提升到|达到|培育|新增|建设|引进|组织|举办|改造|打造|创建|认定|扶持|支持|实施|新批|新建|分别|同比|比上年|较上年|年均|累计|力争|确保|争取|实现|达到|完成|增长|增速|提高|提升|下降|降低|控制在|为|是|突破|超过|新增|达|至|约|大约|近|不低于|不少于|不超过|以上|增加|减少|在|均|要|将'.split('|');
const METRIC_TAIL = new RegExp(`(?:${METRIC_TAIL_WORDS.join('|')})+$`);

/**
 * Character classes for the scans by char code: one bit per class in a table indexed by char code
 * (several times cheaper per character than a Set lookup or a one-character string).
 */
const CLASSES = new Uint16Array(0x10000);
let nextClass = 1;
function classOf(chars: string): number {
  const bit = nextClass;
  nextClass <<= 1;
  for (const c of chars) CLASSES[c.charCodeAt(0)] |= bit;
  return bit;
}
/** Whether the character at `i` is in class `cls` (false out of range). */
function is(text: string, i: number, cls: number): boolean {
  return i >= 0 && i < text.length && (CLASSES[text.charCodeAt(i)] & cls) !== 0;
}
function lastChars(words: readonly string[]): string {
  return words.map((w) => w[w.length - 1]).join('');
}

/** 。；;！？!? and line breaks end a sentence. */
const SENTENCE_END = classOf('。；;！？!?\n\r');
/** ，；：,;: end a clause. */
const CLAUSE_END = classOf('，；：,;:');
/** ，,：: end the first clause of a sentence (sentenceVerdict); ，,；：、 the words after a quantity (metricAfter). */
const FIRST_CLAUSE_END = classOf('，,：:');
const AFTER_CLAUSE_END = classOf('，,；：、');
/** A quantity does not start after these (PM2.5, 第7届, 〔2022〕2号, the tail of a longer number). */
const NOT_BEFORE = classOf('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．第〔');
/** Nor does a duration or anniversary end in these (5个月, 60周年). */
const NOT_AFTER = classOf('年月日号届周');
/**
 * Every match of SPACES, PARENTHESES and QUOTES starts with one of these: `\s` (ECMAScript's white
 * space and line terminators, all in the BMP), （ ( and the quotes.
 */
const TO_CLEAN = classOf('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff（(“”"《》');
/**
 * The characters the words of a `(words)$` regex end in (and the first characters of the words of a
 * `^(words)` one): the regex cannot match a string that does not end (start) in one of them, so it
 * runs only when it does. `$`-anchored alternations are otherwise tried at every offset.
 */
const QUALIFIER_END = classOf(lastChars(QUALIFIER_WORDS));
const METRIC_TAIL_END = classOf(lastChars(METRIC_TAIL_WORDS));
const METRIC_LEAD_START = classOf('一二三四五六七八九十年今其全明力确争预主目努实并和及，、'); // METRIC_LEAD, \s aside
const AFTER_LEAD_START = classOf('的以左'); // AFTER_LEAD
const AFTER_TAIL_END = classOf('的作务现实'); // AFTER_TAIL
const AFTER_JOINER = classOf('和及与、'); // `[和及与、]$`
const NIAN = 0x5e74; // 年, in every BASELINE_NEAR word

const MAGNITUDE_VALUE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

/**
 * Extracts every quantity that reads as a target or a baseline fact.
 *
 * Most of the work (sentence, clause, metric) is done only for the quantities that are kept, on
 * offsets into `text` rather than on slices of it, and what depends only on the sentence or only on
 * the heading is worked out once for it.
 */
export function extractTargets(model: DocumentModel): Target[] {
  const { text, lines, headings } = model;
  const year = planYear(model);
  const out: Target[] = [];
  const n = text.length;
  let h = 0;
  let current: Heading | undefined;
  let line = 0;
  // The metric of the last quantity that had one, and its sentence (`分别增长25%和35%`).
  let lastMetricSentence = -1;
  let lastMetric = '';
  let sentenceStart = -1;
  let sentenceEnd = -1;
  // The verdict of the current sentence under `verdictHeading`; the heading's own part is kept
  // per heading (`headingKind`), as headings change far less often than sentences.
  let verdict: TargetKind | undefined;
  let verdictHeading: Heading | undefined;
  let headingKind: TargetKind | undefined;
  const sections = new Map<Heading, number>();
  RE_QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_QUANTITY.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // Checked by hand rather than by a lookbehind, which would make the regex try every position:
    // `PM2.5`, `第7届`, `〔2022〕2号` and the tail of a longer number are not quantities.
    if (is(text, start - 1, NOT_BEFORE)) continue;
    const unitRaw = m[5];
    // 5个月, 3年, 60周年: durations and anniversaries, not quantities.
    if (is(text, end, NOT_AFTER) && unitRaw !== '%' && unitRaw !== '‰') continue;
    // Markers (1、 （1）) and list numbers never carry a unit, so they never match; numbers inside
    // headings' markers are skipped all the same.
    if (h < headings.length && headings[h].start <= start) {
      while (h < headings.length && headings[h].start <= start) current = headings[h++];
      headingKind = headingVerdict(current, year, sections);
    }
    if (current && start < current.markerEnd) continue;
    // What the sentence says is worked out once per sentence (and heading); only the words just
    // before each quantity differ between its quantities.
    const same = sentenceStart <= start && end <= sentenceEnd;
    if (!same) {
      sentenceStart = start;
      while (sentenceStart > 0 && (CLASSES[text.charCodeAt(sentenceStart - 1)] & SENTENCE_END) === 0) sentenceStart--;
      sentenceEnd = end;
      while (sentenceEnd < n && (CLASSES[text.charCodeAt(sentenceEnd)] & SENTENCE_END) === 0) sentenceEnd++;
    }
    if (!same || verdictHeading !== current) {
      verdictHeading = current;
      verdict = sentenceVerdict(text, sentenceStart, sentenceEnd, year, headingKind);
    }
    const kind = verdict === 'baseline' || baselineNear(text, sentenceStart, start) ? 'baseline' : verdict;
    if (!kind) continue;
    const value = decimal(m[1]);
    const valueMax = m[4] !== undefined ? decimal(m[4]) : undefined;
    const magnitudeBeforeRange = m[2] && m[2] !== '%' ? m[2] : '';
    const unit = (m[2] === '%' && !m[4] ? '%' : '') + unitRaw;
    const qBefore = qualifierBefore(text, Math.max(sentenceStart, start - 6), start);
    const qualifier = qBefore + (m[6] ?? '');
    // The clause before the quantity, from the last ，；： of the sentence; whether it holds a digit,
    // and whether its last 48 characters (metricOf's) hold anything to clean up.
    let cut = start;
    let digitBefore = false;
    let clean = false;
    for (let c: number; cut > sentenceStart && (CLASSES[(c = text.charCodeAt(cut - 1))] & CLAUSE_END) === 0; cut--) {
      if (c >= 48 && c <= 57) digitBefore = true;
      else if ((CLASSES[c] & TO_CLEAN) !== 0 && cut > start - 48) clean = true;
    }
    const info = unitInfo(unitRaw);
    const category = info.category ?? percentCategory(text, cut, start);
    // `分别增长25%和35%`: a quantity after another one in the clause shares its metric.
    let metric = digitBefore ? '' : metricOf(text, cut, start, clean);
    if (!metric && category === 'count') metric = metricAfter(text, end, sentenceEnd);
    if (!metric && lastMetricSentence === sentenceStart) metric = lastMetric;
    if (metric) {
      lastMetricSentence = sentenceStart;
      lastMetric = metric;
    }
    // In base units: the unit `unitRaw || magnitudeBeforeRange`.
    const { factor, baseUnit } = unitRaw ? info : unitInfo(magnitudeBeforeRange);
    // Quantities come in text order, so the line only moves forward (lineAt's answer, without a search).
    while (line + 1 < lines.length && lines[line + 1].start <= start) line++;
    out.push({
      start,
      end,
      line,
      text: m[0],
      metric,
      value,
      valueMax,
      unit,
      qualifier,
      kind,
      category,
      normalized: factor === undefined ? undefined : round(value * factor),
      baseUnit,
      heading: current,
      sentenceStart,
      sentenceEnd,
      rangeMark: m[3] ?? '',
    });
  }
  return out;
}

/** 不低于/超过/约… in the words from `from` to `start`: QUALIFIER_BEFORE, run only when one of its words can end there. */
function qualifierBefore(text: string, from: number, start: number): string {
  let i = start;
  while (i > from && (CLASSES[text.charCodeAt(i - 1)] & QUALIFIER_END) === 0) i--;
  return i > from ? (QUALIFIER_BEFORE.exec(text.slice(from, start))?.[1] ?? '') : '';
}

/** `去年…`, `今年以来…` just before a quantity: BASELINE_NEAR on the (up to) 16 characters before it. */
function baselineNear(text: string, sentenceStart: number, start: number): boolean {
  const from = Math.max(sentenceStart, start - 16);
  // Every word of BASELINE_NEAR holds 年: without one the regex cannot match.
  let i = start;
  while (i > from && text.charCodeAt(i - 1) !== NIAN) i--;
  return i > from && BASELINE_NEAR.test(text.slice(from, start));
}

/** The plan year from the title or the opening text (2007年工作要点 → 2007), if any. */
export function planYear(model: DocumentModel): number | undefined {
  const fromTitle = model.title ? /(\d{4})\s*年/.exec(model.title.text) : null;
  if (fromTitle) return Number(fromTitle[1]);
  // A 政府工作报告 reviews last year and plans this one: `二、2026年工作安排`, or the date it was
  // delivered (`——2026年1月26日在……大会上`).
  for (const h of model.headings) {
    const y = /(\d{4})\s*年[^，。]{0,12}(工作安排|工作任务|主要目标|目标任务|重点工作)/.exec(h.title);
    if (y && !/回顾/.test(h.title)) return Number(y[1]);
  }
  const delivered = /^[\s\u3000]*[—―-]{1,2}\s*(\d{4})\s*年\s*\d{1,2}\s*月/m.exec(model.text.slice(0, 3000));
  if (delivered) return Number(delivered[1]);
  const head = model.text.slice(0, 2000);
  const m = /(\d{4})\s*年(?:是|工作|的|，|,)/.exec(head);
  return m ? Number(m[1]) : undefined;
}

/**
 * What a sentence makes of its quantities: a baseline when its first clause speaks of a year before
 * the plan year or it sits in a review section; a target when it looks forward (力争/确保/实现/增长…),
 * continues a target sentence with 其中, or sits under a 目标 heading. (`去年…` just before a
 * quantity also makes a baseline; that is checked per quantity.)
 */
function sentenceVerdict(text: string, sentenceStart: number, sentenceEnd: number, year: number | undefined, headingKind: TargetKind | undefined): TargetKind | undefined {
  if (year !== undefined && looksBack(text, sentenceStart, sentenceEnd, year)) return 'baseline';
  if (headingKind === 'baseline') return 'baseline';
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (TARGET_CUE.test(sentence)) return 'target';
  // `其中，出口540亿美元` continues the previous sentence's target.
  if (QIZHONG.test(sentence)) {
    const prev = text.slice(Math.max(0, sentenceStart - 200), sentenceStart);
    if (TARGET_CUE.test(prev.slice(prev.search(/[^。；;！？\n]*[。；;！？]?$/)))) return 'target';
  }
  return headingKind;
}

const QIZHONG = /^\s*其中/;
const YEARS = /(\d{4})\s*年/g;
const YEAR = /(\d{4})\s*年/;
const UNTIL_YEAR = /(到|至)\s*\d{4}\s*年/;

/** Whether the first clause of a sentence names years, all before the plan year (and no `到2030年`). */
function looksBack(text: string, sentenceStart: number, sentenceEnd: number, year: number): boolean {
  // Up to the first ，,：: (the whole sentence when there is none or it comes first).
  let e = sentenceStart;
  while (e < sentenceEnd && (CLASSES[text.charCodeAt(e)] & FIRST_CLAUSE_END) === 0) e++;
  const firstClause = text.slice(sentenceStart, e > sentenceStart ? e : sentenceEnd);
  if (!firstClause.includes('年')) return false;
  let any = false;
  YEARS.lastIndex = 0;
  for (let y: RegExpExecArray | null; (y = YEARS.exec(firstClause)); any = true) {
    if (Number(y[1]) >= year) return false;
  }
  return any && !UNTIL_YEAR.test(firstClause);
}

const REVIEW = /回顾|过去|成绩|成就|总结/;
const UNTIL_YEAR_SHORT = /(到|至)\s*\d{4}/;
const GOALS = /目标|指标/;
const REVIEW_SECTION = 1;
const GOALS_SECTION = 2;

/**
 * What a heading and its ancestors make of the quantities under them (the part of sentenceVerdict
 * that does not depend on the sentence): a baseline in a review section, a target under 目标/指标.
 */
function headingVerdict(heading: Heading | undefined, year: number | undefined, sections: Map<Heading, number>): TargetKind | undefined {
  if (!heading) return undefined;
  const section = sectionOf(heading, year, sections);
  return section & REVIEW_SECTION ? 'baseline' : section & GOALS_SECTION ? 'target' : undefined;
}

/**
 * REVIEW_SECTION when the heading or an ancestor is a review (一、2025年工作回顾, 过去五年的成绩,
 * where every number is a fact), GOALS_SECTION when one is about 目标/指标. Each heading's title is
 * read once per extraction (`sections`), not again for each of its descendants.
 */
function sectionOf(heading: Heading, year: number | undefined, sections: Map<Heading, number>): number {
  let section = sections.get(heading);
  if (section === undefined) {
    section = heading.parent ? sectionOf(heading.parent, year, sections) : 0;
    const { title } = heading;
    if (REVIEW.test(title)) section |= REVIEW_SECTION;
    else {
      const hy = YEAR.exec(title);
      if (hy && year !== undefined && Number(hy[1]) < year && !UNTIL_YEAR_SHORT.test(title)) section |= REVIEW_SECTION;
    }
    if (GOALS.test(title)) section |= GOALS_SECTION;
    sections.set(heading, section);
  }
  return section;
}

const CURRENCY_END = new RegExp(`(?:${CURRENCY})$`);
const GROWTH_BEFORE = /(增长|增速|增幅|提高|提升|下降|降低|减少|增加)\s*(?:不低于|不少于|超过|约|达|达到|到)?\s*$/;

/** What a unit says by itself: its category (undefined for % and ‰), the factor to base units (undefined for ratios) and the base unit. */
interface UnitInfo {
  readonly category: TargetCategory | undefined;
  readonly factor: number | undefined;
  readonly baseUnit: string;
}
/** Units come from RE_QUANTITY's finite list, so the few distinct ones are read once each. */
const UNITS = new Map<string, UnitInfo>();

function unitInfo(unit: string): UnitInfo {
  let info = UNITS.get(unit);
  if (!info) UNITS.set(unit, (info = readUnit(unit)));
  return info;
}

function readUnit(unit: string): UnitInfo {
  // The category as far as the unit decides it: a percentage's depends on the words before it.
  let category: TargetCategory | undefined = 'count';
  if (/百分点/.test(unit)) category = 'points';
  else if (unit === '%' || unit === '‰') category = undefined;
  else if (CURRENCY_END.test(unit) || /^(万亿|亿|万|千)$/.test(unit)) category = 'amount';
  if (unit === '%' || unit === '‰' || /百分点/.test(unit)) return { category, factor: undefined, baseUnit: unit === '‰' ? '‰' : unit === '%' ? '%' : '个百分点' };
  const mag = /^(万亿|亿|万|千)/.exec(unit);
  const factor = mag ? MAGNITUDE_VALUE[mag[1]] : 1;
  const rest = mag ? unit.slice(mag[1].length) : unit;
  const base = rest === '美元' ? 'USD' : rest === '欧元' ? 'EUR' : rest === '元' || rest === '人民币' ? 'CNY' : rest;
  return { category, factor, baseUnit: base };
}

/** A percentage is a growth rate when its clause (from `clauseStart` to `start`) says so just before it. */
function percentCategory(text: string, clauseStart: number, start: number): TargetCategory {
  return GROWTH_BEFORE.test(text.slice(Math.max(clauseStart, start - 12), start)) ? 'growth' : 'percent';
}

const SPACES = /\s+/g;
const PARENTHESES = /[（(][^）)]*[）)]/g;
const QUOTES = /[“”"《》]/g;

/**
 * The noun phrase a quantity belongs to: the clause before it (from `clauseStart` to `start`),
 * without lead words and verbs.
 */
function metricOf(text: string, clauseStart: number, start: number, clean: boolean): string {
  // Only the words next to the number can name it (and the result keeps 16 characters at most):
  // a long run-on clause is cut first so the anchored regexes below stay cheap.
  let s = text.slice(Math.max(clauseStart, start - 48), start);
  // `clean`: these words hold a TO_CLEAN character (otherwise the replacements find nothing). After
  // them `s` has no spaces, so METRIC_LEAD's `\s` and QUALIFIER_BEFORE's `\s*` need none below, and
  // each regex runs only when `s` starts or ends in a character of its words (see the classes).
  if (clean) s = s.replace(SPACES, '').replace(PARENTHESES, '').replace(QUOTES, '');
  if (is(s, 0, METRIC_LEAD_START)) s = s.replace(METRIC_LEAD, '');
  // Up to three rounds of stripping, stopped as soon as one strips nothing (the next would not either).
  for (let i = 0; i < 3; i++) {
    const was = s;
    if (is(s, s.length - 1, METRIC_TAIL_END)) s = s.replace(METRIC_TAIL, '');
    if (is(s, s.length - 1, QUALIFIER_END)) s = s.replace(QUALIFIER_BEFORE, '');
    if (s === was) break;
  }
  if (!hasCjkPair(s)) return '';
  return lastCodePoints(s, 16);
}

/** `/[\u3400-\u9fff]{2}/.test(s)`: two CJK characters in a row (a loop is cheaper on these short strings). */
function hasCjkPair(s: string): boolean {
  for (let i = 0, run = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = c >= 0x3400 && c <= 0x9fff ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/** The last `k` code points of `s` (`Array.from(s).slice(-k).join('')`, without the array). */
function lastCodePoints(s: string, k: number): string {
  if (s.length <= k) return s;
  let i = s.length;
  for (let left = k; left > 0 && i > 0; left--) {
    i--;
    // A low surrogate after a high one is the second half of one code point.
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const d = s.charCodeAt(i - 1);
      if (d >= 0xd800 && d <= 0xdbff) i--;
    }
  }
  return s.slice(i);
}

/** The first `k` code points of `s` (`Array.from(s).slice(0, k).join('')`, without the array). */
function firstCodePoints(s: string, k: number): string {
  if (s.length <= k) return s;
  let i = 0;
  for (let left = k; left > 0 && i < s.length; left--) {
    // A high surrogate before a low one is the first half of one code point.
    const c = s.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < s.length) {
      const d = s.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return s.slice(0, i);
}

const AFTER_LEAD = /^(的|以上|以内|左右)+/;
const AFTER_TAIL = /(的|工作|任务|得以实现|得到落实)+$/;

/** `新增替代种植面积40万亩` has its metric before; `完成200家农家店改造` after the quantity. */
function metricAfter(text: string, end: number, sentenceEnd: number): string {
  // Up to the next ，,；：、 within 24 characters (all of them when there is none or it comes first).
  const to = Math.min(sentenceEnd, end + 24);
  let e = end;
  while (e < to && (CLASSES[text.charCodeAt(e)] & AFTER_CLAUSE_END) === 0) e++;
  let s = text.slice(end, e > end ? e : to);
  // Each replacement only when it can match (see the classes); `[和及与、]$` is the last character.
  if (is(s, 0, AFTER_LEAD_START)) s = s.replace(AFTER_LEAD, '');
  if (is(s, s.length - 1, AFTER_TAIL_END)) s = s.replace(AFTER_TAIL, '');
  if (is(s, s.length - 1, AFTER_JOINER)) s = s.slice(0, -1);
  if (s.includes('（') || s.includes('(')) s = s.replace(PARENTHESES, '');
  return hasCjkPair(s) ? firstCodePoints(s, 12) : '';
}

const POWERS_OF_10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14];

/**
 * `Number(s)` for a number as RE_QUANTITY's NUM matches it (`12`, `8.7`), without the runtime's
 * string-to-number conversion. With at most 15 digits, the digits as an integer and the power of ten
 * are exact doubles, so the division rounds once, to the double nearest the decimal: what Number
 * gives. Longer numbers go to Number.
 */
function decimal(s: string): number {
  if (s.length > 15) return Number(s);
  let digits = 0;
  let point = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) point = i + 1;
    else digits = digits * 10 + (c - 48);
  }
  return point < s.length ? digits / POWERS_OF_10[s.length - point] : digits;
}

/** Drops binary noise (4374.4 × 1e8 = 437439999999.99994). */
function round(x: number): number {
  return Math.abs(x) >= 1e6 ? Math.round(x) : Math.round(x * 1e6) / 1e6;
}
