/**
 * Quantitative targets (增长12%, 8.7亿美元, 1～2家, 30%以上…): extraction from the document model.
 * See docs/domain.md §3 and docs/targets.md. One regex pass finds quantities with units; each is
 * read in its zone (zones.ts): a review's figures are baseline facts, a plan's task quantities
 * targets, and thresholds, policy terms and layout counts are left out.
 */
import { headingBefore, lineAt, lowerBound, type DocumentModel, type Heading, type Line } from '../model/model';
import { parseDocument } from '../model/parse';
import { unwrapped } from '../model/wrap';
import { documentTitleText, documentZones, fiveYearStart, YEARLY_REPORT, type Zone, type ZoneKind } from './zones';
import { isFlatLine } from '../model/flat';
import { toSimplified, toTraditional } from '../text/traditional';
import { inCjkRange } from '../text/chars';
import { tableCellsOf, type TableCell } from './indicatorTable';
import { CURRENCY, FORMS, nextQuantity, quantityMatch, RE_QUANTITY, unitText, type QuantityMatch } from './quantity';

export type TargetKind = 'target' | 'baseline';
export type TargetCategory = 'growth' | 'percent' | 'points' | 'amount' | 'count';
/** What the unit measures: 1.4万亿斤 is a weight, 8.7亿美元 money, 40万亩 an area, 3个百分点 points. */
export type UnitKind = 'money' | 'count' | 'area' | 'weight' | 'energy' | 'people' | 'percent' | 'points' | 'time' | 'other';
/** A growth rate (增长12%), a level (达到30%, 8.7亿美元) or a share (比重达到30%, 占比提高2%). */
export type Measure = 'growth' | 'level' | 'share';
export type { ZoneKind } from './zones';

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
  /** The part of the document it stands in: a review (facts), the plan, or neither known. */
  readonly zone: ZoneKind;
  readonly unitKind: UnitKind;
  readonly measure: Measure;
  /** The year it is set for or stated of (`到2027年` → 2027; a plan-zone target without one: the plan year). */
  readonly scopeYear: number | undefined;
  /**
   * True for the second and later metrics of one value (`A率、B率和C率“三个100%”`): same offsets as
   * the first row, another metric. Consumers of spans (tokens, placeholders, sums) skip them.
   */
  readonly shared: boolean;
}

/**
 * Words of a sentence that looks forward, where no zone decides; the second line is the same words in
 * Traditional script (`國內生產總值增長4.5%左右`, a news copy without headings: blind form 56).
 */
const TARGET_CUE =
  /力争|争取|确保|实现|达到|完成|新增|控制在|目标|预期|预计|计划|增长|提高|提升|下降|降低|突破|超过|不低于|不少于|不超过|新批|新签|新建|引进|培育|创建|累计|年均|增加|扩大|减少|外派|改造|达|增至|增速|占比|比重|力求|确定|规模|力爭|爭取|確保|實現|達|目標|預期|預計|計劃|增長|突破|超過|不低於|不少於|不超過|新簽|引進|創建|累計|擴大|減少|佔比|確定|規模|漲幅/;
/** (`而這次也從以往5%左右的增長目標下修`: 以往, the targets of the years before, blind set 421.) */
const BASELINE_NEAR = /(去年|上年|过去一年|过去五年|今年以来|以往|往年)[^，。；]{0,8}$/;
/**
 * Outside a review (in the plan, and where no zone is known: a news item on this year's budget), `比上年增长4.5%`,
 * `较去年`: the year compared with (as `比2020年`), not a statement about it.
 */
const BASELINE_NEAR_PLAN = /(?<![比较較与與同])(去年|上年|过去一年|过去五年|今年以来|以往|往年)[^，。；]{0,8}$/;
const QUALIFIER_WORDS = '不低于|不少于|不超过|不高于|超过|高于|低于|约|大约|近|逾'.split('|');
const QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_WORDS.join('|')})\\s*$`);
const METRIC_LEAD =
  /^(?:[—―]+|[一二三四五六七八九十]{1,2}[是要]|[●■◆▲★☆◇□•◎○▶►]|特别是|特別是|尤其是|年内|年底前|今年内|其中|全年|全市|全省|全区|全县|全區|全縣|我市|我省|我区|我县|我區|我縣|本市|本省|全镇|全乡|全鎮|全鄉|我镇|我乡|我鎮|我鄉|本镇|本乡|今年|明年|上半年|下半年|(?:第|前|一至)?[一二三四]季度|现有|現有|目前|已|[（(]|(?:未来|今后)[一二三四五六七八九十两]年|力争|确保|争取|力爭|確保|爭取|预计|預計|预测|預測|\d{1,2}(?:[-—－～~至到]\d{1,2})?月份?(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?(?:前|以来|止)?|主要预期目标是|主要目标是|目标是|预期目标|努力|实现|(?:拟|擬)(?:安排|发行|發行|新增|投入)|并|和|及|，|、|\s)+/;
const METRIC_TAIL_WORDS =
  '已|拟安排|擬安排|将安排|將安排|安排|漲幅|创办|創辦|建立|参加|组织或参加|扩大到|增加到|提高到|提升到|达到|培育|新增|建设|引进|组织|举办|改造|打造|创建|认定|扶持|支持|实施|新批|新建|分别|同比|比上年|较上年|年均|累计|力争|确保|争取|实现|达到|完成|增长|增速|提高|提升|下降|降低|控制在|为|是|突破|超过|新增|达|至|约|大约|近|不低于|不少于|不超过|以上|增加|减少|在|均|要|将|稳定|保持|稳定在|保持在|逆势|超|同口径|从|由|到|涨幅|增幅|力爭|確保|爭取|實現|達到|完成|增長|提高|超過|為|较|較|了|再|人均|比增|同比增|平均|实际|實際|穩定|穩定在|將|首次|跨越|净增|凈增|淨增|递增|遞增|递减|遞減|增|可比|拟按|擬按|的|上升|上涨|上漲|收窄|回落|比上年同期|较上年同期|較上年同期|比去年同期|较去年同期|較去年同期|分別|約|跃上|躍上|迈上|邁上|登上|站上|连续|連續|历史性|歷史性|年度|继续|繼續|双双|雙雙|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|压减至|压减到|压缩至|压缩到|缩短至|缩短到|控制到|按可比价格计算|按可比价计算|按可比口径计算|按可比口径|按可比价格|按可比价|按现价计算|按不变价格计算|按不变价计算|按同口径计算|按同口径|按可比價格計算|按可比價計算|按可比口徑計算|按可比口徑|按現價計算|按不變價計算|压减|壓減|压降|壓降|削减|削減|缩减|縮減'.split(
    '|',
  );
/**
 * `超全省平均水平3个百分点`, `高出全国平均水平9.1个百分点`: what a value is compared with ends the words
 * before it, and is no part of the metric.
 */
const COMPARISON_TAILS = ['超', '超过', '超過', '高于', '高於', '高出', '低于', '低於', '快于', '快於'].flatMap((v) =>
  ['', '全国', '全省', '全市', '全区', '全县', '全州', '全國', '全縣', '全區'].flatMap((w) =>
    w ? [`${v}${w}平均水平`, `${v}${w}平均`, `${v}${w}`] : [`${v}平均水平`, `${v}平均`],
  ),
);
/** The words metric names lose at their end (METRIC_TAIL_WORDS and QUALIFIER_WORDS) by their last character, longest first. */
const TAILS_BY_LAST = byChar([...METRIC_TAIL_WORDS, ...QUALIFIER_WORDS, ...COMPARISON_TAILS].join('|'), -1);

/**
 * Character classes for the scans by char code: one bit per class in a table indexed by char code
 * (several times cheaper per character than a Set lookup or a one-character string).
 */
const CLASSES = new Uint32Array(0x10000);
let nextClass = 1;
function classOf(chars: string): number {
  if (nextClass > 0x40000000) throw new Error('more than 31 character classes');
  const bit = nextClass;
  nextClass <<= 1;
  for (const c of chars) CLASSES[c.charCodeAt(0)] |= bit;
  return bit;
}
/** Whether the character at `i` is in class `cls` (false out of range). */
function is(text: string, i: number, cls: number): boolean {
  return i >= 0 && i < text.length && (CLASSES[text.charCodeAt(i)] & cls) !== 0;
}
/**
 * A set of characters as a table indexed by char code (1 for a member; undefined, falsy, for NaN): one look-up
 * instead of a Set's hash, for the few sets CLASSES has no bit left for.
 */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
function lastChars(words: readonly string[]): string {
  return words.map((w) => w[w.length - 1]).join('');
}

/** 。；;！？!? and line breaks end a sentence. */
const SENTENCE_END_CHARS = '。；;！？!?\n\r';
const SENTENCE_END = classOf(SENTENCE_END_CHARS);
/** ，；：,;: end a clause. */
const CLAUSE_END = classOf('，；：,;:');
/** ，,：: end the first clause of a sentence (sentenceVerdict); ，,；：、 the words after a quantity (metricAfter). */
const FIRST_CLAUSE_END = classOf('，,：:');
const AFTER_CLAUSE_END = classOf('，,；：、');
/**
 * A quantity does not start after these (PM2.5, 第7届, 〔2022〕2号, the tail of a longer number, a session's
 * meeting: `市政府七届44次常务会议`).
 */
const NOT_BEFORE = classOf('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．第〔届屆');
/** Nor does a duration or anniversary end in these (5个月, 60周年). */
const NOT_AFTER = classOf('年月日号届周號屆週');
/**
 * `有序推动120个年度重点项目`: a count of the year's key projects (年度重点…), no duration of 120 years (fifteenth blind set,
 * form 211); also `新建30个年度项目`. Not `连续3个年度被评为…` (the duration), which none of YEARLY_NOUN follows. A unit
 * that is no count of years (`推动完成25平方公里年度处置任务`, `完成100亿元年度投资`, form 308) is followed by 年度 as an adjective.
 */
function yearlyCount(text: string, end: number, unit: string): boolean {
  if (text.charCodeAt(end) !== 0x5e74 /* 年 */ || text.charCodeAt(end + 1) !== 0x5ea6 /* 度 */) return false;
  return (unit !== '个' && unit !== '個') || YEARLY_NOUN.test(text.slice(end + 2, end + 4));
}
const YEARLY_NOUN = /^(?:重[点點]|[项項]目|工程|任[务務])/;
/**
 * Every match of SPACES, PARENTHESES and QUOTES starts with one of these: `\s` (ECMAScript's white
 * space and line terminators, all in the BMP), （ ( and the quotes.
 */
const TO_CLEAN = classOf(
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff（(“”"《》',
);
/**
 * The characters the words of a `(words)$` regex end in (and the first characters of the words of a
 * `^(words)` one): the regex cannot match a string that does not end (start) in one of them, so it
 * runs only when it does. `$`-anchored alternations are otherwise tried at every offset.
 */
const QUALIFIER_END = classOf(lastChars(QUALIFIER_WORDS));
const TAIL_END = classOf(lastChars([...METRIC_TAIL_WORDS, ...QUALIFIER_WORDS, ...COMPARISON_TAILS]));
const METRIC_LEAD_START = classOf(
  '一二三四五六七八九十年今其全我本明未力确争预預主目努实并和及，、上下现現已（(●■◆▲★☆◇□•◎○▶►特尤0123456789第前—―確爭拟擬',
); // METRIC_LEAD, \s aside
const AFTER_LEAD_START = classOf('的以左'); // AFTER_LEAD
const AFTER_TAIL_END = classOf('的作务现实'); // AFTER_TAIL
const AFTER_JOINER = classOf('和及与、'); // `[和及与、]$`
const NIAN = 0x5e74; // 年, in every BASELINE_NEAR word
/** Units of length (a distance `…内` is a bound, `50米内换乘`). */
const LENGTH_UNITS = new Set(['米', '公里', '千米']);
/**
 * The words a one-character unit begins (`5方面`, `0方案`, `3方式`; `3根据`, `根本`): after 方 or 根 these
 * characters make a word, and the number before it is no quantity (`25亿方`, `4000多方。`, `260根以上` are).
 */
export const UNIT_WORD_AFTER: Readonly<Record<string, string>> = {
  方: '面案式法向针針位便言',
  根: '据據本源治除系',
  部: '门門',
  // `开行中欧班列1300列` (form 245): 列 counts trains; not in 列入, 列为, 列表, 列车, 列第一位/列首位 (a division's order)…
  列: '入为為表车車举舉出明支席位队隊于於第首',
  // `生产安全事故42起`, `减少3起` (blind form 521): 起 counts events; not in 起草, 起到, 起来, 起步, 起始, 起诉, 起点, 起飞…
  起: '草到来來步始诉訴点點飞飛伏航',
  // `建设3人制篮球场20个` (thirty-third blind set 696, form 723): 3人制 names a kind of court (a team of three), no count of people.
  人: '制',
};
/** Whether `c` after a unit of UNIT_WORD_AFTER's makes a word with it (false for every other unit). */
function unitAfterWord(unit: string, c: number): boolean {
  const after = Object.prototype.hasOwnProperty.call(UNIT_WORD_AFTER, unit) ? UNIT_WORD_AFTER[unit] : undefined;
  return after !== undefined && c > 0 && after.includes(String.fromCharCode(c));
}
const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a;
const isComma = (c: number): boolean => c === 0xff0c || c === 0x2c;
/**
 * The label before the colon at `colon` (`人均地区生产总值:增长6%左右`): the words from the clause's start (a
 * clause end, or `min`) to the colon, at most 25 characters, cleaned as a metric. None when the label is
 * longer, a heading of a list (`主要目标：`, `具体任务：`, `牵头单位：`, LIST_LABEL), a measure word alone (`增速：`)
 * or holds a digit.
 */
function colonLabel(text: string, colon: number, min: number): string {
  const a = clauseBefore(text, colon, min);
  return a < 0 ? '' : labelMetric(text.slice(a, colon));
}
/** Where the clause ending at `mark` (a colon or a comma) starts, from `min` and 25 characters at most; -1 when it is longer. */
function clauseBefore(text: string, mark: number, min: number): number {
  const floor = Math.max(min, mark - 25);
  let a = mark;
  while (a > floor && (CLASSES[text.charCodeAt(a - 1)] & (CLAUSE_END | SENTENCE_END)) === 0) a--;
  return a > min && (CLASSES[text.charCodeAt(a - 1)] & (CLAUSE_END | SENTENCE_END)) === 0 ? -1 : a;
}
/**
 * `机动车道井盖井框处置，完成400个`, `数字经济核心产业增加值实现翻番，达到5500亿元` (2026-12-07): the subject of the clause before a
 * comma (from `min`, 25 characters at most) names the value of a clause of a verb only after it — when that clause holds no
 * digit, opens with no word that says why, how or when (`为…`, `通过…`, `截至目前`, `同时`), and its words clean to a name; an
 * outcome it states (`实现翻番`) is no part of the name.
 */
function commaSubject(text: string, comma: number, min: number): string {
  const a = clauseBefore(text, comma, min);
  return a < 0 ? '' : subjectMetric(text.slice(a, comma));
}
/** A clause's words as the subject that names the values after it (commaSubject), or none. */
export function subjectMetric(clause: string): string {
  const words = bareWords(clause);
  // A digit, or a list (`储备一批、开工一批`): no subject of its own.
  if (!words || DIGIT.test(words) || words.includes('、') || NOT_SUBJECT.test(words)) return '';
  return labelMetric(words.replace(OUTCOME_TAIL, ''));
}
/** The first words of a clause that says why, how, when or what else rather than what (commaSubject). */
const NOT_SUBJECT =
  /^(?:为|為|按照|按|根据|根據|依据|依據|通过|通過|经过|經過|围绕|圍繞|截至|截止|同时|同時|此外|另外|其中|目前|当前|當前|在|对|對|以|结合|結合|依托|力争|力爭|确保|確保|争取|爭取|预计|預計|计划|計劃|今年|明年|全年|年内|年內|上半年|下半年|到|至|由|从|從|自|若|如|凡|对于|對於|关于|關於|重点|重點|主要|共|其|这|這|此|并|並|和|及|或|但|而|且|又|再|还|還|已|将|將|要|可|应|應|须|須|均|都|也|并且|一是|二是|三是|四是|五是|首先|其次|最后|最後)/;
/** An outcome a subject's clause states (`实现翻番`, `再创新高`, `迈过千亿大关`), no part of its name. */
const OUTCOME_TAIL =
  /(?:(?:实现|實現)?(?:翻一番|翻两番|翻兩番|翻番|倍增)|(?:再|又|首次)?(?:创|創)(?:历史|歷史)?新高|(?:迈过|邁過|跨过|跨過|跨越|突破|站上|迈上|邁上|跃上|躍上)[百千万萬亿億]+(?:元)?(?:大关|大關|台阶|臺階))$/;
/** The clause of a verb only that commaSubject names: a commitment to reach or finish (`完成400个`, `力争达到5800亿元`). */
const VERB_ONLY = /^(?:力争|力爭|确保|確保|争取|爭取|累计|累計)?(?:完成|达到|達到|达|達|建成|新增|实现|實現)$/;
/** A colon's label (colonLabel's words) as a metric, or none. */
export function labelMetric(words: string): string {
  const label = bareWords(words);
  if (!label || LIST_LABEL.test(label)) return '';
  const name = cleanMetric(label);
  // A digit left in the label (`宰杀量比20`, `奋斗目标10.`) is a number the label's words hold: no name of a value.
  return name && !MEASURE_ONLY.test(name) && !DIGIT.test(name) ? name : '';
}
/** Labels that head what follows rather than name a value (`主要目标：`, `二是工作任务：`, `2024年：`). */
export const LIST_LABEL =
  /(?:目标|目標|任务|任務|指标|指標|要求|方面|措施|举措|舉措|重点|重點|内容|內容|情况|情況|安排|计划|計劃|方案|意见|意見|原则|原則|单位|單位|部门|部門|思路|步骤|步驟|时间|時間|时限|時限|年|月|日|季度|阶段|階段|期间|期間)$/;
const DIGIT = /[0-9０-９]/;
/** A measure word without what it measures (`增速`, `增幅`, `总量`): no metric. */
const MEASURE_ONLY = /^(?:增速|增幅|增长|增長|增量|总量|總量|总额|總額|规模|規模|比重|占比|佔比|年均|同比|比率|达到|達到|完成)$/;

/** Whether a 》 closes the title within 60 characters after `from` (before the sentence's end, another 《 or a line break). */
function titleCloses(text: string, from: number, sentenceEnd: number): boolean {
  const to = Math.min(sentenceEnd, from + 60);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300b) return true;
    if (c === 0x300a || c === 10) return false;
  }
  return false;
}
/**
 * `（车货总高度从地面算起超过4.5米，或者总宽度超过3.75米…的）` (seventeenth blind set, form 273): a quantity inside a bracket
 * whose content ends in 的 defines what the text speaks of (a class, a threshold), no quantity of the plan. Read only ahead to
 * the next bracket (80 characters) and, when that closes after 的, back to the bracket that opens it (120 characters).
 * `stop`: the first of （()）。 or a line break at or after `end` (nextDefinitionStop), -1 when there is none.
 */
function insideDefinition(text: string, start: number, end: number, stop: number): boolean {
  // The scan ahead ends at `stop`: only a closing bracket within 80 characters, after 的, goes on.
  if (stop < 0 || stop >= Math.min(text.length, end + 80)) return false;
  const close = stop;
  const c0 = text.charCodeAt(close);
  if ((c0 !== 0xff09 /* ） */ && c0 !== 0x29) || text.charCodeAt(close - 1) !== 0x7684 /* 的 */) return false;
  const from = Math.max(0, start - 120);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) return true;
    if (c === 0xff09 || c === 0x29 || c === 0x3002 || c === 10) return false;
  }
  return false;
}
/** What ends insideDefinition's scan ahead: a bracket, 。 or a line break. */
const DEFINITION_STOP = /[（()）。\n]/g;
/** The first of DEFINITION_STOP's characters at or after `from`, -1 when there is none. */
function nextDefinitionStop(text: string, from: number): number {
  DEFINITION_STOP.lastIndex = from;
  return DEFINITION_STOP.test(text) ? DEFINITION_STOP.lastIndex - 1 : -1;
}
/** Where the 象 of the first 对象 (對象) at or after `from` (its 象 at `from` or later) stands, -1 when there is none. */
function nextObject(text: string, from: number): number {
  for (let i = text.indexOf('象', from); i >= 0; i = text.indexOf('象', i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x5bf9 /* 对 */ || c === 0x5c0d /* 對 */) return i;
  }
  return -1;
}
/** `10万吨绿色甲醇项目`, `150万吨乙烯等重大产业项目` (form 274): a capacity right before a project's name is part of the name. */
const PROJECT_NAMED_AFTER = /^[\u4e00-\u9fffA-Za-z]{0,10}?(?:等[\u4e00-\u9fff]{0,6})?(?:项目|項目|工程|生产线|生產線)/;
/**
 * `湖南能源300万千瓦光伏复合发电等3个自治区重点项目`, `国能宁湘直流150万千瓦风光同场、中航公路特色旅游等85个在建项目` (thirty-fourth blind
 * set 699, form 734): a capacity in a name of the projects a count after 等 sums up names its project. The name goes on right
 * after it (not `电力总装机1.27亿千瓦，山阳、勉县等6个抽水蓄能项目`, where the capacity ends its clause).
 */
const PROJECTS_COUNTED_AFTER =
  /^[\u4e00-\u9fffA-Za-z]{2,10}?(?:[、，,][^。；;！？\n]{0,30}?)?等\d+[个個][\u4e00-\u9fff]{0,8}?(?:项目|項目|工程)/;
const CAPACITY_UNIT = /(?:吨|噸|千瓦|兆瓦)$/;
/** `布局建设700万千瓦新型储能项目`: right after a verb the capacity is what is built, a quantity of the plan. */
const BUILT_BEFORE = /(?:建设|建設|新建|建成|布局|新增|实施|實施|推进|推進|启动|啟動|开工|開工)$/;
/** `以全市…7600多名持证残疾人为主要对象` (form 272): the people a plan serves, counted as they are (a fact). */
const SERVED_AFTER = /^[^，。；,;：:]{0,24}?为(?:主要|重点|服务|服務)?(?:对象|對象)/;
/** The last characters of a road's name (`安远路`, `南京西路`, `…街`, `…弄`, `…巷`), before a house number. */
const roadEnd = (c: number): boolean => c === 0x8def /* 路 */ || c === 0x8857 /* 街 */ || c === 0x5f04 /* 弄 */ || c === 0x5df7; /* 巷 */
/** 、和及: the next value of a list follows (`增长4.7%、5.1%`). */
const LIST_NEXT = classOf('、和及');
/**
 * 分, of 分别 (respectiveItems), and a character every name of OUTSIDE_BODIES holds (组织/組織, IMF, OECD, 银行/銀行): the
 * clause scan tells them apart by the character (one class for both, as CLASSES has no bit left).
 */
const FEN_OR_BODY = classOf('分织織FD银銀');

const MAGNITUDE_VALUE: Record<string, number> = { 万亿: 1e12, 萬億: 1e12, 兆: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4, 千: 1e3 };

/**
 * Extracts every quantity that reads as a target or a baseline fact (scanTargets). A hard-wrapped
 * copy (model/wrap.ts) is read with its wrapped lines joined, so that a sentence's words on the line
 * before its value still count (`力争` / `增长8%`, `地区生产` / `总值…`); the targets found there are
 * mapped back to the text. A quantity the wrap cut in two (`固定资产投资25` / `0.3亿元`) is read whole: its
 * offsets span the line break and its text is the text at them, break included (every target's text is,
 * which fixes and placeholders rely on); shownText is what a reader is shown.
 */
export function extractTargets(model: DocumentModel, range?: TargetRange): Target[] {
  return (range ? undefined : unwrappedTargets(model)) ?? scanTargets(model, range);
}

/** The targets of a hard-wrapped copy read with its lines joined (extractTargets), or undefined when it is not one. */
function unwrappedTargets(model: DocumentModel): Target[] | undefined {
  const joined = unwrapped(model);
  if (!joined) return undefined;
  const { cuts } = joined;
  // The characters removed by the first k cuts.
  const removed = [0];
  for (const c of cuts) removed.push(removed[removed.length - 1] + c.removed);
  // An offset of the joined text in the original: past every cut at or before it (`end`: before it).
  const back = (j: number, end: boolean) => j + removed[lowerBound(cuts, (c) => c.at, end ? j : j + 1)];
  const { text, lines, headings } = model;
  const out: Target[] = [];
  for (const t of scanTargets(parseDocument(joined.text))) {
    const start = back(t.start, false);
    const end = back(t.end, true);
    // A quantity the wrap cut in two (`固定资产投资25` / `0.3亿元`) spans the line break: its text is the
    // text at its offsets, line break included (shownText joins it for display).
    const slice = text.slice(start, end);
    out.push({
      ...t,
      start,
      end,
      line: lineAt(lines, start),
      text: slice === t.text ? t.text : slice,
      heading: headingBefore(headings, start),
      sentenceStart: back(t.sentenceStart, false),
      sentenceEnd: back(t.sentenceEnd, true),
    });
  }
  return out;
}

/** A range of values the quantity scanner reads (`3-10万元`, `15~18%`), whether a target or not (range-mark). */
export interface QuantityRange {
  readonly start: number;
  readonly end: number;
  /** Where the first number ends (the range's % or magnitude and its mark come after it). */
  readonly numEnd: number;
  readonly rangeMark: string;
  /** The unit as a target's (`%` for `％`, `万元`). */
  readonly unit: string;
}
/**
 * Every range of values the quantity scanner reads in `text` within one line, target or not (`给予每个项目3-10万元…扶持`,
 * the terms of a measure). Not a number that goes on from a digit, a letter, a point or 第 (NOT_BEFORE: `GB/T 9704-2012`,
 * `第1-3条`, `第 1-3 条`), nor a duration's or a date's first part (NOT_AFTER: `1-2个月`); a number with no unit
 * (`2025-2026`, `1-3`, a telephone number) is never one.
 */
export function quantityRanges(text: string): QuantityRange[] {
  const out: QuantityRange[] = [];
  const q = quantityMatch();
  for (let at = 0; nextQuantity(text, at, q);) {
    const { start, end } = q;
    at = end;
    if (q.num2Start < 0 || is(text, start - 1, NOT_BEFORE)) continue;
    if (is(text, start - 1, BLANK) && text.charCodeAt(start - 2) === 0x7b2c /* 第 */) continue;
    const unit = unitForm(text, q).unit;
    if (is(text, end, NOT_AFTER) && unit !== '%' && unit !== '‰' && !yearlyCount(text, end, unit)) continue;
    let lineBreak = false;
    for (let i = start; i < end && !lineBreak; i++) lineBreak = text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
    if (lineBreak || insideTitle(text, start, end)) continue;
    out.push({ start, end, numEnd: q.numEnd, rangeMark: q.rangeMark, unit });
  }
  return out;
}

/**
 * `推动落实《3-6岁儿童学习与发展指南》`: a range inside a cited title is the title's as written (the nearest 《 or 》 before it on its
 * line, within 60 characters, is a 《 that titleCloses).
 */
function insideTitle(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 60; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */) return titleCloses(text, end, text.length);
    if (c === 0x300b /* 》 */ || c === 10) return false;
  }
  return false;
}

/**
 * A target's text as a reader sees it (messages, the Targets view, hover, comparisons): the text at its
 * offsets, with the line break of a hard wrap that cut the value in two (and the blanks around it) left out.
 */
export function shownText(t: Pick<Target, 'text'>): string {
  return joinWrapped(t.text);
}
/** `s` without the line breaks of a hard wrap inside it and the blanks around them (shownText's, for any words of a target). */
export function joinWrapped(s: string): string {
  return s.includes('\n') ? s.replace(WRAP_BREAK, '') : s;
}
/** A line break inside a value and the blanks around it (a hard wrap; shownText, the next year's draft). */
export const WRAP_BREAK = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;

/**
 * Extracts every quantity that reads as a target or a baseline fact, line by line.
 *
 * Most of the work (sentence, clause, metric) is done only for the quantities that are kept, on
 * offsets into `text` rather than on slices of it, and what depends only on the sentence or only on
 * the zone is worked out once for it.
 */
export function scanTargets(model: DocumentModel, range?: TargetRange): Target[] {
  const { text, lines, headings } = model;
  const year = range ? range.year : planYear(model);
  const zones = range ? range.zones : documentZones(model, year);
  const out: Target[] = [];
  // Per target, the unit kind the scan carries on after it (see TargetRange).
  const kinds: (UnitKind | undefined)[] = [];
  const n = text.length;
  const from = range ? range.from : 0;
  const to = range ? range.to : n;
  let h = range ? lowerBound(headings, (x) => x.start, from + 1) : 0;
  let current: Heading | undefined = h > 0 ? headings[h - 1] : undefined;
  let line = range ? lineAt(lines, from) : 0;
  // The last line namesDocument was asked of, and its answer.
  let namingLine = -1;
  // The last line asked whether it is a flattened copy (isFlatLine), and the answer.
  let flatAsked = -1;
  let flatHere = false;
  // The cited heading last asked whether it is a task cell of a progress table (progressTaskCell), and the answer.
  let taskCellHeading = -1;
  let taskCellIs = false;
  let naming = false;
  let z = range
    ? Math.min(
        lowerBound(zones, (x) => x.end, from + 1),
        zones.length - 1,
      )
    : 0;
  let zone: Zone = zones[z];
  // The metric of the last quantity that had one, and its sentence (`分别增长25%和35%`).
  let lastMetricSentence = -1;
  let lastMetric = '';
  let lastMeasure: Measure = 'level';
  let lastUnitKind: UnitKind | undefined = range?.unitKind;
  // Where the previous quantity of the sentence ended: the words between two quantities of one
  // clause name the second (`由52.23%提高到58.08%`, `分别增长25%和35%`) or nothing.
  let prevEnd = -1;
  // Where the last count kept ended (`新增3个村集体收入超过10万元`: what the items counted have).
  let prevCountEnd = -1;
  // The measure of the previous quantity (for a value listed after it).
  let prevMeasure: Measure = 'level';
  // Where the last figure compared in brackets ended (comparedFigure).
  let comparedEnd = -1;
  // Where the last stretch value in brackets ended (stretchBracket), -1 when the last quantity was none.
  let stretchEnd = -1;
  // The items of a `分别` list and the next one to use, for the clause starting at `respectiveClause`.
  let respective: string[] = [];
  let respectiveClause = -1;
  let respectiveNext = 0;
  // The sentence of that list.
  let respectiveSentence = -1;
  // The qualifier right after that list's 分别 (`分别不低于90.9%、88%`: every value's, form 702), '' when none.
  let respectiveQualifier = '';
  let sentenceStart = -1;
  let sentenceEnd = -1;
  // The verdict of the current sentence in `verdictZone`.
  let verdict: TargetKind | undefined;
  let verdictZone: Zone | undefined;
  let sentenceYear: number | undefined;
  // Where the sentence first strives for a result (力争, 确保…) in a review, -1 when it does not.
  let striveAt = -1;
  // Where the search for it has got to (-1: the sentence is not searched, it needs no striving).
  let striveScan = -1;
  // Whether the sentence stands in a review and sets no past year of its own (the restated targets are looked for).
  let restating = false;
  // Whether that sentence opens with a deadline ahead (`10月底前，…都将…`, deadlineAhead).
  let ahead = false;
  // Where the conditions of a measure end in the sentence (`…达到…25%…的，可申请…`), -1 when it has none.
  let conditionEnd = -1;
  // Whether a quantity of the sentence so far is progress made (`…累计完成投资413亿元`, form 291).
  let progressSeen = false;
  // Whether the last quantity of the sentence stated where things stand (`目前注册用户数已突破715万，…`, form 306).
  let statusSeen = false;
  // The ends of five-year periods the current sentence names (`“十四五”末`: offset, year), worked out at its first target.
  let periodSentence = -1;
  let periods: readonly number[] = NO_PERIODS;
  // The glossaries' ranges (start, end pairs), and the next one the scan may be in.
  const glossaries = glossaryRanges(model);
  let gi = 0;
  // The first stop of insideDefinition's scan ahead at or after the last quantity's end, and the 象 of the next 对象 after it
  // (-2: not looked for yet; -1: there is none further on).
  let definitionStop = -2;
  let objectNext = -2;
  const q = MATCH;
  for (let at = from; ;) {
    if (!nextQuantity(text, at, q)) break;
    const start = q.start;
    if (start >= to) break;
    const end = q.end;
    at = end;
    // Checked by hand rather than by a lookbehind, which would make the regex try every position:
    // `PM2.5`, `第7届`, `〔2022〕2号` and the tail of a longer number are not quantities.
    if (is(text, start - 1, NOT_BEFORE)) continue;
    // `第 3 个` in spaced text: the blank does not make it a quantity.
    if (is(text, start - 1, BLANK) && text.charCodeAt(start - 2) === 0x7b2c /* 第 */) continue;
    // Full-width ％ reads as %; `600余个`, `30多家`, `750余万人次`: 余/多 is a qualifier, not the unit.
    const form = unitForm(text, q);
    const unitRaw = form.unit;
    const more = form.more;
    const info = form.info;
    // 5个月, 3年, 60周年: durations and anniversaries, not quantities; `120个年度重点项目` counts the year's key projects.
    if (is(text, end, NOT_AFTER) && unitRaw !== '%' && unitRaw !== '‰' && !yearlyCount(text, end, unitRaw)) continue;
    // `连续6个季度保持全省第一`: quarters, a duration as 个月 is (form 292).
    if (text.charCodeAt(end) === 0x5b63 /* 季 */ && text.charCodeAt(end + 1) === 0x5ea6 /* 度 */ && (unitRaw === '个' || unitRaw === '個'))
      continue;
    // `公交与轨道50米内换乘比例`: a distance within which something counts is part of a name, no quantity.
    if (text.charCodeAt(end) === 0x5185 /* 内 */ && LENGTH_UNITS.has(unitRaw) && inCjkRange(text.charCodeAt(end + 1))) continue;
    // `轨道交通站点50米范围内地面公交配套服务占比` (form 305): the same, with 范围; not `控制在500米范围内。`.
    if (
      text.charCodeAt(end) === 0x8303 /* 范 */ &&
      LENGTH_UNITS.has(unitRaw) &&
      text.startsWith('范围内', end) &&
      inCjkRange(text.charCodeAt(end + 3))
    )
      continue;
    // `5方面`, `0方案`, `3根据`, `等10部门` (form 213), `3人制` (form 723): a word that starts with the unit's character, no quantity
    // (UNIT_WORD_AFTER's units only).
    if (unitAfterWord(unitRaw, text.charCodeAt(end))) continue;
    // `加快推进安远路899项目` (blind form 364): a house number after a road's name, glued to 项目, names the project.
    if ((unitRaw === '项' || unitRaw === '項') && text.charCodeAt(end) === 0x76ee /* 目 */ && roadEnd(text.charCodeAt(start - 1))) continue;
    // `推进…10万吨绿色甲醇项目稳产达产` (form 274): the capacity names the project.
    if (
      form.capacity &&
      (PROJECT_NAMED_AFTER.test(text.slice(end, end + 20)) || PROJECTS_COUNTED_AFTER.test(text.slice(end, end + 56))) &&
      !BUILT_BEFORE.test(text.slice(Math.max(0, start - 2), start))
    )
      continue;
    // `排名前10位`, `全国排名提升4位`, `3位数`: a rank, a move in one, or a count of digits; 位 counts people otherwise (第 is NOT_BEFORE).
    if (unitRaw === '位' && rankPlace(text, start, end)) continue;
    // `60岁以上老年人`, `3岁以下婴幼儿`: an age is a threshold, unless it is what a life span or an age measures.
    if ((unitRaw === '岁' || unitRaw === '歲') && !wordsBefore(text, start, AGE)) continue;
    // `平均受教育年限提高到11.3年` (form 271): years as a level, where its clause names what is counted in years.
    if (unitRaw === '年' && !wordsBefore(text, start, YEARS_OF)) continue;
    // `国家检测得分≥76分` (form 247): 分 is a score only after 得分, 评分, 满分…; elsewhere (`8时30分`, `3分/千瓦时`) no quantity.
    if (unitRaw === '分' && !SCORE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    // Markers (1、 （1）) and list numbers never carry a unit, so they never match; numbers inside
    // headings' markers are skipped all the same.
    while (h < headings.length && headings[h].start <= start) current = headings[h++];
    if (current && start < current.markerEnd) continue;
    // A glossary after the text (`名词解释`, a numbering context of kind appendix): its quantities define terms
    // (`以15分钟为出海服务半径`), they set no targets (glossaryRanges: up to a heading of another style after its entries).
    while (gi < glossaries.length && glossaries[gi + 1] <= start) gi += 2;
    if (gi < glossaries.length && glossaries[gi] <= start) continue;
    // Quantities come in text order, so the line only moves forward (lineAt's answer, without a search).
    while (line + 1 < lines.length && lines[line + 1].start <= start) line++;
    // `附件：2026年…为…既有的40个…场所加装消防设施的…实施方案` (blind form 470): a count in a document's name names
    // the document (namesDocument, worked out once per line).
    if (line !== namingLine) {
      namingLine = line;
      naming = namesDocument(model, line);
    }
    if (naming) continue;
    while (zone.end <= start && z + 1 < zones.length) zone = zones[++z];
    // In a flattened copy (model/flat.ts) each heading stood on a line of its own: a sentence starts no earlier than the
    // end of its heading's title (its marker, for a quantity in the title) and ends at the next heading
    // (`…如下:  …工作總結  一、…進展情況  (一)…完成情況  2019年全縣省級重點項目4個,…`, 605 flattened). -1: no bound.
    if (line !== flatAsked) {
      flatAsked = line;
      flatHere = isFlatLine(lines[line].end - lines[line].start, n);
    }
    // (Only a short title a blank follows stood alone: `(四)、粮食生产:2011年…` ran on into its text as written, and
    // `二、主要目标任务2024年计划完成…、义务植树 112.6万株。` is a sentence with a blank in it; their sentences start at the marker.)
    const floor = flatHere && current ? (start >= current.titleEnd && aloneTitle(text, current) ? current.titleEnd : current.start) : -1;
    const ceiling = flatHere && h < headings.length ? headings[h].start : -1;
    // What the sentence says is worked out once per sentence (and zone); only the words just
    // before each quantity differ between its quantities.
    const same = sentenceStart <= start && end <= sentenceEnd && sentenceStart >= floor;
    if (!same) {
      // The sentence's bounds, and in the same scans where the conditions of a measure end: the
      // last `的，` or `的,` of the sentence before CONDITION_THEN's words (`…25%的，可申请…`), -1 when none.
      // (No quantity holds 的 or a comma, so every one of them is in the words scanned.)
      // After the quantity, one search finds the sentence's end and the conditions on the way.
      conditionEnd = -1;
      let k: number;
      sentenceEnd = n;
      END_OR_CONDITION.lastIndex = end;
      for (let m: RegExpExecArray | null; (m = END_OR_CONDITION.exec(text));)
        if (text.charCodeAt(m.index) === 0x7684 /* 的 */) conditionEnd = m.index;
        else {
          sentenceEnd = m.index;
          break;
        }
      // Only a 的 more than two characters before the sentence's end counts.
      if (conditionEnd >= sentenceEnd - 2) conditionEnd = conditionsEnd(text, end, sentenceEnd - 3);
      sentenceStart = start;
      for (; sentenceStart > 0 && ((k = CLASSES[text.charCodeAt(sentenceStart - 1)]) & SENTENCE_END) === 0; sentenceStart--)
        if (
          conditionEnd < 0 &&
          (k & DE_COMMA) !== 0 &&
          text.charCodeAt(sentenceStart - 2) === 0x7684 /* 的 */ &&
          CONDITION_THEN.test(text.slice(sentenceStart, sentenceStart + 4))
        )
          conditionEnd = sentenceStart - 2;
      if (sentenceStart < floor || (ceiling >= 0 && sentenceEnd > ceiling)) {
        if (sentenceStart < floor) sentenceStart = floor;
        if (ceiling >= 0 && sentenceEnd > ceiling) sentenceEnd = ceiling;
        conditionEnd = conditionsEnd(text, sentenceStart, sentenceEnd - 3);
      }
      prevEnd = -1;
      sentenceYear = undefined;
      progressSeen = false;
      statusSeen = false;
    }
    if (!same || verdictZone !== zone) {
      verdictZone = zone;
      const sv = sentenceVerdict(text, sentenceStart, sentenceEnd, year, zone.kind, current, floor);
      verdict = sv.kind;
      sentenceYear = sv.year;
      // In a review, where the sentence first strives for a result (strivenFrom).
      restating = sv.kind === 'baseline' && zone.kind === 'review' && !sv.back;
      ahead = restating && deadlineAhead(text, sentenceStart, sentenceEnd);
      // Searched only as far as its quantities go (below).
      striveAt = -1;
      striveScan = restating ? sentenceStart : -1;
    }
    // `年营业收入1000万元以上的企业`: a threshold that qualifies a noun, neither target nor fact.
    // `1000万元以上的企业`, `进出口1亿美元以上和出口5000万美元以上的州市`: thresholds that qualify a
    // noun; `100%退税`, `50%的补助`: the terms of a policy; `14个方面的工作`: how a text is laid out.
    // `力争90%以上的村…`: with nothing before it naming a metric, the share of the units after it.
    // `新招用人员达到职工人数25%的，可申请…`: the condition a measure applies under, not a quantity.
    if (end <= conditionEnd) {
      prevEnd = end;
      continue;
    }
    // `1064个25户以上村庄`: a threshold glued to a count says which of the items count.
    // `力争创办10家以上的党支部领办合作社`: with nothing before it naming a metric, a count of items is the commitment.
    if (
      q.qualifier
        ? (prevEnd === start && (q.qualifier === '以上' || q.qualifier === '以下')) ||
          placeBound(text, start, end, unitRaw) ||
          (thresholdAfter(text, end, sentenceEnd, info.unitKind === 'money', unitRaw === '%') &&
            !(
              (unitRaw === '%' || info.unitKind === 'count') &&
              namesNothing(text, clauseStartOf(text, start, sentenceStart, current), prevEnd, start)
            ))
        : notAQuantity(text, start, end, unitRaw, sentenceStart, sentenceEnd, form.timeSpan)
    ) {
      prevEnd = end;
      continue;
    }
    // The clause before the quantity, from the last ，；： of the sentence; whether it holds a digit,
    // and whether its last 48 characters (metricOf's) hold anything to clean up.
    // Also, in the same scan: whether the clause names a year (年) and holds 占/比/份 in its last 16 characters.
    let cut = start;
    let clean = false;
    // 《 or 》, the nearest of them before the quantity in its clause (0 when none).
    let book = 0;
    let nian = false;
    let share = false;
    let shareNear = false;
    // 分 in the last 48 characters: respectiveItems looks there for 分别.
    let fen = false;
    let status = false;
    // 从 in the clause: `从我省600余个名牌商品中` (the stock a task picks from).
    let cong = false;
    // A character every name of OUTSIDE_BODIES holds, in the clause (織, F, 银…): without one OUTSIDE_BODY cannot match.
    let body = false;
    // Where the last characters of task verbs stand in the last 48 characters, last first (VERB_POS, for metricOf).
    let verbs = 0;
    // A run-in heading on the same line (`（1）抓好进出口1亿美元…`) starts the clause at its marker's end.
    const clauseMin = current && current.markerEnd > sentenceStart ? current.markerEnd : sentenceStart;
    // `增长（同比，下同）6.7%` (form 329): the commas of an aside in brackets right before the value end no clause.
    const aside = asideBefore(text, start, clauseMin);
    if (aside >= 0) {
      cut = aside;
      if (aside > start - 48) clean = true;
    }
    for (let c: number, k: number; cut > clauseMin && ((k = CLASSES[(c = text.charCodeAt(cut - 1))]) & CLAUSE_END) === 0; cut--) {
      // (A character of none of the classes read below, and no 年, changes nothing.)
      if ((k & CLAUSE_SCAN) === 0 && c !== NIAN) continue;
      if ((k & VERB_END) !== 0 && cut > start - 48) VERB_POS[verbs++] = cut - 1;
      if ((k & TO_CLEAN) !== 0) {
        // The nearest 《 or 》 before the quantity in its clause (the quantity may stand inside a cited title).
        if (book === 0 && (c === 0x300a || c === 0x300b)) book = c;
        if (cut > start - 48) clean = true;
      } else if (c === NIAN) nian = true;
      else if ((k & FEN_OR_BODY) !== 0) {
        if (c !== 0x5206 /* 分 */) body = true;
        else if (cut > start - 48) fen = true;
      } else if ((k & SHARE_CHAR) !== 0 && cut > start - 48) {
        shareNear = true;
        if (cut > start - 16) share = true;
      }
      if ((k & STATUS_CHAR) !== 0) status = true;
      else if ((k & CONG) !== 0) cong = true;
    }
    // `《国务院关于同意在…等15个城市（地区）设立…的批复》`: a quantity inside a cited title names the document (form 212).
    if (book === 0x300a /* 《 */ && titleCloses(text, end, sentenceEnd)) {
      prevEnd = end;
      continue;
    }
    // Inside a bracket that defines what the text speaks of (`（…超过4.5米…的）`, form 273).
    // (The first stop of its scan ahead is found once for all the quantities before it: quantities come in text order, and
    // one that ends before the stop found has the same first stop.)
    if (definitionStop !== -1 && definitionStop < end) definitionStop = nextDefinitionStop(text, end);
    if (insideDefinition(text, start, end, definitionStop)) {
      prevEnd = end;
      continue;
    }
    // `稅額標准下調至1—8元/平方米`, `…稅額標准爲非工業用地稅額標准的50%左右` (blind form 501): a tax standard a measure sets.
    if (taxRate(text, Math.max(sentenceStart, start - 16), start)) {
      prevEnd = end;
      continue;
    }
    // `目前全区已建成5G基站2000个`: the state the plan starts from (STATUS needs one of STATUS_CHAR).
    // (The clause's words, read by both status tests: sliced once, and only when a status character is there.)
    const statusWords = status ? text.slice(cut, start) : '';
    const now = status && STATUS.test(statusWords);
    // `今年1月至4月，…项目累计完成投资413亿元，投资完成率41.9%，超时序进度8.6个百分点` (form 291): progress made so far is a
    // fact in a plan too, and so are the rates of that progress after it in its sentence; not an aim (`到2025年累计完成…`).
    const done = status && !now && PROGRESS_DONE.test(statusWords) && !PROGRESS_AHEAD.test(statusWords);
    const progress = done || (progressSeen && PROGRESS_RATE.test(text.slice(cut, start)));
    if (done) progressSeen = true;
    // `目前注册用户数已突破715万，日活峰值近100万。` (form 306): a clause of a few words and no verb after a status goes on stating it.
    const goesOn: boolean =
      statusSeen &&
      !now &&
      start - cut <= 12 &&
      !TARGET_CUE.test(text.slice(cut, start)) &&
      !MORE_WORDS.test(text.slice(cut, start)) &&
      lastVerbEndAt(text, cut, start, verbs) === cut;
    statusSeen = now || goesOn;
    // `以…7600多名持证残疾人为主要对象` (form 272): the population served is a fact.
    // (Only where 对象 follows within SERVED_AFTER's 32 characters: its 象 from end + 1 to end + 31. The next 对象 is found once
    // for all the quantities before it, as the quantities come in text order.)
    if (objectNext !== -1 && objectNext <= end) objectNext = nextObject(text, end + 1);
    const served =
      objectNext >= 0 &&
      objectNext <= end + 31 &&
      SERVED_AFTER.test(text.slice(end, end + 32)) &&
      text.slice(cut, start).indexOf('以') >= 0;
    // `由52.23%提高到58.08%`: the start value is a fact, the end value the target.
    const from = fromValue(text, Math.max(cut, prevEnd), start, end);
    // `确保地区生产总值增长7%左右`, `力争…占比提升至44%` restated in a progress report: no fact is
    // striven for, so in a review a quantity after 力争/确保/争取 in its sentence is a target.
    if (striveScan >= 0 && striveAt < 0 && striveScan < start) {
      striveAt = strivenFrom(text, sentenceStart, striveScan, start);
      striveScan = start;
    }
    // `二季度社会消费品零售总额目标增速8.2%`, `增速目标分别为15%、15%`, `预期目标22.19亿元、增速6.5%`:
    // a value the review names as the target (NAMED_TARGET) is the target restated beside the result.
    // `56.做好…,新增充电桩300个,…。` (form 542): the report's task in the task column of a table of its progress commits to it.
    if (current !== undefined && current.cited === true && current.line === line && taskCellHeading !== current.index) {
      taskCellHeading = current.index;
      taskCellIs = progressTaskCell(text, lines, line);
    }
    const taskCell = taskCellIs && taskCellHeading === current?.index && current.line === line;
    const striven =
      taskCell ||
      ahead ||
      (striveAt >= 0 && striveAt < start) ||
      taskOfShare(text, cut, start, end) ||
      (restating && (namedTarget(text, cut, start) || targetAfter(text, cut, start, end) || taskAfter(text, cut, start, end)));
    const kind: TargetKind | undefined =
      from ||
      now ||
      progress ||
      goesOn ||
      served ||
      (verdict === 'baseline' && !striven) ||
      baselineNear(text, sentenceStart, start, zone.kind === 'review' ? BASELINE_NEAR : BASELINE_NEAR_PLAN) ||
      onBasis(text, end) ||
      doneOrBasis(text, start, end) ||
      comparedAverage(text, cut, start, end) ||
      againstTarget(text, cut, start) ||
      // `优于国家考核目标14.6个百分点` in a review (blind form 434): the margin a result beat its target by.
      (zone.kind === 'review' && BEAT_TARGET.test(text.slice(Math.max(cut, start - 16), start))) ||
      // `国际货币基金组织(IMF)调高全球经济2018年增速至3.7%` (form 322): what an outside body says of the world is the plan's setting.
      // (The clause scan saw a character of every body's name, or did not read the words of an aside before the value.)
      ((body || aside >= 0) && OUTSIDE_BODY.test(text.slice(cut, start))) ||
      (cong && stockAfter(text, end, sentenceEnd)) ||
      designatedFrame(text, cut, start, end, verbs)
        ? 'baseline'
        : striven
          ? 'target'
          : verdict;
    // `新增3个村集体收入超过10万元`: in a target, `超过…` after a count of its clause says which of the
    // items count (a total, `5个项目总投资超过100亿元`, is a quantity; in a fact, `有5个州市进出口超过1亿美元`,
    // the value is stated of them). Another item of a list (`12个、50亿级项目不少于2个`) is not that.
    if (!kind || (kind === 'target' && itemThreshold(text, prevCountEnd, cut, start))) {
      prevEnd = end;
      continue;
    }
    // `增速-4.7%`, `（全国-7.0%，全省-3.9%）`: a minus glued to the number after a word or a bracket is
    // its sign (after a digit, `1-2月`, it is a range); the target starts at it.
    const signed = minusBefore(text, start);
    const value = signed ? -decimal(text, start, q.numEnd) : decimal(text, start, q.numEnd);
    const valueMax = q.num2Start >= 0 ? decimal(text, q.num2Start, q.num2End) : undefined;
    const percentBeforeRange = q.before === '%' || q.before === '％';
    const magnitudeBeforeRange = q.before && !percentBeforeRange ? q.before : '';
    const unit = (percentBeforeRange && q.num2Start < 0 ? '%' : '') + unitRaw;
    const qBefore = qualifierBefore(text, Math.max(sentenceStart, start - 6), start);
    const qAfter = q.qualifier;
    // `约30%左右` says “about” twice (approx-redundant reports it): one qualifier, 左右.
    let qualifier = (qAfter && (qBefore === '约' || qBefore === '大约') ? qAfter : qBefore + qAfter) || more;
    const clauseFrom = prevEnd > cut ? prevEnd : cut;
    // A count's noun often follows it (`树立10家“走出去”先进企业`, `完成200家农家店改造`) and wins.
    const after = info.category === 'count' ? metricAfter(text, end, sentenceEnd) : '';
    // The metric: the noun phrase of its own clause; after another quantity of the clause, the words
    // between them (`增长25%和35%` → the first one's). When the noun after wins, the words before
    // only say whether it is a share (SHARE's words hold 占, 比 or 份: without one, they cannot).
    let metric = after && !shareNear ? '' : metricOf(text, clauseFrom, signed ? start - 1 : start, clean, nian, verbs);
    // `增长107.9%、46.7%`, `增长25%和35%`: a value listed after another of its clause is measured alike.
    // `增长11.0%（全国10.7%、全省10.1%）`: the figures of the nation or the province beside a value are measured as it is.
    const valueStart = signed ? start - 1 : start;
    const region = prevEnd >= 0 ? comparedFigure(text, prevEnd, valueStart, prevEnd === comparedEnd) : undefined;
    const compared = region !== undefined;
    if (compared) comparedEnd = end;
    // `不低于90.9%(力争达到100%)、88%` (form 702): a stretch value in brackets right after a value is that value's, and the
    // value listed after the bracket is listed after that value.
    const stretch = prevEnd > cut && stretchBracket(text, prevEnd, start);
    const listed = prevEnd > cut && (onlyJoiners(text, prevEnd, start) || (prevEnd === stretchEnd && afterStretch(text, prevEnd, start)));
    stretchEnd = stretch ? end : -1;
    let measure: Measure =
      listed || stretch || compared
        ? prevMeasure
        : aside >= 0
          ? measureOf(text, cut, aside, aside, metric, unitRaw, true, shareNear)
          : measureOf(text, cut, start, valueStart, metric, unitRaw, share, shareNear);
    // A count's unit has its kind (unitInfo), a bare magnitude's depends on the metric before it.
    let unitKind = info.unitKind ?? moneyOrOther(metric, text, end);
    // `规模以上高新技术产业产值占规模以上工业总产值的77.9%`: a share is named by what has it, before 占
    // (none in the clause: the sentence's last metric, below).
    if (
      metric &&
      (metric.charCodeAt(0) === 0x5360 /* 占 */ ||
        metric.charCodeAt(0) === 0x4f54 /* 佔 */ ||
        text.charCodeAt(start - 1) === 0x7684) /* 的 */
    ) {
      let at = start - 1;
      for (let c: number; at >= clauseFrom && (c = text.charCodeAt(at)) !== 0x5360 && c !== 0x4f54; at--);
      if (at >= clauseFrom) metric = at > clauseFrom ? metricOf(text, clauseFrom, at, true, false, 0) : '';
    }
    // `社会消费品零售总额：底线目标929亿元…；奋斗目标938亿元`: a level of ambition is no metric; the subject before it is.
    if (metric.length <= 6 && GOAL_END[metric.charCodeAt(metric.length - 1)] === 1 && GOAL_LEVEL.test(metric))
      metric = goalSubject(text, clauseFrom, start) || levelSubject(text, clauseFrom, start, metric) || metric;
    if (after) metric = after;
    // `集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%`: one value per item, in order.
    // The stretch value in brackets (`90.9%(力争达到100%)`, form 702) is the value's before it and takes no item of its own;
    // a value listed after another with no qualifier of its own has the one after 分别 (`分别不低于90.9%、88%`).
    if (stretch && respectiveClause === cut && respectiveNext > 0) metric = respective[respectiveNext - 1];
    else if (prevEnd > cut && respectiveClause === cut && respectiveNext < respective.length) {
      metric = respective[respectiveNext++];
      if (!qualifier && listed) qualifier = respectiveQualifier;
    } else if (fen && metric && prevEnd <= cut && (metric.includes('、') || metric.includes('和') || URBAN_RURAL.test(metric))) {
      const items = respectiveItems(text, cut, start, metric);
      if (items) {
        respective = items;
        respectiveClause = cut;
        respectiveNext = 1;
        respectiveSentence = sentenceStart;
        respectiveQualifier = qBefore && afterRespectively(text, start - qBefore.length) ? qBefore : '';
        metric = items[0];
      }
    }
    // `不低于35%的行政村…`, `90%以上的村…`: nothing before names it, the units after it are what the share is of.
    if (!metric && unitRaw === '%' && text.charCodeAt(end) === 0x7684 /* 的 */) {
      metric = metricAfter(text, end, sentenceEnd);
      if (metric) measure = 'share';
    } else if (measure === 'level' && unitRaw === '%' && !metric.endsWith('率')) {
      // `成华区50%的城市社区建成…`, `90%以上(含)的乡镇有…`: a share of what is named after it (not `8%的增速`, `30%的比例`, `70%的水平`).
      const de = text.charCodeAt(end) === 0x7684 /* 的 */ ? end : INCLUSIVE_DE.test(text.slice(end, end + 4)) ? end + 3 : -1;
      if (de >= 0 && inCjkRange(text.charCodeAt(de + 1)) && !NOT_SHARED_AFTER.test(text.slice(de + 1, de + 3))) measure = 'share';
    }
    // `（全国10.7%、全省10.1%）`: a figure compared with is named by its region (and is not the sentence's metric, below).
    if (region !== undefined) metric = region;
    prevMeasure = measure;
    // `城镇、农村居民人均可支配收入分别达到39098元、16340元，增长4.7%、5.1%`: a clause of a verb only that lists
    // values again goes through the sentence's `分别` list again, in order.
    if (
      !metric &&
      prevEnd <= cut &&
      respectiveSentence === sentenceStart &&
      respective.length > 1 &&
      start - clauseFrom <= 12 &&
      is(text, end, LIST_NEXT) &&
      text.charCodeAt(end + 1) >= 48 &&
      text.charCodeAt(end + 1) <= 57
    ) {
      metric = respective[0];
      respectiveClause = cut;
      respectiveNext = 1;
      respectiveQualifier = '';
    }
    // A clause of a verb only (`增长7.5%，达到309亿元`) speaks of the sentence's last metric.
    // `人均地区生产总值:增长6%左右`, `高新技术企业数：10家以上`: a clause of a verb only after a colon is named by the label before it.
    if (!metric && !compared && prevEnd <= cut && start - cut <= 12 && cut > clauseMin && isColon(text.charCodeAt(cut - 1)))
      metric = colonLabel(text, cut - 1, clauseMin);
    if (!metric && lastMetricSentence === sentenceStart && start - clauseFrom <= 12) {
      metric = lastMetric;
      // `…占规模以上工业总产值比重2024年达到52%、2025年达到53%` (thirty-third blind set 694, form 724): a share named again is a share.
      // (Only right after the last value, with a year and a verb at most between: `、2025年达到`, `，提升至`.)
      if (
        measure === 'level' &&
        unitRaw === '%' &&
        lastMeasure === 'share' &&
        start - prevEnd <= 12 &&
        SHARE_AGAIN.test(text.slice(prevEnd, start))
      )
        prevMeasure = measure = 'share';
    }
    // `机动车道井盖井框处置，完成400个`: a clause of a verb only (VERB_ONLY), first of its sentence to hold a value, is named by the clause before it.
    if (
      !metric &&
      !compared &&
      prevEnd <= cut &&
      start - cut <= 6 &&
      cut > clauseMin &&
      lastMetricSentence !== sentenceStart &&
      isComma(text.charCodeAt(cut - 1)) &&
      VERB_ONLY.test(text.slice(cut, start))
    )
      metric = commaSubject(text, cut - 1, clauseMin);
    if (!metric && unitRaw === '万' && lastUnitKind) unitKind = lastUnitKind;
    metric = tidyMetric(metric);
    if (metric && !compared) {
      lastMetricSentence = sentenceStart;
      lastMetric = metric;
      lastMeasure = measure;
      lastUnitKind = unitKind;
    }
    prevEnd = end;
    const category: TargetCategory = info.category ?? (measure === 'growth' && unitRaw !== '‰' ? 'growth' : 'percent');
    // In base units: the unit `unitRaw || magnitudeBeforeRange`.
    const { factor, baseUnit } = unitRaw ? info : unitInfo(magnitudeBeforeRange);
    // `到“十四五”末，…达到7000亿元`: the end of a five-year period before the value in its sentence sets its year (periodEnds, once per sentence).
    if (periodSentence !== sentenceStart) {
      periodSentence = sentenceStart;
      periods = periodEnds(text, sentenceStart, sentenceEnd);
    }
    const scopeYear =
      (nian ? scopeYearOf(text, cut, start) : undefined) ??
      (periods.length > 0 ? periodEndBefore(periods, start) : undefined) ??
      sentenceYear ??
      (kind === 'target' ? year : undefined);
    const target: Target = {
      start: signed ? start - 1 : start,
      end,
      line,
      text: text.slice(signed ? start - 1 : start, end),
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
      rangeMark: q.rangeMark,
      zone: zone.kind,
      unitKind,
      measure,
      scopeYear,
      shared: false,
    };
    out.push(target);
    if (category === 'count') prevCountEnd = end;
    // `A率、B率和C率“三个100%”`, `A、B、C均达到100%`: one value, one row per metric listed.
    const list =
      (is(text, start - 1, SHARED_END) && mayShare(text, cut, start) ? sharedMetrics(text, cut, start, metric) : undefined) ??
      pairedMetrics(text, start, end, metric);
    if (list) {
      out[out.length - 1] = { ...target, metric: list[0] };
      for (let i = 1; i < list.length; i++) out.push({ ...target, metric: list[i], shared: true });
      lastMetric = list[list.length - 1];
    }
    while (kinds.length < out.length) kinds.push(lastUnitKind);
  }
  const all = withTableCells(model, out, kinds, zones, year, range, range?.unitKind);
  withoutFormulaParts(text, all.targets, all.kinds);
  withQuotedMetrics(text, all.targets);
  carried.set(all.targets, all.kinds);
  return all.targets;
}

/**
 * The parts of a quoted formula of counts (`“2+4+2”数字产业体系`, `“3+6+2+1”新布局`; thirty-third and thirty-fourth blind sets 688
 * and 708, forms 712 and 741) spelled out in its sentence are its layout, no quantities: the counts in a bracket that glosses it
 * (`“3+6+2+1”新布局(即3大…、6大…、2大…、1个便民服务专区)`), and a run of counts whose values are its parts in order, each summing
 * the 、-list of as many items right before it (`电子信息、光伏制造2个优势数字产业,…、数字视听4个…,算力、数据2个…,构建“2+4+2”…`).
 * Not a count that is no part of it (`新增企业5家,构建“1+N”服务体系`), nor counts without such lists (`新建3个园区、1个中心,形成“3+1”格局`:
 * commitments). In place, with the carried unit kinds.
 */
export function withoutFormulaParts(text: string, targets: Target[], kinds: (UnitKind | undefined)[]): void {
  let drop: Set<number> | undefined;
  for (let k = 0, sentence = -1; k < targets.length; k++) {
    const t = targets[k];
    if (t.sentenceStart === sentence) continue;
    sentence = t.sentenceStart;
    const words = text.slice(t.sentenceStart, t.sentenceEnd);
    if (words.indexOf('+') < 0) continue;
    FORMULA.lastIndex = 0;
    const f = FORMULA.exec(words);
    if (!f) continue;
    const parts = f[1].split('+').map((p) => Number(p.trim()));
    const at = t.sentenceStart + f.index + f[0].length;
    // The sentence's counts, in order (from this target on: they come in text order).
    const counts: Target[] = [];
    for (let j = k; j < targets.length && targets[j].sentenceStart === sentence; j++)
      if (targets[j].category === 'count' && !targets[j].shared) counts.push(targets[j]);
    const gloss = GLOSS.exec(text.slice(at, Math.min(t.sentenceEnd, at + 16)));
    if (gloss) {
      const open = at + gloss[0].length;
      const close = text.indexOf(text.charCodeAt(open - 2) === 0x28 /* ( */ ? ')' : '）', open);
      for (const c of counts) if (c.start >= open && (close < 0 || c.start < close)) (drop ??= new Set()).add(c.start);
    }
    for (let i = 0; i + parts.length <= counts.length; i++) {
      let all = true;
      for (let p = 0; p < parts.length && all; p++) {
        const c = counts[i + p];
        all = c.value === parts[p] && c.valueMax === undefined && listedBefore(text, c.start, parts[p]);
      }
      if (!all) continue;
      for (let p = 0; p < parts.length; p++) (drop ??= new Set()).add(counts[i + p].start);
      break;
    }
  }
  if (!drop) return;
  let w = 0;
  for (let r = 0; r < targets.length; r++) {
    if (drop.has(targets[r].start)) continue;
    targets[w] = targets[r];
    kinds[w++] = kinds[r];
  }
  targets.length = w;
  kinds.length = Math.min(kinds.length, w);
}
/** A quoted formula of counts joined by + (`“2+4+2”`, `"3+6+2+1"`). */
const FORMULA = /[“"]\s*(\d{1,2}(?:\s*\+\s*\d{1,2}){1,7})\s*[”"]/g;
/** The opening of a bracket that glosses a formula after its name (`新布局(即`, `体系（即`). */
const GLOSS = /^[\u4e00-\u9fff]{0,8}[（(]即/;
/** Whether the words of the clause before `at` list `n` items joined by 、 (`算力、数据` before `2个`; one item for 1). */
function listedBefore(text: string, at: number, n: number): boolean {
  let seps = 0;
  let i = at - 1;
  for (; i >= 0 && at - i <= 80; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 /* 、 */) seps++;
    else if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0xff1a || c === 10) break;
  }
  return seps === n - 1 && at - i > 2;
}

/**
 * Metric names keep the quotation marks the text writes in them (`树立10家“走出去”先进企业` → `“走出去”先进企业`, `新开发“双协员”`):
 * the name is cleaned without them (bareWords), then found again near its value (METRIC_WINDOW characters either side, in its
 * sentence) with the marks, and read back from the text with those inside it and, when it is quoted whole, the pair around it.
 * Only words that hold a “ or ” are read; a name not found as written (its brackets or blanks cleaned away) or whose marks
 * do not pair stays as it was. In place, in the array's order (the comparison's normaliseMetric drops the marks again).
 */
export function withQuotedMetrics(text: string, targets: Target[]): void {
  // The next “ and ” at or after a place, found again only when the place passes them (targets come in text order, so the
  // searches read the text about once).
  let open = -1;
  let close = -1;
  let openFrom = Infinity;
  let closeFrom = Infinity;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k];
    if (t.metric === '') continue;
    // The words a name is read from (METRIC_WINDOW before the value, a count's noun after it), inside the sentence.
    const from = Math.max(t.sentenceStart, t.start - METRIC_WINDOW);
    const to = Math.min(t.sentenceEnd, t.end + METRIC_WINDOW);
    if (from < openFrom || (open >= 0 && open < from)) {
      open = text.indexOf('“', from);
      openFrom = from;
    }
    if (from < closeFrom || (close >= 0 && close < from)) {
      close = text.indexOf('”', from);
      closeFrom = from;
    }
    if ((open < 0 || open >= to) && (close < 0 || close >= to)) continue;
    const words = text.slice(from, to);
    const quoted = quotedMetric(text, words, from, to, t.start, t.end, t.metric);
    if (quoted !== undefined) targets[k] = { ...t, metric: quoted };
  }
}

/** The second characters of nouns that open with 并 (并购, 并网, 并联, 并列, 并行): metricAfter. */
const AND_NOUN = new Set([...'购購网網联聯列行'].map((c) => c.charCodeAt(0)));
/** The words between two values of one share (`、2025年达到`, `提升至`, form 724): a year and a verb at most. */
export const SHARE_AGAIN =
  /^[、，,]?\s*(?:\d{4}\s*年(?:底|末)?)?(?:要|将|將)?(?:达到|達到|提高到|提高至|提升到|提升至|提升|提高|增至|升至|为|為|达|達|超过|超過)?$/;
/** Where `metric` ends when it is written at `p` with quotation marks between its characters (before `to`), else -1. */
function matchPastMarks(text: string, p: number, to: number, metric: string): number {
  let i = p;
  for (let j = 0; j < metric.length; i++) {
    if (i >= to) return -1;
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201d) continue;
    if (c !== metric.charCodeAt(j)) return -1;
    j++;
  }
  return i;
}
/** How far from its value withQuotedMetrics looks for a name: metricOf's 48 characters and the marks a name holds. */
const METRIC_WINDOW = 64;
/** The metric `metric` as `text` writes it between `from` and `to` (`words`) with its quotation marks (withQuotedMetrics), or undefined. */
function quotedMetric(
  text: string,
  words: string,
  from: number,
  to: number,
  start: number,
  end: number,
  metric: string,
): string | undefined {
  // Written as it is, before the value or after it: marks can only stand around it (`“税银贷”`).
  // (In the window's words only: a search of the text would run on through it where the name is not there.)
  const n = metric.length;
  let w = start - n >= from ? words.lastIndexOf(metric, start - n - from) : -1;
  if (w < 0) w = words.indexOf(metric, end - from);
  if (w >= 0) w += from;
  if (w >= from && w + n <= to) {
    const whole = w > from && text.charCodeAt(w - 1) === 0x201c && text.charCodeAt(w + n) === 0x201d;
    return whole ? text.slice(w - 1, w + n + 1) : undefined;
  }
  // The name with marks between its characters: before the value (the last place it ends by the value's start), else the first
  // after it (`10家“走出去”先进企业`). (Read by char codes: no string is made of the words without their marks.)
  let a = -1;
  let b = -1;
  const first = metric.charCodeAt(0);
  for (let p = start - 1; p >= from && a < 0; p--) {
    if (text.charCodeAt(p) !== first) continue;
    const e = matchPastMarks(text, p, to, metric);
    if (e >= 0 && e <= start) {
      a = p;
      b = e;
    }
  }
  for (let p = end; p < to && a < 0; p++) {
    if (text.charCodeAt(p) !== first) continue;
    const e = matchPastMarks(text, p, to, metric);
    if (e >= 0) {
      a = p;
      b = e;
    }
  }
  if (a < 0) return undefined;
  let opens = 0;
  let closes = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) opens++;
    else if (c === 0x201d) closes++;
  }
  // A mark the name opens or closes right outside it (`“走出去”先进企业`: the “ before 走), or the pair around a name quoted whole.
  if (opens > closes && text.charCodeAt(b) === 0x201d) {
    b++;
    closes++;
  } else if (closes > opens && a > from && text.charCodeAt(a - 1) === 0x201c) {
    a--;
    opens++;
  } else if (opens === 0 && closes === 0 && a > from && text.charCodeAt(a - 1) === 0x201c && text.charCodeAt(b) === 0x201d) {
    a--;
    b++;
    opens = closes = 1;
  }
  if (opens === 0 || opens !== closes) return undefined;
  // Each mark pairs in order (not `”A“`).
  for (let i = a, depth = 0; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d && --depth < 0) return undefined;
  }
  return text.slice(a, b);
}

/**
 * The scan's targets with the baseline and target cells of the indicator tables (indicatorTable.ts)
 * put in text order: a cell a quantity of the scan overlaps is left to the scan; a cell carries on
 * the unit kind carried before it (the scan's carry does not see the tables). With a range, only the
 * cells starting in it.
 */
export function withTableCells(
  model: DocumentModel,
  out: Target[],
  kinds: (UnitKind | undefined)[],
  zones: readonly Zone[],
  year: number | undefined,
  range?: { from: number; to: number },
  carriedIn?: UnitKind,
): { targets: Target[]; kinds: (UnitKind | undefined)[] } {
  const all = tableCellsOf(model).filter((c) => !range || (c.start >= range.from && c.start < range.to));
  if (!all.length) return { targets: out, kinds };
  // A piped table's column (计划目标, 实绩) decides the kind of the quantity the scan read in its cell (`增长7%左右`).
  let copied = false;
  for (const c of all) {
    if (!c.piped) continue;
    const k = lowerBound(out, (t) => t.start, c.start);
    if (k >= out.length || out[k].start !== c.start || out[k].kind === c.kind) continue;
    if (!copied) {
      out = out.slice();
      copied = true;
    }
    out[k] = { ...out[k], kind: c.kind };
  }
  const cells = all.filter((c) => !overlapped(out, c.start, c.end));
  if (!cells.length) return { targets: out, kinds };
  const targets: Target[] = [];
  const merged: (UnitKind | undefined)[] = [];
  let i = 0;
  for (const c of cells) {
    while (i < out.length && out[i].start <= c.start) {
      targets.push(out[i]);
      merged.push(kinds[i++]);
    }
    targets.push(tableTarget(model, c, zones, year));
    merged.push(merged.length ? merged[merged.length - 1] : carriedIn);
  }
  for (; i < out.length; i++) {
    targets.push(out[i]);
    merged.push(kinds[i]);
  }
  return { targets, kinds: merged };
}

/** Whether a target of `out` (in text order) overlaps `[start, end)`. */
function overlapped(out: readonly Target[], start: number, end: number): boolean {
  for (let k = lowerBound(out, (t) => t.start, end) - 1; k >= 0 && out[k].start >= start - 64; k--) if (out[k].end > start) return true;
  return false;
}

function tableTarget(model: DocumentModel, c: TableCell, zones: readonly Zone[], year: number | undefined): Target {
  const info = unitInfo(c.unit);
  const zone =
    zones[
      Math.min(
        lowerBound(zones, (z) => z.end, c.start + 1),
        zones.length - 1,
      )
    ];
  const line = model.lines[c.line];
  // An allocation table's figures (indicatorTable.ts allocationTable) in a review are what was done.
  const kind =
    c.allocation && (zone?.kind === 'review' || (c.year !== undefined && year !== undefined && c.year < year)) ? 'baseline' : c.kind;
  return {
    start: c.start,
    end: c.end,
    line: c.line,
    text: c.text,
    metric: c.metric,
    value: c.value,
    valueMax: c.valueMax,
    unit: c.unit,
    qualifier: c.qualifier,
    kind,
    category: info.category ?? 'percent',
    normalized: info.factor === undefined ? undefined : round(c.value * info.factor),
    baseUnit: info.baseUnit,
    heading: headingBefore(model.headings, c.start),
    sentenceStart: line.start,
    sentenceEnd: line.end,
    rangeMark: '',
    zone: zone ? zone.kind : 'none',
    unitKind: info.unitKind ?? 'other',
    measure: SHARE.test(c.metric) ? 'share' : 'level',
    scopeYear: kind === 'target' ? (c.year ?? year) : undefined,
    shared: false,
  };
}

/**
 * A part of the text to extract targets from (services/incremental.ts): quantities starting in
 * `[from, to)`, `from` a line start, with the plan year and zones of the whole model and the
 * one thing the scan carries from one sentence to the next, the unit kind of the last metric
 * (`carriedUnitKinds` of the last target before `from`). Sentences never cross a line end, so the
 * targets found equal the whole scan's in that part.
 */
export interface TargetRange {
  readonly from: number;
  readonly to: number;
  readonly year: number | undefined;
  readonly zones: readonly Zone[];
  readonly unitKind: UnitKind | undefined;
}

/** Per targets array made here, the unit kind the scan carries on after each of its targets. */
const carried = new WeakMap<readonly Target[], readonly (UnitKind | undefined)[]>();

/** The unit kinds carried after each target of `targets`, when it is an array made by `extractTargets` or recorded. */
export function carriedUnitKinds(targets: readonly Target[]): readonly (UnitKind | undefined)[] | undefined {
  return carried.get(targets);
}

/** Records the carried unit kinds of a targets array put together elsewhere (incremental analysis). */
export function recordUnitKinds(targets: readonly Target[], kinds: readonly (UnitKind | undefined)[]): void {
  carried.set(targets, kinds);
}

/**
 * The unit as RE_QUANTITY's group 5 wrote it, cleaned: blanks of scraped text dropped (`2147 万元`,
 * `8.5 %`, `7.9亿 元`), a colloquial `个亿` read as 亿, full-width ％ as %.
 */
function unitOf(raw: string): string {
  // A blank can stand first (` 万元`), after a magnitude of one or two characters (`亿 元`, `万亿 元`) or around the `/` of a
  // compound unit (`次/ 万公顷`). (Read once per form: unitForm.)
  const u = raw.indexOf(' ') >= 0 || raw.indexOf('\u3000') >= 0 ? raw.replace(BLANKS, '') : raw;
  if ((u.charCodeAt(0) === 0x4e2a /* 个 */ || u.charCodeAt(0) === 0x500b) /* 個 */ && (u[1] === '亿' || u[1] === '億')) return u.slice(1);
  return u === '％' ? '%' : u;
}
const BLANKS = /[ \u3000]/g;

/** A form of RE_QUANTITY's group 5 (QuantityMatch.form) read as a unit: cleaned, its 余/多, what it says. */
interface UnitForm {
  readonly unit: string;
  readonly more: string;
  readonly info: UnitInfo;
  /** CAPACITY_UNIT and TIME_SPAN_UNIT on `unit`, tested once per form rather than once per quantity. */
  readonly capacity: boolean;
  readonly timeSpan: boolean;
}
/** The forms seen, read once each (group 5 comes from a finite list): their index + 1 in UNIT_FORMS by form. */
const FORM_INDEX = new Uint16Array(FORMS);
const UNIT_FORMS: UnitForm[] = [];
/** The scanner's match record of extractTargets (no call of it runs inside another). */
const MATCH: QuantityMatch = quantityMatch();

/** The unit of a match: group 5 cleaned (unitOf), without the 余/多 that qualify the value (`600余个`, `750余万人次`). */
function unitForm(text: string, q: QuantityMatch): UnitForm {
  const i = FORM_INDEX[q.form];
  if (i !== 0) return UNIT_FORMS[i - 1];
  const raw = unitText(text, q);
  let unit = raw.length > 1 ? unitOf(raw) : raw === '％' ? '%' : raw;
  const more = unit.length > 1 && (unit.includes('余') || unit.includes('多')) ? (unit.includes('余') ? '余' : '多') : '';
  if (more) unit = unit.replace(more, '');
  const form = { unit, more, info: unitInfo(unit), capacity: CAPACITY_UNIT.test(unit), timeSpan: TIME_SPAN_UNIT.test(unit) };
  UNIT_FORMS.push(form);
  FORM_INDEX[q.form] = UNIT_FORMS.length;
  return form;
}
/** Whether the words of its clause before an age or a number of years (12 characters at most) match `words`: then it is a quantity. */
function wordsBefore(text: string, start: number, words: RegExp): boolean {
  let from = start;
  while (from > 0 && from > start - 12 && (CLASSES[text.charCodeAt(from - 1)] & (CLAUSE_END | SENTENCE_END)) === 0) from--;
  return words.test(text.slice(from, start));
}
/** The words before an age that make it a quantity (`人均预期寿命达82.4岁`, `平均年龄`). */
const AGE = /寿命|壽命|年龄|年齡/;
/** The words before a number of years that make it a quantity (`平均受教育年限提高到11.3年`, `人均预期寿命提高1.5年`). */
const YEARS_OF = /年限|年數|年数|寿命|壽命|工龄|工齡/;

/** 不低于/超过/约… in the words from `from` to `start`: QUALIFIER_BEFORE, run only when one of its words can end there. */
function qualifierBefore(text: string, from: number, start: number): string {
  let i = start;
  while (i > from && (CLASSES[text.charCodeAt(i - 1)] & QUALIFIER_END) === 0) i--;
  return i > from ? (QUALIFIER_BEFORE.exec(text.slice(from, start))?.[1] ?? '') : '';
}

/** `去年…`, `今年以来…` just before a quantity: BASELINE_NEAR on the (up to) 16 characters before it. */
function baselineNear(text: string, sentenceStart: number, start: number, near: RegExp): boolean {
  const from = Math.max(sentenceStart, start - 16);
  // Every word of BASELINE_NEAR holds 年 or 往 (以往): without one the regex cannot match.
  let i = start;
  for (let c: number; i > from && (c = text.charCodeAt(i - 1)) !== NIAN && c !== 0x5f80 /* 往 */;) i--;
  return i > from && near.test(text.slice(from, start));
}

/** A year's sentence that estimates its results as it closes: 预计 in its first words, and the year's targets met or a 全年 figure. */
const ESTIMATED_YEAR = /^\d{4}\s*年[，,][^，,。]{0,12}?[预預][计計][^。]*(?:(?:[实實][现現]|完成)(?:年度|全年)目[标標]|全年)/;
/** Words of results reported (not a plan's step for that year: `2023年,摸清底数,夯实基础`). */
const REPORTED_RESULT = /同比|圆满完成|圓滿完成|取得了|实现了|實現了|完成了|比上年|較上年|较上年/;
/** A report's delivery to a people's congress: `2025年3月21日在…人民代表大会第四次会议上`. */
const CONGRESS_DELIVERY =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在[^。！？]{0,30}?(?:人民代表大会|人民代表大會|人代会)[^。！？]{0,12}?(?:会议|會議)上/;
/** The sentence of `s` from `at` to its first 。！？ or line break. */
function sentenceAt(s: string, at: number): string {
  const m = /[。！？!?\n]/.exec(s.slice(at, at + 300));
  return s.slice(at, m ? at + m.index : at + 300);
}
/** `会议指出，2024年，…。` (form 290): the year a meeting's finding opens with, and its sentence. */
const POINTED_YEAR = /(?:会议|會議)(?:指出|认为|認為)[，,]\s*(\d{4})\s*年[，,]([^。！？\n]{0,200})/;
/** Words of a finding that looks ahead (`会议指出，2025年，要…`): then the year is the plan's own. */
const POINTED_AHEAD = /要|将|將|力争|力爭|确保|確保|目标|目標|预期|預期|是/;
const REVIEWED_YEAR = /^[^\d]{0,30}(\d{4})\s*年(?:度)?(?:全年)?(?:工作)?(?:回顾|回顧|总结|總結)\s*$/;

/** The later of two consecutive years in a title when words of results stand between them (planYear). */
function nextYearAfterResults(title: string): number | undefined {
  const first = /(\d{4})\s*年/.exec(title);
  if (!first) return undefined;
  const rest = title.slice(first.index + first[0].length);
  const second = /(\d{4})\s*年/.exec(rest);
  if (!second || Number(second[1]) !== Number(first[1]) + 1) return undefined;
  return RESULTS_BETWEEN.test(rest.slice(0, second.index)) ? Number(second[1]) : undefined;
}
const RESULTS_BETWEEN = /总结|總結|回顾|回顧|回望|成绩|成績|成效|成就|收官|答卷|完成情况|完成情況|执行情况|執行情況|工作情况|工作情況/;
/** The plan year from the title or the opening text (2007年工作要点 → 2007), if any. */
export function planYear(model: DocumentModel): number | undefined {
  const title = documentTitleText(model);
  // `2021年工作总结和2022年工作计划`: the year of the plan, not of the review.
  const planned = title
    ? /(\d{4})\s*年(?:度)?[^\d，。]{0,12}?(?:计划|計劃|要点|要點|安排|目标|目標|方案|任务|任務|思路|打算)/.exec(title)
    : null;
  if (planned && /总结|回顾/.test(title!)) return Number(planned[1]);
  // `一图读懂景谷2025年“成绩单”与2026年“新目标”`, `2025年目标任务完成情况与2026年打算` (thirty-first blind set 682, form 680): a
  // title naming a year's results, then the next year, plans the next year.
  const next = title ? nextYearAfterResults(title) : undefined;
  if (next !== undefined) return next;
  // `2022年工作回顧`, `2014年工作总结`, `2025年法治政府建设年度报告` (form 710): the title reviews or reports on that year; a plan in it
  // is for the next.
  // (`2011年上半年工作总结` reviews a part of its year: the rest of the year is the plan's.)
  const reviewed = title ? (REVIEWED_YEAR.exec(title) ?? YEARLY_REPORT.exec(title)) : null;
  if (reviewed) return Number(reviewed[1]) + 1;
  // `三年行动方案（2022—2024年）`: the plan runs from the period's first year (`2022年，全市新建…`
  // is the plan's first step, not a past year); the period's last year is no plan year of its own.
  const period = title ? /(\d{4})\s*年?\s*[—–\-－~～至到]{1,2}\s*(\d{4})\s*年/.exec(title) : null;
  if (period && Number(period[2]) > Number(period[1]) && Number(period[2]) - Number(period[1]) <= 15) return Number(period[1]);
  const fromTitle = title ? /(\d{4})\s*年/.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  // `第十五个五年规划纲要`, `“十五五”规划`: a five-year plan starts in its period's first year; not an assessment or a
  // report on one (`“十四五”规划中期评估报告`).
  const fiveYear = title && FIVE_YEAR_PLAN.exec(title);
  if (fiveYear && !ASSESSED.test(title)) return fiveYearStart(fiveYear[1] ?? fiveYear[2]);
  // A 政府工作报告 reviews last year and plans this one: `二、2026年工作安排`, or the date it was
  // delivered (`——2026年1月26日在……大会上`).
  for (const h of model.headings) {
    const y = /(\d{4})\s*年[^，。]{0,12}(工作安排|工作任务|工作任務|主要目标|主要目標|目标任务|目標任務|重点工作|重點工作)/.exec(h.title);
    if (y && !/回顾|回顧/.test(h.title)) return Number(y[1]);
  }
  // (On a PDF layer flattened onto one line the date follows the title: `1政府工作报告——2012年1月3日在…会议上`.)
  const delivered = /(?:^[\s\u3000]*|[报報]告\s*)[—―-]{1,2}\s*(\d{4})\s*年\s*\d{1,2}\s*月/m.exec(model.text.slice(0, 3000));
  if (delivered) return Number(delivered[1]);
  // `2025年3月21日在汉滨区第十九届 人民代表大会第四次会议上` (a 政府工作报告's delivery, without its dash, also in a flattened copy):
  // a report to a people's congress is delivered in the year it plans.
  // (Delivered late in a year, `2021年12月15日在…第十九届人民代表大会第一次会议上` at the change of term, it plans the next.)
  const toCongress = CONGRESS_DELIVERY.exec(model.text.slice(0, 3000));
  if (toCongress) return Number(toCongress[1]) + (Number(toCongress[2]) >= 10 ? 1 : 0);
  const head = model.text.slice(0, 2000);
  // `2025年工作回顾` names the year under review, not the plan's.
  // (`到2029年，` is a deadline.)
  const m = /(?<![到至\d])(\d{4})\s*年(?:是|工作(?!回顾|回顧|回忆|总结|總結)|的|，|,)/.exec(head);
  // `报告在回顾2024年工作时称，…` (a news report of a 政府工作报告), `会议总结2018年工作，研究部署2019年工作` (a news
  // report of a work conference), `报告回顾了2024年的工作,过去一年,…` (648, flattened: no title line gives the year): the year
  // reviewed comes first; the plan's is the next.
  const reviewed2 = /(?:回[顾顧]|[总總][结結])了?(\d{4})\s*年/.exec(head);
  if (reviewed2 && (!m || reviewed2.index < m.index)) return Number(reviewed2[1]) + 1;
  // `会议指出，2024年，工业经济运行总体平稳…` (a news report of a work conference, form 290): what the meeting finds of a
  // year, in a sentence that looks nowhere ahead, reviews it; the plan's year is the next.
  // (Only when that year is the first the opening names so: m, ending in a comma.)
  // `2025年,同安区预计地区生产总值增长6.5%左右,…顺利实现年度目标任务` (blind form 420): the year's figures estimated as it
  // closes (a report delivered in December, or early in the next year) review it; the plan's year is the next.
  // (The first year ending in a comma, and its sentence, read by this rule and the two below.)
  const commaYear = m !== null && /[，,]$/.test(m[0]);
  const yearSentence = commaYear ? sentenceAt(head, m!.index) : '';
  if (commaYear && ESTIMATED_YEAR.test(toSimplified(yearSentence))) return Number(m![1]) + 1;
  const pointed = commaYear ? POINTED_YEAR.exec(head) : null;
  if (pointed && pointed.index + pointed[0].indexOf(pointed[1]) === m!.index && !POINTED_AHEAD.test(pointed[2]))
    return Number(pointed[1]) + 1;
  // `安排部署2023年发展改革工作`, `工信部部署2023年重点任务`, `安排部署了2010年各项工作` (a news report of a work conference):
  // the year deployed is the plan's, also after a paragraph about the year before (`据了解，2022年，…`), unless a year
  // is named for itself before it (`2024年是…`) or the work is the year's since (`部署了2023年以来的工作`; forms 176 and 202).
  const deployed = /部署了?(\d{4})\s*年(?!以来|以來)/.exec(head);
  if (deployed && (!m || deployed.index < m.index || !m[0].endsWith('是'))) return Number(deployed[1]);
  // `2022年,…各项工作圆满完成,…实现169.3亿元` then a paragraph `2023年,该局将…` (blind form 370): a year whose sentence
  // reports results and looks nowhere ahead, then a sentence opening with the next year that does: the plan is the next year's.
  if (commaYear && REPORTED_RESULT.test(yearSentence) && !POINTED_AHEAD.test(yearSentence)) {
    const y = Number(m![1]);
    const next = new RegExp(`(?:\\n|[。！？!?])[\\s\\u3000]*${y + 1}\\s*年[，,]`).exec(head);
    if (next && next.index > m.index && POINTED_AHEAD.test(sentenceAt(head, next.index + next[0].length))) return y + 1;
  }
  if (m) return Number(m[1]);
  // `近日，《福建省…数字经济行动计划（2022—2025年）》出炉` (a news report of a plan): the named plan's first year.
  const named = /《[^》]{0,60}[（(](\d{4})\s*年?\s*[—–\-－~～至到]{1,2}\s*(\d{4})\s*年[)）]》/.exec(head);
  return named && Number(named[2]) > Number(named[1]) ? Number(named[1]) : undefined;
}

/** A five-year plan named in a title: `第十五个五年规划`, `“十四五”规划`, `十四五發展規劃`. */
const FIVE_YEAR_PLAN = /第十([一二三四五六七八九])个五年|十([一二三四五六七八九])五”?[^，。]{0,12}?(?:规划|規劃)/;
/** A title that assesses or reports on a plan rather than setting one out. */
const ASSESSED = /评估|評估|总结|總結|回顾|回顧|实施情况|實施情況|执行情况|執行情況|进展|進展/;

/**
 * What a sentence makes of its quantities, in its zone: a baseline when its first clause speaks of a
 * year before the plan year or it stands in a review; in the plan, a target (a task's quantity is a
 * commitment with or without 力争/确保); where no zone is known, a target when it looks forward
 * (力争/确保/实现/增长…) or continues a target sentence with 其中. (`去年…` just before a quantity
 * also makes a baseline; that is checked per quantity.) `year`: a year the first clause sets.
 */
function sentenceVerdict(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  year: number | undefined,
  zone: ZoneKind,
  heading: Heading | undefined,
  floor = -1,
): { kind: TargetKind | undefined; year: number | undefined; back: boolean } {
  const first = firstClauseYears(text, sentenceStart, sentenceEnd, year);
  if (first.back) return { kind: 'baseline', year: first.year, back: true };
  // `预计2023年，地区生产总值完成168.8亿元`, `初步预计，2022年…`: outside the plan, an estimate of a year's outcome
  // is a fact, not a commitment (unless it looks past the plan year). (In the plan, `预计全年旅游接待人数达到700万人次`
  // is the plan's own expectation.)
  if (zone !== 'plan' && estimated(text, sentenceStart, sentenceEnd) && !(first.forward && year !== undefined && first.year! > year))
    return { kind: 'baseline', year: first.year, back: false };
  // A review's sentence that sets a year to come (`到2030年…`) is a plan's, whatever the zone.
  // (`2011年上半年…` in the review of a plan for the second half is over: a fact.)
  // (`2024年，全县地区生产总值完成201.06亿元` under 一、经济指标完成情况: the plan year alone, without 到, is the year reported on.)
  if (zone === 'review') {
    if (first.forward && !first.pastPart && !first.reported) return { kind: 'target', year: first.year, back: false };
    if (first.year === undefined && planBreakdown(text, sentenceStart, sentenceEnd, year, floor))
      return { kind: 'target', year: undefined, back: false };
    return { kind: 'baseline', year: first.year, back: false };
  }
  if (zone === 'plan') return { kind: 'target', year: first.year, back: false };
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (TARGET_CUE.test(sentence)) return { kind: 'target', year: first.year, back: false };
  // `…城镇新增就业1200万人以上；…；粮食产量1.4万亿斤以上`: a clause of a list joined by ；
  // goes on with the list's words (to the paragraph's last 。！？).
  const before = sentenceStart > 0 ? text.charCodeAt(sentenceStart - 1) : 0;
  if (before === 0xff1b /* ； */ || before === 0x3b /* ; */) {
    const from = lastSentenceStart(text, Math.max(0, sentenceStart - 300), sentenceStart);
    if (TARGET_CUE.test(text.slice(from, sentenceStart))) return { kind: 'target', year: first.year, back: false };
  }
  // `其中，出口540亿美元` continues the previous sentence's target.
  if (QIZHONG.test(sentence)) {
    const prev = text.slice(Math.max(0, sentenceStart - 200), sentenceStart);
    if (TARGET_CUE.test(prev.slice(prev.search(/[^。；;！？\n]*[。；;！？]?$/)))) return { kind: 'target', year: first.year, back: false };
  }
  for (let hh = heading; hh; hh = hh.parent) if (GOALS.test(hh.title)) return { kind: 'target', year: first.year, back: false };
  // `…,表彰了4个先进集体和33名先进个人,…` (form 246): with no word that looks forward, a number right after a
  // verb with 了 reports what was done.
  if (DONE.test(sentence)) return { kind: 'baseline', year: first.year, back: false };
  return { kind: undefined, year: first.year, back: false };
}

const QIZHONG = /^\s*其中/;
const PLAN_WORD = /计划|計劃|安排/;
const PROGRESS_WORD = /已|截至|截止|完成|实现|實現|达到|達到|累计|累計/;
/**
 * `2019年全縣共安排重點建設項目85個,年度計劃投資105.53億元。其中新建項目51個,年度計劃投資43.1億元;續建項目34個,
 * 年度計劃投資62.43億元;` (form 343): in a review, the parts of the year's plan after 其中 are the plan too. A clause that names
 * the plan (计划/安排) and no progress (已, 截至, 完成…), opening with 其中 after a clause the review reads as the plan
 * (sentenceVerdict: a year to come, and 计划/安排 in it), or joined by ； to such a clause. Not the progress after it
 * (`51個新建項目已開工建設42個`), nor `其中工业投资50亿元` after a result.
 */
function planBreakdown(text: string, s: number, e: number, year: number | undefined, floor = -1): boolean {
  const namesPlan = (from: number, to: number) => {
    const clause = text.slice(from, to);
    return PLAN_WORD.test(clause) && !PROGRESS_WORD.test(clause);
  };
  for (let step = 0; step < 4 && s > 0; step++) {
    if (!namesPlan(s, e)) return false;
    const d = s - 1;
    const c = text.charCodeAt(d);
    // (Not back past `floor`, where a flattened copy's heading bounds the sentences: extractTargets.)
    const p = Math.max(lastClauseStart(text, Math.max(0, d - 300), d), floor);
    if (QIZHONG.test(text.slice(s, e)))
      return (
        (c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 0x3b) /* ; */ &&
        namesPlan(p, d) &&
        sentenceVerdict(text, p, d, year, 'review', undefined).kind === 'target'
      );
    if (c !== 0xff1b /* ； */ && c !== 0x3b /* ; */) return false;
    e = d;
    s = p;
  }
  return false;
}
/** The start of the clause that ends at `to` (after the last of SENTENCE_END_CHARS in `[from, to)`). */
function lastClauseStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && (CLASSES[text.charCodeAt(i - 1)] & SENTENCE_END) === 0) i--;
  return i;
}
/** The words of a score before its value (`得分≥76分`, `评分90分以上`, `满分100分`). */
const SCORE_BEFORE = /(?:[得评評满滿积積]分|分[数數值]|[测測][评評]|[满滿]意度)/;
/** A verb with 了 right before a number (`表彰了4个`): a deed done (sentenceVerdict, where no zone decides). */
const DONE = /[\u4e00-\u9fff]了\d/;
/**
 * Whether a sentence opens with an estimate (`预计…`, `初步预计，…`, `預計，…`, after a source such as `根据工作报告，`),
 * or is a clause of a list joined by ； whose first clause does (`预计2023年，…同比下降2.3%；规模以上工业增加值完成…`).
 * Not `预计到2030年` (a projection) and not a sentence with a word of commitment before its first value (力争, 确保, 目标).
 */
function estimated(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  if (estimateAt(text, sentenceStart, sentenceEnd)) return true;
  const before = sentenceStart > 0 ? text.charCodeAt(sentenceStart - 1) : 0;
  if (before !== 0xff1b /* ； */ && before !== 0x3b /* ; */) return false;
  return estimateAt(text, lastSentenceStart(text, Math.max(0, sentenceStart - 400), sentenceStart), sentenceEnd);
}
/** Whether the words at `from` (up to 40 characters, within `end`) open with an estimate and commit to nothing. */
function estimateAt(text: string, from: number, end: number): boolean {
  // ESTIMATE_SOURCE and ESTIMATE start, after blanks, with one of ESTIMATE_FIRST: only then are they run.
  let i = from;
  while (i < end && (CLASSES[text.charCodeAt(i)] & BLANK) !== 0) i++;
  if (ESTIMATE_FIRST[text.charCodeAt(i)] !== 1) return false;
  const s = text.slice(from, Math.min(end, from + 40)).replace(ESTIMATE_SOURCE, '');
  return ESTIMATE.test(s) && !COMMITTED.test(s);
}
const ESTIMATE_FIRST = charTable('初预預估根据據');

/**
 * Where the last run without 。！？!? or a line break before `to` starts, no earlier than `from`:
 * `from + text.slice(from, to).search(/[^。！？!?\n]*$/)`, by one scan back (the regex search tries
 * every offset, each running to the end: quadratic in the slice).
 */
function lastSentenceStart(text: string, from: number, to: number): number {
  let i = to;
  for (
    let c: number;
    i > from && (c = text.charCodeAt(i - 1)) !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f && c !== 10;
    i--
  );
  return i;
}
const ESTIMATE_SOURCE = /^[\s\u3000]*(?:(?:根据|根據|据|據)[^，,。；;]{1,16}[，,])?/;
const ESTIMATE = /^[\s\u3000]*(?:初步)?(?:预计|預計|预测|預測|估计|估計)(?![到至])/;
const COMMITTED = /力争|力爭|确保|確保|争取|爭取|目标|目標|计划|計劃/;
/** Levels of ambition a plan sets a value at (`底线目标`, `奋斗目标`…), in each script with its own 目标/目標. */
const LEVELS = '底线|奋斗|保底|最低|冲刺|挑战';
const LEVELS_TRADITIONAL = '底線|奮鬥';
/**
 * A level of ambition read as a metric name (`底线目标`, `奋斗目标`, `目标`): it says how far a value goes,
 * not what it measures (target-conflict skips such names too).
 */
export const GOAL_LEVEL = new RegExp(`^(?:${LEVELS}|${LEVELS_TRADITIONAL}|力争|争取|预期|年度|基本)?(?:目标|目標)(?:值)?$`);
/** A level's words anywhere in a sentence (target-conflict: a floor and a stretch goal do not conflict). */
export const GOAL_LEVEL_WORD = new RegExp(`(?:${LEVELS})目标|(?:${LEVELS_TRADITIONAL})目標`);
/** A level's first words after a comma. */
const LEVEL_AT = new RegExp(`^(?:${LEVELS}|${LEVELS_TRADITIONAL})目`);

/**
 * What a level of ambition is of: the clause just before the value's clause when it names one (`其中，加工贸易进出口总额，
 * 底线目标17亿美元`, `社会消费品零售总额：底线目标929亿元`), else the words before the last colon of the paragraph
 * within 200 characters (`…；奋斗目标938亿元` after `社会消费品零售总额：…`) or before the comma of another level; '' when
 * there is none.
 */
function goalSubject(text: string, clauseFrom: number, start: number): string {
  const floor = Math.max(0, start - 200);
  // The words before the mark at `at`, back to the one before them: a name, or '' (none, a digit, a level again).
  const nameBefore = (at: number) => {
    let a = at;
    while (a > floor && GOAL_STOP[text.charCodeAt(a - 1)] !== 1) a--;
    const words = text.slice(a, at);
    if (!words || /\d/.test(words)) return '';
    const name = cleanMetric(bareWords(words));
    return name && !GOAL_LEVEL.test(name) ? name : '';
  };
  // The clause before: from the mark before `clauseFrom`'s mark back to the one before it.
  const mark = clauseFrom - 1;
  const c = text.charCodeAt(mark);
  if (mark > floor && (c === 0xff1a || c === 0x3a || c === 0xff0c || c === 0x2c)) {
    const name = nameBefore(mark);
    if (name) return name;
  }
  for (let i = mark - 1; i > floor; i--) {
    const d = text.charCodeAt(i);
    if (d === 0x3002 /* 。 */ || d === 10) break;
    // A colon, or a comma before another level (`加工贸易进出口总额，底线目标…；奋斗目标…`).
    if (d === 0xff1a || d === 0x3a || ((d === 0xff0c || d === 0x2c) && LEVEL_AT.test(text.slice(i + 1, i + 4)))) return nameBefore(i);
  }
  return '';
}
/**
 * `规上工业增加值增速确保目标增长12%`: a level of ambition read as the metric, with words before it in its
 * own clause: those words name what it is of ('' when they name nothing).
 */
function levelSubject(text: string, clauseFrom: number, start: number, level: string): string {
  const at = text.lastIndexOf(level, start - level.length);
  if (at <= clauseFrom) return '';
  const name = metricOf(text, clauseFrom, at, true, true, -1);
  return name && !GOAL_LEVEL.test(name) ? name : '';
}
/** The last characters of GOAL_LEVEL's names (标, 標, 值): without one it cannot match. */
const GOAL_END = charTable('标標值');
/** Marks that end the words naming a subject. */
const GOAL_STOP = charTable('。；;，,：:！？!?\n');

/** Words that strive for a result (力争, 确保; not 确保了 or 力争的目标…, a past striving; not 争取, which in a review is what was won: 争取中央资金…), in either script. */
const STRIVE = /力[争爭](?!的)|[确確]保(?!了|的)/;

/**
 * `10月底前,惠及19个村、2万名群众都将用上自来水`: in a progress report, a sentence that opens with a deadline (`N月底前，`,
 * `年底前，`, `年内，`) and says what will be (将) — nothing done yet (no 已, 了) — looks ahead: its quantities are targets.
 */
const DEADLINE_AHEAD =
  /^[ \u3000]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:底|末|中旬|上旬|下旬)?前|年底前|年内)[，,](?![^。！？!?]*[已了])[^。！？!?]*?[将將]/;

/** Whether the sentence opens with a deadline ahead (DEADLINE_AHEAD); the regex runs only when its first character can start one. */
function deadlineAhead(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  let i = sentenceStart;
  while (i < sentenceEnd && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i++;
  const c = text.charCodeAt(i);
  return (
    ((c >= 0x30 && c <= 0x39) || c === NIAN || '一二三四五六七八九十'.includes(text.charAt(i))) &&
    DEADLINE_AHEAD.test(text.slice(sentenceStart, sentenceEnd))
  );
}
/**
 * `完成国地两税848万元，占全年任务1550万的55%`: the value after 占…任务 is the task set, a target in any zone;
 * so is the value in brackets after 任务/目标 (`完成年度任务(111.3亿元)的38.7%`, eighth blind set).
 */
const TASK_OF =
  /(?:[占佔](?:全年|年度|上半年|下半年|年)?(?:目标|目標)?(?:计划|計劃)?(?:任务|任務|计划|計劃)|(?:任务|任務|目标|目標)(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\))?[（(])$/;

/**
 * `…目标增速`, `预期目标`, `增速目标分别为15%、`, `预期目标22.19亿元、增速`, `建库数目标任务19家`: the words before a
 * quantity name it as the target (目标 then at most a measure word or 任务, 分别, a verb of being and earlier values of the list);
 * not in a comparison (`超过目标2个百分点`, `高于年初人代会12%的目标14.4个百分点`: a result measured
 * against the target) nor after 的 (`目标任务的110%`), nor the share of it done (`完成年度目标212%`, form 561).
 */
const NAMED_TARGET =
  /^(?!.*(?:高于|高於|低于|低於|超过|超過|超出|(?<!占)比(?!重|例|率)|(?:完成|实现|實現)了?(?:全年|年度|上半年|下半年)(?:目标|目標)(?:任务|任務)?$))(?:.*?)(?:目标|目標)(?:增速|增幅|值|任务|任務)?(?:分别|分別)?(?:为|為|是|达到|達到|达|達|：|:)?(?:[-\d.]+[^\d、，,。；;：:]{0,4}、[^\d、，,。；;：:]{0,4})*$/;

/**
 * Where an aside in brackets right before a quantity opens (`增长（同比，下同）6.7%`, `增长(按可比价格计算,下同)8.6%`: 11
 * characters at most between the brackets, none of them a bracket or a sentence's end), -1 when there is none.
 */
function asideBefore(text: string, start: number, min: number): number {
  const c = text.charCodeAt(start - 1);
  if (c !== 0xff09 /* ） */ && c !== 0x29 /* ) */) return -1;
  for (let i = start - 2; i >= Math.max(min, start - 12); i--) {
    const d = text.charCodeAt(i);
    if (d === 0xff08 /* （ */ || d === 0x28 /* ( */) return i;
    if (d === 0xff09 || d === 0x29 || (CLASSES[d] & SENTENCE_END) !== 0) return -1;
  }
  return -1;
}

/** Whether the clause before a quantity names it as the target (NAMED_TARGET); the regex runs only when 标 or 標 is there. */
function namedTarget(text: string, cut: number, start: number): boolean {
  const from = Math.max(cut, start - 40);
  for (let i = start - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x6807 /* 标 */ || c === 0x6a19 /* 標 */) return NAMED_TARGET.test(text.slice(from, start));
  }
  return false;
}

/**
 * Whether the words just after a quantity name it as a target (`聚焦地区生产总值年度增长6%目标任务`; `实现6%的增长目标`
 * is not: only 目标 right after the value, or after 的): a review restating the year's target beside its results.
 */
function targetAfter(text: string, cut: number, start: number, end: number): boolean {
  // `高于年初人代会12%的目标14.4个百分点`: the target a result is compared with (a past year's) is no target of the plan.
  return TARGET_AFTER.test(text.slice(end, end + 6)) && !COMPARED_BEFORE.test(text.slice(Math.max(cut, start - 20), start));
}
const COMPARED_BEFORE = /高于|低于|高於|低於|超过|超過|超出|快于|慢于|比/;
/**
 * `提前一个月完成市下达的30亿元的任务`: an amount followed by 的任务 is the task set (as after 占…任务), a target restated in
 * a review. Not a percentage (`完成60%的任务` is the share done), nor 任务量 or a comparison before it.
 */
function taskAfter(text: string, cut: number, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x7684 /* 的 */) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x25 /* % */ || text.charCodeAt(i) === 0xff05 /* ％ */) return false;
  return TASK_AFTER.test(text.slice(end + 1, end + 6)) && !COMPARED_BEFORE.test(text.slice(Math.max(cut, start - 20), start));
}
const TASK_AFTER = /^(?:年度|全年)?(?:目标)?(?:任务|任務)(?!量)/;
const TARGET_AFTER = /^(?:左右|以上)?(?:的)?(?:年度|全年)?(?:目标|目標)(?!值得|完成率)/;

/**
 * Whether the words just before a quantity are TASK_OF's (every one of them ends in 务, 務, 划 or 劃). A percentage right
 * after 占…计划/任务 is the share done, not the task set (`佔年度計劃59.1%` as `佔年度計劃的59.1%`, form 344).
 */
function taskOfShare(text: string, cut: number, start: number, end: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (!(c === 0x52a1 || c === 0x52d9 || c === 0x5212 || c === 0x5283 || c === 0xff08 /* （ */ || c === 0x28) /* ( */) return false;
  // (10 characters, or 19 with a converter's pinyin gloss after 目標: `預(yù)期目標(biāo)(6.5%)`, form 320.)
  const m = TASK_OF.exec(text.slice(Math.max(cut, start - 19), start));
  if (m === null) return false;
  const e = text.charCodeAt(end - 1);
  return !((m[0].charCodeAt(0) === 0x5360 /* 占 */ || m[0].charCodeAt(0) === 0x4f54) /* 佔 */ && (e === 0x25 || e === 0xff05));
}

/** Where the sentence (from `sentenceStart`) first strives for a result (STRIVE) between `from` and `to`, -1 when it does not there; every word of STRIVE holds 争, 爭 or 保. */
function strivenFrom(text: string, sentenceStart: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x4e89 || c === 0x722d || c === 0x4fdd) {
      const a = Math.max(sentenceStart, i - 1);
      const m = STRIVE.exec(text.slice(a, i + 2));
      if (m) return a + m.index;
    }
  }
  return -1;
}
const YEARS = /(\d{4})\s*年/g;
const UNTIL_YEAR = /(到|至)\s*\d{4}\s*年/;
const GOALS = /目标|指标/;

/**
 * The years the first clause of a sentence names: `back` when all are before the plan year (and no
 * `到2030年`), `forward` when one is the plan year or later; `year`, the last one named.
 */
function firstClauseYears(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  year: number | undefined,
): { back: boolean; forward: boolean; pastPart: boolean; reported: boolean; year: number | undefined } {
  // Up to the first ，,：: (the whole sentence when there is none or it comes first).
  // Without a 年 in it, it names no year (the scan looks for one on the way).
  let e = sentenceStart;
  let nian = false;
  for (let c: number; e < sentenceEnd && (CLASSES[(c = text.charCodeAt(e))] & FIRST_CLAUSE_END) === 0; e++) if (c === NIAN) nian = true;
  if (e === sentenceStart) nian = text.slice(sentenceStart, sentenceEnd).includes('年');
  if (!nian) return NO_YEARS;
  let firstClause = text.slice(sentenceStart, e > sentenceStart ? e : sentenceEnd);
  // `按照《…办法（2021年版）》`: a year inside a title or brackets names a document, not the time.
  if (/[《（(]/.test(firstClause)) firstClause = firstClause.replace(BRACKETED, '');
  let any = false;
  let later = false;
  let pastPart = false;
  let last: number | undefined;
  YEARS.lastIndex = 0;
  for (let y: RegExpExecArray | null; (y = YEARS.exec(firstClause));) {
    if (PAST_PART.test(firstClause.slice(y.index + y[0].length, y.index + y[0].length + 6))) pastPart = true;
    // `比2020年下降18%`, `与2020年相比`: the year compared with, not the time the sentence speaks of.
    const p = y.index > 0 ? firstClause.charCodeAt(y.index - 1) : 0;
    if (p === 0x6bd4 /* 比 */ || p === 0x8f83 /* 较 */ || p === 0x4e0e /* 与 */) continue;
    any = true;
    last = Number(y[1]);
    // `2024年以来…` (form 321): a time from then to now is over, the plan year's too (as 今年以来).
    if (year !== undefined && last >= year && !SINCE.test(firstClause.slice(y.index + y[0].length, y.index + y[0].length + 2)))
      later = true;
  }
  if (!any || year === undefined) return { back: false, forward: false, pastPart, reported: false, year: last };
  const until = UNTIL_YEAR.test(firstClause);
  // The first clause is the plan year and nothing more (`2024年，`): in a review, the year reported on.
  const reported = !until && last === year && REPORTED_YEAR.test(firstClause);
  return { back: !later && !until, forward: later, pastPart: pastPart && last === year && !until, reported, year: last };
}
const REPORTED_YEAR = /^[\s\u3000]*\d{4}\s*年(?:度)?\s*$/;
/** 以来 after a year: the time since it, up to now. */
const SINCE = /^(?:以来|以來)/;
const NO_YEARS = { back: false, forward: false, pastPart: false, reported: false, year: undefined };
/** The parts of a year that are over by the middle of it (`2011年上半年`, `一季度`, `2023年1-5月`: months from January, not the whole year). */
const PAST_PART = /^(?:度)?(?:上半年|一季度|第一季度|前三季度|1[-—～~至](?:[1-9]|1[01])月|一至六月)/;
const BRACKETED = /《[^》]*》|（[^）]*）|\([^)]*\)/g;

/** The end of a five-year period (`“十四五”末`, `十五五期末`, `“十三五”规划末期`): the period's last year (fiveYearStart + 4). */
export const PERIOD_END = /十([一二三四五六七八九])五”?(?:规划|規劃)?(?:期末|末期|末)/g;
const NO_PERIODS: readonly number[] = [];
/** The period ends (PERIOD_END) in [from, to) of `text`, as offset and year pairs in text order. */
function periodEnds(text: string, from: number, to: number): readonly number[] {
  const s = text.slice(from, to);
  if (!s.includes('五')) return NO_PERIODS;
  const out: number[] = [];
  PERIOD_END.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PERIOD_END.exec(s));) out.push(from + m.index, fiveYearStart(m[1]) + 4);
  return out;
}
/** The year of the last period end of `periods` (periodEnds) before `start`. */
function periodEndBefore(periods: readonly number[], start: number): number | undefined {
  let year: number | undefined;
  for (let i = 0; i < periods.length && periods[i] < start; i += 2) year = periods[i + 1];
  return year;
}

/**
 * The ranges of a model's glossaries as [start, end) pairs: each numbering context of kind appendix (`名词解释`), up to the
 * next context or to the first heading of another style than its first entry's (`1.` entries, then `二、…`: the text goes on).
 */
export function glossaryRanges(model: DocumentModel): number[] {
  const out: number[] = [];
  const { contexts, headings } = model;
  for (let c = 0; c < contexts.length; c++) {
    if (contexts[c].kind !== 'appendix') continue;
    const from = contexts[c].start;
    let to = c + 1 < contexts.length ? contexts[c + 1].start : model.text.length;
    let first: Heading | undefined;
    for (let h = lowerBound(headings, (x) => x.start, from); h < headings.length && headings[h].start < to; h++) {
      const x = headings[h];
      if (!first) first = x;
      else if (x.family !== first.family || x.variant !== first.variant) {
        to = x.start;
        break;
      }
    }
    out.push(from, to);
  }
  return out;
}

/**
 * Whether line `i` is a document's name (blind form 470): the title line, an attachment's name after `附件：` / `附件1：`, or
 * the title line under a lone `附件` / `附件1` label; a line of no sentence mark or comma that ends with a genre word
 * (`…实施方案`, `…民生实事项目`). Its counts name the document; the same words quoted in a sentence
 * (`为保质保量完成我区“…40个…”建设任务`) are the task.
 */
export function namesDocument(model: DocumentModel, i: number): boolean {
  const { text, lines } = model;
  const l = lines[i];
  let s = l.start;
  let e = l.end;
  while (e > s && isBlankOrMark(text.charCodeAt(e - 1))) e--;
  if (e - s < 6 || !DOCUMENT_NAME_END.test(text.slice(Math.max(s, e - 8), e))) return false;
  while (s < e && isBlankOrMark(text.charCodeAt(s))) s++;
  const name = text.slice(s, e);
  if (NAME_BREAK.test(name)) return false;
  if (model.title?.line === i || ATTACHMENT_NAMED.test(name)) return true;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const before = text.slice(lines[j].start, lines[j].end).trim();
    if (before) return ATTACHMENT_LABEL_ALONE.test(before);
  }
  return false;
}
/** Blanks and the Markdown marks around a title line (`# …`, `**…**`). */
function isBlankOrMark(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0x23 /* # */ || c === 0x2a /* * */ || c === 13;
}
const DOCUMENT_NAME_END =
  /(?:方案|计划|計劃|要点|要點|规划|規劃|纲要|綱要|清单|清單|意见|意見|办法|辦法|细则|細則|项目|項目|安排|通知)》?$/;
/** A sentence mark or comma: a sentence, no name. */
const NAME_BREAK = /[。；;，,！？!?]/;
const ATTACHMENT_NAMED = /^附件\s*\d{0,2}\s*[：:]/;
const ATTACHMENT_LABEL_ALONE = /^附件\s*\d{0,2}[：:]?$/;

/** Whether `N位` at `[start, end)` is a place in a ranking (`前10位`, `排名提升4位`, `位次前移3位`) or a count of digits (`3位数`). */
function rankPlace(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 0x524d /* 前 */ || text.charCodeAt(end) === 0x6570 /* 数 */ || text.charCodeAt(end) === 0x6578)
    /* 數 */
    return true;
  return RANK_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
/** A ranking named in the clause before the number, or a move up or down one right before it (`比去年同期提升5位`, `提高了 24 位`). */
const RANK_BEFORE =
  /(?:排名|排位|位次|名次|排行|居|列|升至|跃升|躍升|降至)[^，。；,;：:]*$|(?:提升|提高|上升|前移|前进|前進|下降|后移|後移)了?\s*$/;

/** `到2027年`/`2027年底前` in the clause before a quantity: the year it is set for. */
function scopeYearOf(text: string, clauseStart: number, start: number): number | undefined {
  // SCOPE_YEAR on the (up to) 40 characters before the quantity, read by char codes rather than tried at every offset. No
  // digit may follow its year (`[^，。；\d]*$`): the year is the last run of digits, and no more than four (a digit before
  // them is neither `^` nor one of `[^比较与同\d]`, and 到至在于 are no digits); before it the words' start, or a character
  // other than 比较与同 (到至在于 among them); after it blanks (`\s*`), 年, and to the end no ，。； (底末前内 are among those).
  const from = Math.max(clauseStart, start - 40);
  let e = start;
  while (e > from && !isDigitAt(text, e - 1)) e--;
  let r = e;
  while (r > from && isDigitAt(text, r - 1)) r--;
  if (e - r !== 4) return undefined;
  const b = r > from ? text.charCodeAt(r - 1) : 0;
  if (b === 0x6bd4 /* 比 */ || b === 0x8f83 /* 较 */ || b === 0x4e0e /* 与 */ || b === 0x540c /* 同 */) return undefined;
  let i = e;
  while (i < start && (CLASSES[text.charCodeAt(i)] & BLANK) !== 0) i++;
  if (i >= start || text.charCodeAt(i) !== NIAN) return undefined;
  for (let j = i + 1; j < start; j++) {
    const c = text.charCodeAt(j);
    if (c === 0xff0c /* ， */ || c === 0x3002 /* 。 */ || c === 0xff1b /* ； */) return undefined;
  }
  return Number(text.slice(r, e));
}
const SCOPE_YEAR = /(?:^|[^比较与同\d])(?:到|至|在|于)?(\d{4})\s*年(?:底|末|前|内|年底)?(?!\d)[^，。；\d]*$/;

/** Where the clause of the quantity at `start` starts (the last ，；： before it, or the sentence's or a run-in heading's start). */
function clauseStartOf(text: string, start: number, sentenceStart: number, heading: Heading | undefined): number {
  const min = heading && heading.markerEnd > sentenceStart ? heading.markerEnd : sentenceStart;
  let cut = start;
  while (cut > min && (CLASSES[text.charCodeAt(cut - 1)] & CLAUSE_END) === 0) cut--;
  return cut;
}

/** Whether the words of the clause before a quantity name no metric (`力争`, `不低于`, nothing). */
function namesNothing(text: string, clauseStart: number, prevEnd: number, start: number): boolean {
  return metricOf(text, Math.max(clauseStart, prevEnd), start, true, true, -1) === '';
}

/** `从我省600余个名牌商品中，…`: the quantity is the stock its clause picks from (中 ends the clause, no number between). */
function stockAfter(text: string, end: number, sentenceEnd: number): boolean {
  const to = Math.min(sentenceEnd, end + 20);
  let e = end;
  for (let c; e < to && ((c = text.charCodeAt(e)) < 48 || c > 57) && (CLASSES[c] & CLAUSE_END) === 0;) e++;
  return e > end && (e === sentenceEnd || (CLASSES[text.charCodeAt(e)] & CLAUSE_END) !== 0) && text.charCodeAt(e - 1) === 0x4e2d; /* 中 */
}

/**
 * `把助力12个特色产业发展作为主攻方向`, `在3个市级核心区域、8个市级重点区域…建设中加大…应用` (blind forms 512, 442): counts in a
 * frame that names what a task works in (把…作为, 在…建设/工作/过程中 with no task verb before the count) are the stock already
 * designated, facts. Not `在45个村选树青年典型` (no frame closes), `把3项…落实到位`, `在全市建成3个示范区` (the verb before).
 */
function designatedFrame(text: string, cut: number, start: number, end: number, verbs: number): boolean {
  let a = cut;
  const c0 = text.charCodeAt(a);
  if (c0 === 0x8981 /* 要 */) a++;
  const c = text.charCodeAt(a);
  if (c === 0x628a /* 把 */) return FRAME_HOLD.test(text.slice(a, start)) && FRAME_AS.test(text.slice(end, end + 32));
  if (c === 0x5728 /* 在 */) return verbs === 0 && FRAME_IN.test(text.slice(end, end + 64));
  return false;
}
const FRAME_HOLD = /^把[^，。；,;：:\d]{0,4}$/;
const FRAME_AS = /^[^，。；,;：:]{1,30}作为/;
const FRAME_IN = /^[^，。；,;：:]{0,60}?(?:建设|工作|过程|活动|范围)中/;

/** Whether `[from, start)` names a tax standard (TAX_RATE; its words hold 税 or 稅, looked for first; not a rate, `16%的税率降至13%` is a plan's commitment). */
function taxRate(text: string, from: number, start: number): boolean {
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7a0e /* 税 */ || c === 0x7a05 /* 稅 */) return TAX_RATE.test(text.slice(from, start));
  }
  return false;
}
const TAX_RATE = /(?:税额|稅額)(?:标准|標准|標準)/;

/** Whether only joiners and blanks stand between two quantities (`107.9%、46.7%`, `25%和35%`). */
function onlyJoiners(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let i = from; i < to; i++) if ((CLASSES[text.charCodeAt(i)] & LIST_MARK) === 0) return false;
  return true;
}
const LIST_MARK = classOf('、和及与或 \u3000');

/**
 * `56.做好农村自来水管网改造…,新增充电桩300个,…。` (652, form 542): the line of a cited item of a table row (Heading.cited: the
 * report's own task number in a cell) is the task column's cell when the table's header, on a line of its own before it,
 * from its `序号` cell on names a task column (`工作任务`) and a progress column (`目前完成情况、存在问题及下一步工作措施`); the report's task, unless
 * it says it is done (已, 了). The progress cells beside it (`…已完工`, `2025年以来,…`) report.
 */
function progressTaskCell(text: string, lines: readonly Line[], line: number): boolean {
  const own = text.slice(lines[line].start, lines[line].end);
  if (own.includes('已') || own.includes('了')) return false;
  let task = false;
  let progress = false;
  // Back to the header's `序号` cell (not the title above it: `…落实情况统计表`).
  for (let i = line - 1; i >= 0 && i >= line - 60; i--) {
    const cell = text.slice(lines[i].start, lines[i].end).trim();
    if (cell === '序号' || cell === '编号') return task && progress;
    if (cell.length > 30 || cell.length < 4) continue;
    if (TASK_COLUMN.test(cell)) task = true;
    else if (PROGRESS_COLUMN.test(cell)) progress = true;
  }
  return false;
}
const TASK_COLUMN = /^(?:工作任务|重点任务|目标任务|重点工作任务|任务内容|工作任務|重點任務|目標任務|任務內容)$/;
const PROGRESS_COLUMN = /^[^。；;]*(?:完成情况|进展情况|落实情况|推进情况|进度情况|完成情況|進展情況|落實情況)[^。；;]*$/;

/** `90.9%(力争达到100%)`: the words from a value's end to the next value open a bracket with a word of striving (form 702). */
function stretchBracket(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  return (c === 0x28 || c === 0xff08) /* ( （ */ && to - from <= 8 && STRETCH_WORDS.test(text.slice(from + 1, to));
}
const STRETCH_WORDS = /^(?:力争|争取|确保|力爭|爭取|確保)(?:达到|提高到|提升到|实现|超过|達到|實現|超過|达|達|到|为|為)?$/;
/** `(力争达到100%)、88%`: the stretch value's bracket closes, then only list marks up to the next value. */
function afterStretch(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  return (c === 0x29 || c === 0xff09) /* ) ） */ && onlyJoiners(text, from + 1, to);
}
/** The qualifier before a value stands right after 分别/分別 (`分别不低于`). */
function afterRespectively(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return text.charCodeAt(at - 2) === 0x5206 /* 分 */ && (c === 0x522b /* 别 */ || c === 0x5225); /* 別 */
}

/** `达到12000元的基础上`: the level already reached, which the plan builds on. */
function onBasis(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x7684 /* 的 */ && text.startsWith('基础上', end + 1);
}
/**
 * `共计25.2平方公里已完成海绵城市达标评估` (blind form 385): what is already done, said right after the value; `按照100.9平方公里计`
 * (form 386): the basis a share is computed on. Facts, in a plan too.
 */
function doneOrBasis(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 0x5df2 /* 已 */) return DONE_AFTER.test(text.slice(end, end + 40));
  return c === 0x8ba1 /* 计 */ && BASIS_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}
/** (Not an attribute of the noun counted: `超5000个已建成自然村的生活污水治理设施`, a 的 before the clause ends.) */
const DONE_AFTER = /^已(?:经)?(?:完成|建成|实现|實現|达标|達標|通过|通過)[^，。；,;的\n]*(?:[，。；,;\n]|$)/;
const BASIS_BEFORE = /按照?$/;

/**
 * `GDP目标增速高于省、市8%平均水平`, `高于全市10%平均水平`: the average a value is compared with is
 * another body's figure, not what the plan commits to (eighth blind set, 476). Only a value just
 * before 平均水平 after a comparison word of its clause (`高于全省平均水平1个百分点` is the margin, after it).
 */
function comparedAverage(text: string, cut: number, start: number, end: number): boolean {
  const at = text.charCodeAt(end) === 0x7684 /* 的 */ ? end + 1 : end;
  return text.startsWith('平均水平', at) && COMPARED_AVERAGE.test(text.slice(Math.max(cut, start - 12), start));
}
/**
 * `全年引进亿元以上项目达到25个，比目标任务增加7个`, `增长12%以上（调增2个百分点）` (form 323): how far a result is past its
 * target, or how much a target was raised by, is a fact about the target, not one of its own.
 */
function againstTarget(text: string, cut: number, start: number): boolean {
  return is(text, start - 1, AGAINST_TARGET_END) && AGAINST_TARGET.test(text.slice(Math.max(cut, start - 16), start));
}
/** International bodies whose forecasts a plan's 发展环境 cites (form 322). */
const OUTSIDE_BODIES = [
  '国际货币基金组织',
  '國際貨幣基金組織',
  'IMF',
  '世界银行',
  '世界銀行',
  '经合组织',
  '經合組織',
  'OECD',
  '世界贸易组织',
  '世界貿易組織',
];
/** OUTSIDE_BODIES as one regex, tried on a clause's words before its quantity (none holds a digit, so a name before the quantity ends before it). */
const OUTSIDE_BODY = new RegExp(OUTSIDE_BODIES.join('|'));
const AGAINST_TARGET =
  /(?:比(?:年初)?(?:目标|目標|计划|計劃)(?:任务|任務)?(?:增加|增长|增長|多|超出|超过|超過|减少|減少|少)了?|[（(](?:调增|調增|调减|調減|调高|調高|调低|調低|上调|上調|下调|下調)了?)$/;
/** A target a result beat (`优于国家考核目标`, `好于省下达目标`), right before the margin. */
const BEAT_TARGET = /(?:优于|優於|好于|好於)(?:国家|國家|省|市|全省|全市)?(?:考核|下达|下達)?(?:目标|目標)(?:值)?$/;
/** The last characters of AGAINST_TARGET's matches. */
const AGAINST_TARGET_END = classOf('加长長多出过過少了增减減高低调調');
const COMPARED_AVERAGE = /(?:高|低|快|慢|好)(?:于|於)|超过|超過|高出|超出/;

/** Whether `超过…` just before `start` is a bar on the items a count of the clause (ending at `countEnd` > `cut`) counts. */
function itemThreshold(text: string, countEnd: number, cut: number, start: number): boolean {
  if (countEnd <= cut || !ITEM_THRESHOLD.test(text.slice(Math.max(countEnd, start - 4), start))) return false;
  const between = text.slice(countEnd, start);
  return !TOTAL.test(between) && !LIST_JOINER_BETWEEN.test(between);
}
const LIST_JOINER_BETWEEN = /[、和及与與或]/;
/** The comparisons that make a value a threshold on the items counted before it (ITEM_THRESHOLD). */
const ITEM_THRESHOLD = /(?:超过|超過|高于|高於|不低于|不低於|不少于|不少於)$/;
const TOTAL = /总|總|合计|合計|累计|累計|共/;

/**
 * A bound with 以上/以下 that only says which places count, whatever the clause before it (blind form 403): an altitude
 * (`海拔5000米以上乡镇`), households or people per village (`20户以上自然村`).
 */
function placeBound(text: string, start: number, end: number, unit: string): boolean {
  if (text.charCodeAt(start - 1) === 0x62d4 /* 拔 */ && text.charCodeAt(start - 2) === 0x6d77 /* 海 */) return true;
  // `特色园20座（区域面积1000平米以上）` (blind form 443): the size of the items counted, in brackets after the count.
  const close = text.charCodeAt(end);
  if ((close === 0xff09 || close === 0x29) && SIZE_IN_BRACKETS.test(text.slice(Math.max(0, start - 10), start))) return true;
  return (unit === '户' || unit === '戶' || unit === '人') && VILLAGE_AFTER.test(text.slice(end, end + 3));
}
/** After `…以上`: `的` (a threshold), or a joiner and another threshold of the same clause, or one of the forms below. */
function thresholdAfter(text: string, end: number, sentenceEnd: number, money: boolean, percent: boolean): boolean {
  const c = text.charCodeAt(end);
  // (`确定4.5%左右的增长目标`, `城镇新增就业45万人以上的目标`: the value of a target restated, blind form 461.)
  if (c === 0x7684 /* 的 */) return !GOAL_AFTER_DE.test(text.slice(end + 1, end + 5));
  // `2000万以上工业增长点7个`, `500万元以上工业技改项目10个` (blind form 450): a bound before the noun a count then counts.
  if (inCjkRange(c) && COUNTED_LATER.test(text.slice(end, Math.min(sentenceEnd, end + 18)))) return true;
  // `6亩以下(不含6亩)的土地` (blind set 620): an aside in brackets between the bound and its 的 (not a share, `90%以上(含)的乡镇`).
  if (!percent && (c === 0xff08 || c === 0x28) /* （ ( */ && ASIDE_THEN_DE.test(text.slice(end, end + 14))) return true;
  // `实施投资500万元以上项目237个`, `年营收2000万元以上企业` (blind form 371): an amount right before 项目/企业 says which count.
  if (money && (c === 0x9879 /* 项 */ || c === 0x9805) /* 項 */ && text.charCodeAt(end + 1) === 0x76ee /* 目 */) return true;
  if (money && c === 0x4f01 /* 企 */ && (text.charCodeAt(end + 1) === 0x4e1a /* 业 */ || text.charCodeAt(end + 1) === 0x696d))
    /* 業 */ return true;
  if (c !== 0x548c /* 和 */ && c !== 0x3001 /* 、 */ && c !== 0x53ca /* 及 */ && c !== 0x6216 /* 或 */) return false;
  return THRESHOLD_LATER.test(text.slice(end, Math.min(sentenceEnd, end + 24)));
}
/** `的标准`, `的建设标准` after a value (notAQuantity, form 664). */
const STANDARD_AFTER = /^的(?:建设|配置|面积|最低)?(?:标准|標準)/;
/** A count, then the items and the verb that brings them to a standard (`7个社区办公用房达到`), right before a value. */
const COUNTED_REACH = /\d+(?:个|個|家|所|处|處|座|间|間|条|條)[^，。；,;\d]{1,16}(?:达到|達到|达|達|不低于|不低於|不少于|不少於)$/;
/** The verbs that name staff for a role (`确定1名`, `明确1名`, `配备1名`). */
const STAFF_BEFORE = /(?:确定|確定|明确|明確|指定|配备|配備|选派|選派|落实|落實)$/;
/** The role the staff named are for, later in the clause (`…为…联络员`). */
const STAFF_ROLE_AFTER = /^[^，。；,;]{0,36}?(?:联络员|聯絡員|信息员|信息員|联系人|聯繫人|专管员|專管員|网格员|網格員)/;
/** A property of a noun and the bound it reaches (`面积达到`, `投资超过`), before a value that 的 ties to the noun (notAQuantity). */
const PROPERTY_REACHES =
  /(?:面积|面積|规模|規模|投资|投資|产值|產值|营收|營收|收入|总额|總額|容量|装机|裝機)(?:达到|達到|超过|超過|大于|大於|不低于|不低於|不少于|不少於)$/;
/** 及以上/及以下 and a noun after a value (notAQuantity). */
const BOUND_GLUED = /^及以[上下]的?[\u4e00-\u9fff]/;
/** A target after 的 (`…的增长目标`, `…的目标`): the value before is the target's, no bound. */
const GOAL_AFTER_DE = /^(?:增长|增長|增速|发展|發展|预期|預期|奋斗|奮鬥|年度)?(?:目标|目標)/;
/** A noun right after a bound, then the count of it (`工业技改项目10个`; thresholdAfter). */
const COUNTED_LATER = /^[\u4e00-\u9fff]{1,10}?\d+(?:\.\d+)?(?:个|個|家|项|項|处|處|座|所|条|條)/;
/** A short aside in brackets, then 的 (thresholdAfter). */
const ASIDE_THEN_DE = /^[（(][^（）()，。；]{1,10}[）)]的/;
/** `(不含6亩)`: what a bound leaves out, in brackets right after it (notAQuantity). */
const EXCLUDED_BEFORE = /[（(](?:不含|不包括|不包含|含)$/;
/** An open bracket and a size word right before a bound (`（区域面积`). */
const SIZE_IN_BRACKETS = /[（(][^（）()，。]{0,6}(?:面积|面積|规模|規模|长度|長度)$/;
/** Villages and communities after a bound in households or people (`20户以上自然村`). */
const VILLAGE_AFTER = /^(?:自然村|行政村|村庄|村莊|村|社区|社區)/;
const THRESHOLD_LATER = /^[^，,；;：:]*(?:以上|以下)的/;

/**
 * `100%退税`: a percentage that sets a policy's terms; `14个方面`: a count of parts of the text;
 * `337条款`: a name; `每5年修订1次`: the frequency of a rule. `timeSpan`: TIME_SPAN_UNIT holds `unit` (its UnitForm's).
 */
function notAQuantity(text: string, start: number, end: number, unit: string, ss: number, se: number, timeSpan: boolean): boolean {
  // (The words looked at stay inside the sentence, `ss` to `se`: the incremental analysis re-reads whole lines.)
  if (benefitTerm(text, start, end, unit, ss, se)) return true;
  if (quotedName(text, start, end, unit) || quotedPhrase(text, start, end, unit)) return true;
  if (radiusName(text, end, unit)) return true;
  // `力争7个社区办公用房达到800平方米的标准要求` (thirty-first blind set 675, form 664): the standard the items counted before it are
  // brought to is a bar on them, no row of its own (the count is the target).
  if (
    text.charCodeAt(end) === 0x7684 /* 的 */ &&
    STANDARD_AFTER.test(text.slice(end, end + 6)) &&
    COUNTED_REACH.test(text.slice(Math.max(ss, start - 24), start))
  )
    return true;
  const c = text.charCodeAt(end);
  if (unit === '%') {
    // POLICY's words start with one of POLICY_START: only then is the regex run.
    // `给予…100%、75%、50%的财政支持` (blind form 501): a share listed before the last one, whose 的 and terms follow, is one too.
    const at = c === 0x7684 /* 的 */ ? end + 1 : c === 0x3001 /* 、 */ ? listedShareEnd(text, end + 1, se) : end;
    if (at > 0 && is(text, at, POLICY_START) && POLICY.test(text.slice(at, at + 3))) return true;
    return fundShare(text, start, end, ss, se);
  }
  // `6亩以下(不含6亩)`: the edge a bound leaves out, in brackets after it, no quantity of its own.
  if ((c === 0xff09 || c === 0x29) /* ） ) */ && EXCLUDED_BEFORE.test(text.slice(Math.max(ss, start - 4), start))) return true;
  // `各成员单位确定1名工作人员为…联络员` (blind form 445): the staff each unit names for a role, an arrangement, no target.
  if (
    (unit === '名' || unit === '人') &&
    STAFF_BEFORE.test(text.slice(Math.max(ss, start - 2), start)) &&
    STAFF_ROLE_AFTER.test(text.slice(end, Math.min(se, end + 40)))
  )
    return true;
  // `单体建筑面积达到5000平方米的公共建筑` (blind form 413): a size a noun's property reaches, before 的 and the noun, says which count.
  if (c === 0x7684 /* 的 */ && inCjkRange(text.charCodeAt(end + 1)) && PROPERTY_REACHES.test(text.slice(Math.max(ss, start - 8), start)))
    return true;
  // `关停淘汰10万千瓦及以下燃煤机组`, `100万元及以上项目` (blind form 403): a bound glued by 及以上/及以下 to the noun it bounds.
  if (c === 0x53ca /* 及 */ && BOUND_GLUED.test(text.slice(end, end + 5))) return true;
  if (c === 0x65b9 /* 方 */) return text.charCodeAt(end + 1) === 0x9762; /* 面 */
  // `从6个维度设置了29项主要指标`: the layout of the plan's indicators, not what it commits to.
  if (c === 0x7ef4 /* 维 */) return text.charCodeAt(end + 1) === 0x5ea6; /* 度 */
  if ((unit === '项' || unit === '項') && INDICATORS_AFTER.test(text.slice(end, Math.min(se, end + 14)))) return true;
  // `其中预期性指标19项、约束性指标9项`, `安排了18个领域的重点任务` (blind form 462): the layout of the plan's indicators and tasks.
  if ((unit === '项' || unit === '項') && INDICATORS_BEFORE.test(text.slice(Math.max(ss, start - 6), start))) return true;
  if ((unit === '个' || unit === '個') && FIELDS_OF_TASKS.test(text.slice(end, Math.min(se, end + 8)))) return true;
  if (measuresLayout(text, start, end, unit, ss, se)) return true;
  // `220千伏`: 千 of a unit the list does not hold (kilovolts), not a thousand.
  if (unit === '千' && (c === 0x4f0f /* 伏 */ || c === 0x74e6 /* 瓦 */ || c === 0x7c73 /* 米 */ || c === 0x514b)) /* 克 */ return true;
  if (unit === '条') return c === 0x6b3e /* 款 */ || c === 0x4f8b; /* 例 */
  if (unit === '次')
    return text.slice(Math.max(0, start - 8), start).includes('每') || FREQUENCY_BEFORE.test(text.slice(Math.max(ss, start - 10), start));
  // `保洁频率提升至15天完成1次`, `实现15/30天完成1次…清洗` (form 304): the interval of a routine, not an amount of time.
  if (timeSpan)
    return (
      FREQUENCY_AFTER.test(text.slice(end, Math.min(se, end + 8))) ||
      (text.charCodeAt(start - 1) === 47 /* / */ && isDigitAt(text, start - 2)) ||
      roundTheClock(text, start, end)
    );
  // `高于全市平均0.8個百` at the end of a cut copy (form 325): 个百分点 lost its end; not `3个百亿级产业集群`.
  if ((unit === '个' || unit === '個') && text.charCodeAt(end) === 0x767e /* 百 */ && lineEndAt(text, end + 1)) return true;
  // `金山铁路全天开行列车38对` (form 303): pairs of trains, where the count ends its clause; not `1对1帮扶`, `3对口`.
  if (unit === '对' || unit === '對') return end < se && !PAIR_END.test(text[end]);
  // `20亿级项目`, `300億級企业`, `100兆瓦级地下压缩空气储能`: a size class that names a kind of
  // project, not an amount; also before a Latin letter of a class (`300兆瓦级F级重型燃气轮机`, form 293).
  if (c === 0x7ea7 /* 级 */ || c === 0x7d1a /* 級 */) {
    const d = text.charCodeAt(end + 1);
    const letter = (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a);
    return ((d >= 0x4e00 && d <= 0x9fff) || letter) && (unitInfo(unit).category === 'amount' || SIZE_CLASS_UNIT.test(unit));
  }
  return ruleTerm(text, start, end, unit, ss, se);
}
/**
 * `支持企业渡过难关“22条”`, `复工达产“10项举措”`, `“10个一”工程`, `“3个100”等重点工程`: a count that opens a quotation holding
 * nothing but it and at most two words or a number (`“7个专项行动”` is a count of actions) names a policy package, not an amount (QUOTED_NAME_UNIT's units only:
 * `“三个100%”` and money or shares in quotes are left alone).
 */
function quotedName(text: string, start: number, end: number, unit: string): boolean {
  const o = text.charCodeAt(start - 1);
  if ((o !== 0x201c /* “ */ && o !== 0x300c) /* 「 */ || !QUOTED_NAME_UNIT.test(unit)) return false;
  for (let i = end; i < end + 3 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201d /* ” */ || c === 0x300d /* 」 */) return true;
    // `“3个100”等重点工程`: a count and a number closing the quotation name a programme.
    if (c >= 0x30 && c <= 0x39) return i === end && numberCloses(text, i);
    if ((CLASSES[c] & CLAUSE_END) !== 0 || c === 0x3001 /* 、 */ || c === 0x3002 /* 。 */ || c === 10) return false;
  }
  return false;
}
/** Whether digits from `i` (and 万, 亿, 千, 百 among them) run to a closing quotation mark, 6 characters at most. */
function numberCloses(text: string, i: number): boolean {
  for (let j = i; j < i + 7 && j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x201d /* ” */ || c === 0x300d /* 」 */) return j > i;
    if (!((c >= 0x30 && c <= 0x39) || c === 0x4e07 || c === 0x4ebf || c === 0x5343 || c === 0x767e)) return false;
  }
  return false;
}
const QUOTED_NAME_UNIT = /^[条條项項招策个個]$/;
/**
 * `30 分钟城市交通圈`, `15分钟便民生活圈`, `1小时经济圈` without quotes (thirtieth blind set 673, form 642): a time right before the words
 * of a circle (at most eight ideographs ending in 圈, a wrap's line break or a blank allowed between) names a scheme, as the quoted
 * `“15分钟生活圈”` does (quotedPhrase), not a duration. Not `通勤时间缩短至30分钟以内`, `30分钟内到达` (no 圈 after).
 */
function radiusName(text: string, end: number, unit: string): boolean {
  if (unit !== '分钟' && unit !== '分鐘' && unit !== '小时' && unit !== '小時') return false;
  let ideographs = 0;
  for (let i = end; i < end + 14 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5708 /* 圈 */) return ideographs > 0 || i === end;
    if (c === 10 || c === 13 || c === 32 || c === 0x3000) continue;
    if (!inCjkRange(c) || ++ideographs > 8) return false;
  }
  return false;
}
/**
 * `“24小时不打烊”政务服务自助专区`, `“15分钟生活圈”建设` (form 243): a quoted phrase that opens with the
 * quantity, goes on in words (at most eight, no mark or digit) and names what follows it (an
 * ideograph right after the closing quote) is a name, not a quantity. Not a commitment quoted after a
 * verb (`做到“2小时响应、24小时办结”。`: a list and a full stop), and not a count of QUOTED_NAME_UNIT's
 * (`“7个专项行动”` counts actions; quotedName reads those).
 */
function quotedPhrase(text: string, start: number, end: number, unit: string): boolean {
  const open = quoteOpening(text, start);
  if (open < 0) return false;
  // `“1個區域IP引領+10類特色場景”` (blind form 496): a formula of parts joined by + names a scheme.
  if (open === start - 1 && formulaName(text, end)) return true;
  if (QUOTED_NAME_UNIT.test(unit)) return false;
  for (let i = end; i < end + 9 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201d /* ” */ || c === 0x300d /* 」 */) {
      const d = text.charCodeAt(i + 1);
      // `结合“15分钟社区生活圈”、完整社区、…建设` (form 307): a name listed before other items of its list.
      if (d === 0x3001 /* 、 */ && i > end) return listedName(text, open, i + 2);
      // `加快构建“15分钟出海服务圈”，`, `加快建设“24小时活力城区”。` (2026-12-07): a span of time or distance opening the name of
      // what a task builds, at the end of its clause.
      if (d < 0x4e00 || d > 0x9fff)
        return i > end && SPAN_NAME_UNIT.test(unit) && BUILT_NAME_BEFORE.test(text.slice(Math.max(0, open - 2), open));
      // `推进144个“15分钟”社区生活圈建设项目` (form 346): the quantity alone in quotes between a count and its noun.
      // (A quantity after + in its name, `+365天”`, closes a name the first one opened.)
      // `、“15分钟”托育服务等112项…改革任务` (thirty-first blind set 677, form 663): a span of time alone in quotes before a noun names it
      // where it opens an item of a list or a clause (after a verb, `建设“15分钟”社区生活圈`, the quoted value is the commitment).
      return i > end || open < start - 1 || countBefore(text, open) || (SPAN_NAME_UNIT.test(unit) && itemStart(text.charCodeAt(open - 1)));
    }
    // `“6天+365天”交易服务平台` (2026-12-07): quantities joined by + in one name.
    if ((c === 0x2b || c === 0xff0b) /* + ＋ */ && isDigitAt(text, i + 1)) {
      while (isDigitAt(text, i + 1)) i++;
      continue;
    }
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return false;
}
/** Whether `c` (the character before a quotation) opens an item of a list or a clause: 、，。；： or a line start. */
function itemStart(c: number): boolean {
  return (
    Number.isNaN(c) || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 10
  );
}
/** Whether a + or ＋ stands before the closing quotation mark within 24 characters after `end`, in one clause. */
function formulaName(text: string, end: number): boolean {
  let plus = false;
  for (let i = end; i < end + 24 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201d /* ” */ || c === 0x300d /* 」 */) return plus;
    if (c === 0x2b || c === 0xff0b) plus = true;
    else if ((CLASSES[c] & CLAUSE_END) !== 0 || c === 0x3001 /* 、 */ || c === 0x201c /* “ */) return false;
  }
  return false;
}
/**
 * The quotation mark that opens the phrase a quantity at `start` stands in: right before it, or before the quantity it is
 * joined to by + (`“6天+365天”`); -1 when there is none.
 */
function quoteOpening(text: string, start: number): number {
  const o = text.charCodeAt(start - 1);
  if (o === 0x201c /* “ */ || o === 0x300c /* 「 */) return start - 1;
  if (o !== 0x2b && o !== 0xff0b) return -1;
  for (let i = start - 2; i >= Math.max(0, start - 10); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300c) return isDigitAt(text, i + 1) ? i : -1;
    if (!isDigitAt(text, i) && (c < 0x4e00 || c > 0x9fff)) return -1;
  }
  return -1;
}
/** The units of a span (time, distance) that open a name (`“15分钟出海服务圈”`, `“24小时活力城区”`). */
const SPAN_NAME_UNIT = /^(?:天|小时|小時|分钟|分鐘|公里|千米|米)$/;
/** The verbs of a task that builds what the quoted name names (`构建`, `打造`, `建设`). */
const BUILT_NAME_BEFORE = /(?:构建|構建|打造|建设|建設|建成|创建|創建|营造|營造|形成|布局|佈局)$/;

/** Whether a count (digits and 个/个/项/處/家/座…) ends right before `at` (`144个“15分钟”…`, form 346). */
function countBefore(text: string, at: number): boolean {
  return COUNT_UNIT_CHAR.test(text.charAt(at - 1)) && isDigitAt(text, at - 2);
}
const COUNT_UNIT_CHAR = /^[个個项項处處座家所]$/;

/** `365天×24小时`, `7×24小时` (2026-12-07): a service open round the clock, a span times a span, no amount of time. */
function roundTheClock(text: string, start: number, end: number): boolean {
  // `24小时有人值班的场所`, `24小时开放公园`, `24小时开放管理` (blind form 471): open or staffed round the clock.
  if (text.startsWith('24', start) && end - start <= 4 && ROUND_THE_CLOCK_AFTER.test(text.slice(end, end + 4))) return true;
  const a = text.charCodeAt(end);
  if ((a === 0xd7 /* × */ || a === 0x2a /* * */ || a === 0xff0a) /* ＊ */ && isDigitAt(text, end + 1)) return true;
  const b = text.charCodeAt(start - 1);
  return (b === 0xd7 || b === 0x2a || b === 0xff0a) && (isDigitAt(text, start - 2) || text.charCodeAt(start - 2) === 0x5929); /* 天 */
}
/** What is open, staffed or on duty round the clock after `24小时` (roundTheClock). */
const ROUND_THE_CLOCK_AFTER =
  /^(?:有人)?(?:值班|值守|开放|開放|营业|營業|运行|運行|运营|運營|在线|在線|不间断|不間斷|全天候|服务热线|服務熱線)/;
/** A routine's interval (`15天完成1次`, `30天一次`): what follows the span, and what a 次 follows (form 304). */
const TIME_SPAN_UNIT = /^(?:天|小时|小時|个工作日|個工作日|工作日)$/;
const FREQUENCY_AFTER = /^[\u4e00-\u9fff]{0,4}?[1一][次遍](?!性)/;
const FREQUENCY_BEFORE = /\d(?:天|小时|小時|个?工作日|個工作日)[\u4e00-\u9fff]{0,4}$/;
/** What may follow a count of pairs (`38对，`, `38对。`, `214对和69家`): the end of its clause or of a list item. */
const PAIR_END = /[，。；、,;：:）)\s和及与與]/;
/** Whether `i` is the end of the text or of its line. */
function lineEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === 10 || c === 13;
}
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * A quoted phrase at `open` followed by 、 and, at `next`, an item in words (not another quotation): one name of a list. Not a
 * commitment listed after its verb (`做到“5天办结”、当场…`).
 */
function listedName(text: string, open: number, next: number): boolean {
  const d = text.charCodeAt(next);
  return d >= 0x4e00 && d <= 0x9fff && !COMMIT_BEFORE.test(text.slice(Math.max(0, open - 2), open));
}
const COMMIT_BEFORE = /(?:做到|实现|實現|达到|達到|确保|確保|力争|力爭|推行|实行|實行|落实|落實|压缩|壓縮|缩短|縮短)$/;

/** Words of a clause that adds to a status rather than going on stating it (`…120多万元的基础上，今年，又协调…资金25万元`, form 306). */
const MORE_WORDS = /[又再还還将將拟擬新]/;

/** Units of plant and capacity that name a size class before 级 (`100兆瓦级`, `30万吨级`). */
const SIZE_CLASS_UNIT = /(?:兆瓦|千瓦|吨|噸|立方米)$/;
/** `100%退税`, `50%的补助`; `100%保障全年新上重大项目用能` (the terms of a guarantee; not `保障性住房`). */
const POLICY =
  /^(?:退税|补贴|补助|奖励|贴息|资助|报销|分担|给予|标准|保障(?!性)|財政支|财政支|退稅|補貼|補助|獎勵|貼息|資助|報銷|給予|標准|標準)/;
/** After percentages listed from `i` (`75%、50%`) and the 的 after the last: where the words after it start; -1 when no 的 ends the list. */
function listedShareEnd(text: string, i: number, se: number): number {
  for (let n = 0; n < 8 && i < se; n++) {
    if (!isDigitAt(text, i)) return -1;
    while (i < se && (isDigitAt(text, i) || text.charCodeAt(i) === 0x2e)) i++;
    if (text.charCodeAt(i) !== 0x25 /* % */ && text.charCodeAt(i) !== 0xff05) return -1;
    const d = text.charCodeAt(i + 1);
    if (d === 0x7684 /* 的 */) return i + 2;
    if (d !== 0x3001 /* 、 */) return -1;
    i += 2;
  }
  return -1;
}
/** A count of indicators (`29项主要指标`, `12项约束性指标`, `32项县域经济考核指标`): how many the plan sets, no target. */
const INDICATORS_AFTER =
  /^(?:[\u4e00-\u9fff]{0,6}?(?:考核|評價|评价|监测|監測|统计|統計))?(?:主要|核心|关键|重点|约束性|预期性|量化|考核|主要预期|主要量化)?(?:指标|指標)/;
const POLICY_START = classOf('退补奖贴资报分给标保財财補獎貼資報給標');
/** A kind of indicator right before its count (`预期性指标19项`). */
const INDICATORS_BEFORE = /(?:约束性|約束性|预期性|預期性|主要|核心|量化)(?:指标|指標)$/;
/** The fields a plan's tasks fall into (`18个领域的重点任务`). */
const FIELDS_OF_TASKS = /^(?:领域|領域|方面)的?(?:重点|重點|主要)?(?:任务|任務)/;
/** `18项培育措施`, `13项任务举措`, `18条具体举措`, `22项任务`: a count of the measures a text sets out. */
const MEASURES_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:措施|举措|舉措|任务|任務)/;
/** `25项教育要点`, `10条工作要点`: the points of a 要点 (measuresLayout). */
const POINTS_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:要点|要點)/;
/** Pinyin glosses after characters (`項(xiàng)`), left out where POINTS_AFTER reads. */
const GLOSSES = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}[）)]/g;
/**
 * The verbs that say what a text sets out (`研究提出了18项…措施`, `部署了13项任务举措`), and the sum closing a list of
 * its parts (`包括区域更新、民生改善…等方面共22项任务`, form 345; `分解为五个方面79项重点工作任务`).
 */
const LAYOUT_BEFORE = /(?:(?:提出|部署|包括|涵盖|涵蓋|明确|明確)了?|等(?:方面|领域|領域|类|類)?共|个方面|個方面)$/;
/**
 * A count of measures that describes a plan's own layout (form 241): after 提出/部署/包括… (`研究提出了18项培育
 * 措施`, `…等方面共22项任务`) or opening a line (a news headline `18项措施 高新技术企业培育…`). Not after a verb of doing
 * (`出台…21条措施`, `全面完成…58条改革举措`, `年内完成…共22项任务`: what was issued or done).
 */
function measuresLayout(text: string, start: number, end: number, unit: string, ss: number, se: number): boolean {
  if (unit !== '项' && unit !== '項' && unit !== '条' && unit !== '條') return false;
  // `落實好25項教育要點` (thirty-second blind set 686, form 703): a count of a 要点's own points, whatever the verb.
  // (686 is a copy with pinyin glosses after characters: `25項(xiàng)教育要點(diǎn)`.)
  if (POINTS_AFTER.test(text.slice(end, Math.min(se, end + 30)).replace(GLOSSES, ''))) return true;
  if (!MEASURES_AFTER.test(text.slice(end, Math.min(se, end + 8)))) return false;
  return start === 0 || text.charCodeAt(start - 1) === 10 || LAYOUT_BEFORE.test(text.slice(Math.max(ss, start - 5), start));
}

/**
 * Where the conditions of a measure end: the last `…的，可/给予/按/予以/享受…` with its 的 in `[from, last]`
 * (`小微企业新招用人员达到职工人数25%的，可申请…贷款`), -1 when there is none. Quantities before it say
 * when a measure applies, not what a plan will reach.
 */
function conditionsEnd(text: string, from: number, last: number): number {
  for (let i = last; i >= from; i--)
    if (
      text.charCodeAt(i) === 0x7684 /* 的 */ &&
      (CLASSES[text.charCodeAt(i + 1)] & DE_COMMA) !== 0 &&
      CONDITION_THEN.test(text.slice(i + 2, i + 6))
    )
      return i;
  return -1;
}
/** ，and , after 的 (conditionsEnd). */
const DE_COMMA = classOf('，,');
// (Traditional forms too, and 分别给予…: `…100%以上的,分別給予繳納城鎮土地使用稅100%、75%、50%的財政支持`, blind form 501.)
const CONDITION_THEN =
  /^(?:可|均可|给予|給予|予以|按|享受|由|将|將|一律|一次性|采取|採取|实行|實行|执行|執行|分[别別](?:给予|給予|奖励|獎勵|补助|補助|补贴|補貼))/;
/**
 * The next sentence end (SENTENCE_END's characters) or `的，`/`的,` before CONDITION_THEN's words: the
 * forward half of extractTargets' sentence scan, by one regex rather than a loop over char codes.
 */
const END_OR_CONDITION = new RegExp(`[${SENTENCE_END_CHARS}]|的[，,](?=${CONDITION_THEN.source.slice(1)})`, 'g');

/**
 * A benefit's cap or a share of a fee (`最高不超过15万元的创业担保贷款`, `返还其上年度实际缴纳失业保险费的50%`):
 * the terms of a measure.
 */
function benefitTerm(text: string, start: number, end: number, unit: string, ss: number, se: number): boolean {
  // CAP's words end in one of CAP_END; FEE_SHARE in 的; REFUND needs 还/還 in the 24 characters before.
  const b = text.charCodeAt(start - 1);
  if ((CLASSES[b] & CAP_END) !== 0 && CAP.test(text.slice(Math.max(ss, start - 6), start))) return true;
  // `在省级给予每个项目3-10万元创业资金扶持的基础上` (thirty-first blind set 680, form 681): an amount granted per unit is the
  // measure's terms (`扶持创业项目100个`, a count, and `发放贷款30亿元`, a total, stay).
  if (unit.endsWith('元') && grantPer(text, start, ss)) return true;
  // `每个…场所建设费用以10万元计` (blind form 472): the amount per unit a cost is reckoned at, a term of the costing
  // (the total, `共需经费约400万元`, is the quantity). Only `以…计` after 每 in the same clause.
  if (
    b === 0x4ee5 /* 以 */ &&
    (text.charCodeAt(end) === 0x8ba1 /* 计 */ || text.charCodeAt(end) === 0x8a08) /* 計 */ &&
    PER_UNIT_BASIS.test(text.slice(Math.max(ss, start - 32), start))
  )
    return true;
  // `由试点城市各派1名代表组成`, `由19个区直单位组成的领导小组`: how a body is made up.
  if (composedOf(text, start, unit) && COMPOSED.test(text.slice(start, Math.min(se, start + 12)))) return true;
  if (unit !== '%') return false;
  if (b === 0x7684 /* 的 */ && (text.charCodeAt(start - 2) === 0x8d39 || text.charCodeAt(start - 2) === 0x8cbb)) return true; /* 费費 */
  // `按不低于采购金额的30%提前预付`, `按照…总用量的60%—70%估算`: a share of something a measure is computed by.
  if (b === 0x7684 /* 的 */ && BY_SHARE.test(text.slice(Math.max(ss, start - 24), start))) return true;
  for (let i = start - 1; i >= ss && i >= start - 24; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x8fd8 /* 还 */ || c === 0x9084 /* 還 */) return REFUND.test(text.slice(Math.max(ss, start - 24), start));
  }
  return false;
}
const CAP_END = classOf('高多过于達达为予助励勵贴貼');
/** Whether 每 stands in the 8 characters before `start` after a verb of granting (GRANT_PER). */
function grantPer(text: string, start: number, ss: number): boolean {
  const from = Math.max(ss, start - 10);
  for (let k = start - 1; k >= from && k >= start - 8; k--)
    if (text.charCodeAt(k) === 0x6bcf /* 每 */) return GRANT_PER.test(text.slice(from, start));
  return false;
}
const GRANT_PER = /(?:给予|給予|补助|補助|补贴|補貼|奖励|獎勵|资助|資助)每(?:个|個|家|户|戶|人|名|位|所|项|項)?[^，。；,;：:\d]{0,4}$/;
/** A benefit's cap (`最高不超过300万元`) or its amount per unit (`每户补贴5万元新建4家农家乐`: the terms, not a result). */
const CAP = /(?:最高|最多)(?:不超过|不高于|可达|为|给予|补助|奖励)?$|每[^，。；,;：:\d]{1,3}(?:补贴|補貼|补助|補助|奖励|獎勵|资助|資助)$/;
const REFUND = /(?:返还|退还)[^，。；,;]*$/;
/** 每 and the unit it counts by, then 以 right before the amount (benefitTerm, `每个…建设费用以10万元计`). */
const PER_UNIT_BASIS = /每[^，。；,;：:\d]{1,30}以$/;
const COMPOSED = /^[^，。；,;]{1,10}组成/;
/** People (`1名代表`), or units and bodies counted right after 由 (`由19个区直单位`, `由5家企业`). */
function composedOf(text: string, start: number, unit: string): boolean {
  if (unit === '名' || unit === '人') return true;
  return (unit === '个' || unit === '個' || unit === '家') && text.charCodeAt(start - 1) === 0x7531; /* 由 */
}
const BY_SHARE = /按[^，。；,;：:]*的$/;

/**
 * The terms of a fund (`拨付剩余的20%培育资金`, `预拨培育资金80%`): a share of the money a scheme pays out,
 * not a result to reach (`资金到位率100%` has its rate before it and stays a quantity).
 */
function fundShare(text: string, start: number, end: number, ss: number, se: number): boolean {
  // Each word of FUND_AFTER and FUND_BEFORE ends in 金 or 费/費: without one there, neither can match.
  let fund = false;
  for (let i = end + 1; i < end + 8 && i < se && !fund; i++) fund = (CLASSES[text.charCodeAt(i)] & FUND_END) !== 0;
  if (fund && FUND_AFTER.test(text.slice(end, Math.min(se, end + 8)))) return true;
  if ((CLASSES[text.charCodeAt(start - 1)] & FUND_END) === 0) return false;
  const before = text.slice(Math.max(ss, start - 20), start);
  return FUND_BEFORE.test(before) && PAY_OUT.test(before);
}
const FUND_END = classOf('金费費');
const FUND_AFTER = /^的?[\u4e00-\u9fff]{0,4}?(?:资金|資金|经费|經費)/;
const FUND_BEFORE = /(?:资金|資金|经费|經費)$/;
const PAY_OUT = /[拨撥]/;

/**
 * Counts that are the terms of a rule or the layout of a list, not quantities: `分3~4个等次` (the
 * grades of a scheme), `每网格不超过20户` (a limit per unit), `（共9篇）` (a site's count of articles),
 * `确定的20家经开区` (a list already decided, named by its size).
 */
function ruleTerm(text: string, start: number, end: number, unit: string, ss: number, se: number): boolean {
  if (classThreshold(text, start, end, unit, se)) return true;
  // (`提升2个等级` is a quantity: only a scheme divided into grades is not.)
  const c = text.charCodeAt(end);
  if (
    (c === 0x7b49 /* 等 */ || c === 0x6863 /* 档 */ || c === 0x6a94) /* 檔 */ &&
    (unit === '个' || unit === '個') &&
    GRADES.test(text.slice(end, Math.min(se, end + 2))) &&
    DIVIDED.test(text.slice(Math.max(ss, start - 3), start))
  )
    return true;
  const b = text.charCodeAt(start - 1);
  if (b === 0x8fc7 /* 过 */ || b === 0x4e8e /* 于 */ || b === 0x904e /* 過 */)
    return PER_LIMIT.test(text.slice(Math.max(ss, start - 14), start));
  if (partSize(text, start, end, unit, ss)) return true;
  // `（共9篇）`, `(共计121项)`: the size of a list or a site's page, in brackets.
  if (b === 0x5171 /* 共 */ || (b === 0x8ba1 /* 计 */ && text.charCodeAt(start - 2) === 0x5171))
    return text.charCodeAt(end) === 0xff09 || text.charCodeAt(end) === 0x29; /* ）) */
  // `6个方面243项工作任务`: the size of a list of tasks by its parts (the layout of the document).
  if (
    (unit === '项' || unit === '項') &&
    TASKS_AFTER.test(text.slice(end, Math.min(se, end + 6))) &&
    ASPECTS_BEFORE.test(text.slice(Math.max(ss, start - 5), start))
  )
    return true;
  // `121人才梯队项目`: 人才 is a noun, not people counted.
  if (unit === '人' && text.charCodeAt(end) === 0x624d /* 才 */) return true;
  if (b === 0x7684 /* 的 */) return DECIDED.test(text.slice(Math.max(ss, start - 3), start - 1));
  return false;
}
/**
 * `方面(分解任务15项)`, `一、县示范区管委会牵头工作(8项)`: the number of tasks a part or a heading holds, in brackets
 * that close right after the count (ninth blind set, 492 and 496). With words before the count they must say what is
 * counted (分解任务, 重点任务, 事项); a bare `(8项)` only where it closes its line (a title). Not `（12个）`, `（5家）`, nor
 * `(分解任务15项，已完成9项)`.
 */
function partSize(text: string, start: number, end: number, unit: string, ss: number): boolean {
  const close = text.charCodeAt(end);
  if ((close !== 0xff09 /* ） */ && close !== 0x29) /* ) */ || !PART_SIZE_UNIT.test(unit)) return false;
  let open = start - 1;
  while (open >= ss && open >= start - 8 && text.charCodeAt(open) !== 0xff08 /* （ */ && text.charCodeAt(open) !== 0x28 /* ( */) open--;
  if (open < ss || open < start - 8) return false;
  if (open < start - 1) return PART_SIZE_WORDS.test(text.slice(open + 1, start));
  const after = end + 1 < text.length ? text.charCodeAt(end + 1) : 10;
  return after === 10 || after === 13;
}
const PART_SIZE_UNIT = /^[项項条條件]$/;
const PART_SIZE_WORDS = /^(?:分解|细化|細化|明确|明確|包含|含|涉及)?(?:重点|重點|主要)?(?:工作)?(?:任务|任務|事项|事項)$/;

/**
 * `年营业收入超1000亿元的2个`, `超10亿元的龙头企业达100家`, `5亿元以上的项目`: an amount after 超/逾/超过 (or
 * before 以上) and 的 that bounds the class of items counted (企业, 集群, 项目… or a count right after) is
 * no quantity (eighth blind set, 478). Not `超100亿元的目标` nor a share (`超过50%的村`).
 */
function classThreshold(text: string, start: number, end: number, unit: string, se: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === 0x4ee5 /* 以 */ && text.charCodeAt(at + 1) === 0x4e0a /* 上 */) at += 2;
  const de = text.charCodeAt(at) === 0x7684; /* 的 */
  const glued = !de && at === end && at + 2 <= se && gluedItems(text.charCodeAt(at), text.charCodeAt(at + 1));
  if ((!de && !glued) || unitInfo(unit).category !== 'amount') return false;
  const b = text.charCodeAt(start - 1);
  const over =
    b === 0x8d85 /* 超 */ ||
    b === 0x903e /* 逾 */ ||
    ((b === 0x8fc7 /* 过 */ || b === 0x904e) /* 過 */ && text.charCodeAt(start - 2) === 0x8d85);
  // `投资过10亿元项目40个以上` (blind form 494): 过 alone before an amount glued to its items bounds them too (not 通过/经过…, a way).
  if (glued) return over || ((b === 0x8fc7 || b === 0x904e) /* 过過 */ && !VIA_BEFORE.has(text[start - 2]));
  return (over || at > end) && CLASS_ITEMS.test(text.slice(at + 1, Math.min(se, at + 12)));
}
/** The characters that make 过 a word of its own before an amount (通过, 经过, 不过, 超过 is read above). */
const VIA_BEFORE = new Set(['通', '經', '经', '不', '度', '越', '超']);
/** `引进投资总额超1000万美元项目数`: an amount after 超/逾 glued to the items it bounds (项目, 企业), without 的. */
function gluedItems(a: number, b: number): boolean {
  return (
    ((a === 0x9879 /* 项 */ || a === 0x9805) /* 項 */ && b === 0x76ee) /* 目 */ || (a === 0x4f01 /* 企 */ && (b === 0x4e1a || b === 0x696d))
  ); /* 业業 */
}
const CLASS_ITEMS =
  /^(?:\d|[^，。；,;：:\d]{0,8}?(?:企业|企業|集群|项目|項目|产业|產業|园区|園區|龙头|龍頭|工厂|工廠|品牌|商圈|市场|市場|平台|楼宇|樓宇|街区|街區))/;
const GRADES = /^(?:等次|档次|檔次|等级|等級)/;
const TASKS_AFTER = /^(?:重点|重點|主要)?(?:工作)?(?:任务|任務)/;
const ASPECTS_BEFORE = /[个個]方面(?:共|共计)?$/;
const DIVIDED = /分(?:为|為|成)?$/;
const PER_LIMIT = /每[^，。；,;\d]{0,8}(?:不超过|不得超过|不超過|不多于|不多於)$/;
const DECIDED = /^(?:确定|確定|认定|認定|审定|審定|评定|評定|公布|命名|公示)$/;
/**
 * Words of a clause that states where things stand now (a baseline in the plan too). Not the 目前 of `项目前期工作`
 * (项目 then 前期: eighteenth blind set, form 294).
 */
const STATUS = /(?<![项項])目前|当前|已有|已经|已建成|已累计|现已|已完成/;
const STATUS_CHAR = classOf('目当已现累');
/**
 * Progress made (form 291): 累计完成 in the clause, and no word of an aim there (PROGRESS_AHEAD; also the plan's own span ahead,
 * `三年累计完成缓拥堵提升21个点位` in a three-year plan, form 301; not `近三年累计`, `过去五年累计`, `2024年累计`).
 */
const PROGRESS_DONE = /累[计計]完成/;
const PROGRESS_AHEAD =
  /[到至]\s*\d{4}|(?<![\d十近过過前去])(?:[二两兩三四五]|[2-5])年(?:内|內)?累[计計]|力[争爭]|[确確]保|[争爭]取|[将將]|[计計][划劃]|[预預][计計]|目[标標]|全年|年[底末内內]|底前|要/;
/** The rates of progress made (`投资完成率41.9%`, `超时序进度8.6个百分点`): after progress in the sentence. */
const PROGRESS_RATE = /完成率|[时時]序[进進]度/;
const CONG = classOf('从從');

/** `由A提高到B`, `从A降至B`: whether the quantity at `start` is A (the words right after it lead to B). */
function fromValue(text: string, clauseFrom: number, start: number, end: number): boolean {
  // `由 7484 元提高到 12760 元`: blanks of scraped text between.
  let p = start - 1;
  while (p >= clauseFrom && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000)) p--;
  const c = text.charCodeAt(p);
  if (c !== 0x7531 /* 由 */ && c !== 0x4ece /* 从 */) return false;
  if (p < clauseFrom) return false;
  return FROM_TO.test(text.slice(end, end + 8));
}
const FROM_TO = /^(?:以上|左右)?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小|缩短|压缩|降)?(?:到|至)\s*\d/;

/** Share, growth or level, from the words of the clause before the quantity. */
function measureOf(
  text: string,
  clauseStart: number,
  start: number,
  valueStart: number,
  metric: string,
  unit: string,
  share: boolean,
  shareNear: boolean,
): Measure {
  const from = Math.max(clauseStart, start - 16);
  // SHARE and SHARE_BEFORE need 占, 比 or 份 in the words (the caller's scan saw one in the last 48
  // characters, `shareNear`, or the last 16, `share`); the growth regexes one of their words' last
  // characters at the end.
  // (A count or an amount is no share: `占全年任务1550万的55%` shares 55%, 1550万 is the year's task.)
  if (shareNear && shareUnit(unit) && (SHARE.test(metric) || (share && SHARE_BEFORE.test(text.slice(from, start))))) return 'share';
  // (`增速-4.7%`: the words end before the sign.)
  let e = valueStart;
  while (e > from && (CLASSES[text.charCodeAt(e - 1)] & BLANK) !== 0) e--;
  if (e <= from) return 'level';
  // `完成年度任务的36.5%`, `完成目标任务的103.1%`, `完成年度计划投资的33%`: the share of the year's task done.
  if (text.charCodeAt(e - 1) === 0x7684 /* 的 */) return unit === '%' && TASK_DONE_SHARE.test(text.slice(from, e)) ? 'share' : 'level';
  // `完成年度目标212%`, `完成全年任务85%` (twenty-ninth blind set, form 561): the share done, without 的.
  if (unit === '%' && (CLASSES[text.charCodeAt(e - 1)] & TASK_END) !== 0 && TASK_DONE_BARE.test(text.slice(from, e))) return 'share';
  if ((CLASSES[text.charCodeAt(e - 1)] & GROWTH_END) === 0) return 'level';
  // `提高到58.08%`, `下降至5%`: the level reached, not a rate of growth.
  const last = text.charCodeAt(e - 1);
  if (last === 0x5230 /* 到 */ || last === 0x81f3 /* 至 */)
    return e - 2 >= from && text.charCodeAt(e - 2) === 0x8fbe /* 达到 */ ? growthOrLevel(text, from, start, unit) : 'level';
  return growthOrLevel(text, from, valueStart, unit);
}

/**
 * `增长11.0%（全国10.7%、全省10.1%）`, `下降8%(全国-13.2%,全省-10.8%)`: whether the words `[from, to)` between
 * the previous value and this one open a bracket and name the nation, the province… (or, after such a
 * figure, `afterCompared`, go on to the next one): a figure to compare with, measured as the value before it.
 * The region it names (全国, 全省…), or undefined.
 */
function comparedFigure(text: string, from: number, to: number, afterCompared: boolean): string | undefined {
  if (to - from < 3 || to - from > 10) return undefined;
  const c = text.charCodeAt(from);
  if (!(c === 0xff08 /* （ */ || c === 0x28 /* ( */ || (afterCompared && (CLASSES[c] & COMPARED_NEXT) !== 0))) return undefined;
  if (text.charCodeAt(from + 1) !== 0x5168 /* 全 */) return undefined;
  return COMPARED_WITH.exec(text.slice(from + 1, to))?.[1];
}
const COMPARED_NEXT = classOf('、，,；;');
const COMPARED_WITH = /^(全(?:国|國|省|市|区|區|县|縣|州|球|行业|行業))(?:平均)?(?:水平)?(?:为|為)?\s*$/;
function growthOrLevel(text: string, from: number, start: number, unit: string): Measure {
  const before = text.slice(from, start);
  // A rate (`%`, points, `亿元/平方公里`) that 提高/下降 by a value changes by it.
  if (unit === '%' || unit === '‰' || /百分[点點]/.test(unit) || unit.includes('/')) return GROWTH_BEFORE.test(before) ? 'growth' : 'level';
  // `比上年增加2300亿元`, `同比事故起数减少3起`, `比目标任务增加7个`, `调增2家`: a count or an amount more or
  // fewer than a year or a plan before is a change, as 增长 is (not `新增30个`, `增加到6人`: levels).
  return GROWTH_ONLY_BEFORE.test(before) || COMPARED_CHANGE.test(before) ? 'growth' : 'level';
}
/** Whether a share can be in `unit`: a percentage, per mille, 成 or a bare number, not a count or an amount. */
function shareUnit(unit: string): boolean {
  return unit === '' || unit === '%' || unit === '‰' || unit === '成';
}
/** `(含)的` after `90%以上` (the 的 at the fourth character). */
const INCLUSIVE_DE = /^[（(]含[）)]的/;
/** What a percentage before 的 measures when it is no share of the words after: a rate, a ratio, a standard, a level, a task. */
const NOT_SHARED_AFTER =
  /^(?:增|速|幅|目|水|标|標|比|份|任|年|降|涨|漲|权|權|要|规|規|总|總|上|下|左|高|低|占|佔|提|減|减|平|额|額|利|税|稅|费|費|补|補|奖|獎)/;
const COMPARED_CHANGE = /(?:(?:同比|比|较|較)[^，。；,;\d]{0,10}(?:增加|减少|減少|多|少)|[调調][增减減])了?\s*(?:约|約)?\s*$/;
const TASK_DONE_SHARE =
  /(?:完成|达到|達到|实现|實現)(?:了)?[^，。；,;\d]{0,8}(?:任务|任務|计划|計劃|目标|目標|预算|預算)[^，。；,;\d]{0,4}的$/;
/** `完成年度目标`, `完成全年任务`, `实现年度计划` right before a percentage: the share of the year's task done (measureOf). */
const TASK_DONE_BARE = /(?:完成|实现|實現)(?:了)?(?:全年|年度|上半年|下半年)(?:目标|目標|任务|任務|计划|計劃)(?:任务|任務)?$/;
/** Last characters of TASK_DONE_BARE's words. */
const TASK_END = classOf('标標务務划劃');
const SHARE_CHAR = classOf('占佔比份');
const BLANK = classOf(
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
); // `\s`
/** Last characters of GROWTH_BEFORE's, GROWTH_ONLY_BEFORE's and COMPARED_CHANGE's words (verbs, then the optional qualifiers). */
const GROWTH_END = classOf('长速幅高升降低少多加于过约約达到增了在为為長标標值涨漲减減缩縮');
const SHARE = /占比|比重|比例|份额|占有率/;
// (`规划占地面积100亩`, `占地约200亩`, `占用耕地30亩`: the land a project takes, not a share; `占地区生产总值` is one.)
const SHARE_BEFORE =
  /[占佔](?!地面积|地约|地\d|用)[^，。；]{0,10}(?:的)?(?:比重|比例)?(?:达到|达|为|超过|提高|提升)?[^，。；\d]{0,4}$|占比|比重/;
const GROWTH_ONLY_BEFORE =
  /(?:增长|增速|增幅|比增|增長|[净淨凈]增|[递遞]增)(?:了|(?:预期)?(?:目标|目標)(?:值)?(?:分别|均)?)?\s*(?:不低于|不少于|超过|约|达|达到|到|控制在|保持在|稳定在|在|為|为)?\s*$/;

/** `A率、B率和C率“三个100%”`, `A、B和C均达到100%`: the metrics one value is given for. */
function sharedMetrics(text: string, clauseStart: number, start: number, metric: string): string[] | undefined {
  if (!metric) return undefined;
  const from = Math.max(clauseStart, start - 60);
  // A match of COUNTED (4 characters at most) or EACH (5) ends at the end: it starts in the last 5.
  const tailFrom = Math.max(from, start - 5);
  const tail = text.slice(tailFrom, start);
  const counted = COUNTED.exec(tail);
  const each = counted ? undefined : EACH.exec(tail);
  if (!counted && !each) return undefined;
  const head = text.slice(from, tailFrom + (counted ?? each)!.index);
  const s = cleanMetric(head.replace(/[“”"《》\s]/g, ''), 60);
  const items = s
    .split(LIST_JOINER)
    .map((x) => stripLead(x))
    .filter(isItem);
  if (items.length < 2) return undefined;
  if (counted && NUMERAL[counted[1]] !== undefined && NUMERAL[counted[1]] !== items.length) return undefined;
  return items;
}
/** The last character of a metric's head noun: 人次 (not 五次: a session), 花费, 总额, 产量, 增加值, 利用率, 人数, 收入, 投资, 利润, 税收, 出口. */
const PAIR_HEAD = /(?:[人车車架]次|[费費额額量值率数數入资資润潤收口])$/;
/**
 * `旅游人次、旅游花费增长15%` (form 240): one value after two or more metrics joined by 、, each a
 * metric's name (its last word a head noun, PAIR_HEAD), is every one's value, as with 均. Not a
 * value of a list of values (`进出口、出口增长5%和8%`), and not a list of kinds (`新能源、新材料产业`,
 * `文化、体育和娱乐业增加值`: the first item names no metric). Reads only the metric and the two
 * characters around the value.
 */
function pairedMetrics(text: string, start: number, end: number, metric: string): string[] | undefined {
  if (metric.indexOf('、') < 0 || is(text, end, LIST_NEXT) || is(text, start - 1, LIST_NEXT)) return undefined;
  const items = metric.split('、');
  for (const x of items) if (x.length < 2 || !PAIR_HEAD.test(x) || !/[\u3400-\u9fff]{2}/.test(x)) return undefined;
  return items;
}
/** A list item names a metric: two characters or more, one of them Chinese (`A率`). */
function isItem(s: string): boolean {
  return s.length >= 2 && /[\u3400-\u9fff]/.test(s);
}
/**
 * Whether COUNTED or EACH can match the words from `from` to `start`: COUNTED's ends in 个 (or 个 and
 * a quote), EACH's starts with 均 or 都 at most five characters from the end.
 */
function mayShare(text: string, from: number, start: number): boolean {
  for (let i = Math.max(from, start - 6); i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5747 /* 均 */ || c === 0x90fd /* 都 */ || c === 0x4e2a /* 个 */) return true;
  }
  return false;
}
/** Last characters COUNTED's and EACH's matches can end in. */
const SHARED_END = classOf('个“”"均都要将达到为在持现于过长高升降低');
/** (sharedMetrics looks for COUNTED and EACH in the last 5 characters before a value: their matches must stay that short.) */
const COUNTED = /[“"]?([两三四五六七八九十])个[“"]?$/;
// (Not the 均 of 年均, 平均 and 人均: `城市副中心和平原新城地区生产总值年均增长5%以上` is one metric's average growth.)
const EACH = /(?:(?<![年平人])均|都)(?:要|将)?(?:达到|达|保持在|保持|稳定在|为|实现|不低于|超过|增长|提高|提升|下降|降低)?$/;
/** 、, 和, 及, 与, 以及 between the items of a list; not the 及 of a word (`普及率`, 涉及, 惠及, 波及, 触及, 危及: thirty-fourth blind set 707, form 742). */
const LIST_JOINER = /、|和|(?<![普涉惠波触觸危企顾顧推以])及|与|以及/;
const NUMERAL: Record<string, number> = { 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const RESPECTIVELY = /分[别別]/;
/** A name of town and country together (`城乡居民人均可支配收入`): 城乡 (城鄉) and the rest. */
const URBAN_RURAL = /^(城乡|城鄉)([\u3400-\u9fff]{2,14})$/;
/** `A、B和C分别…`: the items of the list before 分别, when there are two or more. */
function respectiveItems(text: string, clauseStart: number, start: number, metric: string): string[] | undefined {
  const before = text.slice(Math.max(clauseStart, start - 48), start);
  // 分别, or 分別 in Traditional script.
  if (before.lastIndexOf('分别') < 0 && before.lastIndexOf('分別') < 0) return undefined;
  const cut = metric.search(RESPECTIVELY);
  const head = cut >= 0 ? metric.slice(0, cut) : metric;
  // `城乡居民人均可支配收入分别增长7%和8%`: 城乡 is 城镇 and 农村, each with the rest of the name.
  const both = URBAN_RURAL.exec(head);
  if (both) return both[1] === '城乡' ? ['城镇', '农村'].map((x) => x + both[2]) : ['城鎮', '農村'].map((x) => x + both[2]);
  const items = head
    .split(LIST_JOINER)
    .map((x) => rateKept(x, stripLead(x)))
    .filter((x) => hasCjkPair(x));
  if (items.length < 2) return undefined;
  // `一产、二产、三产增加值`: short items of one length share the last one's head noun.
  const k = items[0].length;
  const last = items[items.length - 1];
  if (k <= 3 && last.length > k && items.slice(0, -1).every((x) => x.length === k)) {
    const tail = last.slice(k);
    return items.map((x, i) => (i < items.length - 1 ? x + tail : x));
  }
  return modifierItems(items) ?? items;
}
/** An item whose lead verb names its rate (`开工率`, form 736) keeps it: stripLead would leave `率` alone. */
function rateKept(item: string, stripped: string): string {
  return stripped === '率' ? item : stripped;
}
/**
 * `地表水国控、省控断面水质优良比例` (form 702): a first item that names no metric ends in a modifier of two or three characters
 * parallel to the last item's first ones (the same last character: 国控, 省控), middle items are such modifiers alone;
 * every item is the first's prefix, its modifier and the last item's rest. Not `集成电路、汽车零配件、锂电池出口` (no
 * modifier parallel), nor `A率、B率` (the first names a metric).
 */
function modifierItems(items: readonly string[]): string[] | undefined {
  const first = items[0];
  const last = items[items.length - 1];
  if (METRIC_HEAD.test(first)) return undefined;
  for (let k = 2; k <= 3; k++) {
    const mark = last.charCodeAt(k - 1);
    if (first.length < k || last.length <= k + 1 || first.charCodeAt(first.length - 1) !== mark) continue;
    let middle = true;
    for (let i = 1; i < items.length - 1; i++) if (items[i].length !== k || items[i].charCodeAt(k - 1) !== mark) middle = false;
    if (!middle) continue;
    const prefix = first.slice(0, first.length - k);
    const tail = last.slice(k);
    return items.map((x, i) => (i === 0 ? x + tail : i < items.length - 1 ? prefix + x + tail : prefix + x));
  }
  return undefined;
}
/** A metric's head noun at the end of a name: PAIR_HEAD's, and 比例, 比重, 浓度, 面积 (form 702). */
const METRIC_HEAD = /(?:[人车車架]次|[费費额額量值率数數入资資润潤收口例重度积積])$/;

/**
 * A bare magnitude (`5000万`, `1.2万亿`): money when the metric is an amount of money (or the value is
 * a size class, `300亿级`; not a 峰值 or 均值, `日活峰值近100万`), people when it counts people (`体检人数达1000万`), else other.
 */
function moneyOrOther(metric: string, text: string, end: number): UnitKind {
  if (MONEY_METRIC.test(metric)) return 'money';
  if (PEOPLE_METRIC.test(metric)) return 'people';
  const c = text.charCodeAt(end);
  return c === 0x7ea7 /* 级 */ || c === 0x7d1a /* 級 */ ? 'money' : 'other';
}
const MONEY_METRIC =
  /额|額|(?<![峰阈閾数數均分])值|收入|投资|投資|资金|資金|消费|消費|利润|利潤|税|稅|融资|融資|营收|營收|资本|資本|资产|資產|贷款|貸款|存款|基金|财政|財政|预算|預算|债|債/;
const PEOPLE_METRIC = /人数|人數|人口|人次|人员|人員|游客|遊客|就业|就業/;

const CURRENCY_END = new RegExp(`(?:${CURRENCY})$`);
/** (`一般性支出压减22.3%`: a fall, blind form 433.) */
const GROWTH_BEFORE =
  /(增长|增速|增幅|涨幅|提高|提升|下降|降低|减少|增加|比增|增長|漲幅|上涨|上漲|上升|[净淨凈]增|[递遞]增|压减|壓減|压降|壓降|削减|削減|缩减|縮減)(?:了|(?<=增长|增速|增幅|比增|增長)(?:预期)?(?:目标|目標)(?:值)?(?:分别|均)?)?\s*(?:不低于|不少于|超过|约|达|达到|到|控制在|保持在|稳定在|在|為|为)?\s*$/;

/** What a unit says by itself: its category (undefined for % and ‰), the factor to base units (undefined for ratios) and the base unit. */
interface UnitInfo {
  readonly category: TargetCategory | undefined;
  /** undefined for a bare magnitude (`5000万`), whose kind depends on the metric. */
  readonly unitKind: UnitKind | undefined;
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
  // `亿元/平方公里`: the numerator's category and factor, a base unit per the denominator, kind other.
  const per = unit.indexOf('/');
  if (per > 0) {
    const num = readUnit(unit.slice(0, per));
    return { category: num.category, unitKind: 'other', factor: num.factor, baseUnit: `${num.baseUnit}/${unit.slice(per + 1)}` };
  }
  // The category as far as the unit decides it: a percentage's depends on the words before it.
  let category: TargetCategory | undefined = 'count';
  if (/百分[点點]/.test(unit)) category = 'points';
  else if (unit === '%' || unit === '‰') category = undefined;
  else if (CURRENCY_END.test(unit) || /^(万亿|萬億|亿|億|万|萬|千)$/.test(unit)) category = 'amount';
  if (unit === '%' || unit === '‰' || /百分[点點]/.test(unit))
    return {
      category,
      unitKind: category === 'points' ? 'points' : 'percent',
      factor: undefined,
      baseUnit: unit === '‰' ? '‰' : unit === '%' ? '%' : '个百分点',
    };
  // A unit of its own (千瓦, 千克, 千米) holds no magnitude; 兆 is one only before money or 斤 (兆瓦 is a unit).
  const mag = UNIT_KINDS[unit] ? null : /^(万亿|萬億|亿|億|万|萬|千|兆(?=元|美元|斤))/.exec(unit);
  const factor = mag ? MAGNITUDE_VALUE[mag[1]] : 1;
  const rest = mag ? unit.slice(mag[1].length) : unit;
  const base = rest === '美元' ? 'USD' : rest === '欧元' ? 'EUR' : rest === '元' || rest === '人民币' ? 'CNY' : rest;
  return {
    category,
    unitKind: rest ? (UNIT_KINDS[rest] ?? (category === 'amount' ? 'money' : 'count')) : undefined,
    factor,
    baseUnit: base,
  };
}

const UNIT_KINDS: Record<string, UnitKind> = {
  美元: 'money',
  欧元: 'money',
  元: 'money',
  人民币: 'money',
  亩: 'area',
  畝: 'area',
  公顷: 'area',
  平方米: 'area',
  // `每年完成80万平米屋面…改造` (blind form 363): 平米, the spoken 平方米.
  平米: 'area',
  平: 'area',
  // `人行道断头贯通25400㎡` (form 302): the square metre sign.
  '㎡': 'area',
  平方公里: 'area',
  吨: 'weight',
  噸: 'weight',
  公斤: 'weight',
  千克: 'weight',
  // `土壤有机质平均含量28克/千克` (blind form 430): grams (per kilogram: a rate of kind other).
  克: 'weight',
  斤: 'weight',
  吨标准煤: 'energy',
  千瓦: 'energy',
  千瓦时: 'energy',
  兆瓦: 'energy',
  // `确保达到120MW` (blind form 383): megawatts and their kin as written in Latin letters.
  MW: 'energy',
  GW: 'energy',
  kW: 'energy',
  KW: 'energy',
  MWh: 'energy',
  kWh: 'energy',
  人: 'people',
  名: 'people',
  // `为444位残疾人提供康复指导` (blind form 513): 位 counts people (not a rank: rankPlace).
  位: 'people',
  人次: 'people',
  小时: 'time',
  分钟: 'time',
  天: 'time',
  岁: 'time',
  歲: 'time',
  年: 'time',
  个工作日: 'time',
  工作日: 'time',
  公里: 'other',
  千米: 'other',
  米: 'other',
  立方米: 'other',
  // `PM2.5平均浓度控制在35微克/立方米`, `降至28.5微克每立方米` (form 204): a concentration (微克 alone names the 一微克 campaign).
  '微克/立方米': 'other',
  微克每立方米: 'other',
  // `天然气供应25亿方`, `挖填工程量达4000多方`: 方 is 立方米 (not before 面/案/式…: `5方面`, unitAfterWord).
  方: 'other',
  // `得分≥76分` (form 247): a score.
  分: 'other',
  标准箱: 'other',
  // `集装箱年吞吐量…1030万标箱`: 标箱 is 标准箱 (TEU).
  标箱: 'other',
  倍: 'other',
};
// The Traditional forms of the units (公頃, 噸, 小時…) are of the same kind.
for (const [u, k] of Object.entries(UNIT_KINDS)) UNIT_KINDS[toTraditional(u)] ??= k;

/** Words without their blanks, bracketed asides and quotation marks: what metric names are cleaned from. */
function bareWords(s: string): string {
  return s.replace(SPACES, '').replace(PARENTHESES, '').replace(QUOTES, '');
}
const SPACES = /\s+/g;
const PARENTHESES = /[（(][^）)]*[）)]/g;
const QUOTES = /[“”"《》]/g;

/**
 * The most characters a metric keeps, its last (until 2026-12-03 16, which cut names mid-word:
 * `六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长…` gave 术制造业 to the first value, `单位地区生产总值能耗` 位…).
 */
const METRIC_LENGTH = 32;
/**
 * The noun phrase a quantity belongs to: the clause before it (from `clauseStart` to `start`),
 * without lead words, time phrases, verbs and adverbs.
 */
function metricOf(text: string, clauseStart: number, start: number, clean: boolean, nian: boolean, verbs: number): string {
  // Only the words next to the number can name it (and the result keeps METRIC_LENGTH characters at most):
  // a long run-on clause is cut first so the anchored regexes below stay cheap.
  const from = Math.max(clauseStart, start - 48);
  // `clean`: these words hold a TO_CLEAN character (otherwise the replacements find nothing). After
  // them `s` has no spaces, so METRIC_LEAD's `\s` and QUALIFIER_BEFORE's `\s*` need none below, and
  // each regex runs only when `s` starts or ends in a character of its words (see the classes).
  if (!clean) return cleanMetricAt(text, from, start, nian, verbs);
  return cleanMetric(bareWords(text.slice(from, start)));
}

/**
 * `cleanMetric(text.slice(a, b))`, with offsets moving instead of a new string per step (most
 * metrics need no other cleaning). Where a step cannot be done on offsets exactly (a time phrase,
 * a lead word that runs past `b`) the rest is cleanMetric's, from the same words.
 */
function cleanMetricAt(text: string, a: number, b: number, nian: boolean, verbs: number): string {
  // `nian`: the words hold a 年 (the caller's clause scan saw one), without which hasYear is false.
  if (nian && hasYearAt(text, a, b)) return cleanMetric(text.slice(a, b));
  if (a < b && (CLASSES[text.charCodeAt(a)] & METRIC_LEAD_START) !== 0) {
    const e = leadEnd(text, a);
    // The lead word the text has there runs past the words: the words alone may end in a shorter one.
    if (e > b) return cleanMetric(text.slice(a, b));
    a = e;
  }
  for (
    let words: readonly string[] | undefined;
    a < b && (CLASSES[text.charCodeAt(b - 1)] & TAIL_END) !== 0 && (words = TAILS_BY_LAST[text.charCodeAt(b - 1)]);
  ) {
    let w = 0;
    for (const x of words)
      if (x.length <= b - a && text.startsWith(x, b - x.length)) {
        w = x.length;
        break;
      }
    if (!w) break;
    b -= w;
  }
  const v = lastVerbEndAt(text, a, b, verbs);
  // `正在培育的规上工业企业`: the 的 after the verb goes with it.
  if (v > a && hasCjkPairAt(text, v, b)) a = text.charCodeAt(v) === 0x7684 /* 的 */ && hasCjkPairAt(text, v + 1, b) ? v + 1 : v;
  const lead = stripLeadAt(text, a, b);
  if (lead < 0) {
    // stripLead's lead word ran past the words: stripLead on them, from the same start.
    const s = text.slice(a, b);
    const l = stripLead(s);
    const m = hasCjkPair(l) ? l : s;
    return hasCjkPair(m) ? lastCodePoints(m, METRIC_LENGTH) : ACRONYM.test(m) ? m : '';
  }
  if (hasCjkPairAt(text, lead, b)) a = lead;
  if (!hasCjkPairAt(text, a, b)) return ACRONYM.test(text.slice(a, b)) ? text.slice(a, b) : '';
  return lastCodePointsAt(text, a, b, METRIC_LENGTH);
}

/** METRIC_LEAD matched at `a` of `text`: where it ends (`a` when it does not match). */
function leadEnd(text: string, a: number): number {
  METRIC_LEAD_AT.lastIndex = a;
  return METRIC_LEAD_AT.test(text) ? METRIC_LEAD_AT.lastIndex : a;
}
const METRIC_LEAD_AT = new RegExp(METRIC_LEAD.source.slice(1), 'y');

/** hasYear on `text` from `a` to `b`. */
function hasYearAt(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) !== NIAN) continue;
    let j = i - 1;
    while (j >= a && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000 || text.charCodeAt(j) === 9)) j--;
    const c = j >= a ? text.charCodeAt(j) : 0;
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * lastVerbEnd on `text` from `a` to `b`: the offset in `text` (`a` or less when there is none). With
 * `verbs` ≥ 0, the candidates are VERB_POS's first `verbs` offsets (every character of VERB_END in
 * the words, last first, noted by the caller's scan), else the words are scanned.
 */
function lastVerbEndAt(text: string, a: number, b: number, verbs: number): number {
  if (verbs >= 0) {
    for (let j = 0; j < verbs; j++) {
      const i = VERB_POS[j];
      if (i > b - 1) continue;
      if (i <= a) break;
      for (const w of VERBS_BY_LAST[text.charCodeAt(i)]!)
        if (i + 1 - a >= w.length && text.startsWith(w, i + 1 - w.length)) return text.charCodeAt(i + 1) === RATE ? a : i + 1;
    }
    return a;
  }
  for (let i = b - 1; i > a; i--) {
    if ((CLASSES[text.charCodeAt(i)] & VERB_END) === 0) continue;
    for (const w of VERBS_BY_LAST[text.charCodeAt(i)]!)
      if (i + 1 - a >= w.length && text.startsWith(w, i + 1 - w.length)) return text.charCodeAt(i + 1) === RATE ? a : i + 1;
  }
  return a;
}
/**
 * 率 after the last verb makes a rate's name (`开工率`, `完成率`, `竣工率`; `确保项目履约率、开工率、资金到位率分别达到…`, thirty-fourth blind
 * set 700, form 736): the words are the name, no verb's object (`农村危房改造竣工率` stays whole).
 */
const RATE = 0x7387;
/** The offsets of the characters of VERB_END in the 48 characters before a quantity, last first (extractTargets' clause scan). */
const VERB_POS = new Int32Array(48);

/** stripLead on `text` from `a` to `b`: where the words left start; -1 when a lead word runs past `b`. */
function stripLeadAt(text: string, a: number, b: number): number {
  for (let i = 0; i < 4; i++) {
    const was = a;
    for (
      let words: readonly string[] | undefined;
      a < b && (CLASSES[text.charCodeAt(a)] & VERB_START) !== 0 && (words = VERBS_BY_FIRST[text.charCodeAt(a)]);
    ) {
      let w = 0;
      for (const x of words)
        if (x.length <= b - a && text.startsWith(x, a)) {
          w = x.length;
          break;
        }
      if (!w) break;
      a += w;
    }
    if (a < b && (CLASSES[text.charCodeAt(a)] & METRIC_LEAD_START) !== 0) {
      const e = leadEnd(text, a);
      if (e > b) return -1;
      a = e;
    }
    if (a === was) break;
  }
  return a;
}

/** hasCjkPair on `text` from `a` to `b`. */
function hasCjkPairAt(text: string, a: number, b: number): boolean {
  for (let i = a, run = 0; i < b; i++) {
    const c = text.charCodeAt(i);
    run = inCjkRange(c) ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/** lastCodePoints on `text` from `a` to `b`. */
function lastCodePointsAt(text: string, a: number, b: number, k: number): string {
  if (b - a <= k) return text.slice(a, b);
  let i = b;
  for (let left = k; left > 0 && i > a; left--) {
    i--;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > a) {
      const d = text.charCodeAt(i - 1);
      if (d >= 0xd800 && d <= 0xdbff) i--;
    }
  }
  return text.slice(i, b);
}

/** The cleaning of metricOf, on the words before a quantity. */
function cleanMetric(s: string, limit = METRIC_LENGTH): string {
  // `到2023年底累计引进…`: a time phrase says when, not what.
  // TIME_PHRASE needs four digits before 年 (blanks are gone): only then is it run.
  if (hasYear(s)) s = s.replace(TIME_PHRASE, '');
  if (is(s, 0, METRIC_LEAD_START)) s = s.replace(METRIC_LEAD, '');
  // Verbs and qualifiers at the end (`…总额达到`, `…超过`), the longest first, as long as one is there.
  for (let words: readonly string[] | undefined; s && (words = TAILS_BY_LAST[s.charCodeAt(s.length - 1)]);) {
    const w = endingIn(s, words);
    if (!w) break;
    s = s.slice(0, s.length - w);
  }
  // `认真办理省人大代表建议`, `向省人大常委会报告专项工作`: the object of the clause's last verb.
  const v = lastVerbEnd(s);
  if (v > 0 && hasCjkPair(s.slice(v))) s = s.charCodeAt(v) === 0x7684 /* 的 */ && hasCjkPair(s.slice(v + 1)) ? s.slice(v + 1) : s.slice(v);
  const lead = stripLead(s);
  if (hasCjkPair(lead)) s = lead;
  if (!hasCjkPair(s)) return ACRONYM.test(s) ? s : '';
  return lastCodePoints(s, limit);
}

/**
 * A metric without what a scrape left around it: a table row's pipes, its unit cells and the cells before its name
 * (`|1|地区生产总值|亿元|` → 地区生产总值: the last cell with a name), a goal word after the name (`…总额目标`, `…预期目标`), a mark or an open bracket at its ends (`年任务(`, `人民幣、`), a footnote (`新开发双协员[21]`).
 * Nothing is done to a name that neither holds a pipe nor starts or ends in one of EDGE_MARKS.
 */
export function tidyMetric(m: string): string {
  if (!m) return m;
  const last = m.charCodeAt(m.length - 1);
  // `社会消费品零售总额目标`, `服务业增加值预期目标`: the name the goal is set for (a goal word alone is goalSubject's).
  if (last === 0x6807 /* 标 */ || last === 0x6a19 /* 標 */) {
    const g = GOAL_TAIL.exec(m);
    if (g && m.length - g[0].length >= 4 && hasCjkPair(m.slice(0, g.index))) return tidyMetric(m.slice(0, g.index));
  }
  // `(牵头单位:水处)地下水国控点位V类水质比例` (thirty-second blind set 684, form 701): the words before a closing bracket that
  // nothing in the name opened are the end of a tag before the sentence, no part of the name.
  if (m.indexOf(')') >= 0 || m.indexOf('）') >= 0) {
    const close = unmatchedClose(m);
    if (close >= 0 && hasCjkPair(m.slice(close + 1))) return tidyMetric(m.slice(close + 1));
  }
  const pipe = m.includes('|') || m.includes('｜');
  if (!pipe && EDGE_MARKS[m.charCodeAt(0)] !== 1 && EDGE_MARKS[last] !== 1) return m;
  let s = m;
  if (pipe) {
    const cells = s.split(/[|｜]/).filter((c) => hasCjkPair(c) && !UNIT_CELL.test(c.trim()));
    s = cells.length ? cells[cells.length - 1] : '';
  }
  s = s.replace(FOOTNOTE_END, '').replace(EDGE_RUN, '');
  return hasCjkPair(s) || ACRONYM.test(s) ? s.trim() : '';
}
/** Where the first closing bracket that no opening bracket before it opened stands in `m`, -1 when none. */
function unmatchedClose(m: string): number {
  let depth = 0;
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) depth++;
    else if (c === 0x29 || c === 0xff09) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
const GOAL_TAIL = /(?:预期|預期|奋斗|奮鬥|底线|底線|年度)?(?:目标|目標)$/;
const EDGE_MARKS = charTable('、，,；;：:（(［[【〔“"）)］]】〕”');
const EDGE_RUN = /^[、，,；;：:）)］\]】〕”"\s]+|[、，,；;：:（(［[【〔“"\s]+$/g;
const FOOTNOTE_END = /[［[〔【]\d{1,3}[］\]〕】]$/;
/** A table cell that is a unit (`亿元`, `万元/人年`, `%`): no name. */
const UNIT_CELL = /^(?:[万亿千百]?(?:元|美元|人|户|家|个|项|吨|亩|平方米|公里|千瓦|辆)(?:\/[^|｜]{1,4})?|%|％|‰)$/;
/** A metric named by a Latin acronym alone (`全县GDP增长6%`, `CPI`): kept though it holds no ideographs. */
const ACRONYM = /^[A-Z]{2,}[A-Za-z0-9.]{0,6}$/;

/** Whether `s` holds a digit followed by 年 (`2023年`), the least TIME_PHRASE needs. */
function hasYear(s: string): boolean {
  for (let i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
    let j = i - 1;
    while (j >= 0 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 0x3000 || s.charCodeAt(j) === 9)) j--;
    const c = j >= 0 ? s.charCodeAt(j) : 0;
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Where the words after the last task verb of `s` start (0 when there is none). */
function lastVerbEnd(s: string): number {
  // From the end: the first position where one of the verbs ends (the longest verb ending there).
  for (let i = s.length - 1; i > 0; i--) {
    if ((CLASSES[s.charCodeAt(i)] & VERB_END) === 0) continue;
    const words = VERBS_BY_LAST[s.charCodeAt(i)]!;
    for (const w of words) if (i + 1 >= w.length && s.startsWith(w, i + 1 - w.length)) return s.charCodeAt(i + 1) === RATE ? 0 : i + 1;
  }
  return 0;
}
// Verbs that take the metric as their object; not 建设/发展/服务, which also start nouns (建设用地).
const LAST_VERB_WORDS =
  '取得|办理|审议|报告|废止|制定|接待|带动|完成|实现|达到|引进|培育|新建|建成|改造提升|改造|打造|创建|认定|选择|列入|树立|推进|推动|联络|吸引|推荐|申建|新设|开设|组织|举办|开展|支持|扶持|争取|力争|确保|启动|建立|设立|遴选|招引|签约|淘汰|关停|新开工|开工|竣工|累计|初步建成|惠及|爭取|認定|推薦|指導|支持|引進|完成|開展|實現';
const VERB_END = classOf(lastChars(LAST_VERB_WORDS.split('|')));
/** The classes scanTargets' clause scan reads (年 aside, which it compares): a character of none of them is passed over. */
const CLAUSE_SCAN = VERB_END | TO_CLEAN | FEN_OR_BODY | SHARE_CHAR | STATUS_CHAR | CONG;
/** LAST_VERB_WORDS by their last character, longest first. */
const VERBS_BY_LAST = byChar(LAST_VERB_WORDS, -1);

/**
 * The `|`-separated words by their first (`at` 0) or last (-1) character, longest first: a table
 * indexed by char code (undefined where no word has that character there, and for NaN).
 */
function byChar(words: string, at: 0 | -1): ReadonlyArray<readonly string[] | undefined> {
  const table: (string[] | undefined)[] = new Array<string[] | undefined>(0x10000);
  for (const w of [...new Set(words.split('|'))].sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(at === 0 ? 0 : w.length - 1);
    (table[c] ??= []).push(w);
  }
  return table;
}

/** The length of the first of `words` that `s` ends with (0 when none does). */
function endingIn(s: string, words: readonly string[]): number {
  for (const w of words) if (s.endsWith(w)) return w.length;
  return 0;
}
/** The length of the first of `words` that `s` starts with (0 when none does). */
function startingIn(s: string, words: readonly string[]): number {
  for (const w of words) if (s.startsWith(w)) return w.length;
  return 0;
}

/** Leading verbs and adverbs of a task (`稳步`, `累计建成`, `新建`, `改造提升`) until a noun is left. */
function stripLead(s: string): string {
  for (let i = 0; i < 4; i++) {
    const was = s;
    // The longest verb at the start, as often as one is there (a table lookup rather than a regex).
    for (let words: readonly string[] | undefined; (words = VERBS_BY_FIRST[s.charCodeAt(0)]);) {
      const w = startingIn(s, words);
      if (!w) break;
      s = s.slice(w);
    }
    if (is(s, 0, METRIC_LEAD_START)) s = s.replace(METRIC_LEAD, '');
    if (s === was) break;
  }
  return s;
}
const TIME_PHRASE = /(?:从|由|到|至|在|于|截至|截止)?\d{4}\s*年(?:度)?(?:\d{1,2}月)?(?:底|末|前|内|年底)?(?:前|以来|时)?(?:的)?/g;
const VERB_LEAD_WORDS =
  '聚焦|稳步|持续|进一步|大力|加快|积极|继续|深入|全力|着力|新培育|培育|壮大|累计建成|累计培育|累计新增|累计引进|累计实现|累计完成|累计|建成|新建|建设|改造提升|提升改造|改造|提升|提高|降低|减少|引进|招引|打造|创建|新增|完成|推动|推进|组织|举办|开展|实施|新认定|认定|扶持|支持|扩大|设立|布局|建立|开通|新开通|储备|谋划|争创|创成|培训|帮扶|带动|吸纳|安置|发放|减免|达到|实现|突破|新开工|开工|竣工|新上|培养|新改建|改建|新改扩建|整治|修复|新建改造|评定|评选|申报|获批|安排|荣获|榮獲|获得|獲得|召开|兑付|拨付';
/** VERB_LEAD_WORDS by their first character, longest first. */
const VERBS_BY_FIRST = byChar(VERB_LEAD_WORDS, 0);
const VERB_START = classOf(
  VERB_LEAD_WORDS.split('|')
    .map((w) => w[0])
    .join(''),
);

/** `/[\u3400-\u9fff]{2}/.test(s)`: two CJK characters in a row (a loop is cheaper on these short strings). */
function hasCjkPair(s: string): boolean {
  for (let i = 0, run = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = inCjkRange(c) ? run + 1 : 0;
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
/** A bar glued to a count (`25户以上` of `1064个25户以上村庄`). */
const LEADING_BAR = /^\d+(?:\.\d+)?[^\d\s，,；：、]{1,4}?以[上下]/;
const AFTER_TAIL = /(的|工作|任务|得以实现|得到落实)+$/;
const LEADING_BLANKS = /^[ \u3000]+/;
/** A blank and an office's name up to the end of the words: the unit cell of a table row. */
const OFFICE_CELL = /[ \u3000]+[\u4e00-\u9fff]{1,14}(?:部|委|局|厅|办|办公室|政府|委员会|署|行|院|中心)$/;

/** `新增替代种植面积40万亩` has its metric before; `完成200家农家店改造` after the quantity. */
function metricAfter(text: string, end: number, sentenceEnd: number): string {
  // Up to the next ，,；：、 within 32 characters (all of them when there is none); nothing when one comes first.
  const to = Math.min(sentenceEnd, end + 32);
  if (end >= to || (CLASSES[text.charCodeAt(end)] & AFTER_CLAUSE_END) !== 0) return '';
  // `培育规上工业企业2家(森财木业…`, `6675亩(其中:油菜1830亩…`: words in brackets after it say which or how, they name nothing
  // (not a unit's other name, `100条（个）幸福河湖`, nor a pinyin gloss, `个(gè)`, which the cleaning below drops).
  const next = text.charCodeAt(end);
  if (
    (next === 0xff08 /* （ */ || next === 0x28) /* ( */ &&
    end + 1 < to &&
    inCjkRange(text.charCodeAt(end + 1)) &&
    !closesSoon(text, end + 2, to)
  )
    return '';
  let e = end;
  // `dirty`: a bracket or quote (or a blank: TO_CLEAN) among the words, which the replacements below need.
  let dirty = false;
  for (let k; e < to && ((k = CLASSES[text.charCodeAt(e)]) & AFTER_CLAUSE_END) === 0; e++) if ((k & TO_CLEAN) !== 0) dirty = true;
  // A mark right after the quantity (`1.4万亿斤、居全国首位`): nothing after it names it.
  if (e === end && e < to) return '';
  let s = text.slice(end, e > end ? e : to);
  // The next cell of a table row after a blank (`20项重大水利工程 水利部`, `1000万人以上 人力资源社会保障部`):
  // an office's name is no part of the words.
  if (dirty) {
    const cell = OFFICE_CELL.exec(s);
    if (cell) s = s.slice(0, cell.index);
    // `新建5个 产业园`: the blank of a spaced copy is no part of the noun.
    if (s.charCodeAt(0) === 32 || s.charCodeAt(0) === 0x3000) s = s.replace(LEADING_BLANKS, '');
  }
  if (dirty) s = s.replace(PARENTHESES, '').replace(QUOTES, '');
  // `评查案卷683件并整改问题24条` (thirty-third blind set 689, form 713): 并 opens the next verb's clause, no noun (not 并购, 并网,
  // 并联, 并列, 并行).
  if ((s.charCodeAt(0) === 0x5e76 /* 并 */ || s.charCodeAt(0) === 0x4e26) /* 並 */ && !AND_NOUN.has(s.charCodeAt(1))) return '';
  // `1064个25户以上村庄`: the bar glued to the count is no part of its noun.
  if (s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57) s = s.replace(LEADING_BAR, '');
  // Each replacement only when it can match (see the classes); `[和及与、]$` is the last character.
  if (is(s, 0, AFTER_LEAD_START)) s = s.replace(AFTER_LEAD, '');
  if (is(s, s.length - 1, AFTER_TAIL_END)) s = s.replace(AFTER_TAIL, '');
  if (is(s, s.length - 1, AFTER_JOINER)) s = s.slice(0, -1);
  // `5个州市进出口超过1亿美元`: the noun ends where a verb or another number starts.
  const stop = afterStop(s);
  // (`66个重点项目全面建成`, `14个市级重点项目已开工`: the predicate's adverb goes with it.)
  if (stop >= 2) s = s.slice(0, stop).replace(PREDICATE_ADVERB, '') || s.slice(0, stop);
  // `新建大型会议室2处1500余平`, `监测对象16.6万户70.5万人`: the next value right after the count (all the words up to the mark)
  // names nothing; `2个4A级景区`, `282个2013年…项目`, `13.07万户46万群众` keep their words.
  else if (stop === 0 && NEXT_VALUE_ONLY.test(s)) return '';
  // `粮食产量跃上1.4万亿斤新台阶`: a level reached names nothing; nor does the commitment word after a count
  // (`新设企业1000家目标任务`, blind form 532: the noun before it names it).
  if (LEVEL_REACHED.test(s) || COMMITMENT_AFTER.test(s)) return '';
  // `300个具有辐射引领作用的高水平…实训基地`: the head noun after the last 的.
  const de = s.lastIndexOf('的');
  if (de >= 0 && s.length - de > 4 && AFTER_ATTRIBUTE.test(s)) s = s.slice(de + 1);
  if (is(s, s.length - 1, AFTER_JOINER)) s = s.slice(0, -1);
  return hasCjkPair(s) ? firstCodePoints(s, 16) : '';
}
/** Whether a closing bracket is at `i` or the character after it, before `to`. */
function closesSoon(text: string, i: number, to: number): boolean {
  const c = i < to ? text.charCodeAt(i) : 0;
  const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  return c === 0xff09 || c === 0x29 || d === 0xff09 || d === 0x29;
}
/** The commitment words after a count (metricAfter): `目标任务`, `的目标`, `任务`. */
const COMMITMENT_AFTER = /^(?:的)?(?:目标|目標|任务|任務|目标任务|目標任務)$/;
/** A value alone: a number, 余/多, a magnitude and a unit of one or two characters (metricAfter). */
const NEXT_VALUE_ONLY = /^\d+(?:\.\d+)?[余多]?(?:万|亿|千|萬|億)?[\u4e00-\u9fff]{1,2}$/;
/** Where a digit or one of AFTER_STOP_WORDS (or a final 中) starts in `s`, -1 when nowhere. */
function afterStop(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
    if ((CLASSES[c] & STOP_START) === 0) continue;
    const words = STOPS_BY_FIRST[c];
    // (`285个计划新开工项目`: 新开工 is the noun's attribute, not its predicate.)
    if (words) for (const w of words) if (s.startsWith(w, i) && !(w === '开工' && s.charCodeAt(i - 1) === 0x65b0) /* 新 */) return i;
    if (c === 0x4e2d /* 中 */ && i === s.length - 1) return i;
  }
  return -1;
}
/**
 * Words that start the predicate after a count's noun (`利用外资贷款3个项目稳步推进`: 项目; blind form 372; `66个重点项目建成投产`, `20个项目开工建设`:
 * form 750).
 */
const AFTER_STOP_WORDS =
  '进行|实现|达到|超过|改造|建设|开展|参与|落户|升级|认真|認真|对照|作为|高质量|高質|提档|提质|培育|予以|中分|以及|的实施|列入|签约|实施|大力|为|為|力争|力爭|重点扶持|的机制|参加|赴|出国|投产|投產|达产|達產|投用|竣工|建成|开工|完工|落地|稳步|穩步|顺利|順利|有序推进|扎实推进|加快推进|持续推进|全面推进|全面完成|进展顺利';
const STOPS_BY_FIRST = byChar(AFTER_STOP_WORDS, 0);
/** An adverb of the predicate AFTER_STOP_WORDS start, left at the noun's end (`全面`, `全部`, `提前`, `已`). */
export const PREDICATE_ADVERB = /(?:全面|全部|提前|基本|如期|按期|按时|尽快|加快|陆续|顺利|均|已|并|将|正在|正|早)+$/;
const STOP_START = classOf(
  AFTER_STOP_WORDS.split('|')
    .map((w) => w[0])
    .join('') + '中',
);
/** `具有辐射引领作用的…`: an attribute clause before the head noun. */
const AFTER_ATTRIBUTE = /^(?:具有|具备|符合|承担|面向)/;
/** The words after a value that say it is a level reached (`新台阶`, `大关`, `新高`), not what it counts. */
const LEVEL_REACHED = /^(?:新)?(?:台阶|臺階|大关|大關|关口|關口|新高|高位)/;

const POWERS_OF_10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14];

/**
 * `Number(text.slice(a, b))` for a number as RE_QUANTITY's NUM matches it (`12`, `8.7`), without the
 * slice or the runtime's string-to-number conversion. With at most 15 digits, the digits as an integer
 * and the power of ten are exact doubles, so the division rounds once, to the double nearest the
 * decimal: what Number gives. Longer numbers go to Number.
 */
/**
 * A minus sign (-, －, −) right before `start`, after a CJK character, a bracket or a comma, unless a
 * quantity ends there (`3万元-5万元`, `2021年-2025年`: a digit and at most three characters, no
 * punctuation, before the mark make a range).
 */
export function minusBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 0x2d && c !== 0xff0d && c !== 0x2212) return false;
  const p = text.charCodeAt(start - 2);
  if (!((p >= 0x4e00 && p <= 0x9fff) || p === 0x28 || p === 0xff08 || p === 0x2c || p === 0xff0c)) return false;
  return !QUANTITY_ENDS.test(text.slice(Math.max(0, start - 6), start - 1));
}
const QUANTITY_ENDS = /\d[^\d，,；;。、\s]{0,3}$/;

function decimal(text: string, a: number, b: number): number {
  if (b - a > 15) return Number(text.slice(a, b).replace(/,/g, ''));
  let digits = 0;
  let point = b;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) point = i + 1;
    else if (c !== 44 /* , of `1,200` */) digits = digits * 10 + (c - 48);
  }
  return point < b ? digits / POWERS_OF_10[b - point] : digits;
}

/** Drops binary noise (4374.4 × 1e8 = 437439999999.99994). */
function round(x: number): number {
  return Math.abs(x) >= 1e6 ? Math.round(x) : Math.round(x * 1e6) / 1e6;
}

/**
 * The patterns and word lists, for the regex-by-regex reference extractor of the tests: it shares
 * what the words are and checks the fast scans, gates and tables above against plain regexes.
 */
export const TARGET_PATTERNS = {
  COMPARED_CHANGE,
  TASK_DONE_SHARE,
  TASK_DONE_BARE,
  NEXT_VALUE_ONLY,
  COMMITMENT_AFTER,
  STANDARD_AFTER,
  COUNTED_REACH,
  GRANT_PER,
  INCLUSIVE_DE,
  NOT_SHARED_AFTER,
  RE_QUANTITY,
  PROJECT_NAMED_AFTER,
  PROJECTS_COUNTED_AFTER,
  SHARE_AGAIN,
  PREDICATE_ADVERB,
  CAPACITY_UNIT,
  BUILT_BEFORE,
  SERVED_AFTER,
  ESTIMATE,
  ESTIMATE_SOURCE,
  COMMITTED,
  TARGET_AFTER,
  TASK_AFTER,
  COMPARED_BEFORE,
  REPORTED_YEAR,
  GOAL_LEVEL,
  STRIVE,
  DEADLINE_AHEAD,
  UNIT_WORD_AFTER,
  INDICATORS_AFTER,
  TASK_OF,
  NAMED_TARGET,
  COMPARED_AVERAGE,
  QUOTED_NAME_UNIT,
  TARGET_CUE,
  MORE_WORDS,
  BASELINE_NEAR,
  BASELINE_NEAR_PLAN,
  QUALIFIER_BEFORE,
  QUALIFIER_WORDS,
  METRIC_LEAD,
  METRIC_TAIL_WORDS,
  GROWTH_BEFORE,
  GROWTH_ONLY_BEFORE,
  COMPARED_WITH,
  SHARE,
  SHARE_BEFORE,
  FROM_TO,
  STATUS,
  PROGRESS_DONE,
  PROGRESS_AHEAD,
  PROGRESS_RATE,
  POLICY,
  THRESHOLD_LATER,
  ITEM_THRESHOLD,
  TOTAL,
  LIST_JOINER_BETWEEN,
  SCOPE_YEAR,
  PERIOD_END,
  TIME_PHRASE,
  VERB_LEAD_WORDS,
  LAST_VERB_WORDS,
  AFTER_STOP_WORDS,
  AFTER_ATTRIBUTE,
  LEVEL_REACHED,
  LENGTH_UNITS,
  ACRONYM,
  URBAN_RURAL,
  METRIC_HEAD,
  AFTER_LEAD,
  LEADING_BAR,
  AFTER_TAIL,
  COUNTED,
  EACH,
  LIST_JOINER,
  MONEY_METRIC,
  BRACKETED,
  UNIT_KINDS,
  QIZHONG,
  PLAN_WORD,
  PROGRESS_WORD,
  DONE,
  SCORE_BEFORE,
  UNTIL_YEAR,
  GOALS,
  MAGNITUDE_VALUE,
  NUMERAL,
  CURRENCY_END,
  COMPARISON_TAILS,
  AGE,
  YEARS_OF,
  METRIC_LENGTH,
  SINCE,
  AGAINST_TARGET,
  OUTSIDE_BODIES,
  VERB_ONLY,
  VILLAGE_AFTER,
  BOUND_GLUED,
  DONE_AFTER,
  BASIS_BEFORE,
  PROPERTY_REACHES,
  ASIDE_THEN_DE,
  EXCLUDED_BEFORE,
  BEAT_TARGET,
  COUNTED_LATER,
  INDICATORS_BEFORE,
  FIELDS_OF_TASKS,
  GOAL_AFTER_DE,
  STAFF_BEFORE,
  STAFF_ROLE_AFTER,
  ROUND_THE_CLOCK_AFTER,
  SIZE_IN_BRACKETS,
  PAST_PART,
  CONDITION_THEN,
  CAP,
  REFUND,
  PER_UNIT_BASIS,
  DOCUMENT_NAME_END,
  TAX_RATE,
  FRAME_HOLD,
  FRAME_AS,
  FRAME_IN,
  RANK_BEFORE,
  NAME_BREAK,
  ATTACHMENT_NAMED,
  ATTACHMENT_LABEL_ALONE,
  COMPOSED,
  BY_SHARE,
} as const;

/**
 * The rules that read a few characters by plain regexes and comparisons (no fast path to check), for
 * the reference extractor of the tests to call as they are.
 */
export const TARGET_RULES = {
  unitOf,
  subjectMetric,
  fundShare,
  ruleTerm,
  moneyOrOther,
  goalSubject,
  labelMetric,
  tidyMetric,
  pairedMetrics,
  measuresLayout,
  quotedPhrase,
  radiusName,
} as const;

/**
 * Whether a heading's title in a flattened copy stood on a line of its own: at most 30 characters, no comma or semicolon
 * in it, a blank after it (the line break the copy lost).
 */
function aloneTitle(text: string, h: Heading): boolean {
  const c = text.charCodeAt(h.titleEnd);
  if ((c !== 32 && c !== 0x3000 && c !== 9) || h.titleEnd - h.markerEnd > 30) return false;
  for (let i = h.markerEnd; i < h.titleEnd; i++) {
    const k = text.charCodeAt(i);
    if (k === 0xff0c /* ， */ || k === 44 /* , */ || k === 0xff1b /* ； */ || k === 59 /* ; */) return false;
  }
  return true;
}
