/**
 * Quantitative targets (增长12%, 8.7亿美元, 1～2家, 30%以上…): extraction from the document model.
 * See ../shared/domain.md §3. One regex pass finds quantities with units; each is classified as a
 * forward-looking target, a baseline fact, or left out (a number that is neither, e.g. 10户企业).
 */
import { lineAt, type DocumentModel, type Heading } from './model';

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
 * A quantity: number (with optional % and a range to a second number), then a unit. The lookbehind
 * keeps `PM2.5`, `第7届`, `〔2022〕2号` and parts of longer numbers out.
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
const QUALIFIER_BEFORE = /(不低于|不少于|不超过|不高于|超过|高于|低于|约|大约|近|逾)\s*$/;
const METRIC_LEAD = /^(?:[一二三四五六七八九十]{1,2}[是要]|年内|年底前|今年内|其中|全年|全市|全省|全区|全县|今年|明年|力争|确保|争取|预计|主要预期目标是|主要目标是|目标是|预期目标|努力|实现|并|和|及|，|、|\s)+/;
const METRIC_TAIL = /(?:已|建立|参加|组织或参加|扩大到|增加到|提高到|提升到|达到|培育|新增|建设|引进|组织|举办|改造|打造|创建|认定|扶持|支持|实施|新批|新建|分别|同比|比上年|较上年|年均|累计|力争|确保|争取|实现|达到|完成|增长|增速|提高|提升|下降|降低|控制在|为|是|突破|超过|新增|达|至|约|大约|近|不低于|不少于|不超过|以上|增加|减少|在|均|要|将)+$/;

/** A quantity does not start after these (PM2.5, 第7届, 〔2022〕2号, the tail of a longer number). */
const NOT_BEFORE = new Set('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．第〔');
/** Nor does a duration or anniversary end in these (5个月, 60周年). */
const NOT_AFTER = new Set('年月日号届周');

const MAGNITUDE_VALUE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

/** Extracts every quantity that reads as a target or a baseline fact. */
export function extractTargets(model: DocumentModel): Target[] {
  const { text, lines, headings } = model;
  const year = planYear(model);
  const out: Target[] = [];
  let h = 0;
  let current: Heading | undefined;
  let lastMetric: { sentenceStart: number; metric: string } | undefined;
  let sentence = { sentenceStart: -1, sentenceEnd: -1 };
  let verdict: { heading: Heading | undefined; baseline: boolean; target: boolean } = { heading: undefined, baseline: false, target: false };
  RE_QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_QUANTITY.exec(text))) {
    const start = m.index;
    // Checked by hand rather than by a lookbehind, which would make the regex try every position:
    // `PM2.5`, `第7届`, `〔2022〕2号` and the tail of a longer number are not quantities.
    if (start > 0 && NOT_BEFORE.has(text[start - 1])) continue;
    const end = start + m[0].length;
    const unitRaw = m[5];
    const next = text[end];
    // 5个月, 3年, 60周年: durations and anniversaries, not quantities.
    if (next !== undefined && NOT_AFTER.has(next) && unitRaw !== '%' && unitRaw !== '‰') continue;
    // Markers (1、 （1）) and list numbers never carry a unit, so they never match; numbers inside
    // headings' markers are skipped all the same.
    while (h < headings.length && headings[h].start <= start) current = headings[h++];
    if (current && start < current.markerEnd) continue;
    const same = sentence.sentenceStart <= start && end <= sentence.sentenceEnd;
    sentence = sentenceAround(text, start, end, sentence);
    const { sentenceStart, sentenceEnd } = sentence;
    // What the sentence says is worked out once per sentence (and heading); only the words just
    // before each quantity differ between its quantities.
    if (!same || verdict.heading !== current) {
      verdict = { heading: current, ...sentenceVerdict(text.slice(sentenceStart, sentenceEnd), year, current, text, sentenceStart) };
    }
    const before = text.slice(sentenceStart, start);
    const kind = verdict.baseline || BASELINE_NEAR.test(before.slice(-16)) ? 'baseline' : verdict.target ? 'target' : undefined;
    if (!kind) continue;
    const value = Number(m[1]);
    const valueMax = m[4] !== undefined ? Number(m[4]) : undefined;
    const magnitudeBeforeRange = m[2] && m[2] !== '%' ? m[2] : '';
    const unit = (m[2] === '%' && !m[4] ? '%' : '') + unitRaw;
    const qBefore = QUALIFIER_BEFORE.exec(before.slice(-6))?.[1] ?? '';
    const qualifier = qBefore + (m[6] ?? '');
    let cut = before.length;
    while (cut > 0 && !CLAUSE_END.has(before[cut - 1])) cut--;
    const clauseBefore = before.slice(cut);
    const category = categoryOf(unitRaw, clauseBefore);
    // `分别增长25%和35%`: a quantity after another one in the clause shares its metric.
    let metric = /\d/.test(clauseBefore) ? '' : metricOf(clauseBefore);
    if (!metric && category === 'count') metric = metricAfter(text, end, sentenceEnd);
    if (!metric && lastMetric && lastMetric.sentenceStart === sentenceStart) metric = lastMetric.metric;
    if (metric) lastMetric = { sentenceStart, metric };
    const { normalized, baseUnit } = normalize(value, unitRaw || magnitudeBeforeRange);
    out.push({
      start,
      end,
      line: lineAt(lines, start),
      text: m[0],
      metric,
      value,
      valueMax,
      unit,
      qualifier,
      kind,
      category,
      normalized,
      baseUnit,
      heading: current,
      sentenceStart,
      sentenceEnd,
      rangeMark: m[3] ?? '',
    });
  }
  return out;
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

const CLAUSE_END = new Set(['，', '；', '：', ',', ';', ':']);
/** 。；;！？!? and line breaks end a sentence (char codes, for a fast scan). */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10 || c === 13;
}

/** The sentence around a quantity, reusing `last` when the quantity lies inside it. */
function sentenceAround(text: string, start: number, end: number, last: { sentenceStart: number; sentenceEnd: number }): { sentenceStart: number; sentenceEnd: number } {
  if (last.sentenceStart <= start && end <= last.sentenceEnd) return last;
  let s = start;
  while (s > 0 && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = end;
  const n = text.length;
  while (e < n && !endsSentence(text.charCodeAt(e))) e++;
  return { sentenceStart: s, sentenceEnd: e };
}

/**
 * What a sentence makes of its quantities: a baseline when its first clause speaks of a year before
 * the plan year or it sits in a review section; a target when it looks forward (力争/确保/实现/增长…),
 * continues a target sentence with 其中, or sits under a 目标 heading. (`去年…` just before a
 * quantity also makes a baseline; that is checked per quantity.)
 */
function sentenceVerdict(sentence: string, year: number | undefined, heading: Heading | undefined, text: string, sentenceStart: number): { baseline: boolean; target: boolean } {
  const firstClause = sentence.slice(0, Math.max(sentence.search(/[，,：:]/), 0) || sentence.length);
  const years = [...firstClause.matchAll(/(\d{4})\s*年/g)].map((y) => Number(y[1]));
  if (year !== undefined && years.length && years.every((y) => y < year) && !/(到|至)\s*\d{4}\s*年/.test(firstClause)) return { baseline: true, target: false };
  // Under a review section (一、2025年工作回顾, 过去五年的成绩) every number is a fact.
  for (let hh = heading; hh; hh = hh.parent) {
    if (/回顾|过去|成绩|成就|总结/.test(hh.title)) return { baseline: true, target: false };
    const hy = /(\d{4})\s*年/.exec(hh.title);
    if (hy && year !== undefined && Number(hy[1]) < year && !/(到|至)\s*\d{4}/.test(hh.title)) return { baseline: true, target: false };
  }
  if (TARGET_CUE.test(sentence)) return { baseline: false, target: true };
  // `其中，出口540亿美元` continues the previous sentence's target.
  if (/^\s*其中/.test(sentence)) {
    const prev = text.slice(Math.max(0, sentenceStart - 200), sentenceStart);
    if (TARGET_CUE.test(prev.slice(prev.search(/[^。；;！？\n]*[。；;！？]?$/)))) return { baseline: false, target: true };
  }
  for (let hh = heading; hh; hh = hh.parent) if (/目标|指标/.test(hh.title)) return { baseline: false, target: true };
  return { baseline: false, target: false };
}

const CURRENCY_END = new RegExp(`(?:${CURRENCY})$`);
const GROWTH_BEFORE = /(增长|增速|增幅|提高|提升|下降|降低|减少|增加)\s*(?:不低于|不少于|超过|约|达|达到|到)?\s*$/;

function categoryOf(unit: string, clauseBefore: string): TargetCategory {
  if (/百分点/.test(unit)) return 'points';
  if (unit === '%' || unit === '‰') return GROWTH_BEFORE.test(clauseBefore.slice(-12)) ? 'growth' : 'percent';
  if (CURRENCY_END.test(unit)) return 'amount';
  if (/^(万亿|亿|万|千)$/.test(unit)) return 'amount';
  return 'count';
}

/** The noun phrase a quantity belongs to: the clause before it, without lead words and verbs. */
function metricOf(clauseBefore: string): string {
  // Only the words next to the number can name it (and the result keeps 16 characters at most):
  // a long run-on clause is cut first so the anchored regexes below stay cheap.
  let s = (clauseBefore.length > 48 ? clauseBefore.slice(-48) : clauseBefore).replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/[“”"《》]/g, '');
  s = s.replace(METRIC_LEAD, '');
  for (let i = 0; i < 3; i++) s = s.replace(METRIC_TAIL, '').replace(QUALIFIER_BEFORE, '');
  if (!/[\u3400-\u9fff]{2}/.test(s)) return '';
  return Array.from(s).slice(-16).join('');
}

/** `新增替代种植面积40万亩` has its metric before; `完成200家农家店改造` after the quantity. */
function metricAfter(text: string, end: number, sentenceEnd: number): string {
  const after = text.slice(end, Math.min(sentenceEnd, end + 24));
  const clause = after.slice(0, Math.max(after.search(/[，,；：、]/), 0) || after.length);
  const s = clause.replace(/^(的|以上|以内|左右)+/, '').replace(/(的|工作|任务|得以实现|得到落实)+$/, '').replace(/[和及与、]$/, '').replace(/[（(][^）)]*[）)]/g, '');
  return /[\u3400-\u9fff]{2}/.test(s) ? Array.from(s).slice(0, 12).join('') : '';
}

function normalize(value: number, unit: string): { normalized: number | undefined; baseUnit: string } {
  if (unit === '%' || unit === '‰' || /百分点/.test(unit)) return { normalized: undefined, baseUnit: unit === '‰' ? '‰' : unit === '%' ? '%' : '个百分点' };
  const mag = /^(万亿|亿|万|千)/.exec(unit);
  const factor = mag ? MAGNITUDE_VALUE[mag[1]] : 1;
  const rest = mag ? unit.slice(mag[1].length) : unit;
  const base = rest === '美元' ? 'USD' : rest === '欧元' ? 'EUR' : rest === '元' || rest === '人民币' ? 'CNY' : rest;
  return { normalized: round(value * factor), baseUnit: base };
}

/** Drops binary noise (4374.4 × 1e8 = 437439999999.99994). */
function round(x: number): number {
  return Math.abs(x) >= 1e6 ? Math.round(x) : Math.round(x * 1e6) / 1e6;
}
