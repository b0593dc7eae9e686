/** Targets: extraction checked by hand against seeds 002 and 004, precision cases, rule fixtures. */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/parse';
import { extractTargets, planYear, type Target } from '../../server/src/core/facts/targets';
import { breakdowns } from '../../server/src/core/facts/breakdowns';
import { fixtureTests } from './fixtureTests';

const ROOT = path.join(__dirname, '../../..');
const seed = (n: string) =>
  fs.readFileSync(path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(n)) as string), 'utf8');
const row = (t: Target) => `${t.line + 1} ${t.kind} ${t.category} ${t.metric} | ${t.text}`;

describe('targets: extraction', () => {
  it('seed 002 (2007): every target with its metric and value', () => {
    const model = parseDocument(seed('002'));
    assert.equal(planYear(model), 2007);
    assert.deepEqual(extractTargets(model).map(row), [
      '6 target amount 外贸进出口总额 | 8.7亿美元',
      '6 target growth 外贸进出口总额 | 16%',
      '6 target amount 出口 | 5.2亿美元',
      '6 target growth 出口 | 16%',
      '6 target amount 进口 | 3.5亿美元',
      '6 target growth 进口 | 16%',
      '6 target percent 高新技术和机电产品出口比重 | 30%以上',
      '7 target amount 社会消费品零售总额 | 400亿元',
      '7 target growth 社会消费品零售总额 | 15%',
      '7 target count 农家店 | 200家',
      '8 target count 外经项目 | 2个以上',
      '15 baseline percent 农家店建设覆盖面 | 60%',
    ]);
  });

  it('seed 002: parsed values, units, qualifiers and normalised values', () => {
    const [total, growth] = extractTargets(parseDocument(seed('002')));
    assert.deepEqual([total.value, total.unit, total.normalized, total.baseUnit, total.qualifier], [8.7, '亿美元', 870_000_000, 'USD', '']);
    assert.deepEqual([growth.value, growth.unit, growth.normalized], [16, '%', undefined]);
    const over = extractTargets(parseDocument(seed('002'))).find((t) => t.text === '30%以上') as Target;
    assert.equal(over.qualifier, '以上');
  });

  it('seed 004 (2006): the headline targets of the first copy', () => {
    const model = parseDocument(seed('004'));
    assert.equal(planYear(model), 2006);
    const first = extractTargets(model).filter((t) => t.line === 3);
    assert.deepEqual(
      first.map((t) => `${t.metric}=${t.text}`),
      [
        '进出口=900亿美元',
        '进出口=18%',
        '出口=540亿美元',
        '出口=16%',
        '进口=360亿美元',
        '进口=20%',
        '合同利用外资=300亿美元',
        '实际利用外商直接投资=90亿美元',
        '实际利用外商直接投资=100亿美元',
        '新批境外投资企业=170家',
        '中方协议投资=1.3亿美元',
        '对外承包劳务营业额=20亿美元',
        '新签合同额=18亿美元',
        '外派劳务=3.8万人',
      ],
    );
    const labour = first[first.length - 1];
    assert.deepEqual([labour.value, labour.unit, labour.normalized, labour.baseUnit], [3.8, '万人', 38_000, '人']);
    const range = extractTargets(model).find((t) => t.text === '30—50个') as Target;
    assert.deepEqual([range.value, range.valueMax, range.unit, range.rangeMark], [30, 50, '个', '—']);
  });

  it('breakdowns after 其中 add up in seeds 002 and 004', () => {
    for (const [n, total, parts] of [
      ['002', '8.7亿美元', '5.2亿美元+3.5亿美元'],
      ['004', '900亿美元', '540亿美元+360亿美元'],
    ]) {
      const text = seed(n);
      const b = breakdowns(text, extractTargets(parseDocument(text)))[0];
      assert.equal(b.total.text, total);
      assert.equal(b.parts.map((p) => p.text).join('+'), parts);
      assert.ok(b.ok && b.exhaustive);
    }
  });

  it('a 其中 aside after 、 ends with its clause: the values after the comma are the next tasks (twenty-third blind set, form 400)', () => {
    const sums = (text: string) =>
      breakdowns(text, extractTargets(parseDocument(text))).map((b) => `${b.total.text}=${b.parts.map((p) => p.text).join('+')} ${b.ok}`);
    const doc = (body: string) => `某自治区2026年政府工作报告\n二、2026年主要目标任务\n${body}\n`;
    // 615:30: one part (43万亩 of 148万亩), then two tasks of their own.
    assert.deepEqual(sums(doc('新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩，治理水土流失23万亩。')), []);
    // Parts joined by 、 inside the aside still add up (and are checked).
    assert.deepEqual(sums(doc('完成投资100亿元、其中工业投资60亿元、民间投资50亿元，新建项目20个。')), ['100亿元=60亿元+50亿元 false']);
    // After `，其中，` the parts run on past the commas.
    assert.deepEqual(sums(doc('进出口900亿美元，其中，出口540亿美元，进口360亿美元。')), ['900亿美元=540亿美元+360亿美元 true']);
    assert.deepEqual(sums(doc('进出口900亿美元，其中，出口640亿美元，进口360亿美元。')), ['900亿美元=640亿美元+360亿美元 false']);
  });

  it('seed 000: 2005年 facts are baselines, the 2006 growth rates targets', () => {
    const targets = extractTargets(parseDocument(seed('000')));
    assert.deepEqual(
      targets.filter((t) => t.line === 1).map((t) => `${t.kind}:${t.metric}=${t.text}`),
      ['target:对外贸易=12%', 'target:社会消费品零售总额=12%', 'target:对外经济技术合作=12%', 'target:利用外资=20%'],
    );
    assert.ok(targets.filter((t) => t.line === 2).every((t) => t.kind === 'baseline'));
  });

  it('years, dates, document numbers, ordinals, anniversaries and markers are not targets', () => {
    const text =
      '某市2025年工作计划\n根据《通知》（国发〔2022〕2号），4月22日举办第七届博览会，迎接建市60周年，力争“十四五”圆满收官，PM2.5浓度下降。\n1、力争完成3个项目。\n';
    assert.deepEqual(
      extractTargets(parseDocument(text)).map((t) => t.text),
      ['3个'],
    );
  });

  it('ranges and qualifiers', () => {
    const text = '某市2025年工作计划\n力争新增1~2家，争取30—50个，控制在4%以内，确保增长4.5%—5%，不低于20亿元，引进3～5家。\n';
    assert.deepEqual(
      extractTargets(parseDocument(text)).map((t) => [t.text, t.value, t.valueMax ?? null, t.unit, t.qualifier]),
      [
        ['1~2家', 1, 2, '家', ''],
        ['30—50个', 30, 50, '个', ''],
        ['4%以内', 4, null, '%', '以内'],
        ['4.5%—5%', 4.5, 5, '%', ''],
        ['20亿元', 20, null, '亿元', '不低于'],
        ['3～5家', 3, 5, '家', ''],
      ],
    );
  });
});

describe('targets: third blind set forms (docs/blind-scores.md 27–30)', () => {
  const rows = (text: string) =>
    extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.kind} ${t.unit} ${t.unitKind} ${t.category} ${t.baseUnit}`);

  it('27: a compound unit (money per area) is kept whole, a rate of kind other; a plain amount stays money', () => {
    assert.deepEqual(rows('某区2015年工作计划\n力争地均生产总值达到5.4亿元/平方公里，亩均产值3000元/亩。\n'), [
      '5.4亿元/平方公里 target 亿元/平方公里 other amount CNY/平方公里',
      '3000元/亩 target 元/亩 other amount CNY/亩',
    ]);
    // A rate that 提高 by a value grows by it (an amount that 提高 by one is a level, as before).
    const measures = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.measure}`);
    assert.deepEqual(measures('某区2015年工作计划\n地均生产总值同比提高0.5亿元/平方公里，财政收入提高0.5亿元。\n'), [
      '0.5亿元/平方公里 growth',
      '0.5亿元 level',
    ]);
    assert.deepEqual(rows('某区2015年工作计划\n力争地区生产总值达到5.4亿元，绿地面积30平方公里。\n'), [
      '5.4亿元 target 亿元 money amount CNY',
      '30平方公里 target 平方公里 area count 平方公里',
    ]);
  });

  it('28: 枚 is a count, and the Traditional forms of the units read as the Simplified ones', () => {
    assert.deepEqual(rows('某縣2020年工作要點\n銷售烏雞蛋4000萬枚，出欄肉牛15.47萬頭，新建公路12公頃，節約3噸標準煤。\n'), [
      '4000萬枚 target 萬枚 count count 枚',
      '15.47萬頭 target 萬頭 count count 頭',
      '12公頃 target 公頃 area count 公頃',
      '3噸標準煤 target 噸標準煤 energy count 噸標準煤',
    ]);
    assert.deepEqual(rows('某县2020年工作要点\n销售鸡蛋4000万枚，出栏肉牛15.47万头。\n'), [
      '4000万枚 target 万枚 count count 枚',
      '15.47万头 target 万头 count count 头',
    ]);
  });

  it('29: a threshold on the items a count counts is no target; 超过 with no count before it is', () => {
    assert.deepEqual(rows('某县2020年工作要点\n全面推进1064个25户以上村庄新农村建设。新增3个村集体收入超过10万元。\n'), [
      '1064个 target 个 count count 个',
      '3个 target 个 count count 个',
    ]);
    // The bar is no part of the count's noun (`村庄新农村…`, not `25户以上村庄…`).
    assert.match(extractTargets(parseDocument('某县2020年工作要点\n全面推进1064个25户以上村庄新农村建设。\n'))[0].metric, /^村庄新农村/);
    // Counter-examples: a growth after 超过, a total of the items, an item of a list, a fact of a review.
    assert.deepEqual(
      rows('某县2020年工作要点\n工业产值增长超过10%。引进5个项目总投资超过100亿元。引进20亿级项目不少于12个、50亿级项目不少于2个。\n'),
      [
        '10% target % percent growth %',
        '5个 target 个 count count 个',
        '100亿元 target 亿元 money amount CNY',
        '12个 target 个 count count 个',
        '2个 target 个 count count 个',
      ],
    );
    assert.deepEqual(rows('某县2020年工作总结\n一、2019年工作回顾\n2019年，有5个州市进出口超过1亿美元。\n'), [
      '5个 baseline 个 count count 个',
      '1亿美元 baseline 亿美元 money amount USD',
    ]);
  });

  it('30: `N家以上的` after only a verb is the count committed to; after a metric it stays a threshold', () => {
    assert.deepEqual(rows('某街道2023年工作规划\n力争创办10家以上的党支部领办合作社。力争创办10家以上党支部领办合作社。\n'), [
      '10家以上 target 家 count count 家',
      '10家以上 target 家 count count 家',
    ]);
    assert.deepEqual(rows('某街道2023年工作规划\n支持年营业收入1000万元以上的企业上市，扶持年出栏500头以上的养殖场。\n'), []);
  });
});

describe('targets: rule fixtures', () => {
  fixtureTests(path.join(ROOT, 'test/fixtures/targets'), [
    'target-sum',
    'range-mark',
    'target-conflict',
    'target-year',
    'approx-redundant',
    'percent-vs-points',
  ]);
});

describe('targets: units of volume and power (blind forms 89)', () => {
  const rows = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.unitKind ?? ''}`.trim());
  it('立方米 and 兆瓦 are units of their own; before 级 they name a size class', () => {
    const text =
      '某市2024年工作要点\n一、主要目标\n用水总量控制在11.88亿立方米以内，建成100兆瓦光伏发电站。\n二、重点任务\n推进100兆瓦级地下压缩空气储能、30万吨级码头项目建设。\n';
    assert.deepEqual(rows(text), ['11.88亿立方米以内 other', '100兆瓦 energy']);
  });
});

describe('targets: the layout of a plan’s indicators is no target', () => {
  it('6个维度, 29项主要指标, 12项约束性指标 are not read; 6个维度的 neighbours and other counts are', () => {
    const rows = extractTargets(
      parseDocument(
        '某市2026年工作要点\n一、主要目标\n从创新、协调等6个维度设置了29项主要指标，其中12项约束性指标，地区生产总值增长5%，新建项目29项。\n',
      ),
    ).map((t) => t.text);
    assert.deepEqual(rows, ['5%', '29项']);
  });
});

describe('targets: buildings (栋, 棟) are counted', () => {
  it('32栋 and 3棟 are counts of buildings', () => {
    const rows = extractTargets(parseDocument('某镇2024年工作计划\n一、重点任务\n建设安置房32栋1526套，新建教學樓3棟。\n')).map(
      (t) => `${t.text} ${t.unitKind}`,
    );
    assert.deepEqual(rows, ['32栋 count', '1526套 count', '3棟 count']);
  });
});

describe('targets: thousands grouped by commas (blind form 57)', () => {
  const rows = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text}=${t.value}`);
  it('1,200萬人 is one number; a full-width comma and a longer run are no thousands mark', () => {
    const text =
      '某市2026年工作要点\n一、主要目标\n城镇新增就业1,200萬人以上，地区生产总值达到12,345.6亿元，新建网点3，200个，引进企业2023,100家。\n';
    assert.deepEqual(rows(text), ['1,200萬人以上=1200', '12,345.6亿元=12345.6', '200个=200', '100家=100']);
  });
});

describe('targets: thirty-second blind set form 702 (684)', () => {
  const rows = (body: string) =>
    extractTargets(parseDocument(`某市2025年生态环境保护工作要点\n一、主要目标\n${body}\n`)).map(
      (t) => `${t.text} [${t.metric}] ${t.measure} ${t.qualifier || '-'}`,
    );
  it('a 分别 list of modifiers sharing the last item’s head noun (`地表水国控、省控断面…`) names every value in full; a stretch value in brackets is its value’s; the qualifier after 分别 is every value’s', () => {
    assert.deepEqual(rows('地表水国控、省控断面水质优良比例分别不低于90.9%(力争达到100%)、88%,不出现劣V类断面。'), [
      '90.9% [地表水国控断面水质优良比例] share 不低于',
      '100% [地表水国控断面水质优良比例] share -',
      '88% [地表水省控断面水质优良比例] share 不低于',
    ]);
    // Three items, full-width brackets, 争取.
    assert.deepEqual(rows('地表水国考、省考、市考断面优良比例分别达到90%（争取95%）、80%、70%。'), [
      '90% [地表水国考断面优良比例] share -',
      '95% [地表水国考断面优良比例] share -',
      '80% [地表水省考断面优良比例] share -',
      '70% [地表水市考断面优良比例] share -',
    ]);
    // Counter-examples: each item a metric's subject (the shared noun after them), items that are metrics, short items of
    // one length (the older rule), a qualifier after a value (not shared), a bracket that strives for nothing.
    assert.deepEqual(rows('集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%。'), [
      '107.9% [集成电路] growth -',
      '46.7% [汽车零配件] growth -',
      '57.4% [锂电池出口] growth -',
    ]);
    assert.deepEqual(rows('森林覆盖率、湿地保护率分别增长5%以上、6%。'), ['5%以上 [森林覆盖率] growth 以上', '6% [湿地保护率] growth -']);
    assert.deepEqual(rows('森林覆盖率、湿地保护率和草原综合植被盖度分别达到30%、50%和60%。'), [
      '30% [森林覆盖率] level -',
      '50% [湿地保护率] level -',
      '60% [草原综合植被盖度] level -',
    ]);
    assert.deepEqual(rows('一产、二产、三产增加值分别增长5%、6%、7%。'), [
      '5% [一产增加值] growth -',
      '6% [二产增加值] growth -',
      '7% [三产增加值] growth -',
    ]);
  });
});

describe('targets: twenty-ninth blind set form 542 (652)', () => {
  const table = (header: readonly string[], task2: string) =>
    [
      '某市水利局2025年一季度《政府工作报告》落实情况统计表',
      '序号',
      ...header,
      '12',
      '市水利局',
      '56.做好农村自来水管网改造,新增充电桩300个,进一步补齐农村基础设施短板。',
      '总投资2.6亿元,32个村的管网延伸工程已完工。2025年以来,完成管网改造1000米。',
      '90%',
      task2,
      '2025年以来,治理河道600米,修建宣传牌4块。',
    ].join('\n\n') + '\n';
  const kinds = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.text} ${t.kind}`);
  const progressHeader = ['牵头单位', '工作任务', '目前完成情况、存在问题及下一步工作措施', '完成进度(%)', '备注'];
  it('the report’s task in the task column of a table of its progress (`56.…新增充电桩300个`) is a target; the progress cells stay baselines', () => {
    assert.deepEqual(kinds(table(progressHeader, '86.深入推进河长制,新建幸福河湖5条。')), [
      '300个 target',
      '2.6亿元 baseline',
      '32个 baseline',
      '1000米 baseline',
      '90% baseline',
      '5条 target',
      '600米 baseline',
      '4块 baseline',
    ]);
    // Counter-examples: a task cell that says what is done (已), and a table with no task column (its cells report results).
    assert.deepEqual(kinds(table(progressHeader, '86.深入推进河长制,新建幸福河湖5条,已完成2条。')).slice(5, 7), [
      '5条 baseline',
      '2条 baseline',
    ]);
    const results = ['牵头单位', '主要成效', '目前完成情况、存在问题及下一步工作措施', '完成进度(%)', '备注'];
    assert.deepEqual(kinds(table(results, '86.深入推进河长制,新建幸福河湖5条。')).slice(0, 1), ['300个 baseline']);
    assert.deepEqual(kinds(table(results, '86.深入推进河长制,新建幸福河湖5条。')).slice(5, 6), ['5条 baseline']);
  });
});
