/**
 * Zones (review vs plan) and the target model per zone: one test per mistake the hidden scoring
 * found, and the consumers that must use plan-zone targets only (checks, compare, next year's draft).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareTargets } from '../../server/src/core/services/compare';
import { analyze } from '../../server/src/core/services/analyze';
import { draftNextYear } from '../../server/src/core/services/nextYear';
import { parseDocument } from '../../server/src/core/model/parse';
import { extractTargets, planYear, shownText, TARGET_RULES as R, type Target } from '../../server/src/core/facts/targets';
import { documentZones } from '../../server/src/core/facts/zones';
import { wrappedLine, wrapsInto, wrapWidth } from '../../server/src/core/model/wrap';
import { stripDraftMarks } from '../../server/src/core/facts/draftMarks';
import { targetInfos } from '../../server/src/lsp/features/targetsRequest';
import { DEFAULT_OPTIONS } from '../../server/src/core/types';
import { documentSymbols } from '../../server/src/lsp/features/symbols';
import { quantityTokens } from '../../server/src/lsp/features/targetTokens';

const ROOT = path.join(__dirname, '../../..');
const targetsOf = (text: string) => extractTargets(parseDocument(text));
/** Each target of a text as `shown text kind` (`5% target`). */
const shownKinds = (text: string) => targetsOf(text).map((x) => `${shownText(x)} ${x.kind}`);
const find = (ts: readonly Target[], text: string) => {
  const t = ts.find((x) => x.text === text);
  assert.ok(t, `no target ${text} in ${ts.map((x) => x.text).join(' ')}`);
  return t;
};

/** A small report: a review part with figures that read like targets, then the plan. */
const REPORT = [
  '2026年某市政府工作报告',
  '一、2025年工作回顾',
  '过去一年，全市累计建成高标准农田6281万亩，新增城镇就业5.2万人，力争的目标全部完成，地区生产总值增长5.5%。',
  '二、2026年工作安排',
  '今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业5万人以上。',
  '（一）扩大开放。新建海外仓5个，改造提升农贸市场12家。',
  '',
].join('\n');

describe('zones: review and plan parts', () => {
  it('a report: the review heading starts a review zone, the plan heading a plan zone (shown in the outline detail)', () => {
    const model = parseDocument(REPORT);
    const zones = documentZones(model, planYear(model)).filter((z) => z.heading);
    assert.deepEqual(
      zones.map((z) => [z.kind, z.heading!.title]),
      [
        ['review', '2025年工作回顾'],
        ['plan', '2026年工作安排'],
      ],
    );
    const symbols = documentSymbols(model, false, 'en');
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['一、2025年工作回顾', 'review'],
        ['二、2026年工作安排', 'plan'],
      ],
    );
    assert.deepEqual(
      documentSymbols(model, false, 'zh-cn').map((s) => s.detail),
      ['回顾', '计划'],
    );
  });

  it('review-zone figures are baselines whatever the verb (累计建成, 新增, 力争 in the sentence)', () => {
    const ts = targetsOf(REPORT);
    for (const v of ['6281万亩', '5.2万人', '5.5%']) {
      assert.equal(find(ts, v).kind, 'baseline', v);
      assert.equal(find(ts, v).zone, 'review', v);
    }
    assert.equal(find(ts, '6281万亩').metric, '高标准农田');
  });

  it('plan-zone task quantities are targets without 力争/确保 (新建海外仓5个, 改造提升农贸市场12家)', () => {
    const ts = targetsOf(REPORT);
    assert.deepEqual(
      [find(ts, '5个'), find(ts, '12家')].map((t) => [t.kind, t.zone, t.metric, t.unitKind]),
      [
        ['target', 'plan', '海外仓', 'count'],
        ['target', 'plan', '农贸市场', 'count'],
      ],
    );
  });

  it('paragraph openers decide where no heading does: 过去一年… is a review until 今年是…', () => {
    const text = '某市政府工作报告\n过去一年，全市进出口增长12%。\n外贸企业新增30家。\n今年是关键之年。全市进出口力争增长8%。\n';
    const ts = targetsOf(text);
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.zone]),
      [
        ['12%', 'baseline', 'review'],
        ['30家', 'baseline', 'review'],
        ['8%', 'target', 'plan'],
      ],
    );
  });

  // A hard-wrapped copy (a PDF text layer, a fixed-width scrape): each paragraph after the title broken every 20 characters.
  const wrapped = (title: string, ...paragraphs: string[]) =>
    [title, ...paragraphs.map((p) => (p.match(/.{1,20}/gu) ?? []).join('\n'))].join('\n') + '\n';

  it('a hard-wrapped paragraph about last year (据…介绍，去年，…) is a review to its end, not to its first line’s', () => {
    const text = wrapped(
      '某市商务局2025年工作目标',
      '日前，市商务局召开全市商务工作会议，发布了全年的工作目标和主要任务，部署全年各项工作。',
      '据市商务局负责人介绍，去年，全市社会消费品零售总额7933亿元，全市新设外资企业120家，实际使用外资54亿美元，各项工作成效明显，为今年发展打下了坚实基础。',
      '全市社会消费品零售总额力争增长8%，新设外资企业力争达到150家，实际使用外资力争增长5%，进一步扩大对外开放，推动高质量发展。',
    );
    assert.deepEqual(
      targetsOf(text).map((t) => [t.line, t.text, t.kind, t.zone]),
      [
        [5, '7933亿元', 'baseline', 'review'],
        [6, '120家', 'baseline', 'review'],
        [6, '54亿美元', 'baseline', 'review'],
        [8, '8%', 'target', 'plan'],
        [9, '150家', 'target', 'plan'],
        [10, '5%', 'target', 'plan'],
      ],
    );
  });

  it('in a hard-wrapped copy a value’s words on the line before name it; every target’s text is the text at its offsets', () => {
    const text = wrapped(
      '某县2020年政府工作报告',
      '过去五年，全县地区生产总值年均增长6.2%，人均生产总值7.9万元，固定资产投资可比年均增长10.3%，社会消费品零售总额140亿元，外贸出口年均增长6.1%，利用外资5184万美元，城镇常住居民人均可支配收入35867元，经济社会发展取得新成效。',
    );
    const ts = targetsOf(text);
    for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text, `${t.text} at ${t.start}`);
    assert.equal(ts.find((t) => t.text === '10.3%')?.metric, '固定资产投资');
    assert.ok(ts.every((t) => t.kind === 'baseline'));
  });

  it('a wrapped line that starts with 今年是 inside a review paragraph opens nothing; the next paragraph’s 今年是 opens the plan', () => {
    const text = wrapped(
      '某市2025年政府工作报告',
      '过去的一年，全市经济运行稳中有进，地区生产总值增长6%，规上工业增加值增长7%，今年是“十四五”规划收官之年打下的基础，全市新增市场主体1.2万户，完成年度目标。',
      '今年是“十五五”开局之年，全市地区生产总值力争增长6%左右，新增市场主体1.5万户，推动高质量发展。',
    );
    assert.equal(text.split('\n')[3].startsWith('今年是'), true);
    assert.deepEqual(
      targetsOf(text).map((t) => [t.line, t.text, t.kind]),
      [
        [2, '6%', 'baseline'],
        [2, '7%', 'baseline'],
        [4, '1.2万户', 'baseline'],
        [7, '6%左右', 'target'],
        // The wrap cut 1.5万户 after 万: the quantity spans the break, unit and all.
        [7, '1.5万\n户', 'target'],
      ],
    );
  });

  it('a number a hard wrap cut in two is read whole: offsets across the break, text as at them, shown joined; fixes and the draft keep every character', () => {
    // Cut every 20 characters: 2.|5亿美元, 6%|左右 and 2.5|0% fall across line breaks.
    const text = wrapped(
      '某县2024年政府工作报告',
      '过去一年，全县经济稳中有进，全县固定资产投资250.3亿元，外贸出口总额达到2.5亿美元，社会消费品零售总额增长6.5%，城镇居民人均可支配收入增长6%。',
      '今年主要预期目标是：全县生产总值增长6%左右，全县现代服务业增加值比重提高2.50%左右，新增市场主体1.5万户，城镇新增就业3000人以上。',
    );
    const lines = text.split('\n');
    assert.equal(lines[2], '投资250.3亿元，外贸出口总额达到2.');
    assert.equal(lines[6], '左右，全县现代服务业增加值比重提高2.5');
    const ts = targetsOf(text);
    for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      ts.map((t) => [t.line, shownText(t), t.value, t.kind]),
      [
        [2, '250.3亿元', 250.3, 'baseline'],
        [2, '2.5亿美元', 2.5, 'baseline'],
        [3, '6.5%', 6.5, 'baseline'],
        [4, '6%', 6, 'baseline'],
        [5, '6%左右', 6, 'target'],
        [6, '2.50%左右', 2.5, 'target'],
        [7, '1.5万户', 1.5, 'target'],
        [8, '3000人以上', 3000, 'target'],
      ],
    );
    assert.deepEqual(
      ts.filter((t) => t.text.includes('\n')).map((t) => t.text),
      ['2.\n5亿美元', '6%\n左右', '2.5\n0%左右'],
    );
    // percent-vs-points: its fix replaces the % itself, wherever the wrap put it.
    const a = analyze(text, DEFAULT_OPTIONS);
    // The Targets view shows the value joined, its range running over the break.
    const row = targetInfos(a.model, a.targets).find((r) => r.text === '2.50%左右');
    assert.deepEqual([row?.line, row?.endLine], [6, 7]);
    const pvp = a.findings.filter((f) => f.rule === 'percent-vs-points');
    assert.equal(pvp.length, 1);
    const edit = pvp[0].fixes![0].edits[0];
    assert.equal(text.slice(edit.start, edit.end), '%');
    // The next year's draft brackets the plan's values without losing a character (the title's year moves on);
    // a mark never spans lines, so the break inside 2.5|0 moves before the placeholder.
    const draft = draftNextYear(text, a.model, a.targets, 2024);
    assert.ok(draft.text.includes('提高\n【2.50】%左右'), draft.text);
    assert.equal(stripDraftMarks(draft.text), text.replace('2024年', '2025年').replace('提高2.5\n0%', '提高\n2.50%'));
    assert.deepEqual(
      draft.placeholders.map((p) => p.previous),
      ['6', '2.50', '1.5', '3000'],
    );
  });

  it('a flattened copy’s title is its first run before a blank: it sets the plan year and, for a review, the zone', () => {
    const prose = '全县上下坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，各项事业取得新的进展，人民群众获得感明显增强。';
    const review = `2022年工作回顾    2022年，全县地区生产总值达到417亿元，增长9.4%，${prose.repeat(3)}`;
    assert.equal(planYear(parseDocument(review)), 2023);
    assert.deepEqual(
      targetsOf(review).map((t) => [t.text, t.kind, t.zone]),
      [
        ['417亿元', 'baseline', 'review'],
        ['9.4%', 'baseline', 'review'],
      ],
    );
    const notice = `某市人民政府办公厅关于下达2006年商务工作目标任务的通知 各区县人民政府：2005年，${prose.repeat(3)}2006年全市商务工作目标任务是：外贸出口12亿美元。`;
    assert.equal(planYear(parseDocument(notice)), 2006);
    // Not a flattened copy (the line holds under 60% of the text): no title is read from it.
    assert.equal(planYear(parseDocument(`${review}\n${prose.repeat(6)}\n`)), 2022);
  });

  it('a flattened copy (the whole text on one line): each sentence opens a zone as a paragraph would', () => {
    const news =
      '日前，在市政府召开的全市商务工作会议上，市商务局发布了全年的工作目标和主要任务，部署了全年各项重点工作，要求各区各部门抓好落实。据市商务局负责人介绍，去年，全市实现社会消费品零售总额7933亿元，增长11.0%。服务贸易进出口291.7亿美元，增长14.5%。合同外资83.6亿美元，增长4.0%。今年，全市社会消费品零售总额力争增长8%，新设外资企业力争达到150家，实际使用外资力争增长5%，进一步扩大对外开放，推动高质量发展，加快建设国际消费中心城市，全面提升城市能级和核心竞争力。';
    assert.deepEqual(
      targetsOf(news).map((t) => [t.text, t.kind, t.zone]),
      [
        ['7933亿元', 'baseline', 'review'],
        ['11.0%', 'baseline', 'review'],
        ['291.7亿美元', 'baseline', 'review'],
        ['14.5%', 'baseline', 'review'],
        ['83.6亿美元', 'baseline', 'review'],
        ['4.0%', 'baseline', 'review'],
        ['8%', 'target', 'plan'],
        ['150家', 'target', 'plan'],
        ['5%', 'target', 'plan'],
      ],
    );
    // A heading found mid-line is a unit of its own: the review opener after its title opens the review.
    const notice =
      '自治区各委、办、厅、局，各大企业、事业单位：经自治区人民政府同意，现将《某自治区艾滋病防治“十三五”行动计划》印发给你们，请结合本地区本部门实际认真贯彻执行。 一、防治现状 “十二五”以来，全区累计检测人数达到120万人次，新发感染人数下降15%。 二、主要目标 到2020年，全区检测覆盖率达到90%，新发感染人数控制在500人以内，各项工作取得新成效，为建设健康自治区作出新贡献，确保实现防治目标。';
    assert.deepEqual(
      targetsOf(notice).map((t) => [t.text, t.kind, t.zone]),
      [
        ['120万人次', 'baseline', 'review'],
        ['15%', 'baseline', 'review'],
        ['90%', 'target', 'plan'],
        ['500人以内', 'target', 'plan'],
      ],
    );
  });

  it('flattened copies, counter-example: in a document of lines a long paragraph is one paragraph (its sentences open nothing)', () => {
    const paragraph =
      '全市地区生产总值力争增长6%左右，规上工业增加值力争增长7%，社会消费品零售总额力争增长8%，固定资产投资力争增长10%。去年，全市新增市场主体1.2万户，今年要在此基础上再上新台阶，进出口总额力争增长5%，实际使用外资力争达到20亿美元，城乡居民收入增长与经济增长同步，城镇新增就业3万人以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅控制在3%左右，节能减排完成省下达任务，推动经济社会高质量发展。';
    const other =
      '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全，全面深化改革开放，大力提振市场信心，更好统筹疫情防控和经济社会发展，推动经济运行整体好转，实现质的有效提升和量的合理增长，为全面建设社会主义现代化国家开好局起好步，奋力谱写中国式现代化建设新篇章。';
    const text = ['某市2025年工作要点', '一、总体要求', other, '二、主要目标', paragraph, ''].join('\n');
    assert.ok(paragraph.length >= 200 && paragraph.length * 5 < text.length * 3, 'a long paragraph, not most of the text');
    const ts = targetsOf(text);
    assert.equal(ts.find((t) => t.text === '1.2万户')?.zone, 'plan');
    assert.deepEqual(
      ts.filter((t) => t.text !== '1.2万户').map((t) => [t.kind, t.zone]),
      ts.filter((t) => t.text !== '1.2万户').map(() => ['target', 'plan']),
    );
  });

  it('a plan heading that promises 新成绩 stays in the plan; a review heading that reports one stays in the review', () => {
    const text =
      '某区2012年政府工作报告\n一、过去一年工作回顾\n（一）经济发展取得新成就\n全区生产总值增长9%。\n二、2012年工作安排\n（一）做实民生工程，确保民生工作取得新成绩\n新建保障房500套。\n';
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind, t.zone]),
      [
        ['9%', 'baseline', 'review'],
        ['500套', 'target', 'plan'],
      ],
    );
  });

  it('a 工作总结和工作计划 has both parts', () => {
    const text =
      '某局2007年工作总结和2008年工作计划\n一、2007年工作总结\n全年完成进出口8亿美元。\n二、2008年工作计划\n全年完成进出口9亿美元。\n';
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind, t.zone]),
      [
        ['8亿美元', 'baseline', 'review'],
        ['9亿美元', 'target', 'plan'],
      ],
    );
  });

  it('2021年工作总结和2022年工作计划: the plan year is 2022, 一、各项工作开展情况 and 今年以来 are the review', () => {
    const text =
      'x区农业农村局2021年工作总结和2022年工作计划\n今年以来，我局新建基地3个。\n一、各项工作开展情况\n全区农业产值7.58亿元，同比增长5.7%。\n';
    const model = parseDocument(text);
    assert.equal(planYear(model), 2022);
    assert.deepEqual(
      extractTargets(model).map((t) => [t.text, t.kind, t.zone]),
      [
        ['3个', 'baseline', 'review'],
        ['7.58亿元', 'baseline', 'review'],
        ['5.7%', 'baseline', 'review'],
      ],
    );
  });

  it('semantic tokens carry the review modifier in a review zone', () => {
    const model = parseDocument(REPORT);
    const tokens = quantityTokens(REPORT, extractTargets(model)).filter((t) => t.type !== 'year');
    assert.deepEqual(
      tokens.map((t) => [REPORT.slice(t.start, t.end), !!t.review, t.baseline]),
      [
        ['6281万亩', true, true],
        ['5.2万人', true, true],
        ['5.5%', true, true],
        ['5%左右', false, false],
        ['5万人以上', false, false],
        ['5个', false, false],
        ['12家', false, false],
      ],
    );
  });
});

describe('targets: the model per zone (each mistake the scoring found)', () => {
  it('由52.23%提高到58.08%: the start value is a baseline, the end value the target', () => {
    const ts = targetsOf('2024年工作要点\n一、主要目标\n常住人口城镇化率由52.23%提高到58.08%。\n');
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.metric, t.measure]),
      [
        ['52.23%', 'baseline', '常住人口城镇化率', 'level'],
        ['58.08%', 'target', '常住人口城镇化率', 'level'],
      ],
    );
  });

  it('A率、B率和C率“三个100%”: one target per listed metric, one token', () => {
    const text = '2024年工作要点\n一、主要目标\n实现行政村通硬化路率、通客车率和通邮率“三个100%”。\n';
    const ts = targetsOf(text);
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.metric, t.shared]),
      [
        ['100%', 'target', '行政村通硬化路率', false],
        ['100%', 'target', '通客车率', true],
        ['100%', 'target', '通邮率', true],
      ],
    );
    assert.equal(quantityTokens(text, ts).filter((t) => t.type !== 'year').length, 1);
  });

  it('metric names: no leading verbs or adverbs, no punctuation, not the previous clause’s name', () => {
    const ts = targetsOf(
      '2024年工作要点\n一、重点任务\n引进亿元以上项目20个，到2023年底累计引进世界500强企业8家，稳步提高外贸进出口总额至500亿元。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.metric]),
      [
        ['20个', '亿元以上项目'],
        ['8家', '世界500强企业'],
        ['500亿元', '外贸进出口总额'],
      ],
    );
  });

  it('`1.4万亿斤、居全国首位`: a weight, and nothing after the mark is its name', () => {
    const t = find(
      targetsOf('某省政府工作报告\n一、2025年工作回顾\n粮食产量1.4万亿斤、居全国首位，生猪出栏3000万头，均居全国首位。\n'),
      '1.4万亿斤',
    );
    assert.deepEqual([t.kind, t.unitKind, t.category, t.metric], ['baseline', 'weight', 'count', '粮食产量']);
  });

  it('no empty or punctuated metric for a value followed by ，均居全国首位', () => {
    const ts = targetsOf('某省政府工作报告\n一、2025年工作回顾\n生猪出栏3000万头，均居全国首位。\n');
    assert.equal(find(ts, '3000万头').metric, '生猪出栏');
  });

  it('约30%左右: the qualifier is 左右, not 约左右', () => {
    assert.equal(find(targetsOf('2024年工作要点\n一、主要目标\n服务业占比约30%左右。\n'), '30%左右').qualifier, '左右');
  });

  it('占比提高2% is a share, not a growth rate', () => {
    const t = find(targetsOf('2024年工作要点\n一、主要目标\n数字经济占比提高2%，进出口增长5%。\n'), '2%');
    assert.deepEqual([t.measure, t.category], ['share', 'percent']);
    assert.equal(find(targetsOf('2024年工作要点\n一、主要目标\n数字经济占比提高2%，进出口增长5%。\n'), '5%').measure, 'growth');
  });

  it('unit kinds: area, energy, people, points, time, money', () => {
    const ts = targetsOf(
      '2024年工作要点\n一、主要目标\n新增造林10万亩，新增装机200万千瓦，节能5万吨标准煤，培训1.2万人，城镇化率提高1个百分点，办结时间压缩至3个工作日，投资8亿元。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.unitKind]),
      [
        ['10万亩', 'area'],
        ['200万千瓦', 'energy'],
        ['5万吨标准煤', 'energy'],
        ['1.2万人', 'people'],
        ['1个百分点', 'points'],
        ['3个工作日', 'time'],
        ['8亿元', 'money'],
      ],
    );
  });

  it('scope year: 到2027年 sets it, the plan year otherwise', () => {
    const ts = targetsOf('2025年工作要点\n一、主要目标\n到2027年，建成充电桩1万个；新增就业5000人。\n');
    assert.deepEqual(
      ts.map((t) => [t.text, t.scopeYear]),
      [
        ['1万个', 2027],
        ['5000人', 2025],
      ],
    );
  });

  it('比2020年下降18%: the year compared with does not make a baseline', () => {
    const ts = targetsOf('2024年工作要点\n一、主要目标\n单位生产总值能耗比2020年下降18%。2023年全市进出口增长8%。\n');
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind]),
      [
        ['18%', 'target'],
        ['8%', 'baseline'],
      ],
    );
  });

  it('the state the plan starts from is a baseline in the plan too (目前…已建成)', () => {
    const ts = targetsOf('2024年工作要点\n一、重点任务\n目前全区已建成5G基站2000个，今年新建1000个。\n');
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind]),
      [
        ['2000个', 'baseline'],
        ['1000个', 'target'],
      ],
    );
  });

  it('thresholds and the terms of a policy are no targets', () => {
    const ts = targetsOf(
      '2024年工作要点\n一、重点任务\n抓好进出口1亿美元以上和出口5000万美元以上的重点企业，落实100%退税政策，新增外贸企业20家。\n',
    );
    assert.deepEqual(
      ts.map((t) => t.text),
      ['20家'],
    );
  });
});

describe('targets: the failure forms of the blind runs (test/corpus 1xx read blind, 3NN of the blind set)', () => {
  const rows = (text: string) => targetsOf(text).map((t) => [t.text, t.kind, t.metric, t.unitKind, t.measure]);

  it('scraped blanks between a number and its unit (`2147 万元`, `8.5 %`, `7.9亿 元`), not after 第', () => {
    const ts = targetsOf(
      '某镇2022年政府工作报告\n一、过去五年工作回顾\n税收由 2147 万元增加至 4250 万元，比增8.5 %，收入7.9亿 元，第 3 个。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.unit]),
      [
        ['2147 万元', 'baseline', '万元'],
        ['4250 万元', 'baseline', '万元'],
        ['8.5 %', 'baseline', '%'],
        ['7.9亿 元', 'baseline', '亿元'],
      ],
    );
  });

  it('units cut before: 4.9个亿, 53万袋, 13.3万余车次, 7批次, 500棵', () => {
    const ts = targetsOf('2024年工作要点\n一、重点任务\n完成投资4.9个亿，生产食用菌53万袋，排查13.3万余车次，外出招商7批次，栽树500棵。\n');
    assert.deepEqual(
      ts.map((t) => [t.text, t.unit, t.qualifier]),
      [
        ['4.9个亿', '亿', ''],
        ['53万袋', '万袋', ''],
        ['13.3万余车次', '万车次', '余'],
        ['7批次', '批次', ''],
        ['500棵', '棵', ''],
      ],
    );
    assert.equal(find(ts, '4.9个亿').unitKind, 'money');
  });

  it('an age is a quantity of a life span only (`人均预期寿命达82.4岁`, not `60岁以上老年人`)', () => {
    assert.deepEqual(
      rows('2024年工作要点\n一、主要目标\n人均预期寿命达82.4岁，新建养老服务站10个，为60岁以上老年人和3岁以下婴幼儿服务。\n'),
      [
        ['82.4岁', 'target', '人均预期寿命', 'time', 'level'],
        ['10个', 'target', '养老服务站', 'count', 'level'],
      ],
    );
  });

  it('size classes, kilovolts, fund terms, grades, limits per unit, a list decided, a site count: no quantities', () => {
    const ts = targetsOf(
      '2024年工作要点\n一、重点任务\n引进20亿级项目不少于12个，新建750千伏线路2条，拨付剩余的20%培育资金，预拨培育资金80%，分3~4个等次予以支持，按每网格不超过20户划分，（共9篇），支持确定的20家经开区，水生生物完整性指数提升2个等级。\n',
    );
    assert.deepEqual(
      ts.map((t) => t.text),
      ['12个', '2条', '2个'],
    );
  });

  it('培育机电300亿级，: a size class at the end of its clause is the level to reach, in money', () => {
    const t = find(targetsOf('2024年工作要点\n一、重点任务\n培育机电300亿级，新材料100亿级外贸单品。\n'), '300亿');
    assert.deepEqual([t.kind, t.unitKind], ['target', 'money']);
  });

  it('the stock a task picks from is a fact: 从我省600余个名牌商品中', () => {
    assert.deepEqual(
      targetsOf('2024年工作要点\n一、重点任务\n从我省600余个名牌商品中，重点培育30个出口名牌。\n').map((t) => [t.text, t.kind]),
      [
        ['600余个', 'baseline'],
        ['30个', 'target'],
      ],
    );
  });

  it('a share of units with nothing before it: 90%以上的村, 不低于35%的行政村 (a threshold after a metric stays out)', () => {
    const ts = targetsOf(
      '2020年工作计划\n一、重点任务\n力争90%以上的村生活垃圾得到治理，卫生厕所普及率达85%左右，不低于35%的行政村生活污水得到治理，扶持年营业收入1000万元以上的企业。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.metric, t.measure]),
      [
        ['90%以上', '村生活垃圾得到治理', 'share'],
        ['85%左右', '卫生厕所普及率', 'level'],
        ['35%', '行政村生活污水得到治理', 'share'],
      ],
    );
  });

  it('growth measures: 下降了, 比增, 涨幅控制在, and values listed after a growth rate', () => {
    const ts = targetsOf(
      '2024年工作要点\n一、主要目标\n病死率下降了40.4%，工业增加值比增7.5%，居民消费价格涨幅控制在3%以内，出口和进口分别增长25%和35%，三项指标分别增长6%、7%、8%。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.measure]),
      [
        ['40.4%', 'growth'],
        ['7.5%', 'growth'],
        ['3%以内', 'growth'],
        ['25%', 'growth'],
        ['35%', 'growth'],
        ['6%', 'growth'],
        ['7%', 'growth'],
        ['8%', 'growth'],
      ],
    );
  });

  it('metric names lose comparisons, 了, 较, 人均 and 未来五年 (`超全省平均水平3个百分点`)', () => {
    const ts = targetsOf(
      '2020年工作计划\n一、重点任务\n茶叶投产面积较2019年增长10%以上，畜禽粪污资源化利用率超全省平均水平3个百分点以上，村集体经济收入保持在人均10元以上，带动未来五年制造业投资1000亿元以上，培育壮大农业品牌5个。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.metric]),
      [
        ['10%以上', '茶叶投产面积'],
        ['3个百分点以上', '畜禽粪污资源化利用率'],
        ['10元以上', '村集体经济收入'],
        ['1000亿元以上', '制造业投资'],
        ['5个', '农业品牌'],
      ],
    );
  });

  it('a title line the outline does not take as a heading opens its zone (`“十四五”时期工作回顾`, `一、一季度工作总结`)', () => {
    const report = targetsOf(
      '各位代表：\n现在，我代表县人民政府向大会报告工作。\n“十四五”时期工作回顾\n全县地区生产总值实现391亿元，增长8.6%。\n今年工作安排\n地区生产总值增长6%。\n',
    );
    assert.deepEqual(
      report.map((t) => [t.text, t.kind]),
      [
        ['391亿元', 'baseline'],
        ['8.6%', 'baseline'],
        ['6%', 'target'],
      ],
    );
    const quarter = targetsOf(
      '乡镇2022年第一季度工作总结和第二季度工作计划\n一、一季度工作总结\n(一)主要指标\n招引项目2个，总投资3.6亿元。\n二、二季度工作计划\n(一)主要指标\n力争新招引项目3个。\n',
    );
    assert.deepEqual(
      quarter.map((t) => [t.text, t.kind]),
      [
        ['2个', 'baseline'],
        ['3.6亿元', 'baseline'],
        ['3个', 'target'],
      ],
    );
  });

  it('a document titled as a review is one (`20XX年工作回顾`); its results are facts whatever the verb', () => {
    assert.deepEqual(
      targetsOf('20XX年工作回顾\n20XX年，全县实现地区生产总值391亿元，增长8.6%。\n').map((t) => t.kind),
      ['baseline', 'baseline'],
    );
  });

  it('the plan year of a report whose title has none: 四、2026年政府工作任務, not 一、2025年工作回顧', () => {
    const text =
      '《政府工作報告》全文：\n各位代表：\n一、2025年工作回顧\n全年國內生產總值增長5%。\n二、2026年政府工作任務\n經濟增長4.5%左右。\n';
    assert.equal(planYear(parseDocument(text)), 2026);
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind]),
      [
        ['5%', 'baseline'],
        ['4.5%左右', 'target'],
      ],
    );
  });

  it('second blind run: 比上年增长 in the plan is a target, （共计121项） a list size, 50场次 a unit, 121人才 a name, the noun after with its quotation marks (kept since 2026-12-08)', () => {
    const ts = targetsOf(
      '2023年区政府工作报告重点工作分工方案（共计121项）\n一、主要预期目标\n1.地区生产总值比上年增长4.5%以上。\n2.举办50场次知识更新名家讲座，培养产生100名“大学生创业能手”，实施121人才梯队项目。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.metric]),
      [
        ['4.5%以上', 'target', '地区生产总值'],
        ['50场次', 'target', '知识更新名家讲座'],
        ['100名', 'target', '“大学生创业能手”'],
      ],
    );
    // In a review, 比上年 still speaks of a result.
    assert.equal(find(targetsOf('某县政府工作报告\n一、2022年工作回顾\n地区生产总值比上年增长4.5%。\n'), '4.5%').kind, 'baseline');
  });

  it('third blind run (a 若干意见): the conditions, caps and fee shares of a measure are no quantities', () => {
    const ts = targetsOf(
      '2019年就业工作要点\n一、重点任务\n对不裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。小微企业新招用人员数量达到企业现有在职职工人数25%（超过100人的企业达到15%）的，可申请最高不超过300万元的创业担保贷款，或按社会保险费50%的标准确定。全年城镇新增就业11万人。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind]),
      [['11万人', 'target']],
    );
  });

  it('fourth blind run (a 试点方案): conditions before 的，采取, shares a measure is computed by, the make-up of a body', () => {
    const ts = targetsOf(
      '药品集中采购试点方案\n一、总体要求\n选择北京、上海等11个城市开展试点。入围生产企业在3家及以上的，采取招标采购的方式；入围生产企业为2家的，采取议价采购的方式。按照年度药品总用量的60%—70%估算采购总量，按不低于采购金额的30%提前预付。联合采购办公室由试点城市各派1名代表组成。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind]),
      [['11个', 'target']],
    );
  });

  it("fifth blind set, form 49: units counted right after 由 in the make-up of a body are no quantities; a task's count stays", () => {
    const ts = targetsOf(
      '2021年人口普查工作计划\n一、主要任务\n成立由19个区直单位组成的人口普查领导小组办公室，组建由5家企业组成的产业联盟。新建由社区服务中心组成的网点3个，引进企业5家，建成20个站点组成的监测网络。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind]),
      [
        ['3个', 'target'],
        ['5家', 'target'],
        ['20个', 'target'],
      ],
    );
  });

  it('a half-year already over in a plan for the second half is a review (`2011年上半年…`), progress `已完成` a fact', () => {
    const ts = targetsOf(
      '2011年上半年工作总结和下半年工作计划\n一、上半年完成情况\n(五)、2011年上半年全乡出生人口政策符合率为83.2%。\n二、下半年工作计划\n(一)、项目建设\n已完成年度目标任务的55%，新建项目3个。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind]),
      [
        ['83.2%', 'baseline'],
        ['55%', 'baseline'],
        ['3个', 'target'],
      ],
    );
  });

  it('fourth blind set, form 32: a Traditional review title (`2022年工作回顧`) opens a review and reviews its year', () => {
    const text = '2022年工作回顧\n2022年,我縣地區生產總值達到417億元,增長9.4%;城鎮、農村居民人均可支配收入分別達到39098元、16340元。\n';
    // The title reviews 2022: a plan in it would be for 2023, so `2022年,` is no sentence about the plan year.
    assert.equal(planYear(parseDocument(text)), 2023);
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind]),
      [
        ['417億元', 'baseline'],
        ['9.4%', 'baseline'],
        ['39098元', 'baseline'],
        ['16340元', 'baseline'],
      ],
    );
    // Counter-examples: a half-year review plans the rest of its own year; 照顧 is no 回顧; a Traditional
    // plan heading (工作計劃) opens the plan after a Traditional review heading.
    assert.equal(planYear(parseDocument('2022年上半年工作總結\n全鄉財政收入完成500萬元。\n')), 2022);
    assert.equal(find(targetsOf('2023年工作計劃\n一、照顧困難群眾\n建成養老服務站12個。\n'), '12個').kind, 'target');
    assert.deepEqual(
      targetsOf('政府工作報告\n一、2022年工作回顧\n全縣地區生產總值增長9.4%。\n二、2023年工作計劃\n地區生產總值增長6%。\n').map((t) => [
        t.text,
        t.kind,
      ]),
      [
        ['9.4%', 'baseline'],
        ['6%', 'target'],
      ],
    );
  });

  it('fourth blind set, form 34: a notice asking for 进展情况 is no review; a 任务分工 notice is a plan', () => {
    const text = [
      '国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知',
      '一、各有关部门要高度重视量化指标任务，按照分工抓紧研究制定工作方案。',
      '二、各有关部门要按照办理要求，及时将量化指标任务进展情况报送国办督查室。',
      '三、国办将加强跟踪督办，定期梳理汇总落实情况。',
      '2016年量化指标任务分工',
      '城镇新增就业1000万人以上',
      '铁路投资8000亿元以上',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind]),
      [
        ['1000万人以上', 'target'],
        ['8000亿元以上', 'target'],
      ],
    );
    // Counter-examples: a review heading with a comma but no instruction stays a review (主要 is no 要);
    // a report on how a 分工 was carried out (…分工落实情况的报告) is no plan.
    assert.equal(find(targetsOf('2016年工作总结\n二、主要指标完成情况，好于预期\n地区生产总值增长6%。\n'), '6%').kind, 'baseline');
    assert.equal(find(targetsOf('关于2016年量化指标任务分工落实情况的报告\n城镇新增就业1314万人。\n'), '1314万人').kind, 'baseline');
    // In such a plan the notice's `6个方面243项工作任务` is the layout of the list, not a task's count (corpus 114);
    // a task's own count of tasks stays one.
    assert.deepEqual(
      targetsOf('2023年重点工作任务分工方案\n现将2023年6个方面243项工作任务予以分解。\n一、重点任务\n年内实施10项重点任务。\n').map(
        (t) => t.text,
      ),
      ['10项'],
    );
  });
});

describe('targets: metric names of the fourth blind set (form 38)', () => {
  it('drop 安排, 荣获, 我縣/全縣 and 漲幅, and the department cell after a table row’s value', () => {
    const rows = targetsOf(
      '2016年量化指标任务分工\n序号 工作任务 牵头负责部门\n1 城镇新增就业1000万人以上 人力资源社会保障部\n2 再开工20项重大水利工程 水利部\n3 安排财政赤字2.18万亿元 财政部\n4 中央预算内投资安排5000亿元 发展改革委\n',
    );
    assert.deepEqual(
      rows.map((t) => [t.text, t.metric]),
      [
        ['1000万人以上', '城镇新增就业'],
        ['20项', '重大水利工程'],
        ['2.18万亿元', '财政赤字'],
        ['5000亿元', '中央预算内投资'],
      ],
    );
    const report = targetsOf(
      '2023年政府工作報告\n一、2022年工作回顧\n2022年,我縣地區生產總值達到417億元;全縣荣获中国质量奖提名奖2个。\n二、2023年工作安排\n居民消費價格漲幅3%左右。\n',
    );
    assert.deepEqual(
      report.map((t) => [t.text, t.metric]),
      [
        ['417億元', '地區生產總值'],
        ['2个', '中国质量奖提名奖'],
        ['3%左右', '居民消費價格'],
      ],
    );
    // Counter-examples: a noun after a blank that is no office stays the count's noun (a spaced copy);
    // an office inside the words without a blank before it is kept (`建成3个党群服务中心`).
    assert.equal(find(targetsOf('2023年工作计划\n新建5个 产业园。\n'), '5个').metric, '产业园');
    assert.equal(find(targetsOf('2023年工作计划\n建成3个党群服务中心。\n'), '3个').metric, '党群服务中心');
  });
});

describe('targets: consumers use the plan zone only', () => {
  const REVIEW_YEAR = [
    '某市2026年政府工作报告',
    '一、2025年工作回顾',
    '到2024年底全市累计引进项目80个，全年进出口400亿元。',
    '二、2026年工作安排',
    '全年进出口力争420亿元。',
    '',
  ].join('\n');

  it('target-year and target-conflict ignore the review figures', () => {
    const a = analyze(REVIEW_YEAR, DEFAULT_OPTIONS);
    assert.deepEqual(
      a.findings.filter((f) => f.rule === 'target-year' || f.rule === 'target-conflict'),
      [],
    );
  });

  it('next year’s draft: every plan-zone target a placeholder, no review figure', () => {
    const model = parseDocument(REVIEW_YEAR);
    const d = draftNextYear(REVIEW_YEAR, model, extractTargets(model), planYear(model));
    assert.deepEqual(
      d.placeholders.map((p) => p.previous),
      ['420'],
    );
    assert.ok(!d.text.includes('【400】') && !d.text.includes('【80】'));
  });

  it('compare matches clean metric names and leaves review figures out', () => {
    const old = targetsOf('2024年工作要点\n一、主要目标\n新建海外仓5个，全市外贸进出口总额实现400亿元。\n');
    const now = targetsOf(
      '某市2025年政府工作报告\n一、2024年工作回顾\n新建海外仓5个。\n二、2025年工作安排\n力争新建海外仓8个，外贸进出口实现420亿元。\n',
    );
    const rows = compareTargets(old, now);
    assert.deepEqual(
      rows.map((r) => [r.metric, r.old?.text, r.new?.text, r.status]),
      [
        ['海外仓', '5个', '8个', 'both'],
        ['外贸进出口', '400亿元', '420亿元', 'both'],
      ],
    );
  });

  it('the Targets view and next year’s draft of the review documents: every review row a baseline, none a placeholder', () => {
    const docs = [
      ...['001', '002', '009', '011', '013'].map((n) => path.join(ROOT, '../shared/corpus', `${n}.txt`)),
      ...[
        '156-zijin-2020-zhengfugongzuobaogao',
        '162-jingxian-2007-zhengfugongzuobaogao',
        '309-xiangzhen-2022-yijidu-zongjie-erjidu-jihua',
        '314-shanghang-20xx-zhengfugongzuobaogao-huigu',
      ].map((n) => path.join(ROOT, 'test/corpus', `${n}.txt`)),
      path.join(ROOT, 'test/e2e/workspace/report-with-review.txt'),
    ].filter((p) => fs.existsSync(p));
    assert.ok(docs.length >= 5);
    for (const f of docs) {
      const text = fs.readFileSync(f, 'utf8');
      const model = parseDocument(text);
      const targets = extractTargets(model);
      const rows = targetInfos(model, targets);
      const review = rows.filter((r) => r.zone === 'review');
      assert.ok(review.length > 0, `${f}: no review rows`);
      assert.deepEqual(
        review.filter((r) => r.kind !== 'baseline').map((r) => `${r.line + 1} ${r.text}`),
        [],
        f,
      );
      // The draft's placeholders are the plan's targets only, one per value written.
      const draft = draftNextYear(text, model, targets, planYear(model));
      const plan = targets.filter((t) => t.kind === 'target' && t.zone !== 'review' && !t.shared);
      assert.ok(
        draft.placeholders.length <= plan.length,
        `${f}: ${draft.placeholders.length} placeholders for ${plan.length} plan targets`,
      );
      for (const p of draft.placeholders)
        assert.ok(
          plan.some((t) => t.text.startsWith(p.previous)),
          `${f}: placeholder ${p.previous} is no plan target's value`,
        );
    }
  });

  it('the shared corpus reports: no review-zone target and no plan year in a review heading', () => {
    for (const f of ['002', '009', '013'].map((n) => path.join(ROOT, '../shared/corpus', `${n}.txt`)).filter((p) => fs.existsSync(p))) {
      const ts = targetsOf(fs.readFileSync(f, 'utf8'));
      const review = ts.filter((t) => t.zone === 'review');
      assert.ok(review.length > 20, `${f}: ${review.length} review figures`);
      assert.deepEqual(
        review.filter((t) => t.kind === 'target').map((t) => `${t.line + 1} ${t.text}`),
        [],
        f,
      );
    }
  });
});

describe('targets: fifth blind set forms (docs/blind-scores.md, forms 44–46)', () => {
  it('a lead (据…介绍，/…中介绍，) before 去年，/过去一年 opens the review it introduces (410, 405); the plan sentence before stays a plan', () => {
    const text = [
      '日前，市商务委发布了全年的工作目标。据称，今年预期，社会消费品零售总额增长10%。',
      '据市商务委负责人介绍，去年，全市实现社会消费品零售总额7933.0亿元，增长11.0%。',
      '市长在政府工作报告中介绍，过去一年全市新增就业5.2万人。',
      '今年是关键之年。全市进出口力争增长8%。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind]),
      [
        ['10%', 'target'],
        ['7933.0亿元', 'baseline'],
        ['11.0%', 'baseline'],
        ['5.2万人', 'baseline'],
        ['8%', 'target'],
      ],
    );
  });

  it('counter-examples: a lead before a plan sentence or before the plan year is no review', () => {
    const text = ['某区2024年工作要点', '据区发改局介绍，今年全区力争新增企业30家。', '会议指出，2024年全区地区生产总值增长6%。', ''].join(
      '\n',
    );
    assert.deepEqual(
      targetsOf(text).map((t) => [t.text, t.kind]),
      [
        ['30家', 'target'],
        ['6%', 'target'],
      ],
    );
  });

  it('a review heading with 回忆 for 回顾 (一、2023年工作回忆) is a review (404), 回忆 elsewhere is nothing', () => {
    const review = targetsOf(
      '某市政府工作报告\n一、2023年工作回忆\n地区生产总值达5600亿元，增长14%以上。\n二、2024年工作安排\n新建海外仓5个。\n',
    );
    assert.deepEqual(
      review.map((t) => [t.text, t.kind]),
      [
        ['5600亿元', 'baseline'],
        ['14%以上', 'baseline'],
        ['5个', 'target'],
      ],
    );
    const plan = targetsOf('某县2024年工作要点\n一、传承红色回忆，建设纪念馆\n新建展馆3个。\n');
    assert.deepEqual(
      plan.map((t) => [t.text, t.kind]),
      [['3个', 'target']],
    );
  });

  it('a minus glued to a number after a word or a bracket is its sign (401, 410); after a digit it is a range', () => {
    const ts = targetsOf(
      '2020年工作总结\n一、主要指标完成情况\n固定资产投资增速-4.7%，社会消费品零售总额增长3.5%（全国-7.0%，全省－3.9%）。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.value]),
      [
        ['-4.7%', -4.7],
        ['3.5%', 3.5],
        ['-7.0%', -7],
        ['－3.9%', -3.9],
      ],
    );
    // The sign is the value's, not the end of the metric (`增速-`, `（全国-` before).
    assert.deepEqual(
      ts.filter((t) => /[-－]$/.test(t.metric)).map((t) => t.metric),
      [],
    );
    const range = targetsOf('2024年工作要点\n力争1-2月完成投资5-8亿元，给予3万元-5万元的资金支持，2021年-2025年新建项目3个。\n');
    assert.ok(
      range.every((t) => t.value > 0),
      range.map((t) => `${t.text} ${t.value}`).join(' '),
    );
    // A table cell `- 75` (no value, then the target) keeps 75 positive: the blank parts them.
    assert.equal(find(targetsOf('2025年工作要点\n城市污水集中收集率达到 - 75%。\n'), '75%').value, 75);
  });
});

describe('zones: sixth blind set forms', () => {
  it('form 56: where no zone decides, Traditional cue words make targets as the simplified ones do', () => {
    const trad = targetsOf('政府工作報告提出，國內生產總值增長4.5%左右，糧食產量達到1.3萬億斤以上。');
    assert.deepEqual(
      trad.map((t) => [t.text, t.kind, t.zone]),
      [
        ['4.5%左右', 'target', 'none'],
        ['1.3萬億斤以上', 'target', 'none'],
      ],
    );
    const simp = targetsOf('政府工作报告提出，国内生产总值增长4.5%左右，粮食产量达到1.3万亿斤以上。');
    assert.deepEqual(
      simp.map((t) => [t.text, t.kind]),
      [
        ['4.5%左右', 'target'],
        ['1.3万亿斤以上', 'target'],
      ],
    );
  });

  it('form 56, counter-examples: a Traditional review still gives baselines, and a sentence without a cue stays without a kind', () => {
    const review = targetsOf(['2026年政府工作報告', '一、2025年工作回顧', '國內生產總值增長5%，糧食產量達到1.4萬億斤。', ''].join('\n'));
    assert.deepEqual(
      review.map((t) => [t.text, t.kind]),
      [
        ['5%', 'baseline'],
        ['1.4萬億斤', 'baseline'],
      ],
    );
    const plain = targetsOf('政府工作報告說，會場有代表2900人。');
    const simpPlain = targetsOf('政府工作报告说，会场有代表2900人。');
    assert.deepEqual(
      plain.map((t) => t.kind),
      simpPlain.map((t) => t.kind),
    );
  });

  it('form 67: in a progress report (a review), what is striven for (确保, 力争) is the target restated; 确保了 and 争取 are facts', () => {
    const doc = [
      '市政府2020年重点工作一季度进展情况',
      '一、一季度进展情况',
      '加强数据监测，确保地区生产总值增长7%左右。',
      '力争规上工业增加值占比提升至44%。',
      '一季度，全市确保了粮食产量稳定在120万吨，争取中央预算内投资12亿元，完成投资50亿元。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind, t.zone]),
      [
        ['7%左右', 'target', 'review'],
        ['44%', 'target', 'review'],
        ['120万吨', 'baseline', 'review'],
        ['12亿元', 'baseline', 'review'],
        ['50亿元', 'baseline', 'review'],
      ],
    );
  });

  it('form 68: a combined heading (成就和…目标任务) is a review until a paragraph opens the five years to come', () => {
    const doc = [
      '2026年北京市政府工作报告',
      '一、2025年工作回顾',
      '过去一年，地区生产总值增长5.4%。',
      '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
      '“十四五”时期是极不平凡的五年，全员劳动生产率达到50万元/人。',
      '“十五五”时期是夯实基础的关键时期，全员劳动生产率达58万元/人左右，研发投入占比6%以上。',
      '三、2026年工作安排',
      '',
    ].join('\n');
    const model = parseDocument(doc);
    assert.deepEqual(
      extractTargets(model).map((t) => [t.text, t.kind, t.zone]),
      [
        ['5.4%', 'baseline', 'review'],
        ['50万元/人', 'baseline', 'review'],
        ['58万元/人左右', 'target', 'plan'],
        ['6%以上', 'target', 'plan'],
      ],
    );
    // Without the plan's words after the review's, the heading decides for its whole section.
    const plain = doc.replace('和“十五五”时期主要目标任务', '');
    assert.deepEqual(
      targetsOf(plain).map((t) => t.kind),
      ['baseline', 'baseline', 'baseline', 'baseline'],
    );
  });

  it('form 61: results so far (开年以来, 截止6月底) inside a paragraph of no zone are facts; 占全年任务X is the task set', () => {
    const doc = [
      '乡镇上半年工作总结及打算',
      '2013年,是加快发展的关键一年。开年以来,各项工作进展良好。截止6月底,完成国地两税848万元,占全年任务1550万的55%。实现规模工业产值6亿元。下半年,力争完成规模工业产值13亿元。',
      '一、上半年的主要工作情况',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['848万元', 'baseline'],
        ['1550万', 'target'],
        ['55%', 'baseline'],
        ['6亿元', 'baseline'],
        ['13亿元', 'target'],
      ],
    );
    // Flattened (its line breaks lost, each sentence read as a paragraph would be), on a long line: the
    // results so far go on over the sentences after theirs until one turns to what comes next.
    const filler = '全镇上下坚持稳中求进，扎实推进各项工作，经济社会保持平稳健康发展，群众满意度持续提升。'.repeat(4);
    const flat = `${doc.replace(/\n/g, ' ').replace('一、上半年的主要工作情况', `一、上半年的主要工作情况 ${filler}`)}`;
    assert.deepEqual(
      targetsOf(flat).map((t) => [t.text, t.kind]),
      [
        ['848万元', 'baseline'],
        ['1550万', 'target'],
        ['55%', 'baseline'],
        ['6亿元', 'baseline'],
        ['13亿元', 'target'],
      ],
    );
  });

  it('form 69: a news paragraph after one about last year that goes on reporting results is about last year; one that looks ahead is not', () => {
    const doc = [
      '日前，市商务委发布了全年的工作目标：社会消费品零售总额增长10%。',
      '据市商务委负责人介绍，去年，全市实现社会消费品零售总额7933.0亿元，增长11.0%。',
      '服务贸易进出口291.7亿美元，增长14.5%；境外投资项目309个，增长77.6%。',
      '今年将新建海外仓5个。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['10%', 'target'],
        ['7933.0亿元', 'baseline'],
        ['11.0%', 'baseline'],
        ['291.7亿美元', 'baseline'],
        ['14.5%', 'baseline'],
        ['309个', 'baseline'],
        ['77.6%', 'baseline'],
        ['5个', 'target'],
      ],
    );
    // Without the paragraph about last year before it, the same figures are what the text commits to.
    const alone = targetsOf('日前，市商务委发布了全年的工作目标。\n服务贸易进出口291.7亿美元，增长14.5%。\n');
    assert.deepEqual(
      alone.map((t) => t.kind),
      ['target', 'target'],
    );
  });

  it('form 58: 兆 before 元, 美元 or 斤 is 万亿 (Traditional-script money); 兆瓦 stays a unit of energy, 千瓦 and 千克 hold no magnitude', () => {
    const ts = targetsOf('中國今年發展主要預期目標：赤字規模5.89兆元；糧食產量1.4兆斤以上；新增裝機100兆瓦、儲能500千瓦，回收50千克。\n');
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.unitKind, t.normalized, t.baseUnit]),
      [
        ['5.89兆元', 'target', 'money', 5.89e12, 'CNY'],
        ['1.4兆斤以上', 'target', 'weight', 1.4e12, '斤'],
        ['100兆瓦', 'target', 'energy', 100, '兆瓦'],
        ['500千瓦', 'target', 'energy', 500, '千瓦'],
        ['50千克', 'target', 'weight', 50, '千克'],
      ],
    );
  });
});

describe('targets: seventh blind set forms (docs/blind-scores.md, forms 91, 92, 94, 95)', () => {
  it('form 91: a title with a period (2022—2024年) plans from its first year: `2022年，新建…` is a target', () => {
    const doc =
      '某市新型基础设施建设三年行动方案(2022—2024年)\n一、主要目标\n2022年，全市新建5G基站2600个以上。到2024年，累计建成5G基站1万个。\n';
    assert.equal(planYear(parseDocument(doc)), 2022);
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['2600个以上', 'target'],
        ['1万个', 'target'],
      ],
    );
  });

  it('form 91, counter-examples: a year before the period stays a fact; a one-year title keeps its year', () => {
    const doc = '某市新型基础设施建设三年行动方案(2022—2024年)\n一、主要目标\n2021年，全市建成5G基站1200个。\n';
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [['1200个', 'baseline']],
    );
    assert.equal(planYear(parseDocument('某县2024年工作要点\n一、主要目标\n')), 2024);
  });

  it('form 92: in a progress report, a value named as the target (目标增速, 增速目标分别为, 预期目标) is the target restated', () => {
    const doc = [
      '某区商务局2022年上半年工作总结',
      '一、工作开展情况',
      '二季度社会消费品零售总额目标增速8.2%，1-4月全区社会消费品零售总额18.04亿元，增速0.2%。四大行业增速目标分别为15%、13%。二季度服务业增加值预期目标22.19亿元、增速6.5%。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['8.2%', 'target'],
        ['18.04亿元', 'baseline'],
        ['0.2%', 'baseline'],
        ['15%', 'target'],
        ['13%', 'target'],
        ['22.19亿元', 'target'],
        ['6.5%', 'target'],
      ],
    );
  });

  it('form 92, counter-examples: a result measured against the target (高于…的目标, 超过目标) and a share of the target task are facts', () => {
    const doc = [
      '某县2007年政府工作报告',
      '一、2006年工作回顾',
      '财政收入增长26.4%，高于年初人代会12%的目标14.4个百分点；投资超过目标2个百分点，完成目标任务的110%。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['26.4%', 'baseline'],
        ['12%', 'baseline'],
        ['14.4个百分点', 'baseline'],
        ['2个百分点', 'baseline'],
        ['110%', 'baseline'],
      ],
    );
  });

  it('form 94: the land a project takes (占地面积100亩) is no share; 占地区生产总值比重 is one', () => {
    const ts = targetsOf(
      '某县2022年工作计划\n一、重点工作\n建设商贸中心项目，规划占地面积100亩，总投资10亿元；服务业增加值占地区生产总值比重达到45%。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.measure]),
      [
        ['100亩', 'level'],
        ['10亿元', 'level'],
        ['45%', 'share'],
      ],
    );
  });

  it('form 95: a count alone in quotation marks (“22条”, “10项举措”) names a policy package; counts and shares in quotes beside more are read', () => {
    const ts = targetsOf(
      '某市2020年工作要点\n一、重点工作\n加快兑现支持企业渡过难关“22条”和鼓励工业企业复工达产“10项举措”，力争为企业减负60亿元，实现“三个100%”，开展“7个专项行动”。\n',
    );
    assert.deepEqual(
      ts.map((t) => t.text),
      ['60亿元', '100%', '7个'],
    );
  });
  it('form 97 in part: a growth named as the target (增速目标分别为, 增长目标为, 增长预期目标) is a rate of growth', () => {
    const doc = [
      '某区2025年工作要点',
      '一、主要目标',
      '地区生产总值增长目标为6%左右。批发、零售行业销售额增速目标分别为15%、13%。规上工业增加值增长预期目标7%。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.measure, t.category]),
      [
        ['6%左右', 'growth', 'growth'],
        ['15%', 'growth', 'growth'],
        ['13%', 'growth', 'growth'],
        ['7%', 'growth', 'growth'],
      ],
    );
  });

  it('measures: a signed rate after 增速, 上涨/上升 and 净增 are growth; figures compared in brackets are measured as the value before them', () => {
    const doc = [
      '某区2020年工作总结和2021年工作计划',
      '一、2020年工作回顾',
      '固定资产投资总额56.4亿元，增速-4.7%，全市排名第12位。居民消费价格上涨0.2%，综合指数上升20个百分点，经营主体净增231万户。',
      '进出口8306.4亿元，增长3.5%（全国-7.0%，全省-3.9%）；其中出口增长12.7%（全国10.7%、全省10.1%）。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.measure]),
      [
        ['56.4亿元', 'level'],
        ['-4.7%', 'growth'],
        ['0.2%', 'growth'],
        ['20个百分点', 'growth'],
        ['231万户', 'growth'],
        ['8306.4亿元', 'level'],
        ['3.5%', 'growth'],
        ['-7.0%', 'growth'],
        ['-3.9%', 'growth'],
        ['12.7%', 'growth'],
        ['10.7%', 'growth'],
        ['10.1%', 'growth'],
      ],
    );
  });

  it('a figure compared in brackets is named by its region, and the next clause still speaks of the sentence’s metric', () => {
    const doc = '某区2020年工作总结\n一、2020年工作回顾\n出口5034.7亿元，增长12.7%（全国10.7%、全省10.1%），增长较快。\n';
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.metric]),
      [
        ['5034.7亿元', '出口'],
        ['12.7%', '出口'],
        ['10.7%', '全国'],
        ['10.1%', '全省'],
      ],
    );
  });

  it('measures, counter-examples: a bracket that names no region, a share compared in brackets, a level after 上升到', () => {
    const doc = [
      '某区2020年工作总结',
      '一、2020年工作回顾',
      '出口5034.7亿元（其中一般贸易3000亿元）。数字经济占比35%（全国30%）。城镇化率上升到65%，涨幅在3%以内。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.measure]),
      [
        ['5034.7亿元', 'level'],
        ['3000亿元', 'level'],
        ['35%', 'share'],
        ['30%', 'share'],
        ['65%', 'level'],
        ['3%以内', 'growth'],
      ],
    );
  });

  it('form 97, counter-examples: a level after 目标 without a growth word, a share of the target (the share done), a count of the target', () => {
    const doc = ['某区2025年工作要点', '一、主要目标', '城镇化率目标为65%。完成增长目标任务的110%。增加值目标为500亿元。', ''].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.measure]),
      [
        ['65%', 'level'],
        ['110%', 'share'],
        ['500亿元', 'level'],
      ],
    );
  });
});

describe('metric names: the words around them that are no part of them', () => {
  const metrics = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.metric}`);
  it('adverbs and verbs before the value (平均, 实际, 将首次, 跨越, 净增, 递增, 稳定) and scopes, times and states before the name (上半年全乡, 目前我镇, 现有, 已, a bracket)', () => {
    assert.deepEqual(
      metrics(
        '2024年工作要点\n一、主要目标\n城镇调查失业率平均5.2%，城镇居民人均可支配收入實際增長8%，一般公共預算支出規模將首次達到30兆元，地区生产总值跨越5000亿元，地區生產總值凈增110.8億元，糧食播面穩定127.28萬畝，外贸年均递增13.7%。\n',
      ),
      [
        '5.2% 城镇调查失业率',
        '8% 城镇居民人均可支配收入',
        '30兆元 一般公共預算支出規模',
        '5000亿元 地区生产总值',
        '110.8億元 地區生產總值',
        '127.28萬畝 糧食播面',
        '13.7% 外贸',
      ],
    );
    assert.deepEqual(
      metrics(
        '2011年上半年工作总结\n上半年全乡财政收入112.48万元，目前我镇在库项目15个，现有龙头企业22家，已投资600万元（信立家具15766千元）。\n',
      ),
      ['112.48万元 财政收入', '15个 在库项目', '22家 龙头企业', '600万元 投资', '15766千元 信立家具'],
    );
    // A level of ambition is no metric: the subject before it (a colon, the clause before, a comma before another level) is.
    assert.deepEqual(
      metrics(
        '2015年工作目标\n一、主要目标\n社会消费品零售总额：底线目标929亿元，增长12.5%；奋斗目标938亿元。其中，加工贸易进出口总额，底线目标17亿美元；奋斗目标18.5亿美元。\n',
      ),
      [
        '929亿元 社会消费品零售总额',
        '12.5% 社会消费品零售总额',
        '938亿元 社会消费品零售总额',
        '17亿美元 加工贸易进出口总额',
        '18.5亿美元 加工贸易进出口总额',
      ],
    );
    // With no subject to be found the name stays as written.
    assert.deepEqual(metrics('2015年工作目标\n一、主要目标\n力争奋斗目标938亿元。\n'), ['938亿元 奋斗目标']);
    // A share is named by what has it (before 占), or by the sentence's last metric; 可比, 拟按 and a last 的 go.
    assert.deepEqual(
      metrics(
        '2025年工作要点\n一、主要目标\n规模以上高新技术产业产值占规模以上工业总产值的77.9%，完成地区生产总值5.7亿元，占年计划的53.3%，规模以上工业增加值可比增长39.1%，赤字率拟按4%安排，实施大型工程承包项目的10个。\n',
      ),
      [
        '77.9% 规模以上高新技术产业产值',
        '5.7亿元 地区生产总值',
        '53.3% 地区生产总值',
        '39.1% 规模以上工业增加值',
        '4% 赤字率',
        '10个 大型工程承包项目',
      ],
    );
  });
});

describe('zones: a flattened copy whose lines were joined with blanks (544 flattened)', () => {
  const asWritten = [
    '全力促进工业经济平稳增长!工信部部署2023年重点任务',
    '会议指出,2022年较好完成了全年重点工作任务,2023年要抓好十三个方面重点任务。',
    '',
    '全力促进工业经济平稳增长',
    '2022年,我国工业经济总体回稳向好。预计全年,规模以上工业增加值同比增长3.6%,其中制造业增加值增长3.1%左右;制造业增加值占GDP比重为28%,比上年提高0.5个百分点。国防科技工业保持较快增长。',
    '会议强调,2023年要稳住重点行业,力争规模以上工业增加值增长5%以上。',
    '',
  ].join('\n');
  it('a paragraph about last year after a flattened title line is a review to the blank that ended its line, as written', () => {
    const want = ['3.6% baseline', '3.1%左右 baseline', '28% baseline', '0.5个百分点 baseline', '5%以上 target'];
    assert.deepEqual(shownKinds(asWritten), want);
    assert.deepEqual(shownKinds(asWritten.replace(/\n/g, ' ')), want);
  });
  it('a paragraph that goes on reporting results after one about last year is a review as a whole, as written (584 flattened)', () => {
    const file = fs.readdirSync(path.join(__dirname, '../../../test/corpus')).find((f) => f.startsWith('584-') && f.endsWith('.txt'))!;
    const doc = fs.readFileSync(path.join(__dirname, '../../../test/corpus', file), 'utf8');
    const written = shownKinds(doc);
    assert.ok(written.filter((k) => k.endsWith(' baseline')).length >= 15, 'the review’s figures are baselines as written');
    assert.deepEqual(shownKinds(doc.replace(/\r?\n/g, ' ')), written);
  });
  it('the review stops before a sentence that opens a part of its own, and without a blank it is the one sentence', () => {
    // No blank after the paragraph's last sentence: the plan sentence (`会议强调,2023年要…`) after it stays the plan's.
    const noBreak = asWritten.replace(/\n/g, ' ').replace('较快增长。 会议', '较快增长。会议');
    assert.deepEqual(shownKinds(noBreak).slice(-1), ['5%以上 target']);
    // No blank anywhere: the review is its first sentence only (the rest reads as before).
    assert.deepEqual(shownKinds(asWritten.replace(/\n/g, '')).slice(-1), ['5%以上 target']);
  });
});

describe('metric names: a label before a colon (`人均地区生产总值:增长6%左右`)', () => {
  const metrics = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.metric}`);
  it('a clause of a verb only after a colon is named by the label before it (476:6–10)', () => {
    assert.deepEqual(
      metrics(
        '2021年县域经济考核指标\n一、预期目标\n人均地区生产总值:增长6%左右(依据区人代会目标设置),责任单位为区发改委;\n规模以上工业增加值：增长8%;\n高新技术企业数:10家以上。\n',
      ),
      ['6%左右 人均地区生产总值', '8% 规模以上工业增加值', '10家以上 高新技术企业数'],
    );
  });
  it('no name from a label that heads a list, a unit’s tag, a measure word alone or a time; a label holding a number leaves the sentence’s metric', () => {
    assert.deepEqual(
      metrics(
        '2024年工作要点\n一、主要目标\n主要目标：增长8%。牵头单位：新增10家。增速：10%。2024年：达到20亿元。奋斗目标：10.5亿元。其中：5亿元。产值12亿元：增长5%。\n',
      ).map((m) => m.split(' ')[1] ?? ''),
      ['', '', '', '', '', '', '产值', '产值'],
    );
  });
  it('a quarter, a month or a date before the name (`二季度`, `1-5月`, `1~12月`, `4月末`) and 预测 are no part of it; 5G基站 keeps its digit', () => {
    assert.deepEqual(
      metrics(
        '2023年上半年工作总结\n一、工作情况\n二季度进出口总额12亿元。1-5月外贸出口总额240万美元。4月末各项存款余额368343万元。1~12月实际到位外资1.09亿美元。预测规上工业增加值19.95亿元。全市累计建成5G基站2000个。\n',
      ),
      [
        '12亿元 进出口总额',
        '240万美元 外贸出口总额',
        '368343万元 各项存款余额',
        '1.09亿美元 实际到位外资',
        '19.95亿元 规上工业增加值',
        '2000个 5G基站',
      ],
    );
  });
  it('what a scrape left around a name goes: a table row’s pipes and unit cells, marks and open brackets at its ends, a footnote', () => {
    assert.deepEqual(R.tidyMetric('|1|地区生产总值|亿元|'), '地区生产总值');
    assert.deepEqual(R.tidyMetric('|全员劳动生产率|万元/人年|'), '全员劳动生产率');
    assert.deepEqual(R.tidyMetric('年任务('), '年任务');
    assert.deepEqual(R.tidyMetric('、上市公司或行业龙头企业投资项目'), '上市公司或行业龙头企业投资项目');
    assert.deepEqual(R.tidyMetric('新开发双协员[21]'), '新开发双协员');
    assert.deepEqual(R.tidyMetric('||'), '');
    assert.deepEqual(R.tidyMetric('社会消费品零售总额目标'), '社会消费品零售总额');
    assert.deepEqual(R.tidyMetric('服务业增加值预期目标'), '服务业增加值');
    // A goal word with too little before it stays (goalSubject names those), and so does 指标.
    assert.deepEqual(R.tidyMetric('年度目标'), '年度目标');
    assert.deepEqual(R.tidyMetric('约束性指标'), '约束性指标');
    // Names with marks inside keep them; a name that starts or ends in none is returned as it is.
    assert.deepEqual(R.tidyMetric('城镇、农村居民人均可支配收入'), '城镇、农村居民人均可支配收入');
    assert.deepEqual(R.tidyMetric('地区生产总值(GDP)'), '地区生产总值(GDP)');
    assert.deepEqual(metrics('2023年工作计划\n| 1 | 地区生产总值 | 亿元 | 增长7%左右 |\n'), ['7%左右 地区生产总值']);
  });
  it('a clause that names its own value keeps its name; a label longer than 25 characters names nothing', () => {
    assert.deepEqual(metrics('2024年工作要点\n全年实现：地区生产总值增长8%。\n'), ['8% 地区生产总值']);
    assert.deepEqual(metrics(`2024年工作要点\n${'推进'.repeat(13)}：增长8%。\n`), ['8% ']);
  });
});

describe('metric names: verbs of movement, comparisons, 分别 lists and what follows a count', () => {
  const metrics = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.metric}`);
  it('上升, 上涨, 比上年同期, 高于全省, 跃上, 连续 and 約 end no name; a clause left with none speaks of the last metric', () => {
    assert.deepEqual(
      metrics(
        '2021年上半年工作情况\n一、经济运行\n工业经济效益综合指数上升20个百分点，居民消费价格上涨0.2%。地区生产总值完成120亿元，比上年同期增长8.6%，高出全省0.1个百分点。粮食产量跃上1.4万亿斤新台阶，经济总量连续迈上4万亿。一般公共預算支出規模比上年增加約1.27兆元。\n',
      ),
      [
        '20个百分点 工业经济效益综合指数',
        '0.2% 居民消费价格',
        '120亿元 地区生产总值',
        '8.6% 地区生产总值',
        '0.1个百分点 地区生产总值',
        '1.4万亿斤 粮食产量',
        '4万亿 经济总量',
        '1.27兆元 一般公共預算支出規模',
      ],
    );
  });
  it('a 分别 (分別) list names each value in order, again in a later clause that lists values of its own', () => {
    assert.deepEqual(
      metrics(
        '2023年工作回顾\n一、民生\n城鎮、農村居民人均可支配收入分別達到39098元、16340元，增長4.7%、5.1%。机场旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%。\n',
      ),
      [
        '39098元 城鎮居民人均可支配收入',
        '16340元 農村居民人均可支配收入',
        '4.7% 城鎮居民人均可支配收入',
        '5.1% 農村居民人均可支配收入',
        '1.35亿人次 机场旅客',
        '453.8万吨 货邮吞吐量',
        '8.3% 机场旅客',
        '7.9% 货邮吞吐量',
      ],
    );
    // One value in the later clause: the sentence's last metric, as before.
    assert.deepEqual(metrics('2023年工作回顾\n一、民生\n甲产品和乙产品出口分别达到3亿元、5亿元，增长8%。\n').slice(2), ['8% 乙产品出口']);
  });
  it('words in brackets after a count name nothing, a unit’s other name in brackets does not stop the noun; 的 after a verb goes with it', () => {
    assert.deepEqual(
      metrics(
        '2022年一季度工作总结\n一、工作成效\n正在培育的规上工业企业2家(森财木业、华邦保和)，完成其他农作物种植6675亩(其中:油菜1830亩)。\n二、下步打算\n推动建设超100条（个）幸福河湖，改造2.5万套（间）城市危旧房。\n',
      ),
      ['2家 规上工业企业', '6675亩 其他农作物种植', '1830亩 油菜', '100条 幸福河湖', '2.5万套 城市危旧房'],
    );
  });
  it('城乡 with 分别 names 城镇 and 农村 in turn; a bullet, 特别是 and 聚焦 before a name and 年度, 继续 after it go; an acronym is a name', () => {
    assert.deepEqual(
      metrics(
        '2024年工作要点\n一、主要目标\n全县GDP增长6%，城乡居民人均可支配收入分别增长7%和8%，城鄉低保標準分別提高5%、6%。\n●粮食产量继续稳定在500亿斤以上，聚焦地区生产总值年度增长6%，特别是农村居民人均可支配收入增长10.5%。\n',
      ),
      [
        '6% GDP',
        '7% 城镇居民人均可支配收入',
        '8% 农村居民人均可支配收入',
        '5% 城鎮低保標準',
        '6% 農村低保標準',
        '500亿斤以上 粮食产量',
        '6% 地区生产总值',
        '10.5% 农村居民人均可支配收入',
      ],
    );
    // Without 分别 the name stays whole; one lone Latin letter is no name.
    assert.deepEqual(metrics('2024年工作要点\n一、主要目标\n城乡居民人均可支配收入增长7%。A增长5%。\n'), [
      '7% 城乡居民人均可支配收入',
      '5% ',
    ]);
  });
  it('where no zone is known, 比上年 before a value compares with last year: the value is this year’s', () => {
    const ts = targetsOf(
      '新华社北京3月5日电 政府工作报告提出，今年赤字规模5.89万亿元、比上年增加2300亿元；一般公共预算支出规模将首次达到30万亿元、比上年增加约1.27万亿元。报告说，去年粮食产量达到1.4万亿斤。\n',
    );
    assert.deepEqual(
      ts.map((t) => [t.text, t.kind, t.zone]),
      [
        ['5.89万亿元', 'target', 'none'],
        ['2300亿元', 'target', 'none'],
        ['30万亿元', 'target', 'none'],
        ['1.27万亿元', 'target', 'none'],
        ['1.4万亿斤', 'baseline', 'none'],
      ],
    );
  });

  it('米 is a unit of length; a distance before 内 is part of a name', () => {
    assert.deepEqual(
      metrics(
        '2024年工作要点\n一、主要任务\n新建污水管线2847米，建设长1575米的休闲绿道，公交与轨道50米内换乘比例提升至93%，5公里内就医。\n',
      ),
      ['2847米 污水管线', '1575米 休闲绿道', '93% 公交与轨道50米内换乘比例'],
    );
    // 本 counts certificates and books (取得军工资质8本以上).
    assert.deepEqual(metrics('2024年工作要点\n一、主要任务\n取得军工资质8本以上，发放宣传册2000本。\n'), [
      '8本以上 军工资质',
      '2000本 宣传册',
    ]);
  });
  it('a level of ambition read as the name gives way to the words before it in its clause', () => {
    assert.deepEqual(metrics('2023年工作要点\n一、主要目标\n规上工业增加值增速确保目标增长12%。\n'), ['12% 规上工业增加值']);
  });
});

describe('targets: eighth blind set forms (docs/blind-scores.md, forms 100–103)', () => {
  it('form 100: a `…运行情况` heading is a review; its results are facts, the year’s targets named beside them (目标任务, 年任务(…)) stay targets', () => {
    const doc = [
      '区工信局2023年上半年工作总结和下半年工作打算',
      '一、主要经济指标运行情况',
      '1.工业投资方面:1-5月全区纳统在库项目127个,完成工业投资29.3亿元,增速45.7%。今年市下达新“入规”工业企业建库数目标任务19家。',
      '2.外贸方面:外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['127个', 'baseline'],
        ['29.3亿元', 'baseline'],
        ['45.7%', 'baseline'],
        ['19家', 'target'],
        ['13亿元', 'baseline'],
        ['0.5%', 'baseline'],
        ['40.2亿元', 'target'],
        ['32.5%', 'baseline'],
      ],
    );
  });

  it('form 100, counter-examples: a plan heading asking for the running state stays a plan; `目标任务的110%` and a bracket of words stay what they were', () => {
    const plan = ['某区2024年工作要点', '一、主要目标', '（一）加强经济运行监测。全年地区生产总值增长6%。', ''].join('\n');
    assert.deepEqual(
      targetsOf(plan).map((t) => [t.text, t.kind]),
      [['6%', 'target']],
    );
    const review = ['某区2023年工作总结', '一、经济运行情况', '完成目标任务的110%。完成年度任务(含新区)的95%，新增企业12家。', ''].join(
      '\n',
    );
    assert.deepEqual(
      targetsOf(review).map((t) => [t.text, t.kind]),
      [
        ['110%', 'baseline'],
        ['95%', 'baseline'],
        ['12家', 'baseline'],
      ],
    );
  });

  it('form 101: in a review, a sentence opening with the plan year and months from January (`2023年1-5月，`) reports results', () => {
    const doc = [
      '区工信局2023年上半年工作总结',
      '一、主要经济指标运行情况',
      '2023年市下达产业产值目标201亿元。2023年1-5月,规上企业79家,产值66.42亿元,同比增长24.66%。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['201亿元', 'target'],
        ['79家', 'baseline'],
        ['66.42亿元', 'baseline'],
        ['24.66%', 'baseline'],
      ],
    );
  });

  it('form 101, counter-examples: the whole year (1-12月) and a later year in the first clause still restate targets', () => {
    const doc = ['某区2023年上半年工作总结', '一、工作开展情况', '2023年1-12月,力争新增企业20家。2024年,新增企业30家。', ''].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['20家', 'target'],
        ['30家', 'target'],
      ],
    );
  });

  it('form 102: the averages a target is compared with (`高于省、市7.5%平均水平`) are other bodies’ figures', () => {
    const doc = [
      '某区2021年县域经济考核指标目标设定',
      '一、考核指标设置情况',
      '规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平),责任单位为区经信局;服务业增加值:增长8%(高于市7%的平均水平)。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['8%', 'target'],
        ['7.5%', 'baseline'],
        ['8%', 'target'],
        ['7%', 'baseline'],
      ],
    );
  });

  it('form 102, counter-examples: the margin after 平均水平 and a value reaching an average stay targets', () => {
    const doc = [
      '某区2021年工作要点',
      '一、主要目标',
      '地区生产总值增速高于全省平均水平1个百分点。农村居民人均可支配收入达到全省平均水平的80%。城镇化率达到60%，高于平均水平。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['1个百分点', 'target'],
        ['80%', 'target'],
        ['60%', 'target'],
      ],
    );
  });

  it('form 103: an amount after 超 (or before 以上) and 的 that bounds the class of items counted is no quantity', () => {
    const doc = [
      '某省特色产业集群工作方案',
      '一、主要目标',
      '到2027年，年营业收入超1000亿元的2个、超500亿元的5个；超100亿元的特色产业集群达到50个；培育年产值5亿元以上的龙头企业10家。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['2个', 'target'],
        ['5个', 'target'],
        ['50个', 'target'],
        ['10家', 'target'],
      ],
    );
  });

  it('form 103, counter-examples: an amount reached (`超100亿元的目标`), a share of units and a total stay quantities', () => {
    const doc = [
      '某市2025年工作要点',
      '一、主要目标',
      '实现社会消费品零售总额超100亿元的目标。超过50%的村建成服务站。新签约项目总投资超200亿元。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['100亿元', 'target'],
        ['50%', 'target'],
        ['200亿元', 'target'],
      ],
    );
  });
});

describe('targets: eighth blind set forms, list sizes (form 108)', () => {
  it('form 108: a count of indicators named by their kind (`32项县域经济考核指标`) sizes the list, no target', () => {
    const doc = [
      '某区县域经济考核指标目标设定情况汇报',
      '对32项县域经济考核指标进行了分析和2021年度目标设定。',
      '一、8项区人代会考核指标设置情况',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => t.text),
      [],
    );
  });

  it('form 108, counter-examples: counts of works, of tasks and of standards stay', () => {
    const doc = ['某区2021年工作要点', '一、主要目标', '完成12项重点工程。落实3项考核任务。制定5项统计标准。', ''].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => t.text),
      ['12项', '3项', '5项'],
    );
  });
});

describe('zones: eighth blind set, a title line flattened into a long line (form 104)', () => {
  const pad = '坚持稳中求进工作总基调，统筹推进各项工作，'.repeat(8);
  it('form 104: `…。回顾过去五年 …` inside a one-line report opens a review, `…。2025年工作安排 …` the plan', () => {
    const doc = `某县人民政府工作报告各位代表：现在，我代表县人民政府作报告。${pad}完成全年任务。回顾过去五年 全县实现地区生产总值43.68亿元，年均递增8.1%。2025年工作安排 全县地区生产总值增长6%。\n`;
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [
        ['43.68亿元', 'baseline'],
        ['8.1%', 'baseline'],
        ['6%', 'target'],
      ],
    );
  });

  it('form 104, counter-examples: a sentence (a comma after the words) and a short line open nothing', () => {
    const sentence = `某县2025年工作要点\n一、主要目标\n${pad}过去五年，全县实现地区生产总值43.68亿元。力争增长6%。\n`;
    assert.deepEqual(
      targetsOf(sentence).map((t) => [t.text, t.kind]),
      [
        ['43.68亿元', 'target'],
        ['6%', 'target'],
      ],
    );
    const short = '某县2025年工作要点\n一、主要目标\n完成任务。回顾过去五年 全县实现地区生产总值43.68亿元。\n';
    assert.deepEqual(
      targetsOf(short).map((t) => [t.text, t.kind]),
      [['43.68亿元', 'target']],
    );
  });
});

describe('target measures: eighth blind set (form 109)', () => {
  it('form 109: `年均递增8.1%` and `递增500万元` are growth; `递增至65%` reaches a level', () => {
    const doc = ['某县2025年工作要点', '一、主要目标', '地区生产总值年均递增8.1%，财政收入年均递增500万元，城镇化率递增至65%。', ''].join(
      '\n',
    );
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.measure]),
      [
        ['8.1%', 'growth'],
        ['500万元', 'growth'],
        ['65%', 'level'],
      ],
    );
  });
});

describe('targets: tenth blind set forms (docs/blind-scores.md, forms 140–143)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [t.text, t.kind]);

  it('form 140: an estimate of a year’s outcome (预计…, 初步预计，…, after 根据…，, and the ；-joined clauses after it) is a fact outside the plan', () => {
    const doc = [
      '2023年政府部门工作汇报',
      '一、知重负重、唯实唯勤，经济社会稳中向好',
      '预计2023年，地区生产总值完成168.8亿元，同比下降2.3%；固定资产投资完成55亿元，同比增长5.2%。',
      '根据工作报告，初步预计，2022年全省地区生产总值突破5万亿元。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(doc), [
      ['168.8亿元', 'baseline'],
      ['2.3%', 'baseline'],
      ['55亿元', 'baseline'],
      ['5.2%', 'baseline'],
      ['5万亿元', 'baseline'],
    ]);
    // Counter-examples: in the plan, the plan's expectation stays a target; a projection (预计到2030年) and
    // an estimate with a commitment (力争) are no facts.
    const plan = ['某市2016年工作计划', '一、主要目标', '预计全年旅游接待人数达到700万人次。', ''].join('\n');
    assert.deepEqual(kinds(plan), [['700万人次', 'target']]);
    const other = ['某市2023年政府工作汇报', '预计到2030年，全市新能源汽车产量达到50万辆。', '预计全年力争增长6%。', ''].join('\n');
    assert.deepEqual(kinds(other), [
      ['50万辆', 'target'],
      ['6%', 'target'],
    ]);
  });

  it('form 141: `回顾2024年…` first makes 2025 the plan year; in a review the plan year alone (`2024年，`) is the year reported on', () => {
    assert.equal(planYear(parseDocument('报告在回顾2024年工作时称，这一年全县圆满完成目标任务。\n2024年，全县发展动能更加强劲。\n')), 2025);
    // Counter-example: a year after 回顾 later than another year that sets the plan does not override it.
    assert.equal(planYear(parseDocument('2026年是关键一年。\n回顾2025年，我们砥砺奋进。\n')), 2026);
    const doc = ['一、经济指标完成情况', '2024年，全县地区生产总值完成201.06亿元，增长4.1%。', ''].join('\n');
    const y = planYear(parseDocument(doc));
    assert.equal(y, 2024);
    assert.deepEqual(kinds(doc), [
      ['201.06亿元', 'baseline'],
      ['4.1%', 'baseline'],
    ]);
    // Counter-example: `到2024年底，` in that review is the plan's.
    const until = [...doc.split('\n').slice(0, 2), '到2024年底，全县新建5G基站100个。', ''].join('\n');
    assert.deepEqual(kinds(until).slice(2), [['100个', 'target']]);
  });

  it('form 142: pictographs before a paragraph’s openers, 这一年，, 展望2024年, and a colon after a title’s words (以下是2023年工作回顾：) open their parts', () => {
    const doc = [
      '🌟沧源2024年工作报告📜',
      '🌈2023年，沧源各族人民团结一心，以下是2023年工作回顾：',
      '1️⃣ 经济发展稳中向好，全年GDP同比增长8.5%。',
      '这一年，新增高速公路100公里。',
      '🎯展望2024年，我们将紧紧围绕以下目标开展工作：',
      '经济高质量发展，确保GDP增长7%。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(doc), [
      ['8.5%', 'baseline'],
      ['100公里', 'baseline'],
      ['7%', 'target'],
    ]);
    // Counter-example: a colon after words that name no part (现将有关事项通知如下：) opens nothing.
    const notice = ['关于做好2024年工作的通知', '现将有关事项通知如下：', '全年新建农村公路500公里。', ''].join('\n');
    assert.deepEqual(kinds(notice), [['500公里', 'target']]);
    // Flattened onto one long line, with numbered items after the colon: the colon still opens the review
    // (a sentence of a flattened line ends in a colon only before a heading, where the paragraph ended).
    const filler = '全县上下坚持稳中求进，扎实推进各项工作，经济社会保持平稳健康发展，群众获得感持续提升。'.repeat(3);
    const flat = [
      '🌟沧源2024年工作报告📜',
      '尊敬的各位领导：在这辞旧迎新的时刻，向大家汇报一年来的工作。',
      '🌈2023年，沧源各族人民团结一心，以下是2023年工作回顾：',
      `1️⃣ 经济发展稳中向好，全年GDP同比增长8.5%。${filler}`,
      `2️⃣ 基础设施建设加快推进，新增高速公路100公里。${filler}`,
      '🎯展望2024年，我们将紧紧围绕以下目标开展工作：经济高质量发展，确保GDP增长7%。',
    ].join(' ');
    assert.deepEqual(kinds(flat), [
      ['8.5%', 'baseline'],
      ['100公里', 'baseline'],
      ['7%', 'target'],
    ]);
    assert.deepEqual(
      targetsOf(flat.replace('以下是2023年工作回顾：', '现将有关事项通知如下：'))
        .slice(0, 2)
        .map((t) => [t.text, t.zone, t.kind]),
      // (Each item's sentence starts at its marker, as on its line as written: `全年GDP同比增长8.5%` reads by its cue, no
      // longer by the `2023年，` of the sentence before the colon.)
      [
        ['8.5%', 'none', 'target'],
        ['100公里', 'none', 'target'],
      ],
    );
  });

  it('form 143: in a review, a value followed by 目标 (`年度增长6%目标任务`) restates the year’s target; one compared with (高于…12%的目标) does not', () => {
    const doc = [
      '一、上半年工作总结',
      '1、经济社会发展平稳运行。聚焦地区生产总值年度增长6%目标任务，预计上半年全县GDP增长6.3%以上。',
      '2、财政收入较上年增长26.4%，高于年初人代会12%的目标14.4个百分点。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(doc), [
      ['6%', 'target'],
      ['6.3%以上', 'baseline'],
      ['26.4%', 'baseline'],
      ['12%', 'baseline'],
      ['14.4个百分点', 'baseline'],
    ]);
  });
});

describe('targets: ninth blind set forms (docs/blind-scores.md, forms 113 and 116)', () => {
  it('form 113: the number of tasks a part or a heading holds, in brackets, is no target', () => {
    const doc = [
      '2025年县政府工作报告任务清单',
      '一、县示范区管委会牵头工作(8项)',
      '1.投资3000万元建设养殖基地。',
      '二、主要内容',
      '1.在“聚焦深化对外开放”方面(分解任务15项)。',
      '2.在“聚焦城乡协调发展”方面（重点任务9项）。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.kind]),
      [['3000万元', 'target']],
    );
  });

  it('form 113, counter-examples: a count in brackets inside a sentence, of other units, or with other words stays', () => {
    const doc = [
      '某县2025年工作要点',
      '一、主要目标',
      '完成重点改革(12项)，新增规上企业（5家）。',
      '建设示范点(完成8项)。实施重点项目（12个）',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => t.text),
      ['12项', '5家', '8项', '12个'],
    );
  });

  it('form 116: a title naming a list of tasks (任务清单, 责任清单) makes a plan, as 任务分解 does; a report on one does not', () => {
    const body = ['一、县示范区管委会牵头工作', '1.投资3000万元建设养殖基地。', ''];
    assert.deepEqual(
      targetsOf(['2025年县政府工作报告任务清单', ...body].join('\n')).map((t) => [t.text, t.kind, t.zone]),
      [['3000万元', 'target', 'plan']],
    );
    assert.deepEqual(
      targetsOf(['关于2024年县政府工作报告任务清单落实情况的报告', ...body].join('\n')).map((t) => t.text),
      [],
    );
  });

  it('form 115: 城乡… before 分别 names the towns then the countryside (as form 147 of the tenth set), a list with 城乡 first stays a list; 双双 and a verb after a count (投产, 竣工) name nothing', () => {
    const doc = [
      '某县2025年工作要点',
      '一、主要目标',
      '城乡居民人均可支配收入分别增长6%、6.5%。城乡低保标准分别提高8%、10%。',
      '城乡居民基础养老金、低保标准每月分别提高25元、50元。',
      '新能源和不锈钢产业规模双双突破2000亿元。推动30条生产线投产。',
      '',
    ].join('\n');
    assert.deepEqual(
      targetsOf(doc).map((t) => [t.text, t.metric]),
      [
        ['6%', '城镇居民人均可支配收入'],
        ['6.5%', '农村居民人均可支配收入'],
        ['8%', '城镇低保标准'],
        ['10%', '农村低保标准'],
        ['25元', '城乡居民基础养老金'],
        ['50元', '低保标准每月'],
        ['2000亿元', '新能源和不锈钢产业规模'],
        ['30条', '生产线'],
      ],
    );
  });
});

describe('targets: eleventh blind set forms (docs/blind-scores.md, forms 148–151)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 148: the year’s plan named as `占年计划任务N的M%` in a review is the target (and the share reached a fact)', () => {
    const doc = ['一、主要经济指标完成情况', '1、外贸工作:1-5月外贸出口总额完成240万美元,占年计划任务1513万美元的15.86%。', ''].join('\n');
    assert.deepEqual(kinds(doc), [
      ['240万美元', 'baseline'],
      ['1513万美元', 'target'],
      ['15.86%', 'baseline'],
    ]);
    // Counter-example: a share of the year's plan without its amount names no target.
    const share = ['一、主要经济指标完成情况', '完成地区生产总值10.3亿元,占年计划的53.3%。', ''].join('\n');
    assert.deepEqual(kinds(share), [
      ['10.3亿元', 'baseline'],
      ['53.3%', 'baseline'],
    ]);
  });

  it('form 149: in a review, a sentence opening with a deadline ahead (`10月底前,…都将…`) states targets; not when it reports what is done', () => {
    const doc = [
      '一、上半年工作完成情况',
      '2、投资500万元,启动农村安全饮水工程。目前已累积完成投资100万元,有6个村用上自来水。10月底前,惠及19个村、2万名群众都将用上自来水。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(doc), [
      ['500万元', 'baseline'],
      ['100万元', 'baseline'],
      ['6个', 'baseline'],
      ['19个', 'target'],
      ['2万名', 'target'],
    ]);
    // Counter-examples: a deadline already met (已, 了), and 将 without a deadline opening the sentence.
    const done = [
      '一、上半年工作完成情况',
      '6月底前,已完成改造20个。',
      '年底前完成了10个村的改造,将继续推进。',
      '全镇将新建3个村。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(done), [
      ['20个', 'baseline'],
      ['10个', 'baseline'],
      ['3个', 'baseline'],
    ]);
  });

  it('form 150: 方 (cubic metres) and 根 are units; not in the words they begin (`5方面`, `10方案`, `3根据`)', () => {
    const plan = ['某市2025年工作要点', '保障天然气供应25亿方左右，新增公共充电设施260根以上。', ''].join('\n');
    const ts = targetsOf(plan);
    assert.deepEqual(
      ts.map((t) => [shownText(t), t.unitKind, t.kind]),
      [
        ['25亿方左右', 'other', 'target'],
        ['260根以上', 'count', 'target'],
      ],
    );
    const review = ['一、上半年工作回顾', '对主干道拓宽硬化,挖填工程量达 4000多方。', ''].join('\n');
    assert.deepEqual(kinds(review), [['4000多方', 'baseline']]);
    // Counter-examples: 方面, 方案, 根据 after a number are words, not units.
    assert.deepEqual(kinds(['某市2025年工作要点', '围绕5方面开展工作，制定10方案，3根据需要调整。', ''].join('\n')), []);
  });

  it('form 151: `100%保障…` and an amount per unit after 每…补贴 are the terms of a measure, no quantity', () => {
    const doc = ['某区2025年政策举措', '100%保障全年新上重大项目用能。全年新增光伏装机5万千瓦以上。', ''].join('\n');
    assert.deepEqual(kinds(doc), [['5万千瓦以上', 'target']]);
    const review = ['一、上半年工作回顾', '追加投资40多万元,每户补贴5万元新建4家农家乐宾馆。', ''].join('\n');
    assert.deepEqual(kinds(review), [
      ['40多万元', 'baseline'],
      ['4家', 'baseline'],
    ]);
    // Counter-examples: a subsidy total (no 每) and a share of 保障性住房 stay quantities.
    assert.deepEqual(kinds(['某区2025年工作要点', '发放财政补贴5万元，保障性住房占比30%保障性住房。', ''].join('\n')).length, 2);
  });
});

describe('targets: twelfth blind set forms (docs/blind-scores.md, forms 163–164)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 163: a news paragraph opening `去年以来，` reports results; `总结2018年工作` names the year reviewed (the plan year is the next)', () => {
    const since = [
      '陕西日报讯 记者从宝鸡市发展和改革工作会议上获悉：今年，宝鸡市全年谋划项目3000个以上。',
      '去年以来，宝鸡市发展改革系统全力以赴抓项目，多项工作取得显著成效：地区生产总值增长6%、固定资产投资增长8.6%。',
      '今年，宝鸡市将全年争取各类政策性资金40亿元以上。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(since), [
      ['3000个以上', 'target'],
      ['6%', 'baseline'],
      ['8.6%', 'baseline'],
      ['40亿元以上', 'target'],
    ]);
    const conference = [
      '会议现场',
      '株洲新闻网讯 株洲召开全市商务工作会议，总结2018年工作，研究部署2019年工作。',
      '2018年，全市实际利用外资13.5亿美元，同比增长12.25%。',
      '今年，全市实现社会消费品零售总额增长10%。',
      '',
    ].join('\n');
    assert.equal(planYear(parseDocument(conference)), 2019);
    assert.deepEqual(kinds(conference), [
      ['13.5亿美元', 'baseline'],
      ['12.25%', 'baseline'],
      ['10%', 'target'],
    ]);
    // Counter-examples: a year named first for itself (`2019年是…`) stays the plan year; a paragraph that opens
    // with 去年 but no comma after it (`去年同期…`) opens nothing.
    assert.equal(planYear(parseDocument('会议现场\n2019年是关键之年，会议总结2018年工作。\n')), 2019);
    assert.deepEqual(kinds('会议现场\n去年同期相比，力争全市实现社会消费品零售总额增长10%。\n'), [['10%', 'target']]);
  });

  it('form 164: a number right after 届 is a session’s meeting (`市政府七届44次常务会议`), no quantity; `召开会议44次` is one', () => {
    assert.deepEqual(kinds('某市工程建设项目审批制度改革实施方案\n《方案》已经市政府七届44次常务会议讨论通过。\n'), []);
    assert.deepEqual(kinds('某市2019年工作要点\n全年召开专题会议44次。\n'), [['44次', 'target']]);
  });
});

describe('targets: thirteenth blind set forms (docs/blind-scores.md, forms 176–181, 187)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 176: `安排部署2023年…工作` in a news text without a title names the plan year (a paragraph `据了解，2022年，…` then reports results)', () => {
    const feature = [
      '大年初三，为筹备2023年一季度重点项目集中开工活动，区发改局一片繁忙景象。',
      '据了解，2022年，该局抓项目前期，160个区级重点项目完成投资166.6亿元。',
      '2023年，计划实施重点项目152个，总投资216.8亿元。',
      '召开全区发改系统干部大会，安排部署2023年发展改革工作。',
      '',
    ].join('\n');
    assert.equal(planYear(parseDocument(feature)), 2023);
    assert.deepEqual(kinds(feature), [
      ['160个', 'baseline'],
      ['166.6亿元', 'baseline'],
      ['152个', 'target'],
      ['216.8亿元', 'target'],
    ]);
    // Counter-example: without 部署 the first `2022年，` is still read as the year of the text.
    assert.equal(planYear(parseDocument('据了解，2022年，该局完成投资166.6亿元。\n2023年，计划实施重点项目152个。\n')), 2022);
  });

  it('form 177: a PDF layer on one line, `1政府工作报告——2012年1月3日在…会议上`, names the plan year (its review of 2011 and 2006 is results)', () => {
    const pdf =
      '1政府工作报告——2012年1月3日在盐田区第四届人民代表大会第一次会议上区长各位代表:现在,我代表区人民政府向大会作工作报告。一、过去五年工作回顾本届政府任期自2006年10月至本次大会届满。(一)五年来,经济实力实现跨越性提升。预计2011年达到316亿元,从2006年的19.8亿元增至2011年的48.6亿元;2011年社会消费品零售总额达41.6亿元,全社会固定资产投资五年累计完成406.5亿元,均较大幅度超出预期目标。\n';
    assert.equal(planYear(parseDocument(pdf)), 2012);
    assert.ok(targetsOf(pdf).every((t) => t.kind === 'baseline'));
    // Counter-example: a 报告 whose dash is followed by no date names no year that way.
    assert.equal(planYear(parseDocument('工作报告——在县人民代表大会上\n全县完成投资10亿元。\n')), undefined);
  });

  it('form 178: `。在回顾2015年和“十二五”工作时，X说：…` in a news report reports results to the paragraph’s end', () => {
    const news = [
      '县长向大会作政府工作报告',
      '3月2日上午，县第十七届人民代表大会第六次会议开幕。',
      '县长向大会作政府工作报告。在回顾2015年和“十二五”工作时，县长说：2015年，我们迎难而上。全年实现生产总值83.91亿元、增长10.8%，基本完成年度目标任务。',
      '今年，全县力争生产总值增长8%。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(news), [
      ['83.91亿元', 'baseline'],
      ['10.8%', 'baseline'],
      ['8%', 'target'],
    ]);
    // Counter-example: a sentence that turns to what comes next ends it (`下一步，…`).
    const next =
      '县长向大会作政府工作报告\n报告指出。在回顾2015年工作时，县长说：全年实现生产总值83.91亿元。下一步，力争生产总值增长8%。\n';
    assert.deepEqual(kinds(next), [
      ['83.91亿元', 'baseline'],
      ['8%', 'target'],
    ]);
  });

  it('form 179: a news text naming a plan `《…（2022—2025年）》` takes its first year; `从…获悉，预计2021年…` is an estimate of the year before (results)', () => {
    const news = [
      '从省发改委季度通气会上获悉，预计2021年全省数字经济增加值超2.3万亿元，增长15%左右。',
      '近日，《福建省做大做强做优数字经济行动计划（2022—2025年）》出炉。',
      '《行动计划》提出到2025年，全省数字经济增加值超过4万亿元。',
      '',
    ].join('\n');
    assert.equal(planYear(parseDocument(news)), 2022);
    assert.deepEqual(kinds(news), [
      ['2.3万亿元', 'baseline'],
      ['15%左右', 'baseline'],
      ['4万亿元', 'target'],
    ]);
    // Counter-examples: `预计2023年` in a 2022 plan looks ahead; `预计到2025年` is a projection.
    assert.deepEqual(kinds('某省2022年工作要点\n预计2023年全省数字经济增加值超3万亿元。\n预计到2025年达到4万亿元。\n'), [
      ['3万亿元', 'target'],
      ['4万亿元', 'target'],
    ]);
  });

  it('form 180: `超1000万美元项目数` — an amount after 超 glued to the projects it bounds — is no quantity; `利用外资超1000万美元` is one', () => {
    assert.deepEqual(kinds('某市2022年商务工作\n过去一年，引进投资总额超1000万美元项目数比上年增长52.2%。\n'), [['52.2%', 'baseline']]);
    assert.deepEqual(kinds('某市2022年商务工作要点\n全年利用外资超1000万美元，项目建设提速。\n'), [['1000万美元', 'target']]);
  });

  it('form 187: in a review, `完成市下达的30亿元的任务` names the task set (a target); `完成60%的任务` is the share done', () => {
    const review =
      '某县工信局2022年工作计划\n一、2021年1-11月工业经济指标完成情况\n规模以上工业企业营收为30.86亿元,提前一个月完成市下达的30亿元的任务。\n';
    assert.deepEqual(kinds(review), [
      ['30.86亿元', 'baseline'],
      ['30亿元', 'target'],
    ]);
    assert.deepEqual(kinds('某县工信局2022年工作计划\n一、2021年工作完成情况\n全县已完成60%的任务。\n'), [['60%', 'baseline']]);
  });

  it('form 181: 标箱 is the container unit (`集装箱年吞吐量…1030万标箱`), not a bare 万', () => {
    const [t] = targetsOf('某区2012年工作报告\n过去五年，盐田港区集装箱年吞吐量达1030万标箱。\n');
    assert.equal(shownText(t), '1030万标箱');
    assert.equal(t.kind, 'baseline');
  });
});

describe('targets: thirteenth blind set forms, tables and wraps (docs/blind-scores.md, forms 182, 185)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 182: in a hard-wrapped copy a line that starts with `：` goes on with the line above (`…贾建刚说` / `：2015年，…`)', () => {
    const para =
      '县长贾建刚向大会作政府工作报告。在回顾2015年和“十二五”工作时，贾建刚说：2015年，面临最复杂的发展环境、最严峻的下行压力，在县委的坚强领导下，我们迎难而上、奋力拼搏，干成了一批打基础、利长远的大事。全年实现生产总值83.91亿元、增长10.8%，基本完成年度目标任务。';
    const opening =
      '3月2日上午，镇安县第十七届人民代表大会第六次会议在县城东关剧院隆重开幕。来自全县各地各行各业的代表与会，大会主席团常务主席及成员在主席台前排就座。';
    const wrapped = ['县长贾建刚向大会作政府工作报告', opening, para].map((l) => (l.match(/.{1,38}/gu) ?? []).join('\n')).join('\n');
    assert.ok(wrapped.includes('说\n：2015年'), 'the wrap falls before the colon');
    assert.deepEqual(kinds(wrapped + '\n'), [
      ['83.91亿元', 'baseline'],
      ['10.8%', 'baseline'],
    ]);
  });

  it('form 185: a table with ` | ` cells under `… | 单位 | 2022年 计划目标 | 2022年实绩`: the target column is the target, the 实绩 column the result (bare numbers in the 单位 cell’s unit)', () => {
    const doc = [
      '一、2022年计划执行情况',
      '序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||',
      '绝对值 | 增速(%) | ||||||',
      '经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |',
      '3 | 常住人口城镇化率 | % | 73.3 | 73.3 | |||',
      '',
    ].join('\n');
    const ts = targetsOf(doc);
    assert.deepEqual(
      ts.map((t) => [shownText(t), t.kind, t.unit]),
      [
        ['7%左右', 'target', '%'],
        ['8029.8', 'baseline', '亿元'],
        ['73.3', 'target', '%'],
        ['73.3', 'baseline', '%'],
      ],
    );
    assert.equal(ts[1].metric, '地区生产总值(GDP)');
    // Counter-example: the same row without the header is a review's result, and its bare numbers are no quantities.
    assert.deepEqual(kinds('一、2022年计划执行情况\n经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |\n'), [
      ['7%左右', 'baseline'],
    ]);
  });
});

describe('targets: fourteenth blind set forms (docs/blind-scores.md, forms 200–204)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 200: after `今年以来，…` (the year so far), a paragraph opening with the plan year that states aims (目标, 计划完成, 力争) is the plan', () => {
    const news = [
      '四川公路水路建设投资全力冲刺高位',
      '来源:中国网 时间:2024-02-22',
      '今年以来,四川省交通运输系统全面落实政府工作报告部署,以更大力度抓项目促投资。',
      '2024年,四川公路水运建设投资目标2600亿元。其中,高速公路1500亿元。',
      '2024年,普通公路力争完成投资970亿元,计划新改建普通公路1万公里。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(news), [
      ['2600亿元', 'target'],
      ['1500亿元', 'target'],
      ['970亿元', 'target'],
      ['1万公里', 'target'],
    ]);
    // Counter-examples: a plan-year paragraph of progress (`完成年度计划投资的31.7%`, 同比) stays in the results so
    // far; a plan-year paragraph after another review opener (过去一年) decides nothing new.
    const progress = [
      '某县重点项目推进情况',
      '今年以来,全县上下全力推进项目建设。',
      '2024年,全县重点项目完成投资96.4亿元,完成年度计划投资的31.7%。',
      '2024年,全县固定资产投资同比增长8%,目标任务稳步推进。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(progress), [
      ['96.4亿元', 'baseline'],
      ['31.7%', 'baseline'],
      ['8%', 'baseline'],
    ]);
  });

  it('form 201: a paragraph opening `截至2月20日，` reports the state so far (that paragraph only)', () => {
    const news = [
      '某省交通建设投资目标',
      '2024年,全省公路水运建设投资目标2600亿元。',
      '截至2月20日,全省220个在建重点项目已复工。',
      '全年新开工项目8个。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(news), [
      ['2600亿元', 'target'],
      ['220个', 'baseline'],
      ['8个', 'target'],
    ]);
    // Counter-example: a deadline (`截至6月底前，`) is no date of the state so far.
    assert.deepEqual(kinds('某县2024年工作要点\n截至6月底前,完成改造项目12个。\n'), [['12个', 'target']]);
  });

  it('form 202: `部署2023年重点任务` in a news report names the plan year, before a paragraph about the year before', () => {
    const news = [
      '全力促进工业经济平稳增长!工信部部署2023年重点任务******',
      '中新网1月11日电 全国工业和信息化工作会议在北京召开。',
      '2022年,我国工业经济总体回稳向好。预计全年,规模以上工业增加值同比增长3.6%。',
      '会议强调,2023年要新培育专精特新企业500家。',
      '',
    ].join('\n');
    assert.equal(planYear(parseDocument(news)), 2023);
    assert.deepEqual(kinds(news), [
      ['3.6%', 'baseline'],
      ['500家', 'target'],
    ]);
    assert.equal(planYear(parseDocument('会议现场\n会议总结了2009年商务工作,安排部署了2010年各项工作。\n')), 2010);
    // Counter-example: a plan year named first for itself (`2024年是…`) is not overridden by a later 部署.
    assert.equal(planYear(parseDocument('会议现场\n2024年是关键之年,会议回顾并部署了2023年以来的工作。\n')), 2024);
  });

  it('form 203: `据悉，在…下，去年…` makes its paragraph last year’s; `据悉，去年同期…` does not', () => {
    const news = [
      '1月28日,全区商务工作会议召开,安排部署了2010年各项工作。',
      '据悉,在我区各级商务部门的共同努力下,去年商务工作实现突破。全区累计实现社会消费品零售总额156.58亿元,同比增长21.3%。',
      '2010年我区争取实现社会消费品零售总额增长18%。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(news), [
      ['156.58亿元', 'baseline'],
      ['21.3%', 'baseline'],
      ['18%', 'target'],
    ]);
    assert.deepEqual(kinds('会议现场\n据悉,去年同期相比,今年力争全区社会消费品零售总额增长18%。\n'), [['18%', 'target']]);
  });

  it('form 204: 微克/立方米 and 微克每立方米 are units (a concentration); `0.1微克攻坚行动` is a campaign’s name', () => {
    const ts = targetsOf('某市2023年工作要点\nPM2.5平均浓度控制在35微克/立方米以下,力争降至28.5微克每立方米。深入实施0.1微克攻坚行动。\n');
    assert.deepEqual(
      ts.map((t) => [shownText(t), t.unitKind]),
      [
        ['35微克/立方米以下', 'other'],
        ['28.5微克每立方米', 'other'],
      ],
    );
  });
});

describe('targets: fifteenth blind set forms (docs/blind-scores.md, forms 210–213)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 210: a 政府工作报告 the text carries out (`落实落细政府工作报告的工作部署`) does not make the text a report', () => {
    const news = [
      '聚焦实体经济 持续增强产业核心竞争力',
      '市工信局将进一步落实落细政府工作报告的工作部署,高质量完成各项目标任务。狠抓10条优势产业链强链补链工作。培育规模工业企业200家。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(news), [
      ['10条', 'target'],
      ['200家', 'target'],
    ]);
    // Counter-example: a text that says it is a report (`向大会报告工作`) keeps the cue-word reading: no cue, no target.
    const report = ['某县政府工作报告', '各位代表:现在,我代表县人民政府向大会报告工作。狠抓10条优势产业链强链补链工作。', ''].join('\n');
    assert.deepEqual(kinds(report), []);
  });

  it('form 211: `120个年度重点项目` counts the year’s key projects; `连续3个年度被评为…` is a duration', () => {
    assert.deepEqual(kinds('2025年工作要点\n有序推动120个年度重点项目。\n'), [['120个', 'target']]);
    assert.deepEqual(kinds('2025年工作要点\n连续3个年度被评为先进单位。\n'), []);
  });

  it('form 212: a number inside a cited title (`《…等15个城市(地区)设立…的批复》`) names the document', () => {
    const plan = [
      '三年行动方案(2025-2027年)',
      '为认真贯彻《国务院关于同意在海南全岛和秦皇岛等15个城市(地区)设立跨境电子商务综合试验区的批复》精神,制定本方案。',
      '《方案》提出,到2027年引进跨境电商企业5家以上。',
      '',
    ].join('\n');
    assert.deepEqual(kinds(plan), [['5家以上', 'target']]);
    // Counter-example: a title closed before the quantity, or a 《 that no 》 closes in the sentence, leaves it a quantity.
    assert.deepEqual(kinds('2025年工作要点\n按照《行动计划》要求,新建海外仓5个。\n'), [['5个', 'target']]);
    assert.deepEqual(kinds('2025年工作要点\n《新建海外仓5个,培育企业10家。\n'), [
      ['5个', 'target'],
      ['10家', 'target'],
    ]);
  });

  it('form 213: `等10部门联合印发` counts the issuing departments: no quantity; `出版3部专著` is one', () => {
    assert.deepEqual(kinds('2024年工作要点\n近日,省商务厅等10部门联合印发实施方案,到2025年打造10个以上领跑县。\n'), [
      ['10个以上', 'target'],
    ]);
    assert.deepEqual(kinds('2024年工作要点\n出版3部专著。\n'), [['3部', 'target']]);
  });
});

describe('targets: seventeenth blind set forms (docs/blind-scores.md, forms 272–274)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 272: the people a plan serves (`以…7600多名持证残疾人为主要对象`) are a fact; `以新增100户为目标` stays a target', () => {
    const plan = '2023年实施方案\n一、总体目标\n以全市就业年龄段的7600多名持证残疾人为主要对象,到2025年,全市新增残疾人就业800人以上。\n';
    assert.deepEqual(kinds(plan), [
      ['7600多名', 'baseline'],
      ['800人以上', 'target'],
    ]);
    // Counter-examples: 为目标 is the aim, not the people served; 对象 with no 以 before the quantity in its clause.
    assert.deepEqual(kinds('2023年实施方案\n以新增农户100户为目标,开展帮扶。\n'), [['100户', 'target']]);
    assert.deepEqual(kinds('2023年实施方案\n新增帮扶300人,均为重点对象。\n'), [['300人', 'target']]);
  });

  it('form 273: a quantity inside a bracket ending in 的 (`（…超过4.5米…的）`) defines a class: no quantity', () => {
    const plan =
      '2025年实施方案\n负责反馈对公路三类大件运输（车货总高度从地面算起超过4.5米，或者总宽度超过3.75米，或者总质量超过100000千克的）许可的意见。新增服务窗口5个。\n';
    assert.deepEqual(kinds(plan), [['5个', 'target']]);
    // Counter-examples: a bracket that does not end in 的 (`（含30家）`), and 的 in a bracket after the quantity's own bracket closed.
    assert.deepEqual(kinds('2025年工作要点\n培育规上企业50家（其中新增30家）。\n'), [
      ['50家', 'target'],
      ['30家', 'target'],
    ]);
    assert.deepEqual(kinds('2025年工作要点\n新建充电桩200个（已建成的除外）。\n'), [['200个', 'target']]);
  });

  it('form 274: a capacity right before a project’s name (`10万吨绿色甲醇项目`) is part of the name', () => {
    assert.deepEqual(kinds('2026年行动方案\n推进上海化工区10万吨绿色甲醇项目稳产达产,新增6个“一件事”。\n'), [['6个', 'target']]);
    assert.deepEqual(kinds('2024年工作计划\n推进XX炼化150万吨乙烯等重大产业项目建设。\n'), []);
    // Counter-examples: a capacity that is the aim (`产能达到50万吨`), a count of projects (`实施10个项目`), and a capacity
    // right after the verb that builds it (`布局建设700万千瓦新型储能项目`: what is built, not a project's name).
    assert.deepEqual(kinds('2024年工作计划\n新增产能达到50万吨,实施10个项目。\n'), [
      ['50万吨', 'target'],
      ['10个', 'target'],
    ]);
    assert.deepEqual(kinds('2026年工作安排\n在新能源富集地区布局建设700万千瓦新型储能项目。\n'), [['700万千瓦', 'target']]);
  });
});

describe('targets: eighteenth blind set forms (docs/blind-scores.md, forms 290–294)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);

  it('form 290: `会议指出，2024年，…` reviews 2024 (the plan year is the next); the results paragraphs after it stay facts', () => {
    const news = [
      '全国工业和信息化工作会议在京召开。',
      '会议指出，2024年，工业经济运行总体平稳。预计全年，规模以上工业增加值同比增长5.7%左右。',
      '产业科技创新取得新突破，国家制造业创新中心达33家。',
      '信息通信业高质量发展扎实推进，累计建成开通5G基站超过419万个。预计全年，电信业务总量同比增长11%左右。',
      '',
    ].join('\n');
    assert.equal(planYear(parseDocument(news)), 2025);
    assert.deepEqual(kinds(news), [
      ['5.7%左右', 'baseline'],
      ['33家', 'baseline'],
      ['419万个', 'baseline'],
      ['11%左右', 'baseline'],
    ]);
    // Counter-examples: a finding that looks ahead (`会议指出，2025年，要…`) names the plan's year; `2025年是…`.
    assert.equal(planYear(parseDocument('某市工作会议召开。\n会议指出，2025年，要力争地区生产总值增长6%。\n')), 2025);
    assert.equal(planYear(parseDocument('某市工作会议召开。\n会议指出，2025年是关键之年。\n')), 2025);
    // A paragraph after it that looks ahead is no result (`力争…取得新突破`).
    const ahead = '会议召开。\n会议指出，2024年，全市经济运行平稳。\n要力争在招商引资上取得新突破，新引进项目30个。\n';
    assert.deepEqual(kinds(ahead), [['30个', 'target']]);
  });

  it('form 291: progress made in a plan (`累计完成投资413亿元`, its 完成率 and 超时序进度) is a fact; an aim to complete is not', () => {
    const plan =
      '今年我市实施重大重点项目1011个。今年1月至4月，全市100个重点推进项目累计完成投资413亿元，投资完成率41.9%，超时序进度8.6个百分点。\n工业项目35个，年度计划投资440.07亿元，累计完成投资193.74亿元；服务业项目33个，年度计划投资246.35亿元。\n';
    assert.deepEqual(kinds(plan), [
      ['1011个', 'target'],
      ['100个', 'target'],
      ['413亿元', 'baseline'],
      ['41.9%', 'baseline'],
      ['8.6个百分点', 'baseline'],
      ['35个', 'target'],
      ['440.07亿元', 'target'],
      ['193.74亿元', 'baseline'],
      ['33个', 'target'],
      ['246.35亿元', 'target'],
    ]);
    // Counter-examples: 累计完成 as the aim (`到2025年`, 力争, 全年), and a 完成率 with no progress before it.
    assert.deepEqual(kinds('2024年工作要点\n到2025年累计完成投资500亿元，项目完成率100%。\n'), [
      ['500亿元', 'target'],
      ['100%', 'target'],
    ]);
    assert.deepEqual(kinds('2024年工作要点\n力争全年累计完成投资80亿元。\n'), [['80亿元', 'target']]);
  });

  it('form 292: `连续6个季度` is a duration (as 个月), no quantity', () => {
    const review = '上半年工作总结\n上半年全市完成社会消费品零售总额158.3亿元，连续6个季度保持全省第一。\n';
    assert.deepEqual(
      kinds(review).map(([v]) => v),
      ['158.3亿元'],
    );
    // Counter-example: a count of other things before 季 (`新建6个季节性市场`) stays.
    assert.deepEqual(kinds('2024年工作要点\n新建6个季节性市场。\n'), [['6个', 'target']]);
  });

  it('form 293: a size class before a Latin class letter (`300兆瓦级F级重型燃气轮机`) names the machine', () => {
    assert.deepEqual(kinds('2024年工作总结\n一、工作回顾\n300兆瓦级F级重型燃气轮机点火成功，高新技术企业达46.3万家。\n'), [
      ['46.3万家', 'baseline'],
    ]);
    // Counter-examples: a class before a Chinese word stays as it was (no quantity), an amount before a letter that is no class.
    assert.deepEqual(kinds('2024年工作计划\n引进20亿级项目3个。\n'), [['3个', 'target']]);
    assert.deepEqual(kinds('2024年工作计划\n新建5G基站300个。\n'), [['300个', 'target']]);
  });

  it('form 299: 架 and 架次 count aircraft and sorties (`C919累计交付14架`); 框架 after no digit is none', () => {
    const review = '2024年工作总结\n一、工作回顾\nC919累计交付14架，执行飞行任务120架次，搭建3个框架协议。\n';
    assert.deepEqual(
      targetsOf(review).map((t) => [shownText(t), t.kind, t.unitKind]),
      [
        ['14架', 'baseline', 'count'],
        ['120架次', 'baseline', 'count'],
        ['3个', 'baseline', 'count'],
      ],
    );
  });

  it('form 294: the 目前 of `项目前期工作` states nothing of now; `目前已建成` still does', () => {
    assert.deepEqual(kinds('2015年计划\n选择项目前期工作开展比较扎实且成熟的16个项目纳入计划。\n'), [['16个', 'target']]);
    assert.deepEqual(kinds('2015年计划\n目前已建成5G基站2000个，新建500个。\n'), [
      ['2000个', 'baseline'],
      ['500个', 'target'],
    ]);
  });
});

describe('targets: form 271 (docs/blind-scores.md, seventeenth set): years as a level', () => {
  const rows = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.metric, t.kind, t.unitKind]);

  it('`平均受教育年限提高到11.3年` is a target in years; a year, a span and a duration are none', () => {
    assert.deepEqual(rows('2025年工作要点\n劳动年龄人口平均受教育年限提高到11.3年，人均预期寿命提高1.5年。\n'), [
      ['11.3年', '劳动年龄人口平均受教育年限', 'target', 'time'],
      ['1.5年', '人均预期寿命', 'target', 'time'],
    ]);
    // Counter-examples: a year and a whole number of years are never read (no year has a fraction; `3年` is a
    // duration), nor a span of time with a fraction whose clause names no count of years.
    assert.deepEqual(rows('2025年工作要点\n2025年用1.5年时间完成改造，3年内建成项目5个。\n'), [['5个', '项目', 'target', 'count']]);
    assert.deepEqual(rows('2025年工作要点\n平均受教育年限达到12年。\n'), []);
  });
});

describe('targets: the way a figure is measured is no part of its metric (`按可比价格计算`, `按可比口径`)', () => {
  it('drops 按可比价格计算, 按可比口径 and their kin at the end of the words before the verb', () => {
    const doc =
      '2025年工作要点\n地区生产总值按可比价格计算增长6%左右，一般公共预算收入按可比口径增长5%，规模以上工业增加值按可比价计算增长8%，社会消费品零售总额按现价计算增长7%。\n';
    assert.deepEqual(
      targetsOf(doc).map((t) => [shownText(t), t.metric]),
      [
        ['6%左右', '地区生产总值'],
        ['5%', '一般公共预算收入'],
        ['8%', '规模以上工业增加值'],
        ['7%', '社会消费品零售总额'],
      ],
    );
    // Counter-example: a metric that is a price (价格 at its end) keeps it.
    assert.deepEqual(
      targetsOf('2025年工作要点\n居民消费价格涨幅控制在3%左右。\n').map((t) => t.metric),
      ['居民消费价格'],
    );
  });
});

describe('targets: read in ../shared/corpus 008 (北京 2026 政府工作报告)', () => {
  const rows = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.metric, t.unitKind]);

  it('a rate per amount of output (`0.6人/百亿元`, `0.35吨标准煤/万元`) keeps its whole unit and its metric', () => {
    assert.deepEqual(rows('2026年工作要点\n生产安全事故死亡率控制在0.6人/百亿元以下，单位地区生产总值能耗降至0.35吨标准煤/万元。\n'), [
      ['0.6人/百亿元以下', '生产安全事故死亡率', 'other'],
      ['0.35吨标准煤/万元', '单位地区生产总值能耗', 'other'],
    ]);
  });

  it('the 均 of 年均 (`A和B地区生产总值年均增长5%以上`) shares no value; `A和B均增长5%` does', () => {
    assert.deepEqual(
      rows('2026年工作要点\n城市副中心和平原新城地区生产总值年均增长5%以上，进出口总额和实际使用外资均增长5%。\n').map(([v, m]) => [v, m]),
      [
        ['5%以上', '城市副中心和平原新城地区生产总值'],
        ['5%', '进出口总额'],
        ['5%', '实际使用外资'],
      ],
    );
  });

  it('a count and a number closing a quotation (`“3个100”等重点工程`) name a programme', () => {
    assert.deepEqual(rows('2026年工作要点\n加快推进“3个100”等重点工程建设，新开工项目100个。\n'), [['100个', '项目', 'count']]);
    // Counter-example: a count in a quotation that goes on in words after the number is left to the other rules.
    assert.deepEqual(
      rows('2026年工作要点\n建成“5个1000亩示范基地”。\n').map(([v]) => v),
      ['5个', '1000亩'],
    );
  });
});

describe('targets: nineteenth blind set forms (docs/blind-scores.md, forms 320–324)', () => {
  const rows = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.metric, t.kind]);

  it('form 320: a pinyin gloss between 目標 and its bracketed value (`預(yù)期目標(biāo)(10%)`) still names the target set', () => {
    const review = '2024年工作总结\n一、工作回顾\n——全社會固定資產(chǎn)投資增長5.8%，低于年初預(yù)期目標(biāo)(10%)4.2個百分點。\n';
    assert.deepEqual(
      rows(review).map(([v, , k]) => [v, k]),
      [
        ['5.8%', 'baseline'],
        ['10%', 'target'],
        ['4.2個百分點', 'baseline'],
      ],
    );
  });

  it('a dash that opens a paragraph (`——地区生产总值…`) and 力爭/確保 (Traditional) are no part of a metric', () => {
    assert.deepEqual(
      rows('2025年工作计划\n——地区生产总值增长6%左右。\n―全社会固定资产投资增长8%。\n力爭國內生產總值增長12%，確保外貿出口增長20%。\n'),
      [
        ['6%左右', '地区生产总值', 'target'],
        ['8%', '全社会固定资产投资', 'target'],
        ['12%', '國內生產總值', 'target'],
        ['20%', '外貿出口', 'target'],
      ],
    );
  });

  it('form 321: `2024年以来…` is over, in a document whose plan year is 2024; `到2024年…` still looks ahead', () => {
    const doc =
      '区科技局2024年工作计划\n2024年以来全国科技型中小企业备案162家，省高企培育库企业达到57家。\n到2024年底，高新技术企业达到100家。\n';
    assert.deepEqual(
      rows(doc).map(([v, , k]) => [v, k]),
      [
        ['162家', 'baseline'],
        ['57家', 'baseline'],
        ['100家', 'target'],
      ],
    );
  });

  it("form 323: how far a result is past its target (`比目标任务增加7个`) and a target's raise (`（调增2个百分点）`) are facts", () => {
    const plan =
      '开发区2018年工作计划\n力争国内生产总值增长12%以上（调增2个百分点），外贸出口增长20%（調增5個百分點）。\n全年引进亿元以上项目达到25个，比目标任务增加7个。\n';
    assert.deepEqual(
      rows(plan).map(([v, , k]) => [v, k]),
      [
        ['12%以上', 'target'],
        ['2个百分点', 'baseline'],
        ['20%', 'target'],
        ['5個百分點', 'baseline'],
        ['25个', 'target'],
        ['7个', 'baseline'],
      ],
    );
    // Counter-examples: a comparison with last year in brackets, and 增加 after no target, stay the plan's.
    assert.deepEqual(
      rows('2018年工作计划\n出口增长20%（比上年提高5个百分点），新增项目比上年增加7个。\n').map(([v, , k]) => [v, k]),
      [
        ['20%', 'target'],
        ['5个百分点', 'target'],
        ['7个', 'target'],
      ],
    );
  });

  it('form 322: what an outside body says of the world (`国际货币基金组织(IMF)调高全球经济增速至3.7%`) is the setting, no target', () => {
    const plan =
      '2018年国民经济和社会发展计划\n从宏观环境看，国际货币基金组织(IMF)调高全球经济2018年增速至3.7%，全市地区生产总值增长7%。\n';
    assert.deepEqual(
      rows(plan).map(([v, , k]) => [v, k]),
      [
        ['3.7%', 'baseline'],
        ['7%', 'target'],
      ],
    );
  });

  it('form 329: an aside in brackets right before the value (`增长（同比，下同）6.7%`) ends no clause', () => {
    const review =
      '2024年工作总结\n一、工作回顾\n全区地区生产总值为571.02亿元，增长（同比，下同）6.7%；规模以上工业增加值增长(按可比价,下同)8.6%。\n';
    assert.deepEqual(
      targetsOf(review).map((t) => [shownText(t), t.metric, t.measure]),
      [
        ['571.02亿元', '地区生产总值', 'level'],
        ['6.7%', '地区生产总值', 'growth'],
        ['8.6%', '规模以上工业增加值', 'growth'],
      ],
    );
    // Counter-example: a bracket that closes a clause of its own before a comma is left as it was.
    assert.deepEqual(
      targetsOf('2025年工作计划\n实施重点项目（含续建），新建厂房5万平方米。\n').map((t) => [shownText(t), t.metric]),
      [['5万平方米', '厂房']],
    );
  });

  it('form 302: ㎡ is a square metre (`人行道断头贯通25400㎡`)', () => {
    assert.deepEqual(
      targetsOf('2024年行动计划\n完成人行道断头贯通25400㎡，新建绿地5000平方米。\n').map((t) => [shownText(t), t.unitKind, t.baseUnit]),
      [
        ['25400㎡', 'area', '㎡'],
        ['5000平方米', 'area', '平方米'],
      ],
    );
  });

  it('form 324: 张 counts (`办理应急通行证705张`); 张 after no digit (`张家港`, `主张`) is none', () => {
    assert.deepEqual(rows('2020年工作总结\n一、工作回顾\n办理应急通行证705张，赴张家港考察3次。\n'), [
      ['705张', '应急通行证', 'baseline'],
      ['3次', '赴张家港考察', 'baseline'],
    ]);
  });
});

describe('targets: sixteenth blind set forms (docs/blind-scores.md, forms 240–247)', () => {
  const kinds = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind]);
  const rows = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.metric, t.shared]);

  it('form 240: `旅游人次、旅游花费增长15%` is one value for each metric the 、-list names', () => {
    assert.deepEqual(rows('2025年工作要点\n今年力争旅游人次、旅游花费增长15%。\n'), [
      ['15%', '旅游人次', false],
      ['15%', '旅游花费', true],
    ]);
    assert.deepEqual(rows('2025年工作要点\n规上工业增加值、固定资产投资增长8%。\n').length, 2);
    // Counter-examples: a list of kinds (the first item names no metric), a name with 、 inside, a list of values.
    assert.deepEqual(rows('2025年工作要点\n新能源、新材料产业增长15%。\n'), [['15%', '新能源、新材料产业', false]]);
    assert.deepEqual(rows('2025年工作要点\n文化、体育和娱乐业增加值增长12%。\n').length, 1);
    assert.deepEqual(rows('2025年工作要点\n进出口、出口增长5%和8%。\n').length, 2);
    assert.deepEqual(rows('2025年工作要点\n贯彻市委七届五次、六次全会精神,建成社区食堂50个。\n').length, 1);
  });

  it('form 241: a count of the measures a text sets out (`提出了18项培育措施`, a headline `18项措施 …`) is no quantity', () => {
    assert.deepEqual(kinds('18项措施 高新技术企业培育“小升高”\n从六个方面研究提出了18项培育措施,到2020年高新技术企业达450家。\n'), [
      ['450家', 'target'],
    ]);
    // Counter-examples: measures issued or done are counted (`出台…21条措施`, `完成…58条改革举措`); so is a plan's `出台10项支持措施`.
    assert.deepEqual(kinds('2025年工作要点\n年内出台10项支持措施。\n'), [['10项', 'target']]);
    assert.deepEqual(kinds('2025年工作要点\n全面完成优化营商环境58条改革举措。\n'), [['58条', 'target']]);
  });

  it('form 242: `上半年…预计完成投资1298亿元,占年度计划的59%` measures what is done against the year’s plan: facts', () => {
    const news = '2024年交通运输工作\n日前召开半年工作座谈会。据悉,上半年全省预计完成投资1298亿元,占年度计划的59%。\n';
    assert.deepEqual(kinds(news), [
      ['1298亿元', 'baseline'],
      ['59%', 'baseline'],
    ]);
    // Counter-example: the same measure striven for is an aim.
    assert.deepEqual(kinds('2024年工作计划\n力争上半年完成投资500亿元,占全年计划的60%。\n'), [
      ['500亿元', 'target'],
      ['60%', 'target'],
    ]);
  });

  it('form 243: a quoted phrase that opens with a quantity and names what follows (`“24小时不打烊”政务服务`) is a name', () => {
    assert.deepEqual(kinds('2025年工作要点\n建成“24小时不打烊”政务服务自助专区5个。\n'), [['5个', 'target']]);
    // Counter-examples: a quoted commitment (`做到“2小时响应、24小时办结”。`) and a quoted count of actions stay quantities.
    assert.deepEqual(kinds('2025年工作要点\n做到“2小时响应、24小时办结”。\n'), [
      ['2小时', 'target'],
      ['24小时', 'target'],
    ]);
    assert.deepEqual(kinds('2025年工作要点\n实施“7个专项行动”计划。\n'), [['7个', 'target']]);
  });

  it('form 244: a rate per thousand people (`2批次/千人`) keeps its whole unit', () => {
    const got = targetsOf('2025年工作要点\n定量检测频次要达到2批次/千人。\n');
    assert.deepEqual(
      got.map((t) => [shownText(t), t.unitKind]),
      [['2批次/千人', 'other']],
    );
  });

  it('form 245: `开行中欧班列1300列` counts trains; `列入`, `列为`, `列表` are words', () => {
    assert.deepEqual(kinds('2024年工作计划\n开行旅游专列10列。\n'), [['10列', 'target']]);
    assert.deepEqual(kinds('2024年工作计划\n将3列入重点项目,共5列表格。\n'), []);
    assert.deepEqual(kinds('2024年工作计划\n(A、B负责。2列第一位的为牵头单位)\n'), []);
  });

  it('form 246: where no zone decides, a number right after a verb with 了 (`表彰了4个先进集体`) is a fact', () => {
    const speech = '同志们:今天的会议既是一次总结成绩的鼓劲会,也是誓师会。刚才,表彰了4个先进集体和33名先进个人。\n';
    assert.deepEqual(kinds(speech), [
      ['4个', 'baseline'],
      ['33名', 'baseline'],
    ]);
    // Counter-example: a sentence with no 了 before its number and no cue word gives nothing there.
    assert.deepEqual(kinds('同志们:今天的会议既是一次总结成绩的鼓劲会。表彰4个先进集体。\n'), []);
  });

  it('form 247: `得分≥76分` is a score to reach; 分 of a time (`8时30分`) is none', () => {
    assert.deepEqual(kinds('2025年工作要点\n公共文化领域国家检测得分≥76分。\n'), [['76分', 'target']]);
    assert.deepEqual(kinds('2025年工作要点\n上午8时30分召开会议。\n'), []);
  });
});

describe('targets: nineteenth blind set forms, part A (docs/blind-scores.md, forms 301, 303–308)', () => {
  const rows = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind, t.unitKind]);
  const plan = (line: string) => rows(`交通领域三年行动计划（2024-2026年）\n一、主要任务\n${line}\n`);

  it('form 301: `三年累计完成…` in a three-year plan is its aim, not progress made; `近三年累计完成`, `2024年累计完成` are progress', () => {
    assert.deepEqual(plan('三年累计完成缓拥堵提升21个点位。'), [['21个', 'target', 'count']]);
    assert.deepEqual(plan('近三年累计完成投资80亿元，今年以来累计完成投资20亿元。'), [
      ['80亿元', 'baseline', 'money'],
      ['20亿元', 'baseline', 'money'],
    ]);
    assert.deepEqual(plan('2024年累计完成投资80亿元。'), [['80亿元', 'baseline', 'money']]);
  });

  it('form 303: 对 counts pairs where the count ends its clause (`开行列车38对`); not `1对1帮扶`, `3对口`', () => {
    assert.deepEqual(plan('至2026年金山铁路全天开行列车38对，开展1对1帮扶，结对帮扶3个村。'), [
      ['38对', 'target', 'count'],
      ['3个', 'target', 'count'],
    ]);
    assert.deepEqual(plan('组织2对口支援单位，对300个公交站台进行适老化改造。'), [['300个', 'target', 'count']]);
    // A count of pairs as an item of a list (and the next item's metric read from the list of names).
    assert.deepEqual(
      targetsOf('2023年政府工作报告\n一、过去五年工作回顾\n国际友城和外国驻穗总领馆分别增至214对和69家。\n').map((t) => [
        shownText(t),
        t.metric,
        t.kind,
      ]),
      [
        ['214对', '国际友城', 'baseline'],
        ['69家', '外国驻穗总领馆', 'baseline'],
      ],
    );
  });

  it('form 304: a routine interval (`15天完成1次`, `15/30天完成1次`) is no quantity; a time limit is one', () => {
    assert.deepEqual(plan('保洁频率提升至15天完成1次全线机械清理、冲洗，30天完成1次人工清洗。'), []);
    assert.deepEqual(plan('保洁频率实现15/30天完成1次全线机械清理。'), []);
    assert.deepEqual(plan('审批时限压缩至15天，全年开展培训3次。'), [
      ['15天', 'target', 'time'],
      ['3次', 'target', 'count'],
    ]);
  });

  it('form 305: a distance with 范围内 inside a metric name (`站点50米范围内地面公交…占比`) is none; `控制在500米范围内。` is one', () => {
    assert.deepEqual(plan('轨道交通站点50米范围内地面公交配套服务占比达到90%。'), [['90%', 'target', 'percent']]);
    assert.deepEqual(plan('服务半径控制在500米范围内。'), [['500米', 'target', 'other']]);
  });

  it('form 306: a verbless clause after a status goes on stating it (`目前…已突破715万，日活峰值近100万`)', () => {
    assert.deepEqual(plan('目前注册用户数已突破715万，日活峰值近100万。'), [
      ['715万', 'baseline', 'other'],
      ['100万', 'baseline', 'other'],
    ]);
    // Counter-examples: a clause with a verb or a cue of its own, and a verbless clause in a sentence with no status.
    assert.deepEqual(plan('目前已建成5G基站2000个，新建3000个。'), [
      ['2000个', 'baseline', 'count'],
      ['3000个', 'target', 'count'],
    ]);
    assert.deepEqual(plan('目前已建成5G基站2000个，力争年底达到3000个。'), [
      ['2000个', 'baseline', 'count'],
      ['3000个', 'target', 'count'],
    ]);
    assert.deepEqual(plan('建成5G基站2000个，覆盖率95%。'), [
      ['2000个', 'target', 'count'],
      ['95%', 'target', 'percent'],
    ]);
  });

  it('form 307: a quoted name listed before other items (`“15分钟社区生活圈”、完整社区`) is none; a listed commitment is one', () => {
    assert.deepEqual(plan('结合“15分钟社区生活圈”、完整社区、一刻钟便民生活圈建设等工作。'), []);
    assert.deepEqual(plan('做到“5天办结”、当场答复。').length, 1);
    assert.deepEqual(plan('实现“2小时响应、24小时办结”。').length, 2);
  });

  it('form 325: `0.8個百` cut at the end of a copy is no count; `3个百亿级产业集群` is one', () => {
    assert.deepEqual(rows('2023年工作总结\n一、工作回顾\n增长8.6%，高于全市平均0.8個百'), [['8.6%', 'baseline', 'percent']]);
    assert.deepEqual(rows('2023年工作总结\n一、工作回顾\n增长8.6%，高于全市平均0.8個百\n二、下步打算\n'), [
      ['8.6%', 'baseline', 'percent'],
    ]);
    assert.deepEqual(plan('打造3个百亿级产业集群。'), [['3个', 'target', 'count']]);
  });

  it('form 308: 年度 after a unit that counts no years is an adjective (`25平方公里年度处置任务`, `30个年度项目`); `连续3个年度` is a span', () => {
    assert.deepEqual(plan('推动完成25平方公里年度处置任务，新建30个年度项目。'), [
      ['25平方公里', 'target', 'area'],
      ['30个', 'target', 'count'],
    ]);
    assert.deepEqual(plan('连续3个年度被评为先进单位。'), []);
  });
});

describe('targets: twentieth blind set forms (docs/blind-scores.md, forms 342, 344–346)', () => {
  const rows = (doc: string) => targetsOf(doc).map((t) => [shownText(t), t.kind, t.unitKind, t.metric]);
  const plan = (line: string) => rows(`城市更新2025年度实施计划\n一、行动任务\n${line}\n`);
  const review = (line: string) => rows(`2019年上半年工作总结\n一、上半年工作完成情况\n${line}\n`);
  // 602's table as flattened: each cell on its own line, empty lines between, a category cell where it changes.
  const cells = (...c: string[]) => c.join('\n\n');
  const HEADER = ['主要预期指标一览表', '类别', '序号', '指标', '单位', '属性', '目标'];

  it('form 342: a table flattened one cell per line gives its target cells, with the unit of the 单位 cell', () => {
    const doc = cells(
      '黄浦区城市更新规划',
      '一、主要目标',
      ...HEADER,
      '促发展',
      '1',
      '片区更新数量',
      '个',
      '预期性',
      '2',
      '2',
      '更新商业设施面积',
      '万平方米',
      '预期性',
      '50',
      '惠民生',
      '3',
      '完整社区建设覆盖率',
      '%',
      '约束性',
      '90',
      '二、主要任务',
      '推进商办楼宇资源建设。',
    );
    assert.deepEqual(rows(doc), [
      ['2', 'target', 'count', '片区更新数量'],
      ['50', 'target', 'area', '更新商业设施面积'],
      ['90', 'target', 'percent', '完整社区建设覆盖率'],
    ]);
  });

  it('form 342: no reading without 序号 in the header, out of step serials, or an attribute cell out of place', () => {
    const noSerial = cells('一、主要目标', '类别', '指标', '单位', '属性', '目标', '促发展', '片区更新数量', '个', '预期性', '2');
    assert.deepEqual(rows(noSerial), []);
    const skipped = cells(
      '一、主要目标',
      ...HEADER.slice(1),
      '1',
      '片区更新数量',
      '个',
      '预期性',
      '2',
      '3',
      '更新商业设施面积',
      '万平方米',
      '预期性',
      '50',
    );
    assert.deepEqual(rows(skipped), [['2', 'target', 'count', '片区更新数量']]);
    // A cell lost in the flattening (an empty 单位): the attribute is not where the header puts it, so the row is not read.
    const shifted = cells(
      '一、主要目标',
      ...HEADER.slice(1),
      '1',
      '片区更新数量',
      '预期性',
      '2',
      '2',
      '更新商业设施面积',
      '万平方米',
      '预期性',
      '50',
    );
    assert.deepEqual(rows(shifted), []);
    // A heading `目标` over a list of numbered items is no header.
    assert.deepEqual(rows(cells('一、主要任务', '目标', '1', '推进片区更新。', '2', '完成商办楼宇更新。')), []);
  });

  it('form 344: `佔年度計劃59.1%` without 的 is the share done, as with 的; the task set after 占…任务 stays a target', () => {
    assert.deepEqual(
      review('30個市級重點建設項目完成投資31.1億元,佔年度計劃59.1%。完成投資5億元,佔年度計劃的63.1%。').map((r) => r.slice(0, 2)),
      [
        ['30個', 'baseline'],
        ['31.1億元', 'baseline'],
        ['59.1%', 'baseline'],
        ['5億元', 'baseline'],
        ['63.1%', 'baseline'],
      ],
    );
    assert.deepEqual(
      review('完成国地两税848万元，占全年任务1550万元的55%。').map((r) => r.slice(0, 2)),
      [
        ['848万元', 'baseline'],
        ['1550万元', 'target'],
        ['55%', 'baseline'],
      ],
    );
  });

  it('form 345: `…等方面共22项任务`, `分解为五个方面79项重点工作任务` size the text; `完成…共22项任务` is a commitment', () => {
    assert.deepEqual(plan('分类梳理包括区域更新、民生改善、商业再造等方面共22项任务。'), []);
    assert.deepEqual(plan('将报告分解为五个方面79项重点工作任务。'), []);
    assert.deepEqual(
      plan('年内完成城市更新共22项任务，全面完成A、B等58条改革举措。').map((r) => r.slice(0, 2)),
      [
        ['22项', 'target'],
        ['58条', 'target'],
      ],
    );
  });

  it('form 346: a quantity alone in quotes between a count and its noun is a name (`144个“15分钟”社区生活圈`)', () => {
    assert.deepEqual(
      plan('推进144个“15分钟”社区生活圈建设项目。').map((r) => r.slice(0, 2)),
      [['144个', 'target']],
    );
    // Not after a verb: the quoted value is the commitment.
    assert.deepEqual(
      plan('应急响应时间压缩到“15分钟”以内，建设“15分钟”社区生活圈。').map((r) => r.slice(0, 2)),
      [
        ['15分钟', 'target'],
        ['15分钟', 'target'],
      ],
    );
  });
});

describe('targets: twentieth blind set form 343 (the parts of a year plan after 其中, in a review)', () => {
  const review = (line: string) =>
    targetsOf(`县发改局2019年上半年工作总结\n一、上半年工作完成情况\n${line}\n`).map((t) => [shownText(t), t.kind]);

  it('the clauses after 其中 that name the plan go on with it; the progress after them is a fact', () => {
    assert.deepEqual(
      review(
        '2019年全縣共安排重點建設項目85個,年度計劃投資105.53億元。其中新建項目51個,年度計劃投資43.1億元;續建項目34個,年度計劃投資62.43億元;51個新建項目已開工建設42個,開工率82.4%。',
      ),
      [
        ['85個', 'target'],
        ['105.53億元', 'target'],
        ['51個', 'target'],
        ['43.1億元', 'target'],
        ['34個', 'target'],
        ['62.43億元', 'target'],
        ['51個', 'baseline'],
        ['42個', 'baseline'],
        ['82.4%', 'baseline'],
      ],
    );
  });

  it('counter-examples: 其中 after a result, a 其中 clause without a plan word, one with progress', () => {
    assert.deepEqual(review('2019年上半年全县完成固定资产投资100亿元。其中工业投资50亿元。'), [
      ['100亿元', 'baseline'],
      ['50亿元', 'baseline'],
    ]);
    assert.deepEqual(review('2019年全縣共安排重點建設項目85個,年度計劃投資105.53億元。其中新建項目51個。'), [
      ['85個', 'target'],
      ['105.53億元', 'target'],
      ['51個', 'baseline'],
    ]);
    assert.deepEqual(review('2019年全縣共安排重點建設項目85個,年度計劃投資105.53億元。其中新建項目年度計劃投資43.1億元,已完成20億元。'), [
      ['85個', 'target'],
      ['105.53億元', 'target'],
      ['43.1億元', 'baseline'],
      ['20億元', 'baseline'],
    ]);
  });
});

describe('targets: the metric of a clause of a verb only, first of its sentence (2026-12-07)', () => {
  const metrics = (text: string) => targetsOf(text).map((t) => [t.text, t.metric]);

  it('`X，完成400个`: the clause before the comma names the value (591), an outcome it states is no part of the name (539, 404)', () => {
    assert.deepEqual(metrics('（8）结合养护工程开展集中整治。\n机动车道井盖井框处置，完成400个；桥头跳车整治，完成48处。\n'), [
      ['400个', '机动车道井盖井框处置'],
      ['48处', '桥头跳车整治'],
    ]);
    assert.deepEqual(metrics('到2024年底，我省数字经济核心产业增加值实现翻番，达到5500亿元，力争达到5800亿元。'), [
      ['5500亿元', '数字经济核心产业增加值'],
      ['5800亿元', '数字经济核心产业增加值'],
    ]);
    assert.deepEqual(metrics('2011年工作回顾\n辖内财政收入迈过千亿大关，达1330亿元，增长28.55%。\n').slice(0, 1), [
      ['1330亿元', '辖内财政收入'],
    ]);
  });

  it('counter-examples: a clause that says how or why, a list, a predicate before a count with its noun, an own name', () => {
    // A clause of what the task is for, or of how: no subject (the value stays unnamed rather than misnamed).
    assert.deepEqual(metrics('为加快项目建设，完成投资20亿元。'), [['20亿元', '投资']]);
    assert.deepEqual(metrics('通过集中攻坚，完成400个。'), [['400个', '']]);
    // A list of what is done (`储备一批、开工一批`) names nothing.
    assert.deepEqual(metrics('做到储备一批、开工一批、竣工一批，完成37.8亿元。'), [['37.8亿元', '']]);
    // A report's topic clause before a count whose clause is no verb only (`近1400万…`): not taken.
    assert.equal(metrics('新型城镇化扎实推进，近1400万农业转移人口落户城镇。')[0][1] === '新型城镇化扎实推进', false);
    // The clause's own name wins.
    assert.deepEqual(metrics('老旧小区改造稳步推进，完成改造小区40个。'), [['40个', '小区']]);
  });
});

describe('targets: twenty-first and twenty-second blind set forms (606, 607; 2026-12-07)', () => {
  const rows = (text: string) => targetsOf(text).map((t) => `${shownText(t)} ${t.kind}`);

  it('a 规划纲要 titled by its five-year period plans from the period’s first year, and is a plan where no part says otherwise', () => {
    const text = [
      '上海市某区国民经济和社会发展第十五个五年规划纲要',
      '一、发展新阶段新起点',
      '“十四五”时期，全区经济稳中有进。',
      '(一)发展基础',
      '1.经济实力跨步提升。税收亿元楼从2020年的30幢增长至40幢，新增市级专精特新企业200家。',
      '(二)发展阶段',
      '“十五五”时期是关键时期。',
      '二、全力服务“五个中心”建设',
      '(一)提升能级',
      '到2030年，税收亿元楼达到45幢以上，公众安全感满意度达到92分以上。',
      '',
    ].join('\n');
    assert.equal(planYear(parseDocument(text)), 2026);
    assert.deepEqual(rows(text), ['30幢 baseline', '40幢 baseline', '200家 baseline', '45幢以上 target', '92分以上 target']);
    // Counter-examples: an assessment of a five-year plan sets no plan year of its own; a title with a year keeps it;
    // a task that lays a foundation (`夯实发展基础`) and 基础设施 are no review.
    assert.equal(planYear(parseDocument('某市“十四五”规划中期评估报告\n一、总体进展\n')), undefined);
    assert.equal(planYear(parseDocument('某市2027年“十五五”规划实施计划\n')), 2027);
    assert.deepEqual(rows('某市2026年工作要点\n一、夯实发展基础\n新建项目5个。\n二、发展基础设施\n新建道路3公里。\n'), [
      '5个 target',
      '3公里 target',
    ]);
  });

  it('an indicator table one cell per line whose last cell wraps onto the next line (606’s 目标 column)', () => {
    const cells = [
      '主要指标',
      '序号',
      '指标名称',
      '单位',
      '属性',
      '“十五五”目标',
      '1',
      '地区生产总值年均增速',
      '%',
      '预期性',
      '与全市经济增速',
      '保持同步',
      '2',
      '全员劳动生产率',
      '万元/人',
      '预期性',
      '55左右',
      '3',
      '主导产业税收占全区税收比重',
      '%',
      '预期性',
      '≥58',
    ];
    const text = `某区“十五五”规划纲要\n一、发展目标\n${cells.join('\n\n')}\n\n二、重点任务\n新建项目5个。\n`;
    assert.deepEqual(rows(text), ['55左右 target', '58 target', '5个 target']);
  });

  it('quoted names of spans (`“6天+365天”交易服务平台`, `构建“15分钟出海服务圈”`), round the clock, and a glossary’s figures are no targets', () => {
    const text = [
      '某区2026年工作要点',
      '一、重点任务',
      '放大“6天+365天”交易服务平台功能，加快构建“15分钟出海服务圈”，加快建设“24小时活力城区”。',
      '提供365天×24小时热线服务，提供“7×24小时”法律咨询。',
      '名词解释',
      '1.出海服务圈：以15分钟为出海服务半径，覆盖50-300米半径。',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), []);
    // A glossary ends at a heading of another style than its entries: the text after it has its targets again.
    assert.deepEqual(rows(`${text}二、保障措施\n新建项目5个。\n`), ['5个 target']);
    // Counter-examples: a commitment quoted after its verb, a span that is a task's own, a count after a quoted name.
    assert.deepEqual(rows('某区2026年工作要点\n一、重点任务\n做到“2小时响应”，审批时间压缩至5天，建设“活力城区”10个。\n'), [
      '2小时 target',
      '5天 target',
      '10个 target',
    ]);
  });

  it('平米 is a unit of area (607: `每年完成80万平米屋面…改造`)', () => {
    const t = targetsOf('某区2023年行动方案\n一、重点任务\n每年完成80万平米屋面及相关设施改造。\n');
    assert.deepEqual(
      t.map((x) => [x.text, x.unitKind]),
      [['80万平米', 'area']],
    );
  });
});

describe('targets: twenty-second blind set forms 370, 371 (609; 2026-12-07)', () => {
  const rows = (text: string) => targetsOf(text).map((t) => `${shownText(t)} ${t.kind}`);

  it('370: a year reported on, then a paragraph of the next year that looks ahead: the plan year is the next', () => {
    const text =
      '某市发改局强化项目建设\n发布日期:2023-02-17\n\n2022年,该局各项工作圆满完成,全年地区生产总值实现169.3亿元,同比增长5%。\n\n2023年,该局将重点做好三方面工作,力争新建项目20个。\n';
    assert.equal(planYear(parseDocument(text)), 2023);
    assert.deepEqual(rows(text), ['169.3亿元 baseline', '5% baseline', '20个 target']);
    // Counter-examples: a first year that looks ahead (a plan's first step), and no next-year paragraph.
    assert.equal(planYear(parseDocument('某市项目建设\n\n2022年,力争新建项目10个。\n\n2023年,将新建项目20个。\n')), 2022);
    assert.equal(planYear(parseDocument('某市项目建设\n\n2022年,各项工作圆满完成,实现产值10亿元。\n')), 2022);
  });

  it('371: an amount right before 项目/企业 says which ones count; not one at its clause’s end, not a count', () => {
    assert.deepEqual(rows('某县2024年工作要点\n一、重点任务\n实施投资500万元以上项目30个，培育年营收2000万元以上企业10家。\n'), [
      '30个 target',
      '10家 target',
    ]);
    assert.deepEqual(rows('某县2024年工作要点\n一、重点任务\n全年完成投资500万元以上，力争引进10个以上项目。\n'), [
      '500万元以上 target',
      '10个以上 target',
    ]);
  });
});

describe('targets: twenty-second blind set forms 364, 372 (607, 609; 2026-12-07)', () => {
  it('364: a house number after a road’s name glued to 项目 is no count; a count of 项目 after a road’s works stays', () => {
    const t = targetsOf('某区2023年行动方案\n一、重点任务\n加快推进安远路899项目，完成南京西路改造3项，新建道路5公里。\n');
    assert.deepEqual(
      t.map((x) => x.text),
      ['3项', '5公里'],
    );
  });

  it('372: the noun after a count ends where its predicate starts (`3个项目稳步推进`: 项目)', () => {
    const t = targetsOf('某县2022年工作总结\n一、2022年工作回顾\n利用外资贷款3个项目稳步推进，40件民生实事全面完成，22个项目顺利投产。\n');
    assert.deepEqual(
      t.map((x) => [x.text, x.metric]),
      [
        ['3个', '项目'],
        ['40件', '民生实事'],
        ['22个', '项目'],
      ],
    );
  });
});

describe('targets: plan years a flattened copy keeps (2026-12-07)', () => {
  it('a report delivered to a people’s congress (`2025年3月21日在…人民代表大会第四次会议上`) plans that year, flattened too', () => {
    const lines = [
      '文件名称 | 某区2025年政府工作报告 | ||',
      '2025年3月21日在某区第十九届',
      '人民代表大会第四次会议上',
      '各位代表:',
      '一、过去一年工作回顾',
      '2024年,我们实现地区生产总值440.5亿元、增长5.4%。',
    ];
    for (const text of [lines.join('\n'), lines.join(' ')]) assert.equal(planYear(parseDocument(text)), 2025);
    // Delivered late in a year (at the change of term) it plans the next.
    assert.equal(planYear(parseDocument('2021年12月15日在大邑县第十九届人民代表大会第一次会议上\n一、过去五年工作回顾\n')), 2022);
    // Counter-example: a year-end speech at a work conference is no delivery to a congress.
    assert.equal(planYear(parseDocument('某市经济工作会议讲话\n2024年12月20日在全市经济工作会议上\n2024年,全市经济稳中有进。\n')), 2024);
  });

  it('form 370 flattened: the next year’s sentence after a sentence end; not a plan’s steps by year', () => {
    const text =
      '某市发改局强化项目建设 发布日期:2023-02-17  2022年,该局各项工作圆满完成,实现产值169.3亿元。 2023年,该局将力争新建项目20个。';
    assert.equal(planYear(parseDocument(text)), 2023);
    // `2023年,摸清底数…。2024年,70%以上…达到…目标`: the steps of a three-year plan, no year reported on.
    const steps = '近日,某省印发县域商业三年行动方案。2023年,摸清底数,夯实基础。2024年,70%以上县域达到“基本型”目标。';
    assert.equal(planYear(parseDocument(steps)), 2023);
  });
});

describe('targets: twenty-third blind set forms 383, 384, 403 (611, 615, 616; 2026-12-07)', () => {
  const rows = (text: string) => targetsOf(text).map((t) => `${shownText(t)} ${t.kind} ${t.unitKind}`);

  it('383: MW and its kin are units of energy', () => {
    assert.deepEqual(rows('某市2023年实施方案\n一、发展目标\n到2025年，新增光伏装机容量确保达到120MW，力争达到180MW。\n'), [
      '120MW target energy',
      '180MW target energy',
    ]);
  });

  it('384: an allocation table one cell per line: bare cells under a header naming its unit in brackets, and the sums', () => {
    const cells = [
      '附表',
      '各区光伏任务分配表',
      '序号',
      '区域',
      '新增装机容量（MW）',
      '新增示范工程',
      '1',
      '黄浦区',
      '0.3-0.4',
      '1',
      '2',
      '徐汇区',
      '2-2.6',
      '1',
      '合计',
      '2.3-3',
      '2',
    ];
    const text = `某市2023年实施方案\n一、主要任务\n推进光伏建设。\n${cells.join('\n\n')}\n`;
    const t = targetsOf(text);
    assert.deepEqual(
      t.map((x) => [x.text, x.kind, x.unitKind, x.metric, x.valueMax ?? null]),
      [
        ['0.3-0.4', 'target', 'energy', '黄浦区新增装机容量', 0.4],
        ['1', 'target', 'count', '黄浦区新增示范工程', null],
        ['2-2.6', 'target', 'energy', '徐汇区新增装机容量', 2.6],
        ['1', 'target', 'count', '徐汇区新增示范工程', null],
        ['2.3-3', 'target', 'energy', '新增装机容量合计', 3],
        ['2', 'target', 'count', '新增示范工程合计', null],
      ],
    );
    // Counter-examples: a 序号 table whose header names no unit (a task list), and an indicator table (cellPerLine's, 目标 column).
    const tasks = ['序号', '工作任务', '责任单位', '1', '推进光伏建设', '市交通委', '2', '完善政策', '市发展改革委'];
    assert.deepEqual(rows(`某市2023年实施方案\n一、主要任务\n${tasks.join('\n')}\n`), []);
    const indicator = ['序号', '指标名称', '单位', '属性', '目标', '1', '全员劳动生产率', '万元/人', '预期性', '55左右'];
    assert.deepEqual(rows(`某区“十五五”规划纲要\n一、发展目标\n${indicator.join('\n')}\n`), ['55左右 target other']);
  });

  it('403: bounds glued to the noun they bound (海拔…以上, N户以上自然村, 及以下) are no quantities; a count with 以上 stays', () => {
    assert.deepEqual(
      rows(
        '某省2026年政府工作报告\n一、2026年重点工作\n海拔5000米以上乡镇实现供暖，20户以上自然村通硬化路，关停淘汰10万千瓦及以下燃煤机组。\n',
      ),
      [],
    );
    assert.deepEqual(rows('某省2026年政府工作报告\n一、2026年重点工作\n建成20公里以上绿道，培育10家以上企业。\n'), [
      '20公里以上 target other',
      '10家以上 target count',
    ]);
  });

  it('385, 386: what is already done right after its value, and the basis of a share, are facts in a plan', () => {
    assert.deepEqual(
      rows(
        '某区2024年实施方案\n一、工作目标\n自2020年开展评估以来，城北大居共计25.2平方公里已完成达标评估。2024年，新增4.73平方公里。\n注：建设用地面积按照100.9平方公里计。\n',
      ),
      ['25.2平方公里 baseline area', '4.73平方公里 target area', '100.9平方公里 baseline area'],
    );
    // Counter-examples: a value before 已 that is no deed done (an attribute of the noun counted), a 计 that is no basis.
    assert.deepEqual(rows('某区2024年实施方案\n一、工作目标\n改造提升超5000个已建成自然村的生活污水治理设施。\n'), ['5000个 target count']);
    assert.deepEqual(rows('某区2024年实施方案\n一、工作目标\n新建绿地5平方公里，已开工的项目10个；累计30个计划项目。\n'), [
      '5平方公里 target area',
      '10个 target count',
      '30个 target count',
    ]);
  });

  it('384: an allocation table keyed by years (612’s 表2): each year’s figures are targets of that year, facts before the plan year', () => {
    const cells = [
      '表2 系统方案编制计划表',
      '年份',
      '系统方案编制区域',
      '系统方案编制区域面积（平方公里）',
      '达标评估计划',
      '2023年',
      '城北大居',
      '3.10',
      '2027年',
      '2024年',
      '马陆社区',
      '4.42',
      '2028年',
      '2025年',
      '嘉定工业区1',
      '14.00',
      '2029年',
    ];
    const text = `某区2024年实施方案\n一、主要任务\n编制系统方案。\n${cells.join('\n')}\n`;
    assert.deepEqual(
      targetsOf(text).map((x) => [x.text, x.kind, x.scopeYear ?? null, x.metric]),
      [
        ['3.10', 'baseline', null, '城北大居系统方案编制区域面积'],
        ['4.42', 'target', 2024, '马陆社区系统方案编制区域面积'],
        ['14.00', 'target', 2025, '嘉定工业区1系统方案编制区域面积'],
      ],
    );
  });
});

describe('targets: twenty-fourth blind set forms 412, 413, 420, 422, 430 (617–621; 2026-12-07)', () => {
  const rows = (text: string) => targetsOf(text).map((t) => `${shownText(t)} ${t.kind}`);

  it('412: a task led by its verb that names an earlier year (`编制2025年度…清单`) opens no review', () => {
    const cells = [
      '序号',
      '工作任务',
      '时间进度',
      '责任部门',
      '1',
      '编制2025年度温室气体排放清单',
      '年内完成',
      '生态环境局',
      '2',
      '新建充电桩50个',
      '年内完成',
      '发展改革委',
    ];
    const text = `某区2026年重点工作安排\n一、重点任务\n推进节能降碳。\n\n${cells.join('\n\n')}\n`;
    assert.deepEqual(rows(text), ['50个 target']);
    // Counter-example: a part titled by an earlier year is a review.
    assert.deepEqual(rows('某区2026年工作安排\n一、2025年工作回顾\n新建充电桩40个。\n二、2026年工作安排\n新建充电桩50个。\n'), [
      '40个 baseline',
      '50个 target',
    ]);
  });

  it('413: a size a property reaches, before 的 and its noun, says which count; a share of the units after it stays', () => {
    assert.deepEqual(rows('某区2026年工作安排\n一、重点任务\n单体建筑面积达到5000平方米的公共建筑执行绿色建筑标准，新建公共建筑3座。\n'), [
      '3座 target',
    ]);
    assert.deepEqual(rows('某区2026年工作安排\n一、重点任务\n90%以上(含)的乡镇有商贸中心。\n'), ['90%以上 target']);
  });

  it('420: a year’s figures estimated as it closes (`2025年,…预计…顺利实现年度目标任务`) review it; the plan is the next year’s', () => {
    const text = '某网12月25日讯 昨日上午,某区人民代表大会开幕。\n2025年,某区预计地区生产总值增长6.5%左右,顺利实现年度目标任务。\n';
    assert.equal(planYear(parseDocument(text)), 2026);
    assert.deepEqual(rows(text), ['6.5%左右 baseline']);
    // Counter-example: a plan year's sentence that estimates nothing.
    assert.equal(planYear(parseDocument('某区工作要点\n2025年,全区力争地区生产总值增长6.5%左右。\n')), 2025);
  });

  it('422: papers a task handles (`环评报告书`, `环境影响报告表`) do not make a set of measures a report; 430: 克/千克', () => {
    const text =
      '为促进全区经济平稳较快发展,特制定如下政策措施。\n一、提高审批效率\n1.精简手续。环评报告书14个工作日内完成审批,辖区范围内6亩以下(不含6亩)的土地使用转让手续由区级审批。区级财政安排4000万元重大项目前期费。\n';
    assert.deepEqual(rows(text), ['14个工作日 target', '4000万元 target']);
    const t = targetsOf('某省2026年政府工作报告\n一、2026年重点工作\n全省土壤有机质平均含量达到28克/千克。\n');
    assert.deepEqual(
      t.map((x) => [x.text, x.unitKind]),
      [['28克/千克', 'other']],
    );
  });
});

describe('targets: twenty-fourth blind set forms 433, 434 (621; 2026-12-07)', () => {
  it('433: 压减/削减 by a percentage is a fall (growth), and no part of the metric', () => {
    const t = targetsOf(
      '某省2026年政府工作报告\n一、2026年重点工作\n省级一般性支出压减22.3%，三公经费再压减3%左右，一般性支出压减至100亿元。\n',
    );
    assert.deepEqual(
      t.map((x) => [shownText(x), x.measure, x.metric]),
      [
        ['22.3%', 'growth', '省级一般性支出'],
        ['3%左右', 'growth', '三公经费'],
        ['100亿元', 'level', '一般性支出'],
      ],
    );
  });

  it('434: in a review, the margin a result beat its target by (`优于国家考核目标14.6个百分点`) is a fact; in a plan it is a target', () => {
    assert.deepEqual(shownKinds('某省2026年政府工作报告\n一、2025年工作回顾\n国考断面水质优良比例优于国家考核目标14.6个百分点。\n'), [
      '14.6个百分点 baseline',
    ]);
    assert.deepEqual(shownKinds('某省2026年工作要点\n一、主要目标\n水质优良比例力争优于国家考核目标2个百分点。\n'), ['2个百分点 target']);
  });
});

describe('targets: twenty-fifth blind set form 450 (625; 2026-12-07)', () => {
  it('a bound before the noun a count then counts (`2000万以上工业增长点7个`) is no quantity; a bound at its clause’s end stays', () => {
    assert.deepEqual(
      shownKinds('某区2025年工作计划\n一、主要预期目标\n实现新增产值2000万以上工业增长点7个；500万元以上工业技改项目10个。\n'),
      ['7个 target', '10个 target'],
    );
    assert.deepEqual(shownKinds('某区2025年工作计划\n一、主要预期目标\n工业投资增长10%以上，技改投资500万元以上。\n'), [
      '10%以上 target',
      '500万元以上 target',
    ]);
  });
});

describe('targets: twenty-fifth blind set forms 443, 461, 462 (624, 628; 2026-12-07)', () => {
  it('461: the value of a target restated before 的目标 is a target; a bound before 的 and a noun stays a bound', () => {
    assert.deepEqual(
      shownKinds('某省2026年政府工作报告\n一、2026年主要目标\n确定4.5%左右的增长目标，城镇新增就业45万人以上的目标，体现就业优先。\n'),
      ['4.5%左右 target', '45万人以上 target'],
    );
    assert.deepEqual(shownKinds('某省2026年政府工作报告\n一、2026年主要目标\n支持年营业收入1000万元以上的企业上市。\n'), []);
  });

  it('462: the layout of a plan’s indicators and tasks (`预期性指标19项`, `18个领域的重点任务`) is no target; 以往 before a target is the years before', () => {
    assert.deepEqual(
      shownKinds(
        '某省2026年政府工作报告\n一、2026年主要目标\n以上共计28项指标，其中预期性指标19项、约束性指标9项。为实现上述指标，安排了18个领域的重点任务，新建项目18个。\n',
      ),
      ['18个 target'],
    );
    assert.deepEqual(shownKinds('某省2026年工作要点\n一、主要目标\n从以往5%左右的增长目标下修，今年增长4.5%左右。\n'), [
      '5%左右 baseline',
      '4.5%左右 target',
    ]);
  });

  it('443: the size of the items counted, in brackets after the count, is no quantity', () => {
    assert.deepEqual(
      shownKinds('某市2024年行动计划\n一、主要目标\n新建特色园20座（区域面积1000平米以上），新建道路3公里（总长度以上游为准）。\n'),
      ['20座 target', '3公里 target'],
    );
  });

  it('445: the staff each unit names for a role (`各成员单位确定1名工作人员为…联络员`) is no target; a count of staff to train stays', () => {
    assert.deepEqual(
      shownKinds('某镇2021年工作方案\n一、组织保障\n各成员单位确定1名工作人员为排查整治工作联络员，全年培训网格员200名。\n'),
      ['200名 target'],
    );
  });
});

describe('targets: twenty-sixth blind set form 471 (629, 630; 2026-12-07)', () => {
  it('`24小时有人值班`, `24小时开放`: open or staffed round the clock, no amount of time; a time limit stays', () => {
    assert.deepEqual(
      shownKinds('某区2026年实施方案\n一、主要任务\n报警信号反馈至24小时有人值班的场所，推动公园24小时开放，问题在24小时内处置完毕。\n'),
      ['24小时 target'],
    );
  });
});

describe('targets: twenty-sixth blind set forms 470 and 472 (629; 2026-12-07)', () => {
  const kinds = (text: string) => targetsOf(text).map((x) => `${x.line}:${shownText(x)} ${x.kind}`);
  it('470: a count in a document’s name (its title line, `附件：…`, the title under a lone `附件`) names it; the quoted task stays', () => {
    assert.deepEqual(
      kinds(
        '2026年某区为40个充电场所加装消防设施实施方案\n\n为完成“为40个充电场所加装消防设施”任务，特制定本方案。\n\n一、工作目标\n\n完成40个场所改造。\n\n附件：2026年某区新建10个公园实施方案\n\n附件1\n\n2026年某区新建10个公园实施方案\n\n新建10个公园。\n',
      ),
      ['2:40个 target', '6:40个 target', '14:10个 target'],
    );
  });
  it('470: counter-examples: a sentence after 附件 or a title-like line in the body with a comma, and a line that does not end with a genre word', () => {
    assert.deepEqual(kinds('某区2026年工作要点\n一、主要任务\n附件\n全年新建10个公园，改造20个小区项目\n新建5个口袋公园\n'), [
      '3:10个 target',
      '3:20个 target',
      '4:5个 target',
    ]);
  });
  it('472: the amount per unit a cost is reckoned at (`每个…建设费用以10万元计`) is no target; the total and `以…为目标` stay', () => {
    assert.deepEqual(
      kinds('某区2026年实施方案\n一、经费保障\n每个场所建设费用以10万元计，共需经费约400万元。全年以10万元计的项目另行安排。\n'),
      ['2:400万元 target', '2:10万元 target'],
    );
  });
});

describe('targets: twenty-seventh blind set form 511 (642; 2026-12-07)', () => {
  const kinds = (text: string) => targetsOf(text).map((x) => `${x.line}:${shownText(x)} ${x.kind}`);
  it('a page of a 总结及计划 that holds only the 总结 (no part heading decides) is a review', () => {
    assert.deepEqual(
      kinds(
        '兴隆镇2019年度工作总结及2020年度工作计划\n\n（六）坚持扮靓面貌。争取120余万元，铺设通信管道2000余米。\n\n（七）坚持改善民生。帮助21个村400余名贫困户享受入股分红。\n',
      ),
      ['2:120余万元 baseline', '2:2000余米 baseline', '4:21个 baseline', '4:400余名 baseline'],
    );
  });
  it('counter-examples: its plan part after the 总结 stays a plan, and so does a plan titled without a review', () => {
    assert.deepEqual(
      kinds(
        '某镇2019年工作总结及2020年工作计划\n\n（一）坚持改善民生。帮助21个村增收。\n\n二、2020年工作计划\n\n（一）力争新建5个村级站点。\n\n（二）完善制度。新建3个站点。\n',
      ),
      ['2:21个 baseline', '6:5个 target', '8:3个 target'],
    );
    assert.deepEqual(kinds('某镇2020年工作计划\n\n（一）坚持改善民生。帮助21个村增收。\n'), ['2:21个 target']);
  });
});

describe('targets: twenty-seventh blind set form 513 (641; 2026-12-07)', () => {
  it('位 counts people (`为444位残疾人`, `院士70位`); a rank, a move in one and a count of digits are no quantities', () => {
    const kinds = (text: string) => targetsOf(text).map((x) => `${shownText(x)} ${x.kind} ${x.unitKind}`);
    assert.deepEqual(
      kinds(
        '某区2026年工作要点\n一、主要任务\n为444位残疾人提供康复指导，新增院士3位。增速居全省第6位，比去年同期提升5位，力争进入全国前10位，保持3位数增长，排名提高了 4 位。\n',
      ),
      ['444位 target people', '3位 target people'],
    );
  });
});

describe('targets: blind forms 442 and 512 (624, 644; 2026-12-07)', () => {
  it('counts in a frame naming what a task works in (把…作为, 在…建设中) are designated stock, facts; a task’s own count stays', () => {
    assert.deepEqual(
      shownKinds(
        '某省2020年工作要点\n一、主要任务\n把助力12个特色产业发展作为主攻方向。在3个核心区域、8个重点区域建设中加大应用。完成12个特色产业标准编制任务。\n',
      ),
      ['12个 baseline', '3个 baseline', '8个 baseline', '12个 target'],
    );
    assert.deepEqual(
      shownKinds('某区2023年工作要点\n一、主要任务\n在45个村选树青年典型，在全市建成3个示范区工作中心，把3项改革落实到位。\n'),
      ['45个 target', '3个 target', '3项 target'],
    );
  });
});

describe('targets: twenty-seventh blind set form 500 (640; 2026-12-07)', () => {
  it('a `一、发展现状` heading of a five-year plan reviews the period before; the plan’s targets stay', () => {
    assert.deepEqual(
      shownKinds(
        '山东省充电基础设施“十四五”发展规划\n\n到2025年,充电站保有量达到8000座以上。\n\n一、发展现状\n\n截至2020年底,全省累计建成充换电站4210座。\n\n二、主要任务\n\n新建充电桩5万台。\n',
      ),
      ['8000座以上 target', '4210座 baseline', '5万台 target'],
    );
  });
});

describe('targets: twenty-seventh blind set forms 490 and 491 (636; 2026-12-07)', () => {
  it('a paragraph that opens with an earlier year and the body it speaks of (`2025年全省商务系统…`) reports that year, to its end', () => {
    const review =
      '2025年全省商务系统坚决贯彻省委决策部署，各项工作亮点纷呈。全省社会消费品零售总额增速首次转正，进出口总值达64.5亿元，增长30.1%，打造8个区域消费IP，举办225场次活动，新增便民店150家，' +
      '网络零售额达155.5亿元，增长30.6%，出口57亿元，增长59.2%，全省商务运行稳中有进，外贸外资结构持续优化，消费市场活力不断增强。';
    assert.deepEqual(
      shownKinds(
        `1月16日，2026年全省商务工作会议召开，总结2025年工作，部署2026年重点任务。\n${review}\n2026年，全省商务系统将力争社会消费品零售总额增长5%。\n`,
      ),
      [
        '64.5亿元 baseline',
        '30.1% baseline',
        '8个 baseline',
        '225场次 baseline',
        '150家 baseline',
        '155.5亿元 baseline',
        '30.6% baseline',
        '57亿元 baseline',
        '59.2% baseline',
        '5% target',
      ],
    );
  });
  it('counter-example: the plan year’s own paragraph (`2026年全省…`) stays a plan', () => {
    assert.deepEqual(shownKinds('某省2026年商务工作要点\n2026年全省商务系统力争进出口总值达到70亿元。\n'), ['70亿元 target']);
  });
});

describe('targets: twenty-seventh blind set form 496 (636; 2026-12-07)', () => {
  it('a count opening a quoted formula of parts joined by + names a scheme; a quoted count alone before its noun, and a list, stay', () => {
    assert.deepEqual(
      shownKinds(
        '某省2026年商务工作要点\n一、主要任务\n构建“1个区域IP引领+10类特色场景”消费体系，打造“5个商圈”，建设“3个示范区、2个园区”。\n',
      ),
      ['3个 target', '2个 target'],
    );
  });
});

describe('targets: twenty-seventh blind set form 494 (635; 2026-12-07)', () => {
  it('`过10亿元项目`: 过 alone before an amount glued to its items bounds them; 通过 and a plain amount stay quantities', () => {
    assert.deepEqual(
      shownKinds(
        '某市2026年招商工作要点\n一、主要任务\n力争全年新招引落地投资过10亿元项目40个以上，通过5亿元项目资金撬动投资，完成投资20亿元。\n',
      ),
      ['40个以上 target', '5亿元 target', '20亿元 target'],
    );
  });
});

describe('targets: twenty-seventh blind set form 492 (635; 2026-12-07)', () => {
  it('a meeting’s paragraph that sums up an earlier year (`会议对2025年…进行了总结复盘。一是…`) reports it; the deployment after stays a plan', () => {
    assert.deepEqual(
      shownKinds(
        '3月9日，市商务局召开全市招商引资工作部署会，总结2025年招商引资工作，部署2026年重点任务。\n会议对2025年招商引资三项重点工作进行了总结复盘。一是考核指标稳中有进，开工到资率稳定在50%以上。\n会议总结了2025年全市外资工作，实际使用外资增长8%。\n会议对2026年工作进行了部署，力争新签约项目100个。\n',
      ),
      ['50%以上 baseline', '8% baseline', '100个 target'],
    );
  });
});

describe('targets: twenty-seventh blind set form 501 (638; 2026-12-07)', () => {
  it('the conditions before `的,分别给予` and every share of a listed support (`100%、75%、50%的财政支持`) are terms, in either script', () => {
    assert.deepEqual(
      shownKinds(
        '某市2019年降低企业成本若干措施\n一、措施\n對畝産稅收在行業平均畝産稅收200%、150%、100%以上的,分別給予繳納城鎮土地使用稅100%、75%、50%的財政支持。对研发投入增长20%以上的，分别给予10%、5%的奖励。全年一般公共预算收入增长8%，税收收入占比提高到75%。\n',
      ),
      ['8% target', '75% target'],
    );
  });
});

describe('targets: twenty-eighth blind set forms 520 and 521 (645, 646; 2026-12-07)', () => {
  it('520: `…局2019年工作总结及2020年工作思路` plans 2020, so the 2019 results are facts; a title with the issuer before a review year too', () => {
    assert.deepEqual(
      shownKinds('中卫市旅游和文化体育广电局2019年工作总结及2020年工作思路\n2019年预计全市接待游客853万人次，同比增长12.2%。\n'),
      ['853万人次 baseline', '12.2% baseline'],
    );
    assert.deepEqual(shownKinds('中卫市旅游和文化体育广电局2019年工作总结\n一、工作开展情况\n接待游客853万人次。\n'), [
      '853万人次 baseline',
    ]);
  });
  it('521: 起 counts events (`生产安全事故42起`, `减少3起`); 起草, 起到 and dates are no counts', () => {
    assert.deepEqual(
      shownKinds(
        '某州2025年应急管理工作计划\n一、目标\n全年生产安全事故控制在40起以内，较上年减少3起，起草3起草案，自2025年1月1日起施行。\n',
      ),
      ['40起以内 target', '3起 target'],
    );
  });
});

describe('targets: twenty-eighth blind set form 530 (648; 2026-12-07)', () => {
  it('a press report of a report: `报告回顾了…的工作` opens its review, `报告提出了2025年…` its plan', () => {
    const zones = (text: string) => targetsOf(text).map((x) => `${shownText(x)} ${x.kind} ${x.zone}`);
    assert.deepEqual(
      zones(
        '1月16日上午，巨野县第十九届人民代表大会第四次会议开幕，县长作2025年政府工作报告。\n报告回顾了过去一年的工作。\n一年来，全县签约项目101个，落地项目74个。\n报告提出了2025年目标任务和重点工作。\n全县力争地区生产总值增长6%。\n',
      ),
      ['101个 baseline review', '74个 baseline review', '6% target plan'],
    );
  });
});

describe('targets: twenty-seventh blind set form 493 (635; 2026-12-07)', () => {
  it('what a meeting asks for (`会议强调，要…`) is the plan, so its counts need no cue; a look back after 会议强调 stays a review', () => {
    assert.deepEqual(
      shownKinds(
        '3月9日，市商务局召开全市招商引资工作部署会，总结2025年招商引资工作，部署2026年重点任务。\n会议对2025年招商引资工作进行了总结复盘。一是指标稳中有进，开工到资率稳定在60%。\n会议强调，过去一年全市落地项目80个。\n会议强调，要以质效提升年作为工作总抓手。一是深化以商招商。依托本地龙头企业绘制图谱，全年联合举办2场合伙人发展大会。\n',
      ),
      ['60% baseline', '80个 baseline', '2场 target'],
    );
  });
});

describe('targets: twenty-seventh blind set form 501, the tax standard (638; 2026-12-07)', () => {
  it('a tax standard a measure sets (`稅額標准下調至1—8元/平方米`) is a term; a tax rate cut a report commits to and a tax total stay', () => {
    assert.deepEqual(
      shownKinds(
        '某市2019年降低企业成本若干措施\n一、措施\n全市城鎮土地使用稅稅額標准下調至1—8元/平方米。工業用地稅額標准爲非工業用地稅額標准的50%左右。将制造业增值税税率降至13%，全年减税降费超过860亿元。\n',
      ),
      ['13% target', '860亿元 target'],
    );
  });
});

describe('measures: changes against a year or a plan, the share of a task done, the share of what follows', () => {
  const measures = (body: string) =>
    extractTargets(parseDocument(['某县2024年上半年工作总结', '一、上半年工作情况', body, ''].join('\n'))).map(
      (t) => `${t.text} ${t.measure}`,
    );
  it('a count or an amount more or fewer than the year or the plan before is a change (growth); 新增, 增加到 and a bare 增加 are levels', () => {
    assert.deepEqual(
      measures(
        '赤字规模比上年增加2300亿元。同比事故起数减少3起。全年引进项目达到25个，比目标任务增加7个。新进规上工业企业16家（调增2家）。',
      ),
      ['2300亿元 growth', '3起 growth', '25个 level', '7个 growth', '16家 level', '2家 growth'],
    );
    assert.deepEqual(measures('新增就业岗位30个。专职人员增加到6人。增加服务网点3个。'), ['30个 level', '6人 level', '3个 level']);
  });
  it('the share of the year’s task done is a share; the task itself (an amount) is a level', () => {
    assert.deepEqual(
      measures(
        '实际到位资金4018万美元，完成年度任务的36.5%。已完成投资13.44億元，佔年度計劃的63.1%。完成国地两税848万元，占全年任务1550万元的55%。',
      ),
      ['4018万美元 level', '36.5% share', '13.44億元 level', '63.1% share', '848万元 level', '1550万元 level', '55% share'],
    );
    // Not a task: the share of an investment is no task done.
    assert.deepEqual(measures('其中制造业投资完成投资总额的40%。'), ['40% level']);
  });
  it('a percentage before 的 and a noun is the share of what the noun names; not before a rate or a target', () => {
    assert.deepEqual(measures('成华区50%的城市社区建成完整社区。全省90%以上(含)的乡镇有便民商店。'), ['50% share', '90%以上 share']);
    assert.deepEqual(measures('全区经济保持8%的增速。城镇化水平达到65%的目标。'), ['8% level', '65% level']);
  });
});

describe('zones and measures: twenty-ninth blind set forms 560 and 561 (653; 2026-12-07)', () => {
  const under = (heading: string) =>
    shownKinds(`${heading}\n（一）全市城镇新增就业66130人，资金1.11亿元。\n二、2026年工作计划\n（一）新增就业5万人。\n`);
  it('the results of the work (`主要工作成效`) make a review heading whatever plan word it holds; a task that builds on them does not', () => {
    for (const h of ['一、2025年重要工作举措、主要工作成效', '一、主要工作成效', '一、2025年工作及成效'])
      assert.deepEqual(under(h), ['66130人 baseline', '1.11亿元 baseline', '5万人 target'], h);
    for (const h of ['一、2026年主要工作', '一、主要工作及目标', '一、巩固创建工作成果', '一、提升监管工作成效', '一、工作成效考核'])
      assert.deepEqual(under(h), ['66130人 target', '1.11亿元 target', '5万人 target'], h);
  });
  it('`完成年度目标212%` in a review is the share of the year’s target done, a fact; the target itself named stays one', () => {
    const ts = targetsOf('某局2025年工作总结\n一、2025年工作情况\n全年发放贷款4.67亿元，完成年度目标212%，年度目标增速8%。\n');
    assert.deepEqual(
      ts.map((t) => `${t.text} ${t.kind} ${t.measure}`),
      ['4.67亿元 baseline level', '212% baseline share', '8% target growth'],
    );
  });
});

describe('units: twenty-ninth blind set forms 544 and 545 (651, 652; 2026-12-07)', () => {
  const units = (body: string) =>
    targetsOf(`某县林业局2024年工作要点\n一、主要目标\n${body}\n`).map((t) => `${t.text} ${t.unit} ${t.unitKind}`);
  it('a rate per area with blanks around its `/` (`0.045 次/ 万公顷`) is one compound unit; a list mark after a count is none', () => {
    assert.deepEqual(units('森林火灾发生率控制在0.045 次/ 万公顷以内，巡查2次/年，补植200株 / 万亩。'), [
      '0.045 次/ 万公顷以内 次/万公顷 other',
      '2次/年 次/年 other',
      '200株 / 万亩 株/万亩 other',
    ]);
    assert.deepEqual(units('完成5次、/6次。'), ['5次 次 count', '6次 次 count']);
  });
  it('块 after a number is a count (`修建宣传牌4块`, `14块绿地`); without a digit it is no quantity (`一块儿`, `板块`)', () => {
    assert.deepEqual(units('修建宣传牌4块，建设14块绿地。一块儿推进板块建设。'), ['4块 块 count', '14块 块 count']);
  });
});

describe('units: blind form 513, 平 and 面 (642; 2026-12-07)', () => {
  const rows = (body: string) =>
    targetsOf(`某镇2020年工作计划\n一、重点工作\n${body}\n`).map((t) => `${t.text} ${t.unitKind} [${t.metric}]`);
  it('平 (平方米 as spoken) and 面 count before a mark; the next value glued to a count names nothing', () => {
    assert.deepEqual(rows('提升新建大型会议室2处1500余平，更换和维修破损房门30余面。'), [
      '2处 count [大型会议室]',
      '1500余平 area [大型会议室]',
      '30余面 count [更换和维修破损房门]',
    ]);
  });
  it('not in a word that starts with the character (`3平台`, `5面向`, `2平均`), nor 平方米 read short', () => {
    assert.deepEqual(rows('建设3平台，推动5面向，保持2平均。'), []);
    assert.deepEqual(rows('新建厂房3000平方米，绿化80平米。'), ['3000平方米 area [厂房]', '80平米 area [绿化]']);
  });
});

describe('targets: thirtieth blind set forms 623 and 642 (667, 673; 2026-12-07)', () => {
  const rows = (body: string) => targetsOf(`县交通运输局2024年度工作计划\n一、重点工作\n${body}\n`).map((t) => `${t.text} ${t.unitKind}`);
  it('片 counts pitches before a mark (`市民运动球场8片、`); not 片区 or 芯片', () => {
    assert.deepEqual(rows('新建市民运动球场8片、长者运动健康之家2个，打造3片区。'), ['8片 count', '2个 count']);
  });
  it('a time right before the words of a circle names a scheme (`30 分钟城市` / `交通圈`), not a duration; a time limit stays', () => {
    assert.deepEqual(rows('开展30 分钟城市\n交通圈的调研，打造15分钟便民生活圈，通勤时间缩短至30分钟以内。'), ['30分钟以内 time']);
  });
});

describe('metric names: thirtieth blind set form 624 (665)', () => {
  it('拟 and its verb at a clause’s head are no part of the name (`拟安排地方政府专项债券4.4万亿元`); a noun that opens with 拟 keeps it', () => {
    const names = targetsOf(
      '2026年政府工作报告\n二、2026年工作安排\n拟发行超长期特别国债1.3万亿元，拟安排地方政府专项债券4.4万亿元，新开工拟建项目30个。\n',
    ).map((t) => `${t.text} [${t.metric}]`);
    assert.deepEqual(names, ['1.3万亿元 [超长期特别国债]', '4.4万亿元 [地方政府专项债券]', '30个 [拟建项目]']);
  });
});

describe('metric names: blind form 532 (649)', () => {
  it('the commitment word after a count (`1000家目标任务`) names nothing: the noun before it does; a noun after a count still wins', () => {
    const names = targetsOf('某镇2024年工作要点\n一、主要目标\n确保完成税收9亿元、新设企业1000家目标任务。完成200家农家店改造。\n').map(
      (t) => `${t.text} [${t.metric}]`,
    );
    assert.deepEqual(names, ['9亿元 [税收]', '1000家 [企业]', '200家 [农家店]']);
  });
});

describe('plan year: thirty-first blind set form 680 (682)', () => {
  it('a title naming a year’s results, then the next year (`2025年“成绩单”与2026年“新目标”`), plans the next year', () => {
    const text = (title: string) => `${title}\n一、2025年·回望:六组数据看“收官”\n全年实现地区生产总值167.83亿元,增长5%。\n`;
    const title = '【聚焦两会】数读政府工作报告:一图读懂景谷2025年“成绩单”与2026年“新目标”';
    assert.equal(planYear(parseDocument(text(title))), 2026);
    assert.deepEqual(shownKinds(text(title)), ['167.83亿元 baseline', '5% baseline']);
    assert.equal(planYear(parseDocument(text('某县2025年目标任务完成情况与2026年工作打算'))), 2026);
    // Counter-examples: a period, one year, two years with no results between, years not consecutive.
    assert.equal(planYear(parseDocument(text('某县2023—2025年行动计划'))), 2023);
    assert.equal(planYear(parseDocument(text('某县2025年工作要点'))), 2025);
    assert.equal(planYear(parseDocument(text('某县2025年与2026年重点项目工作方案'))), 2025);
    assert.equal(planYear(parseDocument(text('数读政府工作报告:2023年成绩单与2026年目标'))), 2023);
  });
});

describe('targets: thirty-first blind set forms 663, 664 and 681 (677, 675, 680)', () => {
  const rows = (body: string) => shownKinds(`某县2025年工作计划\n一、重点工作\n${body}\n`);
  it('a span of time alone in quotes opening a list item before a noun names it (`、“15分钟”托育服务`); a service time listed in quotes and a quoted share stay', () => {
    assert.deepEqual(rows('推进“高效办成一件事”、“15分钟”托育服务等112项改革任务，做到“2小时响应、24小时办结”，使用率达到“30%”。'), [
      '112项 target',
      '2小时 target',
      '24小时 target',
      '30% target',
    ]);
  });
  it('the standard counted items are brought to (`7个社区办公用房达到800平方米的标准要求`) is no row; the area as the aim or a total stays', () => {
    assert.deepEqual(rows('力争7个社区办公用房达到800平方米的标准要求。'), ['7个 target']);
    assert.deepEqual(rows('社区办公用房面积达到800平方米。全区社区办公用房总面积达到5600平方米。'), [
      '800平方米 target',
      '5600平方米 target',
    ]);
  });
  it('an amount granted per unit (`给予每个项目3-10万元创业资金扶持`) is a measure’s terms; the count supported and a total stay', () => {
    assert.deepEqual(
      rows('在省级给予每个项目3-10万元创业资金扶持的基础上,市级给予1:1创业资金配套。扶持创业项目100个，全年发放创业担保贷款30亿元以上。'),
      ['100个 target', '30亿元以上 target'],
    );
  });
});

describe('metric names: thirty-second blind set form 701 (684)', () => {
  it('the end of a tag before the sentence (`。(牵头单位:水处)地下水…`) is no part of the name; a bracket the name opens stays', () => {
    const names = targetsOf(
      '2025年全市生态环境保护工作要点\n一、主要目标\n饮用水水源地水质达标率保持100%。(牵头单位:水处)地下水国控点位V类水质比例控制在25%以内,细颗粒物(PM2.5)浓度控制在35微克/立方米以下。\n',
    ).map((t) => `${t.text} [${t.metric}]`);
    assert.deepEqual(names, ['100% [饮用水水源地水质达标率]', '25%以内 [地下水国控点位V类水质比例]', '35微克/立方米以下 [细颗粒物浓度]']);
  });
});

describe('targets: thirty-second blind set form 703 (686)', () => {
  it('a count of a 要点’s own points (`落實好25項教育要點`) is the plan’s layout, whatever the verb; a count of tasks to complete stays', () => {
    assert.deepEqual(shownKinds('和顺县2025年教育工作要点\n一、总体要求\n落實好25項教育要點，新建幼儿园3所，完成10项重点任务。\n'), [
      '3所 target',
      '10项 target',
    ]);
    // With the pinyin glosses of a scraped copy (686).
    assert.deepEqual(shownKinds('和顺县2025年教育工作要点\n一、总体要求\n落實(shí)好25項(xiàng)教育要點(diǎn)，新建幼儿园3所。\n'), [
      '3所 target',
    ]);
  });
});

describe('targets: thirty-third blind set forms 710 and 711 (690; 2026-12-08)', () => {
  it('710: a year’s report (`…2025年法治政府建设年度报告`) reviews that year, `一、主要履职情况` too; its plan part is the next year’s', () => {
    const zones = (text: string) => targetsOf(text).map((x) => `${shownText(x)} ${x.kind} ${x.zone}`);
    assert.deepEqual(
      zones(
        '沁水县退役军人事务局2025年法治政府建设年度报告\n一、主要履职情况\n全年开展法律政策宣讲活动2次，地方投资130余万元改造光荣院。\n二、2026年工作计划\n力争新建服务站5个。\n',
      ),
      ['2次 baseline review', '130余万元 baseline review', '5个 target plan'],
    );
    assert.deepEqual(zones('2025年度法治政府建设工作报告\n全年开展法律宣讲20次。\n'), ['20次 baseline review']);
    // Not a 政府工作报告 (it plans its year), and not a heading that checks others’ duties.
    assert.deepEqual(shownKinds('某县2026年政府工作报告\n全年新建服务站5个。\n'), ['5个 target']);
    assert.deepEqual(shownKinds('某县2025年度政府工作报告\n全年新建服务站5个。\n'), ['5个 target']);
    assert.deepEqual(zones('某局2025年工作要点\n一、加强代表履职情况监督\n全年开展督查4次。\n'), ['4次 target plan']);
  });
  it('711: 册 counts volumes (`法律法规200余册`); 手册 and 第3册 are no counts', () => {
    assert.deepEqual(shownKinds('某局2025年工作要点\n一、重点任务\n发放法律法规200余册，编印宣传手册，修订第3册教材。\n'), [
      '200余册 target',
    ]);
  });
});

describe('targets: thirty-third blind set form 723 (696; 2026-12-08)', () => {
  it('`3人制篮球场` names a kind of court, no count of people; the courts counted after it and people before 制度 stay', () => {
    assert.deepEqual(
      targetsOf('黔东南州2025年十件民生实事\n一、实事\n新建社区健身路径或3人制篮球场20个，培训农民工3000人。\n').map(
        (t) => `${shownText(t)} [${t.metric}]`,
      ),
      ['20个 [社区健身路径或3人制篮球场]', '3000人 [农民工]'],
    );
  });
});

describe('targets: thirty-third blind set form 722 (696; 2026-12-08)', () => {
  it('a press report of a report: `报告明确,今年将…办好…` opens the plan, so its list’s counts need no cue; a look back stays a review', () => {
    const zones = (text: string) => targetsOf(text).map((x) => `${shownText(x)} ${x.kind} ${x.zone}`);
    const lead = '1月31日上午,某州第十五届人民代表大会第四次会议开幕。州长代表州人民政府向大会作政府工作报告。\n';
    assert.deepEqual(zones(`${lead}报告明确,今年将继续扎实办好“十件民生实事”。\n(一)\n为全州7万名妇女免费做宫颈癌筛查。\n`), [
      '7万名 target plan',
    ]);
    assert.deepEqual(
      zones(`${lead}报告回顾了过去一年的工作。\n全州新增就业3万人。\n报告明确,今年以来全州签约项目12个。\n`).map((r) => r.split(' ')[1]),
      ['baseline', 'baseline'],
    );
  });
});

describe('metric names keep the quotation marks the text writes in them (2026-12-08)', () => {
  const names = (text: string) => targetsOf(text).map((t) => `${shownText(t)} [${t.metric}]`);
  it('inside the name, around a name quoted whole, and a count’s noun after it', () => {
    assert.deepEqual(
      names(
        '某市2026年商务工作要点\n一、主要目标\n新增专精特新“小巨人”企业10家，培育“税银贷”12亿元，树立10家“走出去”先进企业，完成“批而未供”“供而未用”工业用地清理1000亩。\n',
      ),
      ['10家 [专精特新“小巨人”企业]', '12亿元 [“税银贷”]', '10家 [“走出去”先进企业]', '1000亩 [“批而未供”“供而未用”工业用地清理]'],
    );
  });
  it('counter-examples: marks outside the name stay out; a name without marks and a mark that pairs with nothing are as before', () => {
    assert.deepEqual(
      names('某市2026年工作要点\n一、主要目标\n实施“十大工程”，地区生产总值增长6%，围绕“两个确保”，进出口总额达到500亿元。\n'),
      ['6% [地区生产总值]', '500亿元 [进出口总额]'],
    );
    assert.deepEqual(names('某市2026年工作要点\n一、主要目标\n开展“小巨人企业培育，新增企业10家。\n'), ['10家 [企业]']);
  });
});

describe('metric names: thirty-third blind set form 713 (689; 2026-12-08)', () => {
  it('words after a count that open with 并 are the next clause, no noun: the name is before the count; 并购 and 并网 are nouns', () => {
    const names = (text: string) => targetsOf(text).map((t) => `${shownText(t)} [${t.metric}]`);
    assert.deepEqual(names('某局2025年工作总结\n一、工作情况\n评查案卷683件并整改问题24条，建成老年助餐点3897个并有序开放。\n'), [
      '683件 [评查案卷]',
      '24条 [整改问题]',
      '3897个 [老年助餐点]',
    ]);
    assert.deepEqual(names('某局2025年工作要点\n一、重点任务\n完成10起并购重组，建成5个并网光伏电站。\n'), [
      '10起 [并购重组]',
      '5个 [并网光伏电站]',
    ]);
  });
});

describe('targets: thirty-fourth blind set forms 731 and 733 (699; 2026-12-08)', () => {
  const zones = (text: string) => targetsOf(text).map((x) => `${shownText(x)} ${x.kind} ${x.zone}`);
  it('731: a paragraph opening with a part of the year over (`一季度,`, `1-2月,`) and comparing it (同比) reports its results', () => {
    assert.deepEqual(zones('一季度,全区完成固定资产投资25.36亿元,同比增长16.3%。\n全年新建项目20个。\n'), [
      '25.36亿元 baseline review',
      '16.3% baseline review',
      '20个 target plan',
    ]);
    // Counter-examples: a schedule compares nothing; a commitment for the quarter looks ahead.
    assert.deepEqual(zones('某区2025年工作计划\n一季度,完成项目储备20个。\n上半年,力争固定资产投资同比增长10%。\n'), [
      '20个 target plan',
      '10% target plan',
    ]);
  });
  it('733: `下一步,…将` after a review opens the plan', () => {
    assert.deepEqual(zones('今年以来,全区签约项目12个。\n下一步,发改局将推动57个未开工项目按时序开工。\n'), [
      '12个 baseline review',
      '57个 target plan',
    ]);
  });
});

describe('targets: thirty-fourth blind set form 734 (699; 2026-12-08)', () => {
  it('a capacity in a project’s name, before the count after 等 that sums the projects up, is the name; a capacity ending its clause stays', () => {
    assert.deepEqual(
      shownKinds(
        '某区2025年项目建设工作计划\n一、重点任务\n推动34万千瓦保障性风电等57个项目开工，加快国能宁湘直流150万千瓦风光同场、中航公路特色旅游等85个在建项目建设。\n',
      ),
      ['57个 target', '85个 target'],
    );
    assert.deepEqual(
      shownKinds(
        '某省2026年工作要点\n一、主要目标\n电力总装机1.27亿千瓦，山阳、勉县等6个抽水蓄能项目核准建设，新建300万千瓦光伏等3个项目。\n',
      ),
      ['1.27亿千瓦 target', '6个 target', '300万千瓦 target', '3个 target'],
    );
  });
});

describe('targets: thirty-fourth blind set form 730 (697, 698; 2026-12-08)', () => {
  it('`6000个亿元以上项目` counts projects of a class; the spoken `4.9个亿` and `50个亿元` at a clause’s end stay amounts', () => {
    const rows = (text: string) => targetsOf(text).map((t) => `${shownText(t)} ${t.unitKind}`);
    assert.deepEqual(
      rows('某省2025年重点工作\n一、扩大有效投资\n加快推进300个省级重大项目、6000个亿元以上项目建设，推进220个亿元及以上产业项目开工。\n'),
      ['300个 count', '6000个 count', '220个 count'],
    );
    assert.deepEqual(rows('某县2025年工作计划\n一、招商引资\n完成投资4.9个亿，引资50个亿元。\n'), ['4.9个亿 money', '50个亿元 money']);
  });
});

describe('targets: blind forms 712 and 741, the parts of a quoted formula of counts (688, 708; 2026-12-08)', () => {
  it('counts spelling out `“2+4+2”` (each after a 、-list of as many items) and a count in the bracket that glosses `“3+6+2+1”` are its layout', () => {
    assert.deepEqual(
      shownKinds(
        '某市2025年数字经济行动计划\n一、主要目标\n巩固提升电子信息、光伏制造2个优势数字产业,聚力培育机器人、软件、跨境电商、数字视听4个数字技术应用产业,加快发展算力、数据2个数字支撑产业,构建“2+4+2”数字产业体系。营业收入超3000亿元。\n',
      ),
      ['3000亿元 target'],
    );
    assert.deepEqual(
      shownKinds(
        '某局2025年工作计划\n一、重点工作\n综合窗口调整为“3+6+2+1”新布局(即3大主题类综合窗口、6大行业类综合窗口、2大无差别综合窗口、1个便民服务专区)。新增窗口12个。\n',
      ),
      ['12个 target'],
    );
  });
  it('counter-examples: a count that is no part of the formula, and counts of commitments without their lists', () => {
    assert.deepEqual(shownKinds('某市2025年工作要点\n一、重点任务\n新增专精特新企业5家,构建“1+N”服务体系。\n'), ['5家 target']);
    assert.deepEqual(shownKinds('某市2025年工作要点\n一、重点任务\n新建3个园区、1个中心,形成“3+1”发展格局。\n'), [
      '3个 target',
      '1个 target',
    ]);
  });
});

describe('metric names: thirty-fourth blind set form 742 (707; 2026-12-08)', () => {
  it('the 及 of a word (`普及率`) joins no list; 及 between items still does', () => {
    const names = (text: string) => targetsOf(text).map((t) => `${shownText(t)} [${t.metric}]`);
    assert.deepEqual(names('某区2027年工作方案\n一、主要目标\n数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%。\n'), [
      '90% [数字化研发设计工具普及率]',
      '75% [关键工序数控化率]',
    ]);
    assert.deepEqual(names('某区2027年工作方案\n一、主要目标\n卫生户厕普及率、自来水普及率以及燃气普及率分别达到99%、95%、90%。\n'), [
      '99% [卫生户厕普及率]',
      '95% [自来水普及率]',
      '90% [燃气普及率]',
    ]);
  });
});

describe('flattened copies', () => {
  /** Each target of a text as `shown text kind`, the text as written and flattened (its lines joined with a blank). */
  const bothForms = (lines: readonly string[]) => [lines.join('\n'), lines.join(' ')].map((t) => shownKinds(t));

  it('the title after a site’s menu (no title at the line’s start) gives the plan year and the genre, as the lines as written do', () => {
    // 682 flattened: the title names 2025’s results and then 2026, so 2025’s review is a review and its figures facts.
    const report = [
      '求助平台 辟谣举报 违法和不良信息举报',
      '某县发布微信公众号 某县融媒抖音号 某县融媒快手号',
      '当前位置: 首页 >> 时政 >> 要闻',
      '【聚焦两会】数读政府工作报告:一图读懂某县2025年“成绩单”与2026年“新目标”',
      '来源:县融媒体中心综合报道 时间:2026-02-26 阅读:',
      '2月26日上午,某县第十八届人民代表大会第六次会议开幕。代理县长所作的政府工作报告,用一串串扎实的数据,记录下奋斗成果。',
      '一、2025年·回望:六组数据看“收官”',
      '167.83亿元——经济总量稳步提升',
      '全年实现地区生产总值167.83亿元,增长5%,高质量发展迈出坚实步伐。',
    ];
    assert.equal(planYear(parseDocument(report.join(' '))), 2026);
    const [written, flattened] = bothForms(report);
    assert.deepEqual(flattened, written);
    assert.ok(
      flattened.every((r) => r.endsWith(' baseline')),
      flattened.join(', '),
    );
    // 642 flattened: a menu, then a title that reviews a year and plans the next: the text before its plan part reviews.
    const combined = [
      '导航菜单',
      '(某县)某镇2019年度工作总结及2020年度工作计划',
      '乡村百科--为乡村振兴助力',
      '围绕互联网小镇的发展定位,突出“互联网+”元素对驻地进行整体提升,对大院进行整体改色,设置特色标识,建造电商商业街,提升镇驻地对外整体形象。争取120余万元,实施弱电入地工程,铺设通信管道2000余米,清理主要道路和政府大院电力及通信线路,完善提高办公条件。',
      '扎实推进高标准基本农田整治,重点对东南管区的土地进行土地平整、田间道路改造等,打造集观光、采摘于一体的现代农业园区。',
    ];
    assert.equal(planYear(parseDocument(combined.join(' '))), 2020);
    assert.deepEqual(bothForms(combined)[1], ['120余万元 baseline', '2000余米 baseline']);
  });

  it('a news report’s `报告回顾了2024年的工作,过去一年,…` (648 flattened, no title line): the year reviewed, so the plan’s is the next', () => {
    const lines = [
      '今日特推: 某市十三届人大四次会议开幕 搜索: 您的位置: 主页 > 高层 > 正文',
      '某县第十九届人民代表大会第四次会议开幕',
      '浏览: 来源:某某传媒网',
      '某某传媒网:1月16日上午,某县第十九届人民代表大会第四次会议开幕。县长代表县人民政府向大会作政府工作报告。',
      '报告回顾了2024年的工作,过去一年,全县经济社会高质量发展迈出坚实步伐。',
      '2024年,预计实现地区生产总值478亿元,增长6.8%;完成一般公共预算收入36.7亿元,增长4.1%。',
      '报告提出了2025年目标任务和重点工作。',
    ];
    assert.equal(planYear(parseDocument(lines.join(' '))), 2025);
    assert.deepEqual(shownKinds(lines.join(' ')), ['478亿元 baseline', '6.8% baseline', '36.7亿元 baseline', '4.1% baseline']);
    // Counter-example: a year named for itself before it (`2025年是…`) is still the plan’s.
    assert.equal(planYear(parseDocument(`2025年是攻坚之年。${lines.slice(4).join(' ')}`)), 2025);
  });

  it('a column’s header joined into the line (`落实情况 正在推进中:`, 583 flattened) opens its part over the headings that decide nothing', () => {
    const rows = [
      '牵头部门:市发展改革委',
      '落实情况',
      '正在推进中:',
      '一、市发展改革委加大经济形势分析力度,及时提出对策建议,大力推进重大项目建设,安排282个市重大投资项目,每月定期跟踪监测市重大项目最新进展情况。',
      '二、1-5月全市重大项目累计完成投资约377.3亿元,完成年度计划投资的33%;固定资产投资1212.83亿元,增长23.6%,预计上半年仍可保持较快增长势头。',
      '三、今年公布我市万元生产总值能耗下降率为4.94%。目前,正按节能减排工作方案,加强重点用能单位监管。',
    ];
    const [written, flattened] = bothForms(rows);
    assert.deepEqual(flattened, written);
    assert.ok(
      flattened.every((r) => r.endsWith(' baseline')),
      flattened.join(', '),
    );
    // Counter-example: a heading that decides ends it (`四、2026年工作安排`: the plan).
    const decided = [...rows, '四、2026年工作安排', '全市新建重大项目50个,完成投资400亿元。'].join(' ');
    assert.deepEqual(shownKinds(decided).slice(-2), ['50个 target', '400亿元 target']);
    // Counter-example: a sentence that announces the plan (`主要任务如下:`) keeps its headings in the plan.
    const plan = [
      '某局2026年工作要点 主要任务如下:',
      '一、加快重大项目建设,及时提出对策建议,大力推进重大项目建设,安排市重大投资项目282个,每月定期跟踪监测市重大项目最新进展情况。',
      '二、扩大有效投资,全年重大项目完成投资400亿元以上,固定资产投资增长8%,确保一季度开门红、上半年双过半,全年任务圆满完成。',
    ].join(' ');
    assert.ok(
      shownKinds(plan).every((r) => r.endsWith(' target')),
      shownKinds(plan).join(', '),
    );
  });

  it('a sentence starts after its heading’s title that stood alone (605 flattened: the plan year’s projects, in a review, are the year’s plan)', () => {
    const report = [
      '某局2019年上半年的工作总结',
      '',
      '2019年以来,我县重点项目建设工作在县委、县政府的正确领导下,通过认真谋划报项目,及时跟进争项目,强化措施建项目,重点项目建设工作稳步推进,支撑了县域经济持续健康发展。现将具体情况汇报如下:',
      '',
      '一、重点项目建设进展情况',
      '',
      '(一)省、市级重点项目完成情况',
      '',
      '2019年全县省级重点项目4个,总投资272.8亿元,年度计划投资21.3亿元。截止6月底,已完成投资13.44亿元,占年度计划的63.1%。',
    ];
    const [written, flattened] = bothForms(report);
    assert.deepEqual(flattened, written);
    assert.deepEqual(flattened.slice(0, 3), ['4个 target', '272.8亿元 target', '21.3亿元 target']);
    // The year plan's parts after 其中 (form 343) read their plan clause under the same heading, not back over it.
    const county = [
      ...report,
      '',
      '(二)县级重点项目完成情况',
      '',
      '2019年全县共安排重点建设项目85个,年度计划投资105.53亿元。其中新建项目51个,年度计划投资43.1亿元;续建项目34个,年度计划投资62.43亿元;51个新建项目已开工建设42个。',
    ];
    const [countyWritten, countyFlattened] = bothForms(county);
    assert.deepEqual(countyFlattened, countyWritten);
    assert.deepEqual(countyFlattened.slice(-8, -2), [
      '85个 target',
      '105.53亿元 target',
      '51个 target',
      '43.1亿元 target',
      '34个 target',
      '62.43亿元 target',
    ]);
    // Counter-example: after a sentence of results (no plan's words), 其中 reports results.
    const done = county.map((l) => l.replace('年度计划投资105.53亿元。其中', '已完成投资55.3亿元。其中'));
    assert.deepEqual(bothForms(done)[1].slice(-7, -4), ['55.3亿元 baseline', '51个 baseline', '43.1亿元 baseline']);
    const sentences = (text: string) => targetsOf(text).map((t) => text.slice(t.sentenceStart, t.sentenceEnd).trim().slice(0, 8));
    assert.deepEqual(sentences(report.join(' ')).slice(0, 3), ['2019年全县省', '2019年全县省', '2019年全县省']);
    // Counter-example: a title that ran on into its text as written (`(四)、粮食生产:2011年…`) keeps its marker in the sentence.
    const runOn = `${report.slice(0, 5).join(' ')} (四)、粮食生产:2011年全乡小麦种植面积5万亩,亩产450公斤。 ${'x'.repeat(60)}`;
    assert.deepEqual(sentences(runOn), ['(四)、粮食生产', '(四)、粮食生产']);
    // Counter-example: a long title cut at a blank inside its sentence (`…、义务植树 112.6万株。`) is no title that stood alone.
    const cut = `${report.slice(0, 5).join(' ')} 二、主要目标任务2024年计划完成油茶新造1.2万亩、油茶低改3.0万亩、义务植树 112.6万株。`;
    assert.ok(
      targetsOf(cut).some((t) => shownText(t) === '112.6万株' && t.metric === '义务植树'),
      targetsOf(cut)
        .map((t) => `${shownText(t)} [${t.metric}]`)
        .join(', '),
    );
  });

  it('a short line between empty lines (`…进展情况表  序号  内容与要求  进展情况  责任单位  1  …`, 384) opens its part as the line as written does', () => {
    const table = [
      '当前位置:首页',
      '> 政务公开 > 工作报告',
      '',
      '市政府2020年重点工作(预下达)一季度进展情况表',
      '',
      '序号',
      '',
      '内容与要求',
      '',
      '进展情况',
      '',
      '责任单位',
      '',
      '1',
      '',
      '坚持“稳开稳走,提质提效”的总体态势,加强季度、月度数据监测。',
      '',
      '1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点,居全省第6位;民间项目投资同比下降26.8%、交通投资同比下降4.8%。',
      '',
      '市发改委',
      '',
      '2',
      '',
      '加快推进重大项目建设,确保项目按期开工。',
      '',
      '1-2月,全市新开工项目23个,完成投资56.3亿元,同比下降8.2%。',
      '',
      '市发改委',
    ];
    const [written, flattened] = bothForms(table);
    assert.deepEqual(flattened, written);
    assert.ok(
      flattened.every((r) => r.endsWith(' baseline')),
      flattened.join(', '),
    );
    // Counter-example: joined with one blank each (no empty lines), a short run between blanks is no line of its own. (Without the
    // `1-2月,` openers: a part of the year over that compares its figures reports its results whatever the line, form 731.)
    const single = table
      .filter((l) => l !== '')
      .join(' ')
      .replace(/1-2月,/g, '');
    assert.ok(
      shownKinds(single).some((r) => r.endsWith(' target')),
      shownKinds(single).join(', '),
    );
    // Counter-example: a short line that names no part (`责任单位`) opens nothing.
    const none = table
      .map((l) => (l === '进展情况' ? '责任部门' : l))
      .join(' ')
      .replace(/1-2月,/g, '');
    assert.deepEqual(shownKinds(none), shownKinds(single));
  });

  it('a paragraph about last year at the copy’s end (`这一年,…更加优良。全年民生支出104.2亿元,…`, 507) goes on to the line’s end', () => {
    const news = [
      '1月4日,某县十二届人大四次会议开幕,代理县长作政府工作报告。报告指出,全县经济社会发展态势良好,各项事业全面进步,人民群众获得感持续增强。',
      '2024年,全县地区生产总值增长10%左右,规上工业产值增长28%,总量全省县域第一。双凤经开区入选国家级“绿色工业园区”,全市唯一。',
      '这一年,某县发展环境更加优良。全年民生支出104.2亿元,占一般公共预算支出86.2%。竣工交付安置房92.5万平方米,5900户群众喜迁新居。',
    ];
    const [written, flattened] = bothForms(news).map((rows) => rows.slice(-4));
    assert.deepEqual(flattened, written);
    assert.deepEqual(flattened, ['104.2亿元 baseline', '86.2% baseline', '92.5万平方米 baseline', '5900户 baseline']);
    // Counter-example: joined with no blank at all, no paragraph end is known: a sentence after `这一年,…` that looks ahead
    // is read on its own, as before.
    const glued = [...news.slice(0, 2), '这一年,某县发展环境更加优良。今年,全县将新增就业5000人。'].join('');
    assert.deepEqual(shownKinds(glued).slice(-1), ['5000人 target']);
  });

  it('counter-examples: a sentence naming a plan is no title; a title at the line’s start is still the one read', () => {
    // A notice’s sentence that names the plan it issues holds commas: no title of the copy, its year not the plan’s.
    const notice = [
      '各县人民政府,市政府各部门:',
      '经市政府同意,现将《某市2023年重点工作实施方案》印发给你们,请结合实际认真贯彻落实。',
      '2022年,全市地区生产总值增长5%,规模以上工业增加值增长6%,完成固定资产投资300亿元,各项工作取得新成效。',
      '一、目标任务',
      '全市地区生产总值增长6%,完成固定资产投资320亿元,新建项目50个。',
    ];
    assert.equal(planYear(parseDocument(notice.join(' '))), planYear(parseDocument(notice.join('\n'))));
    // `2023年工作要点` at the start of the line: flattenedTitle’s, not a later run’s (`某局2019年工作方案`).
    const own = ['某局2023年工作要点  2023年,全局将新建项目20个,完成投资30亿元。', '附:某局2019年工作方案', 'x'.repeat(200)];
    assert.equal(planYear(parseDocument(own.join(' '))), 2023);
  });
});

describe('hard-wrapped copies', () => {
  const REPORT = [
    '某县第十九届人民代表大会第四次会议开幕',
    '1月16日上午,某县第十九届人民代表大会第四次会议开幕。县长代表县人民政府向大会作政府工作报告。',
    '报告回顾了2024年的工作,过去一年,全县在市委、市政府和县委的坚强领导下,在县人大、县政协的监督支持下,真抓实干、争先创优,全县经济社会高质量发展迈出坚实步伐。',
    '2024年,预计实现地区生产总值478亿元,增长6.8%;完成一般公共预算收入36.7亿元,增长4.1%;规模以上固定资产投资增长7.5%;规模以上工业增加值增长8.9%。',
    '报告提出了2025年目标任务和重点工作,全县地区生产总值增长6%左右,一般公共预算收入增长5%。',
  ];
  /** Every line cut every 38 characters (test/unit/scrapeForms.ts). */
  const wrapped = (lines: readonly string[]) => lines.map((l) => (l.match(/.{1,38}/gu) ?? []).join('\n')).join('\n');

  it('a cut piece of a wrapped paragraph (`报告回顾了2024年的工作,…的坚强领` / `导下,…`, 648) is no title: the plan year is read as written', () => {
    const model = parseDocument(wrapped(REPORT));
    assert.ok(model.title?.text.startsWith('报告回顾了2024年'), model.title?.text);
    assert.equal(planYear(model), 2025);
    assert.equal(planYear(parseDocument(REPORT.join('\n'))), 2025);
    // Counter-example: a long title wrapped in two (`…关于印发2023年…分解方案的` / `通知`) holds no comma: it stays the title.
    const notice = [
      '某某县人民政府办公室关于印发2023年县政府重点工作任务分解方案的通知',
      ...REPORT.slice(1, 2),
      '一、目标任务',
      '全县新建项目20个。',
    ];
    assert.equal(planYear(parseDocument(wrapped(notice))), 2023);
  });

  it('an indented paragraph’s first line cut at the width with its indent is wrapped (648): the wrap counted the indent', () => {
    const report = [
      '某县第十九届人民代表大会第四次会议开幕',
      '1月16日上午,某县第十九届人民代表大会第四次会议开幕。县长代表县人民政府向大会作政府工作报告。',
      '报告回顾了2024年的工作,过去一年,全县在市委、市政府和县委的坚强领导下,在县人大、县政协的监督支持下,真抓实干、争先创优,全县经济社会高质量发展迈出坚实步伐,荣获全国县域商业领跑县、全省农业绿色发展先行县、全省水资源集约节约示范县等荣誉称号。',
      '2024年,预计实现地区生产总值478亿元,增长6.8%;完成一般公共预算收入36.7亿元,增长4.1%;规模以上固定资产投资增长7.5%;规模以上工业增加值增长8.9%;实现社会消费品零售总额247亿元,增长6.8%;全体居民人均可支配收入增长6.8%。',
      '报告提出了2025年目标任务和重点工作,全县地区生产总值增长6%左右,一般公共预算收入增长5%。',
      '报告指出,2025年是实施“十四五”规划的收官之年,也是为“十五五”良好开局打牢基础的关键之年,做好今年工作意义重大,全县上下要坚定信心、真抓实干,以更加奋发有为的精神状态,推动全县经济社会高质量发展不断取得新成效,奋力谱写中国式现代化县域实践新篇章。',
      '报告强调,要聚焦产业升级,坚持工业强县不动摇,加快推进新型工业化,培育壮大新兴产业,推动传统产业转型升级,不断增强县域经济综合实力和竞争力;要聚焦乡村振兴,巩固拓展脱贫攻坚成果,发展壮大特色产业,建设宜居宜业和美乡村,让农民群众的获得感、幸福感、安全感更加充实。',
    ];

    const text = wrapped(report.map((l, i) => (i ? `  ${l}` : l)));
    const model = parseDocument(text);
    const wrap = wrapWidth(model);
    assert.equal(wrap?.width, 38);
    // `  报告回顾了2024年的工作,…坚强领导` (two blanks and 36 characters) goes on into `下,…`: so the title search’s pick is a cut piece.
    const first = model.lines.findIndex((l) => text.slice(l.start, l.end).startsWith('  报告回顾了'));
    assert.ok(wrappedLine(model, first, wrap));
    assert.equal(planYear(model), 2025);
    // Counter-examples: an indented line short of the width, or one that closes its sentence, goes on into nothing.
    const short = model.lines.findIndex((l) => text.slice(l.start, l.end).startsWith('  1月16日上午'));
    assert.ok(!wrappedLine(model, short + 1, wrap), text.slice(model.lines[short + 1].start, model.lines[short + 1].end));
    const closed = parseDocument(text.replace('坚强领导\n', '坚强领导。\n'));
    assert.notEqual(closed.text, text);
    assert.ok(!wrappedLine(closed, first, wrapWidth(closed)));
  });

  it('a wrap inside a pinyin gloss (`…會(hu` / `ì)第六次…`, 619) goes on; letters that close no gloss do not', () => {
    // (Each first line of the copy's width.)
    const into = (a: string, b: string) => wrapsInto(a, b, { width: a.length, columns: false });
    assert.ok(into('昨日上午,同安區第十八屆人民代表大會(hu', 'ì)第六次會(huì)議開(kāi)幕,區長作報告。'));
    assert.ok(into('全區地區生產總值增長(zhǎng)6.5%,增長(zh', 'ǎng)12%。'));
    // (A syllable of six letters, cut before its bracket: `創(chuàng` / `)新開展…`, 636.)
    assert.ok(into('首店經濟實現規模化運營。創(chuàng', ')新開展“六進”活動225場次。'));
    // Counter-examples: no gloss open at the cut, or none closed after it.
    assert.ok(!into('全區地區生產總值增長(zhǎng)6.5%,使用PPP', 'ǎng)12%。'));
    assert.ok(!into('昨日上午,同安區第十八屆人民代表大會(hu', 'hello world。'));
  });
});

describe('measures: thirty-third blind set form 724 (694; 2026-12-08)', () => {
  it('a share named again for a later year (`比重2024年达到52%、2025年达到53%`, `比例由21%提升至74%`) is a share; a new metric after it is not', () => {
    const measures = (text: string) => targetsOf(text).map((t) => `${shownText(t)} ${t.measure}`);
    assert.deepEqual(measures('某省2024年行动计划\n一、主要目标\n高新技术产业产值占工业总产值比重2024年达到52%、2025年达到53%。\n'), [
      '52% share',
      '53% share',
    ]);
    assert.deepEqual(measures('某省2026年工作要点\n一、主要目标\n进口商品税目比例由21%提升至74%。\n'), ['21% share', '74% share']);
    assert.deepEqual(measures('某省2026年工作要点\n一、主要目标\n高新技术产业产值占工业总产值比重达到52%，研发投入强度达到3%。\n'), [
      '52% share',
      '3% level',
    ]);
  });
});

describe('metric names: thirty-fourth blind set form 736 (700; 2026-12-08)', () => {
  it('a verb before 率 names a rate (`开工率`), so a 分别 list of short rates splits; `农村危房改造竣工率` stays whole; a verb’s object stays', () => {
    const names = (text: string) => targetsOf(text).map((t) => `${shownText(t)} [${t.metric}]`);
    assert.deepEqual(names('某县2022年招商引资工作方案\n一、目标\n确保项目履约率、开工率、资金到位率分别达到90%、80%、30%以上。\n'), [
      '90% [项目履约率]',
      '80% [开工率]',
      '30%以上 [资金到位率]',
    ]);
    assert.deepEqual(names('某县2026年工作要点\n一、目标\n农村危房改造竣工率达100%，新开工亿元以上项目20个。\n'), [
      '100% [农村危房改造竣工率]',
      '20个 [亿元以上项目]',
    ]);
  });
});

describe('metric names: thirty-fifth blind set form 750 (711, 714; 2026-12-08)', () => {
  it('召开, 兑付 and 拨付 lead the object the value measures; inside a name (`会议召开次数`) or heading a rate (`兑付率`) they stay', () => {
    const names = (text: string) => targetsOf(text).map((t) => `${shownText(t)} [${t.metric}]`);
    assert.deepEqual(
      names(
        '某县2026年政府工作报告\n一、2025年工作回顾\n召开助企纾困办公会8次，兑付“五上”企业奖补资金425万元，拨付救灾资金300万元，兑付率达到100%，会议召开次数12次。\n',
      ),
      ['8次 [助企纾困办公会]', '425万元 [“五上”企业奖补资金]', '300万元 [救灾资金]', '100% [兑付率]', '12次 [会议召开次数]'],
    );
  });
});

describe('metric names: the predicate after a count’s noun (form 750, 711; 2026-12-08)', () => {
  it('建成, 开工, 完工 and 落地 (with their adverb) end the noun after a count; 新开工 is the noun’s attribute', () => {
    const names = (text: string) => targetsOf(text).map((t) => `${shownText(t)} [${t.metric}]`);
    assert.deepEqual(
      names(
        '某县2026年政府工作报告\n一、2025年工作回顾\n推动66个重点项目建成投产，14个市级重点项目已开工，285个计划新开工项目全部开工，30余项试点任务全部落地。\n',
      ),
      ['66个 [重点项目]', '14个 [市级重点项目]', '285个 [计划新开工项目]', '30余项 [试点任务]'],
    );
    // Counter-examples: the noun that starts with the verb (`10个开工项目`) keeps it.
    assert.deepEqual(names('某县2026年工作要点\n一、重点任务\n新增10个开工项目。\n'), ['10个 [开工项目]']);
  });
});
