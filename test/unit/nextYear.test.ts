/**
 * Next year's draft (core/services/nextYear.ts): the year shift, placeholders and review marks on hand-made
 * target lists, then seeds 000, 002 and 004 through the real extraction, and the two draft rules.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { applyEdits } from '../../server/src/core/services/fixes';
import { formatMessage } from '../../server/src/core/messages';
import { parseDocument } from '../../server/src/core/model/parse';
import {
  draftNextYear,
  draftNextYearFromText,
  findDraftMarks,
  stripDraftMarks,
  stripDraftMarksMapped,
  type NextYearDraft,
} from '../../server/src/core/services/nextYear';
import type { Target } from '../../server/src/core/facts/targets';
import { realDocuments } from './realDocuments';

const ROOT = path.join(__dirname, '../../..');
const seed = (prefix: string) => {
  const name = fs.readdirSync(path.join(ROOT, 'seeds')).find((n) => n.startsWith(prefix)) as string;
  return fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
};

/** A hand-made target on the `nth` occurrence of `quantity` in `text`. */
function target(text: string, quantity: string, kind: Target['kind'] = 'target', nth = 0): Target {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quantity, start + 1);
  assert.ok(start >= 0, `${quantity} not in text`);
  return {
    start,
    end: start + quantity.length,
    line: text.slice(0, start).split('\n').length - 1,
    text: quantity,
    metric: '',
    value: parseFloat(quantity.replace(/[^\d.]/g, '')) || 0,
    valueMax: undefined,
    unit: '',
    qualifier: '',
    kind,
    category: /%/.test(quantity) ? 'growth' : 'amount',
    normalized: undefined,
    baseUnit: '',
    heading: undefined,
    sentenceStart: start,
    sentenceEnd: start + quantity.length,
    rangeMark: '',
  } as Target;
}

function draftOf(text: string, targets: Target[], year: number | undefined): NextYearDraft {
  return draftNextYear(text, parseDocument(text), targets, year);
}

/** The marked spans of a draft, as text. */
const reviewTexts = (d: NextYearDraft) => d.reviews.map((r) => d.text.slice(r.start, r.end));
const placeholderTexts = (d: NextYearDraft) => d.placeholders.map((p) => d.text.slice(p.start, p.end));

describe('next-year draft: years', () => {
  it('moves the plan year on and marks last year’s baseline for review', () => {
    const text = '某市2006年工作计划\n2006年外经贸工作总的要求是：扩大开放。2005年，有5个州市进出口超过1亿美元。\n';
    const d = draftOf(text, [], 2006);
    assert.equal(d.text, '某市2007年工作计划\n2007年外经贸工作总的要求是：扩大开放。【待核：2006年】，有5个州市进出口超过1亿美元。\n');
    assert.deepEqual(reviewTexts(d), ['【待核：2006年】']);
    assert.equal(d.reviews[0].kind, 'baseline');
    assert.deepEqual(d.reviews[0].reason, { key: 'review.baseline', args: ['2006年'] });
    assert.equal(d.fromYear, 2006);
    assert.equal(d.toYear, 2007);
  });

  it('leaves older history, multi-year periods and 上年/今年/去年 wording alone; moves a one-year range', () => {
    const text =
      '2006年工作要点\n回顾2001年以来，“十五”期间成绩显著。“十一五”（2006—2010年）规划。2006至2007年继续实施出口退税政策。力争在上年的基础上有所增长，今年和去年相比。\n';
    const d = draftOf(text, [], 2006);
    assert.equal(
      d.text,
      '2007年工作要点\n回顾2001年以来，“十五”期间成绩显著。“十一五”（2006—2010年）规划。2007至2008年继续实施出口退税政策。力争在上年的基础上有所增长，今年和去年相比。\n',
    );
    assert.deepEqual(d.reviews, []);
  });

  it('marks how the year is characterised (2006年是……开局之年)', () => {
    const d = draftOf('2006年工作要点\n2006年是实施“十一五”规划的开局之年。做好2006年的工作。\n', [], 2006);
    assert.equal(d.text, '2007年工作要点\n【待核：2007年】是实施“十一五”规划的开局之年。做好2007年的工作。\n');
    assert.equal(d.reviews[0].kind, 'yearCharacter');
  });

  it('marks dates, editions and anniversaries, moving a date’s year too', () => {
    const text =
      '2006年工作要点\n4月22日召开大会，第七届文化节和自治区成立60周年大庆，2006年6月30日前完成，2006-01-10 19:18发布，二〇〇六年一月十五日\n';
    const d = draftOf(text, [], 2006);
    assert.equal(
      d.text,
      '2007年工作要点\n【待核：4月22日】召开大会，【待核：第七届】文化节和自治区成立【待核：60周年】大庆，【待核：2007年6月30日】前完成，【待核：2007-01-10】 19:18发布，【待核：二〇〇七年一月十五日】\n',
    );
    assert.deepEqual(
      d.reviews.map((r) => r.kind),
      ['date', 'ordinal', 'anniversary', 'date', 'date', 'date'],
    );
  });

  it('leaves every year alone without a plan year', () => {
    const text = '工作要点\n2006年，增长12%。4月22日开会。\n';
    const d = draftOf(text, [target(text, '12%')], undefined);
    assert.equal(d.text, '工作要点\n2006年，增长【12】%。【待核：4月22日】开会。\n');
    assert.equal(d.fromYear, undefined);
  });

  it('keeps CRLF line endings and the number of lines', () => {
    const text = '某局2006年工作要点\r\n一、目标\r\n（一）进出口增长12%。\r\n（二）2005年完成8亿美元。\r\n';
    const d = draftOf(text, [target(text, '12%'), target(text, '8亿美元', 'baseline')], 2006);
    assert.equal(d.text, '某局2007年工作要点\r\n一、目标\r\n（一）进出口增长【12】%。\r\n（二）【待核：2006年】完成8亿美元。\r\n');
    assert.equal(d.text.split('\r\n').length, text.split('\r\n').length);
  });
});

describe('next-year draft: placeholders', () => {
  it('turns every target value into a placeholder holding last year’s value', () => {
    const text = '2006年目标：进出口8.7亿美元，增长16%，新增1~2家，培育30—50个名牌，增速4.5%—5%，新建两家。\n';
    const targets = ['8.7亿美元', '16%', '1~2家', '30—50个', '4.5%—5%', '两家'].map((q) => target(text, q));
    const d = draftOf(text, targets, 2006);
    assert.equal(
      d.text,
      '2007年目标：进出口【8.7】亿美元，增长【16】%，新增【1~2】家，培育【30—50】个名牌，增速【4.5%—5】%，新建【两】家。\n',
    );
    assert.deepEqual(placeholderTexts(d), ['【8.7】', '【16】', '【1~2】', '【30—50】', '【4.5%—5】', '【两】']);
    assert.deepEqual(
      d.placeholders.map((p) => p.previous),
      ['8.7', '16', '1~2', '30—50', '4.5%—5', '两'],
    );
  });

  it('leaves baseline facts as written (their sentence is marked through the year) and flags other old figures', () => {
    const text = '2006年工作要点\n比上年增长的基数为60%，目标增长12%。\n';
    const d = draftOf(text, [target(text, '60%', 'baseline'), target(text, '12%')], 2006);
    assert.equal(d.text, '2007年工作要点\n比上年增长的基数为【待核：60%】，目标增长【12】%。\n');
    assert.deepEqual(
      d.reviews.map((r) => r.kind),
      ['figure'],
    );
  });

  it('marks one old figure per sentence', () => {
    const text = '2006年工作要点\n去年生产总值增长8%，进出口增长9%。今年增长10%。\n';
    const d = draftOf(text, [target(text, '8%', 'baseline'), target(text, '9%', 'baseline'), target(text, '10%')], 2006);
    assert.equal(d.text, '2007年工作要点\n去年生产总值增长【待核：8%】，进出口增长9%。今年增长【10】%。\n');
  });

  it('takes overlapping targets once', () => {
    const text = '增长12%以上。';
    const a = target(text, '12%以上');
    const b = target(text, '12%');
    const d = draftOf(text, [a, b], undefined);
    assert.equal(d.text, '增长【12】%以上。');
  });

  it('never loses text: removing the marks gives the original back, years aside', () => {
    const text = seed('000');
    const d = draftNextYearFromText(text);
    const back = stripDraftMarks(d.text);
    assert.equal(back.length, text.length);
    const diffs: string[] = [];
    for (let i = 0; i < text.length; i++) if (back[i] !== text[i]) diffs.push(text.slice(i - 3, i + 2));
    // Only year digits differ (2005→2006, 2006→2007, 2007→2008).
    assert.ok(diffs.length > 0);
    for (const d0 of diffs) assert.match(d0, /20\d\d|0\d/);
    assert.equal(back.replace(/200[5-8]/g, 'YYYY'), text.replace(/200[5-8]/g, 'YYYY'));
  });

  it('on every real document: same lines, only years differ once the marks are removed, marks well-formed', () => {
    for (const doc of realDocuments()) {
      const d = draftNextYearFromText(doc.text);
      assert.equal(d.text.split(/\r\n|\n|\r/).length, doc.text.split(/\r\n|\n|\r/).length, doc.name);
      const back = stripDraftMarks(d.text);
      assert.equal(back.length, doc.text.length, doc.name);
      for (let i = 0; i < back.length; i++) {
        if (back[i] !== doc.text[i]) assert.match(back[i] + doc.text[i], /^[0-9〇零○一二三四五六七八九]{2}$/, `${doc.name} at ${i}`);
      }
      assert.equal(findDraftMarks(d.text).length, d.reviews.length + d.placeholders.length, doc.name);
    }
  });

  it('maps stripped offsets back to the marked text', () => {
    const marked = '进出口【8.7】亿美元，【待核：4月22日】开会';
    const { text, toOriginal } = stripDraftMarksMapped(marked);
    assert.equal(text, '进出口8.7亿美元，4月22日开会');
    const at = (s: string) => toOriginal(text.indexOf(s));
    assert.equal(marked.slice(at('8.7'), at('8.7') + 3), '8.7');
    assert.equal(marked[at('亿')], '亿');
    assert.equal(marked.slice(at('4月'), at('4月') + 5), '4月22日');
    assert.equal(marked[at('开')], '开');
  });
});

/** Headings as (line, marker, depth, unshortened title with marks removed and years masked). */
function outline(text: string) {
  const model = parseDocument(text);
  return model.headings.map((h) => [
    h.line,
    h.marker,
    h.depth,
    stripDraftMarks(text.slice(h.markerEnd, h.titleEnd)).replace(/\d{4}(?=年)/g, 'YYYY'),
  ]);
}

describe('next-year draft: seeds (real extraction)', () => {
  it('seed 002 (2007年) → a 2008 draft: title, every 8.7亿美元/16%/400亿元/15% target a placeholder, outline intact', () => {
    const text = seed('002');
    const d = draftNextYearFromText(text);
    assert.equal(d.fromYear, 2007);
    assert.equal(d.toYear, 2008);
    const lines = d.text.split('\n');
    assert.equal(lines[0], '呼和浩特市商务局2008年工作要点');
    assert.equal(parseDocument(d.text).title?.text, '呼和浩特市商务局2008年工作要点');
    assert.equal(
      lines[5],
      '（一）全年全市外贸进出口总额实现【8.7】亿美元，增长【16】%，其中出口【5.2】亿美元，增长【16】%，进口【3.5】亿美元，增长【16】%。出口商品结构得到进一步优化，高新技术和机电产品出口比重达到【30】%以上。',
    );
    assert.ok(lines[6].startsWith('（二）全市社会消费品零售总额实现【400】亿元，增长【15】%。'), lines[6]);
    assert.ok(lines[6].includes('年内完成【200】家农家店改造'));
    assert.ok(lines[7].includes('争取【2】个以上外经项目'));
    // None of last year's target values is left bare.
    for (const v of ['8.7亿美元', '增长16%', '400亿元', '增长15%']) assert.ok(!d.text.includes(v), `${v} left in the draft`);
    assert.deepEqual(
      d.placeholders.map((p) => p.previous),
      ['8.7', '16', '5.2', '16', '3.5', '16', '30', '400', '15', '200', '2'],
    );
    // Hand-checked review marks: the year's description, 第十次党代会, 60周年 twice, 第七届, the 2006 (now 2007) baseline.
    assert.deepEqual(reviewTexts(d), [
      '【待核：2008年】',
      '【待核：第十次】',
      '【待核：60周年】',
      '【待核：60周年】',
      '【待核：第七届】',
      '【待核：2007年】',
    ]);
    assert.ok(lines[14].includes('【待核：2007年】根据国家扩大试点范围的统一部署和要求，我市农家店建设覆盖面已扩大到60%的旗县区'));
    assert.ok(d.text.includes('和2008年党风廉政建设责任制'));
    // Structure: same lines, same headings, same markers, same titles.
    assert.equal(lines.length, text.split('\n').length);
    assert.deepEqual(outline(d.text), outline(text));
    assert.ok(outline(text).length >= 11);
  });

  it('seed 000 (2006年) → 2007: growth targets, the 2005 baselines, the 2006至2007年 range', () => {
    const text = seed('000');
    const d = draftNextYearFromText(text);
    const lines = d.text.split('\n');
    assert.equal(lines[0], '云南省2007年商务工作计划');
    assert.equal(
      lines[1],
      '2007年，我省商务发展的主要目标是：对外贸易增长【12】%，社会消费品零售总额增长【12】%，对外经济技术合作增长【12】%，利用外资增长【20】%。',
    );
    assert.ok(lines[2].includes('的重点州市。【待核：2006年】，有5个州市进出口超过1亿美元，有6个州市出口超过5000万美元。'));
    assert.ok(d.text.includes('（3）抓好加工贸易。【待核：2006年】加工贸易进出口完成7.2亿美元，增长85.1%'));
    assert.ok(d.text.includes('力争2007年新增替代种植面积【40】万亩'));
    assert.ok(d.text.includes('力争一类口岸扩大到【14】个'));
    assert.ok(d.text.includes('2007年拟继续实施以下主要政策：一是出口退税政策，2007至2008年继续实施'));
    assert.ok(d.text.includes('力争出口配额在上年的基础上有所增长'));
    assert.ok(d.text.includes('回顾“十五”'));
    assert.deepEqual(
      d.reviews.map((r) => r.kind),
      ['baseline', 'baseline', 'baseline'],
    );
    assert.equal(lines.length, text.split('\n').length);
    assert.deepEqual(outline(d.text), outline(text));
  });

  it('seed 004 (2006年, pasted twice) → 2007 in both copies, 2006年外经贸工作总的要求 → 2007年', () => {
    const text = seed('004');
    const d = draftNextYearFromText(text);
    const lines = d.text.split('\n');
    assert.equal(lines[0], '2007年山东省外经贸工作要点');
    assert.ok(lines[1].startsWith('【待核：2007年】是实施“十一五”规划的开局之年'));
    assert.ok(lines[1].includes('做好2007年的外经贸工作'));
    assert.ok(lines[2].startsWith('2007年外经贸工作总的要求是：'));
    assert.ok(
      lines[3].startsWith(
        '主要预期目标是：进出口【900】亿美元，增长【18】%。其中，出口【540】亿美元，增长【16】%，进口【360】亿美元，增长【20】%。',
      ),
      lines[3],
    );
    assert.ok(lines[3].includes('比上年略有增长'));
    assert.ok(d.text.includes('重点培育【30—50】个山东省出口名牌'));
    assert.ok(d.text.includes('举办【待核：第二次】山东国际承包工程圆桌会议'));
    assert.ok(d.text.includes('\n【待核：2007-01-10】 19:18\u00a0\u00a0文章来源'));
    assert.equal(d.text.split('2007年山东省外经贸工作要点').length, 3, 'both copies of the title move on');
    assert.ok(!/2006年/.test(d.text), 'no 2006年 left');
    assert.equal(lines.length, text.split('\n').length);
    assert.deepEqual(outline(d.text), outline(text));
  });

  it('marks never span a line break and the draft of a draft moves on again', () => {
    const d1 = draftNextYearFromText(seed('002'));
    for (const m of findDraftMarks(d1.text)) assert.ok(!/[\r\n]/.test(d1.text.slice(m.start, m.end)));
    const d2 = draftNextYearFromText(stripDraftMarks(d1.text));
    assert.ok(d2.text.startsWith('呼和浩特市商务局2009年工作要点'));
  });
});

describe('draft rules: target-placeholder and review-needed', () => {
  const d = draftNextYearFromText(seed('002'));
  const findings = analyze(d.text).findings;
  const placeholders = findings.filter((f) => f.rule === 'target-placeholder');
  const reviews = findings.filter((f) => f.rule === 'review-needed');

  it('warns on every placeholder with last year’s value and unit', () => {
    assert.equal(placeholders.length, d.placeholders.length);
    assert.ok(placeholders.every((f) => f.severity === 'warning'));
    const messages = placeholders.map((f) => formatMessage('zh-cn', f.message.key, f.message.args));
    assert.equal(messages[0], '待填写：上年为8.7亿美元（填入今年的数值并去掉【】）');
    assert.equal(
      formatMessage('en', placeholders[1].message.key, placeholders[1].message.args),
      'To fill in: last year 16% (type this year’s value and remove the 【】)',
    );
    assert.deepEqual(
      placeholders.map((f) => f.message.args?.[0]),
      ['8.7亿美元', '16%', '5.2亿美元', '16%', '3.5亿美元', '16%', '30%', '400亿元', '15%', '200家', '2个'],
    );
  });

  it('the warning goes once the value is typed in; the fix keeps last year’s value', () => {
    const filled = d.text.replace('【8.7】', '9.5');
    assert.equal(analyze(filled).findings.filter((f) => f.rule === 'target-placeholder').length, placeholders.length - 1);
    const fix = placeholders[0].fixes?.[0];
    assert.ok(fix && !fix.safe);
    const kept = applyEdits(d.text, fix.edits);
    assert.ok(kept.includes('实现8.7亿美元，增长【16】%'));
  });

  it('reports every review mark with its reason; the fix removes only the mark', () => {
    assert.equal(reviews.length, d.reviews.length);
    assert.deepEqual(
      reviews.map((f) => f.message.key),
      ['review.yearCharacter', 'review.ordinal', 'review.anniversary', 'review.anniversary', 'review.ordinal', 'review.baseline'],
    );
    assert.ok(reviews.every((f) => f.severity === 'info'));
    const fix = reviews[1].fixes?.[0];
    assert.ok(fix && !fix.safe);
    assert.ok(applyEdits(d.text, fix.edits).includes('全面贯彻落实中央经济工作会议和市第十次党代会精神'));
  });

  it('finds nothing in the seeds and the corpus (real documents carry no draft marks)', () => {
    for (const doc of realDocuments()) {
      const hits = analyze(doc.text).findings.filter((f) => f.rule === 'target-placeholder' || f.rule === 'review-needed');
      assert.deepEqual(hits, [], doc.name);
    }
  });
});

describe('next year: every target of a typed plan becomes a placeholder', () => {
  it('建成智慧商圈2个 and 重点展会40场次以上 as well as the growth rate beside them', () => {
    const plan = [
      '某区商务局2025年工作要点',
      '一、主要目标',
      '全年社会消费品零售总额增长6%，建成智慧商圈2个，举办重点展会40场次以上，新建海外仓5个。',
      '二、重点任务',
      '（一）促进消费。改造提升农贸市场12家。',
    ].join('\n');
    const draft = draftNextYearFromText(plan).text.split('\n');
    assert.equal(draft[0], '某区商务局2026年工作要点');
    assert.equal(draft[2], '全年社会消费品零售总额增长【6】%，建成智慧商圈【2】个，举办重点展会【40】场次以上，新建海外仓【5】个。');
    assert.equal(draft[4], '（一）促进消费。改造提升农贸市场【12】家。');
  });
});
