/**
 * extractTargets is written for speed (char-code scans, regexes run only where they can match, work
 * done once per sentence and heading, see targets.ts). The reference here is the extractor as it was
 * first written, regex by regex; both must give the same targets — every field, in the same order —
 * on the real documents, their concatenation, random texts rich in quantities, and texts with every
 * character the fast scans classify put at the places they look. When extractTargets changes what it
 * finds on purpose, change the reference with it.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/model/parse';
import { lineAt, type DocumentModel, type Heading } from '../../server/src/core/model/model';
import { extractTargets, planYear, type Target, type TargetCategory } from '../../server/src/core/facts/targets';
import { realDocuments } from './realDocuments';
import { anyDocument } from './reliability';

/** Targets as comparable text: every field, the heading by its index, undefined kept. */
function serialise(targets: readonly Target[]): string {
  return JSON.stringify(targets, (key, value: unknown) =>
    key === 'heading' ? (value === undefined ? 'none' : `heading ${(value as Heading).index}`) : value === undefined ? 'undefined' : value,
  );
}

function same(text: string, what: string): void {
  const model = parseDocument(text);
  const got = serialise(extractTargets(model));
  const want = serialise(referenceExtractTargets(model));
  if (got === want) return;
  const g = JSON.parse(got) as unknown[];
  const w = JSON.parse(want) as unknown[];
  let i = 0;
  while (i < g.length && i < w.length && JSON.stringify(g[i]) === JSON.stringify(w[i])) i++;
  assert.fail(`${what}: target ${i} differs\n  fast:      ${JSON.stringify(g[i])}\n  reference: ${JSON.stringify(w[i])}`);
}

/** Words and marks that change what a quantity is read as, for random texts. */
const PIECES = [
  '0', '1', '2', '5', '7', '12', '2023', '2024年', '8.7', '.', '．', '%', '‰', '亿', '万', '万亿', '千', '亿美元', '元', '人民币',
  '家', '个百分点', '百分点', '个', '万户', '年', '月', '周', '届', '号', '～', '~', '—', '-', '至', '到', ' ', '\u3000', '以上',
  '左右', '以内', '，', ',', '。', '；', '：', '、', '！', '\n', '\r\n', '其中，', '去年', '上年', '今年以来', '力争', '增长',
  '达到', '目标', '回顾', '不低于', '超过', '约', '近', '第', '〔', 'PM', '（', '）', '“', '”', '一、', '（二）', '三是',
  '吨标准煤', '完成', '新增', '得到落实', '得以实现', '工作', '任务', '的', '和',
];

/** A real document window with quantity-rich pieces dropped in. */
function quantityText(): fc.Arbitrary<string> {
  const docs = realDocuments().map((d) => d.text);
  return fc
    .record({
      doc: fc.nat(docs.length - 1),
      from: fc.nat(),
      len: fc.nat(1500),
      inserts: fc.array(fc.record({ at: fc.nat(), piece: fc.constantFrom(...PIECES), number: fc.option(fc.constantFrom('1', '23', '4.5', '2022')) }), { maxLength: 16 }),
    })
    .map(({ doc, from, len, inserts }) => {
      const t = docs[doc];
      const start = from % (t.length + 1);
      let text = t.slice(start, start + len);
      for (const i of inserts) {
        const at = i.at % (text.length + 1);
        text = text.slice(0, at) + (i.number ?? '') + i.piece + text.slice(at);
      }
      return text;
    });
}

describe('targets: the fast extractor gives exactly what the reference gives', () => {
  it('on every real document and on all of them in one text', () => {
    const docs = realDocuments();
    for (const d of docs) same(d.text, d.name);
    same(docs.map((d) => d.text + '\n').join(''), 'all documents');
  });

  it('at the edges of the windows it reads before and after a quantity', () => {
    // The words before a quantity are read 6, 12, 16 and 48 characters back, those after it 24
    // characters on; a mark, space or word character is put at every distance up to 64.
    const filler = (k: number) => '外贸进出口总额社会消费品零售农家店项目建设'.repeat(4).slice(0, k);
    const chars = ' \u3000\t（(）)“”"《》，,；;：:、。！？\n年去上今以来约近逾于过长速幅高升降低少加的作务现实和及与一二全其力确争预主目努并是要为达至在均将已1';
    for (let k = 0; k <= 64; k++) {
      for (const c of chars) {
        same(`力争${filler(64 - k)}${c}${filler(k)}12%，${filler(70 - k)}${c}${filler(k)}增长5%。`, `${JSON.stringify(c)} ${k} before`);
        same(`一、目标\n完成200家${filler(k)}${c}${filler(30 - Math.min(k, 30))}，新增3个${filler(k)}${c}。`, `${JSON.stringify(c)} ${k} after`);
      }
    }
    // A bracket opened k characters back and closed just before the quantity; qualifier and baseline
    // words followed by spaces or other words.
    for (let k = 0; k <= 64; k++) same(`力争${filler(64 - k)}（${filler(k)}）增长12%，${filler(64 - k)}“${filler(k)}”达到3亿元。`, `bracket ${k}`);
    for (const w of ['不低于', '超过', '大约', '逾', '去年', '过去一年', '今年以来', '增长', '增长不低于']) {
      for (let j = 0; j <= 12; j++) same(`力争${filler(20)}${w}${' '.repeat(j)}12%，${w}${filler(j)}增长3%，${w}${'\u3000'.repeat(j)}5亿元。`, `${w} ${j}`);
    }
    // Lead words and verbs stripped over all three rounds.
    same('力争外贸总额增长高于增长高于增长高于12%。', 'three rounds');
    same('力争外贸总额达逾达逾达逾达逾5亿元，全年全市一是出口低于低于8亿元。', 'more than three rounds');
  });

  it('on random texts: real documents with quantities, units and marks dropped in, and any document', () => {
    fc.assert(fc.property(fc.oneof(quantityText(), anyDocument()), (text) => same(text, 'random text')), { numRuns: 2000 });
  });

  it('with each character the scans classify (and a sample of all others) at the places they look', () => {
    // Spaces, punctuation and the words' characters decide the character-class gates of targets.ts:
    // every code unit of the blocks that hold spaces and marks, every character of the reference's
    // words, and one in 64 of the rest go into sentences that reach each gate.
    const templates = [
      (c: string) => `一、主要目标\n力争全市${c}外贸进出口总额达到${c}8.7亿美元，${c}增长16%；其中出口${c}5亿美元。`,
      (c: string) => `2024年工作要点\n去年${c}完成投资12亿元，新增${c}200家${c}农家店${c}改造${c}任务，约${c}30%以上。`,
      (c: string) => `（一）目标\n${c}实现社会消费品零售总额（${c}含${c}）超过${c}400亿元${c}和${c}2～3个${c}百分点${c}，新建${c}5${c}家${c}。`,
      (c: string) => `2025年目标任务\n完成${c}200家农家店改造得到落实${c}，建成3个${c}项目得以实现${c}，培育5户的${c}任务和${c}，新增8个${c}、2家（${c}）企业工作。`,
      (c: string) => `三是${c}全年${c}新批外经项目${c}“${c}2个以上”${c}，${c}其中${c}，${c}出口增长${c}16${c}%${c}。${c}其中3家。`,
    ];
    const blocks = [[0, 0x2ff], [0x1680, 0x1680], [0x2000, 0x206f], [0x3000, 0x303f], [0xfe30, 0xffff]];
    const words = new Set(
      [RE_QUANTITY, TARGET_CUE, BASELINE_NEAR, QUALIFIER_BEFORE, METRIC_LEAD, METRIC_TAIL, GROWTH_BEFORE].map((r) => r.source).join('') +
        '的工作任务得以实现得到落实和及与以上以内左右回顾过去成绩成就总结目标指标其中',
    );
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (!blocks.some(([a, b]) => code >= a && code <= b) && !words.has(c) && code % 64 !== 0) continue;
      for (const t of templates) same(t(c), `U+${code.toString(16).padStart(4, '0')}`);
    }
  });
});

// ------------------------------------------------------------------ the reference: targets.ts as first written

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

function referenceExtractTargets(model: DocumentModel): Target[] {
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
