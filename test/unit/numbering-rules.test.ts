/** Fixture tests for the numbering rules, and profile and severity settings. */
import { strict as assert } from 'assert';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { parseDocument } from '../../server/src/core/model/parse';
import { applyEdits, collectFixAll } from '../../server/src/core/services/fixes';
import { readFixture } from './fixtureFormat';
import { fixtureTests } from './fixtureTests';

const DIR = path.join(__dirname, '../../../test/fixtures/numbering');

describe('numbering rules: fixtures', () => {
  fixtureTests(DIR, [
    'numbering-gap',
    'numbering-duplicate',
    'numbering-order',
    'numbering-start',
    'numbering-lonely',
    'numbering-style-mixed',
    'level-inversion',
    'numbering-continuity-mixed',
    'enumeration-gap',
    'enumeration-style-mixed',
    'marker-punctuation',
  ]);

  it('a small full stop after an Arabic numeral (`1﹒`, form 740) is a marker, and a clear error in either profile; `1﹒5` is no marker', () => {
    const text = '某省2025年行动方案\n一、重点任务\n1﹒促进科学研究范式变革。\n2﹒推动产业升级。\n增长1﹒5倍。\n';
    const model = parseDocument(text);
    assert.deepEqual(
      model.headings.map((h) => `${h.marker}${h.title.slice(0, 4)}`),
      ['一、重点任务', '1﹒促进科学', '2﹒推动产业'],
    );
    const findings = analyze(text).findings;
    assert.deepEqual(
      findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`),
      ['marker-punctuation 1﹒', 'marker-punctuation 2﹒'],
    );
    assert.equal(
      applyEdits(text, collectFixAll(findings)),
      '某省2025年行动方案\n一、重点任务\n1.促进科学研究范式变革。\n2.推动产业升级。\n增长1﹒5倍。\n',
    );
  });

  it('profile gbt asks for 1. instead of 1、', () => {
    const text = '某局2025年工作计划\n一、任务\n1、稳外贸\n2、扩内需\n二、要求\n';
    assert.deepEqual(
      analyze(text).findings.map((f) => f.rule),
      [],
    );
    const gbt = analyze(text, { profile: 'gbt', severities: {} }).findings;
    assert.deepEqual(
      gbt.map((f) => f.rule),
      ['marker-punctuation', 'marker-punctuation'],
    );
    assert.equal(applyEdits(text, collectFixAll(gbt)), '某局2025年工作计划\n一、任务\n1.稳外贸\n2.扩内需\n二、要求\n');
  });

  it('severity settings turn a rule off or change its severity', () => {
    const { text } = readFixture(path.join(DIR, 'gap.txt'));
    assert.ok(
      !analyze(text, { profile: 'common', severities: { 'numbering-gap': 'off' } }).findings.some((f) => f.rule === 'numbering-gap'),
    );
    const errors = analyze(text, { profile: 'common', severities: { 'numbering-gap': 'error' } }).findings.filter(
      (f) => f.rule === 'numbering-gap',
    );
    assert.equal(errors.length, 2);
    assert.ok(errors.every((f) => f.severity === 'error'));
  });
});

describe('numbering-lonely: a text that breaks off', () => {
  const lonely = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule === 'numbering-lonely')
      .map((f) => f.start);
  const head = '某局2025年工作要点\n一、工作目标\n（一）外贸稳中提质\n';

  it('an item whose section runs to a cut end is not lonely', () => {
    // An excerpt that stops mid-sentence: （二） may be in the missing part.
    assert.deepEqual(lonely(head + '全年进出口增长5%，认真落实国务院关于稳外贸稳外资的各项部署要求'), []);
    // A short last line stopped mid-word (`责任单位：市`), and a heading with nothing under it.
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n责任单位：市'), []);
    assert.deepEqual(lonely('某局2025年工作要点\n一、工作目标\n全年进出口增长5%。\n（一）外贸稳中提质'), []);
    // A page that shows only the opening, and a code of digits and letters cut before its noun (`5A级`).
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n(阅读全部图文内容,您需要先登录!)\n'), []);
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n点击查看全文\n'), []);
    assert.deepEqual(lonely(head + '全年进出口增长5%，安仁古镇创建国\n家 5A '), []);
  });

  it('form 516: a cut after a sentence whose last words end like a unit is a cut; a signature on its own line is an end', () => {
    // test/corpus 641: `服务载体深拓展。社区事务受理服务中心`, the stored opening cut mid-sentence.
    assert.deepEqual(lonely(head + '全年进出口增长5%。社区事务受理服务中心'), []);
    // Counter-examples: the unit or the date on a line of its own signs a finished plan of one item (a true 孤项).
    assert.equal(lonely(head + '全年进出口增长5%。\n社区事务受理服务中心\n').length, 2);
    assert.equal(lonely(head + '全年进出口增长5%。\n区发改局\n2025年3月5日\n').length, 2);
  });

  it('a text that shows no end, numbered so far one item at every level, is an opening', () => {
    // test/corpus 110, 141, 231 (一、 with its items 1.…7., the stored opening of the page ends
    // after 7.…。) and 309 (一、一季度工作总结 only): 二、 may be in the part not shown.
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n'), []);
    assert.deepEqual(
      lonely(
        '某区2023年重点工作任务分解方案\n一、主要预期目标\n1.地区生产总值增长6.2%左右。\n牵头单位:区发改局\n2.固定资产投资增长15%左右。\n',
      ),
      [],
    );
  });

  it('the last part breaks off mid-sentence before what a document site adds after it', () => {
    // test/corpus 163: 一、 1. cut at 要认真学习、, then the title and opening again as a teaser, and the site's notes.
    const site = [
      '市文化局2012年工作计划',
      '2012年,我市文化局的总体要求是:全面贯彻落实党的十七届四中全会精神,坚持高举旗帜、围绕大局、服务人民、改革创新的总要求。',
      '一、全面贯彻落实党的十七届四中全会精神',
      '1.深入贯彻落实党的十七届四中全会精神,是当前和今后一个时期文化系统首要政治任务。各级文化部门和广大文化工作者要认真学习、',
      '市文化局2012年工作计划',
      '2012年,我市文化局的总体要求是:全面贯彻落实党的十七届四中全会精神,坚...',
      '点击下载文档文档为doc格式',
      '声明:除非特别标注,否则均为本站原创文章,转载时请以链接形式注明文章出处。',
      '',
    ].join('\n');
    assert.deepEqual(lonely(site), []);
    // The same page with two parts, the first with a lonely 1. closed by 二、: reported.
    const two = site.replace(
      '市文化局2012年工作计划\n2012年,我市文化局的总体要求是:全面贯彻落实党的十七届四中全会精神,坚...',
      '二、繁荣文化事业\n（一）加强公共文化服务。\n（二）推进文化惠民工程。\n',
    );
    assert.deepEqual(lonely(two), [two.indexOf('1.深入')]);
  });

  it('a page that shows the text twice: the first copy ends where its number starts over', () => {
    // test/corpus 155: 壹、民政類 一、… flattened on one line, then 壹、民政類 again with breaks.
    const twice =
      '壹、民政類 一、年度施政目標 落實地方自治。 1\n壹、民政類\n一、年度施政目標\n落實地方自治。\n二、施政重點\n貳、財政類\n一、年度施政目標\n健全財政。\n二、施政重點\n';
    assert.deepEqual(lonely(twice), []);
    // A first 壹、 ended by 貳、 keeps its lonely 一、.
    const once = '壹、民政類\n一、年度施政目標\n落實地方自治。\n貳、財政類\n一、年度施政目標\n健全財政。\n二、施政重點\n';
    assert.deepEqual(lonely(once), [once.indexOf('一、')]);
  });

  it('a finished text, or a section closed before the cut, keeps the finding', () => {
    const at = head.indexOf('（一）');
    // Signature and date, an attachment name, a note in brackets: a finished document's last lines.
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n\n某市商务局\n2025年1月5日\n'), [head.indexOf('一、'), at]);
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n某市商务局\n'), [head.indexOf('一、'), at]);
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n（此件公开发布）\n'), [head.indexOf('一、'), at]);
    // Letters that end a finished line (a signature's e-mail, a name) are no cut code: the lonely
    // （一） of the last part 二、 is reported.
    const two = '某局2025年工作要点\n一、工作目标\n（一）外贸稳中提质\n（二）消费回升\n二、重点任务\n（一）扩大消费\n';
    const last = two.lastIndexOf('（一）');
    assert.deepEqual(lonely(two + '全年进出口增长5%。\n联系邮箱：swj@example.gov.cn\n'), [last]);
    assert.deepEqual(lonely(two + '全年进出口增长5%。\n全文见附件PDF\n'), [last]);
    // A plan of several parts that ends in body text: the last part's lonely item is reported.
    assert.deepEqual(lonely(two + '全年进出口增长5%。\n'), [last]);
    // （一） is closed by 二、 before the text breaks off: its section is complete.
    const text = head + '全年进出口增长5%。\n二、重点任务\n（一）扩大消费\n（二）稳定外贸，认真落实国务院关于稳外贸的各项部署';
    assert.deepEqual(lonely(text), [at]);
  });
});

describe('numbering-start: a copy that begins inside a section', () => {
  const starts = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule === 'numbering-start')
      .map((f) => text.slice(f.start, f.end));

  it('the 序号 cells of a table that lists some rows of a longer list (`80 |`, `3` under a part row) are no fault; a first row 2 is (twelfth blind set, form 170)', () => {
    const table = (first: number) =>
      [
        '2024年任务分解表',
        '序号 |',
        '目标与任务 |',
        '牵头责任单位 |',
        `${first} |`,
        '新增托位数400个以上。 |',
        '县教育局 |',
        `${first + 1} |`,
        '保障秋季开学。 |',
        '县教育局 |',
        '',
      ].join('\n');
    assert.deepEqual(starts(table(80)), []);
    assert.deepEqual(starts(table(3)), []);
    // Counter-example: a table whose first row is 2 reads as one that lost its row 1.
    assert.deepEqual(starts(table(2)), ['2']);
  });

  it('a first heading at the start of the text, past 1 or below the top level, is the rest of a section', () => {
    // test/corpus 407 (page 4 of a repost) and 164 (a site label, then paragraph 6.).
    assert.deepEqual(starts('(十二)农业面源污染重点治理工程。合理引导化肥使用。\n(十三)废弃物资综合循环利用工程。加快推进。\n'), []);
    assert.deepEqual(starts('施政報告\n6. 在治理方面，完成立法。\n7. 在經濟方面，成立公司。\n'), []);
    // test/corpus 129: page 2 begins inside 二、（四）; its (五) and the 三、 after it are no fault.
    const page2 = [
      '1组织好元宵节戏曲晚会;',
      '2尽快成立规划建设指挥部;',
      '3加快殷墟大遗址公园建设;',
      '(五)加快机构改革步伐。',
      '(六)抓紧完成2009年度政府目标考核。',
      '三、副市长近期重点工作。',
      '(一)召开三个现场会。',
      '1在林州召开农村城镇化现场会;',
      '2高效农业推进现场会;',
      '3沼气现场会。',
      '(二)掀起三个高潮。',
      '1农村麦田管理高潮;',
      '2春季造林高潮;',
      '3农村城镇化规划建设高潮;',
      '',
    ].join('\n');
    assert.deepEqual(starts(page2), []);
    // test/corpus 406: an indicator table from row 5, then 三、.
    assert.deepEqual(
      starts(
        '5.城市空气质量优良天数比例(%) 80.1 81.2\n6.地下水质量比例(%) 16.67\n7.重点工程减排量\n三、强化源头治理\n强化发展的环境约束。\n四、深入打好污染防治攻坚战\n',
      ),
      [],
    );
  });

  it('form 517: a first （N） past 1 under only a page chrome, the title and a watermark is page 2 of a paginated copy', () => {
    // test/corpus 642: `导航菜单`, the title, the site's watermark, then （六）（七）.
    const page2 =
      '导航菜单\n\n兴隆镇2019年度工作总结及2020年度工作计划\n\nh6Q乡村百科--为乡村振兴助力\n\n  （六）坚持扮靓面貌。整体提升驻地形象。\n  （七）坚持精准扶贫。帮助贫困户享受分红。\n';
    assert.deepEqual(starts(page2), []);
    // Counter-examples: a title and a lead paragraph before （二）, a lone title line, and a first 二、 (a top-level part) are reported.
    assert.deepEqual(starts('某镇2020年工作计划\n今年，我镇将重点抓好以下工作。\n（二）抓好粮食生产。\n（三）抓好畜牧。\n'), ['（二）']);
    assert.deepEqual(starts('某镇2020年工作计划\n（二）抓好粮食生产。\n（三）抓好畜牧。\n'), ['（二）']);
    assert.deepEqual(starts('导航菜单\n某镇2020年工作计划\n二、抓好粮食生产。\n三、抓好畜牧。\n'), ['二、']);
  });

  it('form 661: a first 二、 that plans the year, under only a page chrome and a report’s name and date, is page 2 of a paginated report', () => {
    // test/corpus 674: `导航菜单`, the report's title line, then 二、 (part 一, the review, is on page 1).
    const report = '导航菜单\n\n(黑龙江)齐齐哈尔市铁锋区人民政府工作报告(2025年1月14日)\n\n';
    const plan = '  二、2025年主要目标和重点工作\n2025年全区经济社会发展的主要预期目标是:地区生产总值增长6%。\n  三、保障措施\n';
    assert.deepEqual(starts(report + plan), []);
    assert.deepEqual(starts(`${report}二、今年工作安排\n（一）稳增长\n（二）促消费\n`), []);
    // Counter-examples: a plan's or a notice's first 二、 under chrome, a report's review part, a lead paragraph before the part.
    assert.deepEqual(starts(`导航菜单\n某镇2025年工作计划\n${plan}`), ['二、']);
    assert.deepEqual(starts(`导航菜单\n关于做好2025年重点工作的通知\n${plan}`), ['二、']);
    assert.deepEqual(starts(`${report}二、过去一年的工作回顾\n全区经济稳中向好。\n三、2025年工作安排\n`), ['二、']);
    assert.deepEqual(starts(`${report}各位代表:现在,我代表区人民政府向大会报告工作,请予审议。\n${plan}`), ['二、']);
  });

  it('a document with a title or an opening before its first heading is still read as whole', () => {
    assert.deepEqual(starts('某局2025年工作安排\n二、主要任务\n（一）稳增长\n（二）促消费\n三、保障措施\n'), ['二、']);
    // A deleted 一、 line leaves its items without a parent: 二、 is still the first part.
    assert.deepEqual(starts('某局2025年工作安排\n（一）稳增长\n（二）促消费\n二、保障措施\n（一）加强领导\n（二）狠抓落实\n'), ['二、']);
    // A short label then a list from 1 and a later list from past 1 under no parent.
    assert.deepEqual(starts('工作要点\n一、目标\n（一）稳增长\n二、任务\n'), []);
    // Under a parent the first item past 1 is a lost marker (test/corpus 128, 315): reported.
    assert.deepEqual(starts('某镇2009年工作计划\n一、农业\n（二）抓好粮食生产。\n（三）抓好畜牧。\n二、工业\n'), ['（二）']);
    // A text that begins at its first heading numbered 1: a later list past 1 with no parent is reported.
    assert.deepEqual(starts('一、目标\n（一）稳增长\n（二）促消费\n二、任务\n附件\n（三）另一张表\n（四）第二行\n'), ['（三）']);
  });
});

describe('numbering straight through the levels with one number left out', () => {
  const numbering = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule.startsWith('numbering-'))
      .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
  // test/corpus 111: 1.…4. under 一、, 5.… under 二、（一）, …, 26. then 28.
  const items = (from: number, to: number, skip = -1) =>
    Array.from({ length: to - from + 1 }, (_, k) => from + k)
      .filter((n) => n !== skip)
      .map((n) => `${n}.第${n}项任务`)
      .join('\n');
  const plan = (skip: number) =>
    [
      '某局2024年工作要点',
      '一、总体要求',
      items(1, 4),
      '二、重点工作',
      '（一）提高质量',
      items(5, 6),
      '（二）推进现代化',
      items(7, 10, skip),
      '三、保障措施',
      '（一）党建领航',
      items(11, 13, skip),
      '（二）立德树人',
      items(14, 16, skip),
      '',
    ].join('\n');

  it('the count still runs through the levels, and the number left out is a gap', () => {
    assert.deepEqual(numbering(plan(-1)), []);
    assert.deepEqual(numbering(plan(12)), ['numbering-gap 13.']);
    assert.deepEqual(numbering(plan(15)), ['numbering-gap 16.']);
  });

  it('a number left out within the first six, or two numbers, is no count straight through', () => {
    const early = plan(-1).replace('4.第4项任务\n', '');
    assert.ok(numbering(early).includes('numbering-start 5.'), numbering(early).join('; '));
    const two = plan(-1).replace('12.第12项任务\n13.第13项任务\n', '');
    assert.ok(
      numbering(two).some((f) => f.startsWith('numbering-start') || f.startsWith('numbering-gap')),
      numbering(two).join('; '),
    );
  });
});

describe('numbering-lonely: the 1. that opens a count numbered on', () => {
  const lonely = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule === 'numbering-lonely')
      .map((f) => text.slice(f.start, f.end));
  const tail = '\n某市人民政府\n2012年5月1日\n';

  it('1. alone under 一、, the count going on under 二、（一）… straight through the levels, is no lonely item', () => {
    // test/corpus 116 (.html): 一、总体目标 1.目标。 二、（一） 2.…8. （二） 9.… 五、 43.…45.
    const n = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `${from + k}.第${from + k}项。`).join('\n');
    const text =
      [
        '某市实施意见',
        '一、总体目标',
        n(1, 1),
        '二、行动计划',
        '（一）产业提升',
        n(2, 5),
        '（二）科技创新',
        n(6, 8),
        '三、保障',
        n(9, 10),
      ].join('\n') + tail;
    assert.deepEqual(lonely(text), []);
    // Numbered on at the same depth (1、 under 一、, 2、 3、 under 二、: seed 004's form).
    assert.deepEqual(
      lonely('某市工作要点\n一、目标\n1、稳增长。\n二、任务\n2、促消费。\n3、稳外贸。\n三、保障\n4、强组织。\n5、严考核。' + tail),
      [],
    );
  });

  it('a 1. alone whose siblings elsewhere start again at 1. is still lonely', () => {
    const text = '某市工作要点\n一、目标\n1.稳增长。\n二、任务\n1.促消费。\n2.稳外贸。\n三、保障\n1.强组织。\n2.严考核。' + tail;
    assert.deepEqual(lonely(text), ['1.']);
  });
});

describe('numbering: the report’s own numbers in a table row’s cells (twenty-ninth blind set, form 541, 652)', () => {
  const outline = (text: string) => parseDocument(text).headings.map((h) => `${h.depth} ${h.marker}`);
  const numbering = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule.startsWith('numbering-'))
      .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
  const head = ['某局2025年政府工作报告落实情况统计表', '', '序号', '', '牵头单位', '', '工作任务', '', '目前完成情况', '', '备注', ''];

  it('`56.` and `86.` opening task cells of row `12` are items of the row, numbered as the report is: no gap, no mixed style', () => {
    const text = [
      ...head,
      '12',
      '',
      '市水利和湖泊局',
      '',
      '56.做好农村自来水管网改造,进一步补齐农村基础设施短板。',
      '',
      '总投资2.6亿元,持续推进农村供水提档升级工程建设,32个村的管网延伸工程已完工。',
      '',
      '86.深入推进河长制,落实长江“十年禁渔”。',
      '',
      '2025年以来,及时完成22条河流的河湖长更新调整。',
      '',
    ].join('\n');
    assert.deepEqual(outline(text), ['1 12', '2 56.', '2 86.']);
    assert.deepEqual(numbering(text), []);
  });

  it('counter-examples: serials 24, 25, 26 stay siblings; a list 1. 2. inside a row’s cell is no cited number', () => {
    const rows = [
      ...head,
      '24',
      '',
      '城管局',
      '',
      '优化提升50条背街后巷交通组织。',
      '',
      '1.已进场施工。',
      '',
      '2.完成30%。',
      '',
      '25',
      '',
      '城管局',
      '',
      '新增达标小区210个。',
      '',
      '26',
      '',
      '城管局',
      '',
      '新建建筑垃圾中转站8个。',
      '',
    ].join('\n');
    const got = parseDocument(rows).headings;
    assert.deepEqual(
      got.filter((h) => h.cell).map((h) => `${h.depth} ${h.marker}`),
      ['1 24', '1 25', '1 26'],
    );
    assert.ok(got.every((h) => !h.cited));
  });
});
