/** Parser unit tests on inline inputs: markers, traps, levels, run-in and broken headings. */
import { strict as assert } from 'assert';
import { parseDocument } from '../../server/src/core/model/parse';
import { parseChineseNumeral, toChineseNumeral, parseCircled, toCircled } from '../../server/src/core/text/numerals';

const headings = (text: string) => parseDocument(text).headings.map((h) => `${h.depth}${h.marker}${h.title}`);

describe('numerals', () => {
  it('reads and writes Chinese numerals to 999', () => {
    const cases: Array<[string, number]> = [
      ['一', 1],
      ['十', 10],
      ['十一', 11],
      ['二十', 20],
      ['二十三', 23],
      ['九十九', 99],
      ['一百', 100],
      ['一百零五', 105],
      ['三百二十一', 321],
    ];
    for (const [s, n] of cases) {
      assert.equal(parseChineseNumeral(s), n, s);
      assert.equal(toChineseNumeral(n), s, String(n));
    }
    assert.ok(Number.isNaN(parseChineseNumeral('一二')));
    assert.ok(Number.isNaN(parseChineseNumeral('十十')));
  });
  it('reads and writes circled numbers', () => {
    for (let n = 1; n <= 50; n++) assert.equal(parseCircled(toCircled(n)), n);
  });
});

describe('parser: markers', () => {
  it('recognises every marker form', () => {
    const text = [
      '第一章 总则',
      '一、目标',
      '（一）外贸',
      '(二)内贸',
      '(三）外经',
      '1、项目',
      '2.招商',
      '3．服务',
      '（1）细则',
      '(2)细则',
      '①第一点',
      '②第二点',
      '（二十三）编号',
      '123、编号',
    ].join('\n');
    const got = parseDocument(text).headings.map((h) => [h.marker, h.family, h.value]);
    assert.deepEqual(got, [
      ['第一章', 'chapter', 1],
      ['一、', 'cn', 1],
      ['（一）', 'cn-paren', 1],
      ['(二)', 'cn-paren', 2],
      ['(三）', 'cn-paren', 3],
      ['1、', 'ar', 1],
      ['2.', 'ar', 2],
      ['3．', 'ar', 3],
      ['（1）', 'ar-paren', 1],
      ['(2)', 'ar-paren', 2],
      ['①', 'circled', 1],
      ['②', 'circled', 2],
      ['（二十三）', 'cn-paren', 23],
      ['123、', 'ar', 123],
    ]);
  });

  it('does not take traps for headings', () => {
    const text = [
      '某市2025年工作计划',
      '一、任务',
      '城市建成区绿地率',
      '2.5',
      '年平均浓度下降。', // PM2.5 split over lines
      '1.5亿元用于项目建设。', // decimal
      '第一、二轮督察已经完成。', // 第一、二轮
      '“五统一、一开放”全面推开。', // inside quotes
      '20.2026年10件民生实事：扩大就业。', // notes list number glued to a year
      '1匯特通公司發展動態', // digit glued to text
      '（', // a lone bracket
      '2006年，全省外贸增长12%。', // a date
      '一、二季度增长较快。', // a list of numerals
      '二、措施',
    ].join('\n');
    assert.deepEqual(headings(text), ['1一、任务', '1二、措施']);
    assert.equal(parseDocument(text).enumerations.length, 0);
  });

  it('finds headings that begin mid-line', () => {
    const text =
      '某局2025年工作计划\n（一）关于外贸工作 1、抓好重点 （1）抓好进出口。一是联系；二是倾斜。\n（2）抓好企业。要建立例会制度。 （3）抓好商品。\n';
    assert.deepEqual(headings(text), ['1（一）关于外贸工作', '2' + '1、抓好重点', '3（1）抓好进出口', '3（2）抓好企业', '3（3）抓好商品']);
  });

  it('does not take list-like text inside a sentence for headings', () => {
    const text = '某局2025年工作计划\n一、任务\n做好以下工作 1、2、3月份的统计，以及（一）类项目。\n二、要求\n';
    assert.deepEqual(headings(text), ['1一、任务', '1二、要求']);
  });

  it('joins a marker broken over several lines by a scraper', () => {
    const text = '某省2026年工作报告\n（十）民生\n（\n十一\n）法治建设取得新进展\n（十二）党建\n';
    const model = parseDocument(text);
    assert.deepEqual(
      model.headings.map((h) => [h.marker, h.value, h.title, h.line]),
      [
        ['（十）', 10, '民生', 1],
        ['（十一）', 11, '法治建设取得新进展', 2],
        ['（十二）', 12, '党建', 5],
      ],
    );
  });

  it('shortens long titles and stops at 。 or ：', () => {
    const model = parseDocument(
      '某局2025年工作计划\n1、建立完善利用外资目标管理和评价体系。实行新的利用外资指标通报制度。\n2、目标：增长5%\n3、' +
        '很'.repeat(50) +
        '\n',
    );
    assert.deepEqual(
      model.headings.map((h) => h.title),
      ['建立完善利用外资目标管理和评价体系', '目标', '很'.repeat(40) + '…'],
    );
  });

  it('reads Markdown plans', () => {
    const text =
      '# 某市2025年工作要点\n\n## 一、总体要求\n\n### （一）指导思想\n\n**一是**稳外贸；**二是**扩内需。\n\n### （二）主要目标\n\n## 二、重点任务\n';
    assert.deepEqual(headings(text), ['1一、总体要求', '2（一）指导思想', '2（二）主要目标', '1二、重点任务']);
    assert.deepEqual(
      parseDocument(text).enumerations.map((e) => e.marker),
      ['一是', '二是'],
    );
  });
});

describe('parser: levels', () => {
  it('nests by the order styles appear: 1、 then （1）', () => {
    assert.deepEqual(headings('某市2025年工作\n1、甲\n（1）子\n（2）子\n2、乙\n'), ['11、甲', '2（1）子', '2（2）子', '12、乙']);
  });
  it('skips a level: 一、 directly followed by 1.', () => {
    assert.deepEqual(headings('某市2025年工作\n一、甲\n1.子\n2.子\n二、乙\n'), ['1一、甲', '21.子', '22.子', '1二、乙']);
  });
  it('a style that outranks the open hierarchy starts a new top level', () => {
    assert.deepEqual(headings('某市2025年工作\n1、前言甲\n2、前言乙\n一、正文\n（一）细目\n'), [
      '11、前言甲',
      '12、前言乙',
      '1一、正文',
      '2（一）细目',
    ]);
  });
  it('attachments start a new numbering context', () => {
    const model = parseDocument('某市2025年工作\n一、甲\n二、乙\n附件1\n重点项目清单\n一、项目\n二、资金\n');
    assert.deepEqual(
      model.contexts.map((c) => [c.kind, c.line]),
      [
        ['main', 0],
        ['attachment', 3],
      ],
    );
    assert.deepEqual(
      model.headings.map((h) => [h.marker, h.context, h.depth]),
      [
        ['一、', 0, 1],
        ['二、', 0, 1],
        ['一、', 1, 1],
        ['二、', 1, 1],
      ],
    );
  });
  it('sections end before the next sibling, without trailing blank lines', () => {
    const text = '某市2025年工作\n一、甲\n正文\n\n二、乙\n正文乙\n';
    const [a, b] = parseDocument(text).headings;
    assert.equal(text.slice(a.start, a.end), '一、甲\n正文');
    assert.equal(text.slice(b.start, b.end), '二、乙\n正文乙');
  });
});

describe('parser: regressions found by the property tests', () => {
  it('a run-in sibling of an ancestor ends the child inside its parent (二、惠 / 1.　三、0)', () => {
    const model = parseDocument('二、惠\n1.　三、0');
    const [two, one, three] = model.headings;
    assert.deepEqual([two.marker, one.marker, three.marker], ['二、', '1.', '三、']);
    assert.equal(one.parent, two);
    assert.ok(one.end <= two.end && one.titleEnd <= one.end, `child ${one.start}-${one.end} outside parent ${two.start}-${two.end}`);
  });
  it('a mid-line marker that continues its list is a heading whatever its brackets (formatting cannot change the outline)', () => {
    const text = '某市2025年工作计划\n（三）民生。一要保障　　(四)社会事业\n';
    assert.deepEqual(
      parseDocument(text).headings.map((h) => h.marker),
      ['（三）', '(四)'],
    );
  });
  it('a marker inside a bracket the title opened is a reference, not a glued sibling (`（一）扩大参保面（见附件（二））`)', () => {
    assert.deepEqual(headings('2025年工作要点\n（一）扩大参保面（见附件（二））。\n（二）聚力落实任务。\n'), [
      '1（一）扩大参保面（见附件（二））',
      '1（二）聚力落实任务',
    ]);
    // Outside any bracket a glued next number still splits the title (a text whose line breaks were lost).
    assert.deepEqual(headings('2025年工作要点\n（一）加强组织领导（二）落实工作责任\n'), ['1（一）加强组织领导', '1（二）落实工作责任']);
  });
  it('a bracketed marker keeps every stray mark after it, so one fix removes them all', () => {
    const model = parseDocument('某局2025年工作计划\n（一）甲\n（二），.乙\n');
    assert.equal(model.headings[1].marker, '（二），.');
  });
});

describe('parser: enumerations', () => {
  it('needs two items and a separator before the marker', () => {
    const model = parseDocument('某市2025年工作\n一、甲\n统一是基础。一是抓项目。\n二、乙\n一是抓项目；二是抓招商；三是抓服务。\n');
    assert.deepEqual(
      model.enumerations.map((e) => [e.marker, e.heading?.marker]),
      [
        ['一是', '二、'],
        ['二是', '二、'],
        ['三是', '二、'],
      ],
    );
  });
  it('keeps a nested 一要 series inside a 一是 series', () => {
    const model = parseDocument('某市2025年工作\n一、甲\n一是建设队伍。一要学习；二要实践。二是健全机构。一要精简；二要高效。\n');
    assert.deepEqual(model.series.map((s) => s.items.map((e) => e.marker).join('')).sort(), ['一是二是', '一要二要', '一要二要']);
  });
  it('holds a series written in mixed forms together (seed 001)', () => {
    const model = parseDocument('某市2025年工作\n（4）加强成品油供应。一要依法行政。二是要密切关注。三是要加强监管。\n');
    assert.deepEqual(
      model.series.map((s) => s.items.map((e) => e.family)),
      [['yao', 'shi', 'shi']],
    );
  });
  it('finds closing lines', () => {
    const model = parseDocument(
      '某市商务局2025年工作要点\n一、甲\n二、乙\n某市商务局\n2025年1月15日\n（联系人：张三，联系电话：12345678）\n',
    );
    assert.deepEqual(
      model.closing.map((c) => c.kind),
      ['signature', 'date', 'contact'],
    );
  });
});

describe('parser: the document title (blind 640)', () => {
  const title = (text: string) => parseDocument(text).title?.text;
  it('skips a site’s breadcrumb and a line of metadata fields above the title', () => {
    assert.equal(
      title('Network\n\n当前位置:主页 > 新闻中心 > 产业规划 >\n\n山东省电动汽车充电基础设施“十四五”发展规划\n\n一、发展现状\n'),
      '山东省电动汽车充电基础设施“十四五”发展规划',
    );
    assert.equal(
      title('政务公开 > 平昌县农业农村局 > 规划计划\n平昌县农业农村局2020年工作计划\n一、目标\n'),
      '平昌县农业农村局2020年工作计划',
    );
    assert.equal(
      title('索引号: 003257952/200808-00011 组配分类: 政府工作报告\n2007年泾县政府工作报告\n一、回顾\n'),
      '2007年泾县政府工作报告',
    );
  });
  it('counter-example: a title that names a plan with > in it once, and a title alone', () => {
    assert.equal(title('某市商务局2024年工作要点\n一、目标\n'), '某市商务局2024年工作要点');
    assert.equal(title('关于“>5G”应用的2024年工作计划\n一、目标\n'), '关于“>5G”应用的2024年工作计划');
  });
});

describe('parser: a chapter title glued to its number (blind form 503, 640)', () => {
  it('`第一章发展基础` on a line of its own is a chapter heading; an article glued to its words and a long glued line are not', () => {
    assert.deepEqual(headings('山东省规划\n\n第一章发展基础\n\n一、发展现状\n\n第二章 总体要求\n\n一、目标\n'), [
      '1第一章发展基础',
      '2一、发展现状',
      '1第二章总体要求',
      '2一、目标',
    ]);
    assert.deepEqual(headings('某市条例\n第一条为了规范管理，制定本条例。\n第一章节能减排工作要在全市范围内深入推进并取得实效\n'), []);
  });
});

describe('parser: flattened copies (every line break lost, lines joined with a space)', () => {
  const flat = (...lines: string[]) => {
    const text = lines.join(' ');
    assert.ok(text.length >= 250, `a flattened copy is a long line (${text.length})`);
    return text;
  };
  const notice = [
    '区政府办公室关于印发2023年区目标任务责任分解方案的通知',
    '各街道办事处、区政府各部门：现将《2023年区目标任务责任分解方案》印发给你们，并就有关事项通知如下：',
    '一、提高政治站位。各责任单位要高度重视，切实加强领导，对照目标任务逐项细化，确保各项任务按时保质完成。',
    '二、压实工作责任。各牵头单位要加大统筹协调力度，加强与责任单位的沟通联系，及时解决工作推进中的困难问题。',
    '三、强化督查考核。区政府督查室将定期通报进展情况，通报结果纳入年度绩效考核。',
    '区政府办公室',
  ];
  const plan = [
    '一、主要预期目标',
    '(一)地区生产总值增长7%以上',
    '责任单位:区发展和改革局',
    '(二)固定资产投资增长10%以上',
    '责任单位:区发展和改革局',
  ];
  const issued = [
    '1一、提高政治站位',
    '1二、压实工作责任',
    '1三、强化督查考核',
    '1一、主要预期目标',
    '2(一)地区生产总值增长7%以上',
    '2(二)固定资产投资增长10%以上',
  ];
  it('the document a notice issues: its title standing alone after the notice’s date (and note), then its 一、 again', () => {
    assert.deepEqual(headings(flat(...notice, '2023年1月5日', '(此件公开发布)', '2023年区目标任务责任分解方案', ...plan)), issued);
    // The title in two runs (two lines of it), after the date alone.
    assert.deepEqual(headings(flat(...notice, '2023年1月5日', '2023年区目标任务', '责任分解方案', ...plan)), issued);
    // An attachment's label and title after the date and its note: the attachment's numbering context.
    const model = parseDocument(flat(...notice, '2023年1月5日', '(此件公开发布)', '附件1', '2023年区目标任务清单', ...plan));
    assert.deepEqual(
      model.headings.map((h) => `${h.context}${h.marker}`),
      ['0一、', '0二、', '0三、', '1一、', '1(一)', '1(二)'],
    );
  });
  it('counter-examples: a restart with no notice’s end before the words, words that are no plan’s title, a clause, no blank', () => {
    // Only the notice's own 一、 (whatever the rest of the text gives).
    const firsts = (text: string) => headings(text).filter((h) => h.startsWith('1一、'));
    const none = ['1一、提高政治站位'];
    // No date or sentence end before the words (a signature's words run on into them).
    assert.deepEqual(firsts(flat(...notice, '主要负责同志', '2023年区目标任务责任分解方案', ...plan)), none);
    // Words that name no plan, and words with a comma.
    assert.deepEqual(firsts(flat(...notice, '2023年1月5日', '2023年区目标任务责任分解', ...plan)), none);
    assert.deepEqual(firsts(flat(...notice, '2023年1月5日', '按照方案，2023年区目标任务责任分解方案', ...plan)), none);
    // The marker glued to the words (`…方案一、`), and an enumeration after them (`一是`).
    assert.deepEqual(firsts(flat(...notice, '2023年1月5日', '2023年区目标任务责任分解方案一、主要预期目标', ...plan.slice(1))), none);
    assert.deepEqual(firsts(flat(...notice, '2023年1月5日', '2023年区目标任务责任分解方案', '一是主要预期目标。', ...plan.slice(1))), none);
  });
  it('a table of tasks flattened: after a 序号 header naming the work or who does it, each row number standing as a cell is its row', () => {
    const intro =
      '某区人民政府办公室关于印发2022年区政府工作报告目标任务分解表的通知。各部门要高度重视，切实加强领导，对照目标任务逐项细化，确保各项任务按时保质完成。各牵头单位要加大统筹协调力度，加强与责任单位的沟通联系，及时解决工作推进中的困难问题。区政府督查室将定期通报进展情况，通报结果纳入年度绩效考核。';
    const table = ['2022年区政府工作报告目标任务分解表', '序号', '2022年预期目标', '责任单位'];
    const rows = [
      '1',
      '地区生产总值增长5.5%左右',
      '区发展改革委',
      '2',
      '固定资产投资增长6%左右',
      '区发展改革委',
      '3',
      '工业增加值增长7%左右',
      '区经济信息委',
    ];
    assert.deepEqual(headings(flat(intro, ...table, ...rows, '4', '社会消费品零售总额增长8%左右', '区商务委')), [
      '11地区生产总值增长5.5%左右',
      '12固定资产投资增长6%左右',
      '13工业增加值增长7%左右',
      '14社会消费品零售总额增长8%左右',
    ]);
    // A row per line, its cells between pipes; the first row of a longer list (the report's own numbers) and a row after a unit-like word.
    const piped =
      '序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限 | 80 | 坚持服务跟着项目走,优化“重点项目直通车”工作机制。 | 叶林 | 招商工作部 | 全年 | 81 | 全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”。 | 叶林 | 改革办 | 全年 | 82 | 家禽养殖场改造提升 | 马振明 | 改革办 | 全年 |';
    assert.deepEqual(headings(flat(intro, piped)), [
      '180坚持服务跟着项目走,优化“重点项目直通车”工作机制',
      '181全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”',
      '182家禽养殖场改造提升',
    ]);
  });
  it('counter-examples: no header of tasks, an indicator table, figures and units, numbers in a sentence', () => {
    const intro =
      '某区人民政府办公室关于印发2022年区政府工作报告目标任务分解表的通知。各部门要高度重视，切实加强领导，对照目标任务逐项细化，确保各项任务按时保质完成。各牵头单位要加大统筹协调力度，加强与责任单位的沟通联系，及时解决工作推进中的困难问题。区政府督查室将定期通报进展情况，通报结果纳入年度绩效考核。'.repeat(
        2,
      );
    // Numbers standing between blanks with no 序号 header before them.
    assert.deepEqual(
      headings(flat(intro, '全年新建', '2', '个产业园，', '1', '新建农田', '完成', '2', '县农业农村局', '3', '组织好活动', '区文旅局')),
      [],
    );
    // An indicator table (序号, 指标, 单位, 目标值: no work, no one who does it).
    assert.deepEqual(
      headings(
        flat(
          intro,
          '序号',
          '指标',
          '单位',
          '目标值',
          '1',
          '地区生产总值',
          '亿元',
          '500',
          '2',
          '城镇化率',
          '%',
          '60',
          '3',
          '森林覆盖率',
          '%',
          '40',
        ),
      ),
      [],
    );
    // A figure equal to the next number after its unit cell, a unit after the number, a number glued to its word.
    const rows = headings(
      flat(
        intro,
        '序号',
        '工作任务',
        '责任单位',
        '1',
        '新建高标准农田',
        '万亩',
        '2',
        '县农业农村局',
        '2',
        '推广农业新品种',
        '3',
        '万亩',
        '县农业农村局',
        '3',
        '完成农村改厕',
        '12月底前',
        '县卫健局',
      ),
    );
    assert.deepEqual(rows, ['11新建高标准农田', '12推广农业新品种', '13完成农村改厕']);
  });
  it('a bracketed marker a scraper broke over lines (`（` / `三）…`), joined with a blank, is the next item of its open list', () => {
    const before = [
      '2024年工作回顾',
      '（一）经济运行稳中向好。全年地区生产总值增长5.2%，规模以上工业增加值增长6.1%，固定资产投资增长4.5%，社会消费品零售总额增长7.3%，城乡居民收入稳步增长。全年新增城镇就业5.2万人，居民消费价格涨幅控制在3%以内，节能减排任务全面完成，生态环境持续改善。',
      '（二）产业结构持续优化。新增规模以上工业企业120户，数字经济核心产业增加值增长11.8%，旅游总花费增长11.5%，现代服务业加快发展。全年引进重大产业项目36个，高新技术企业达到520家，科技创新能力持续增强。',
    ];
    const after = ['（', '三）改革开放持续深化、互促共进。营商环境持续改善。', '（四）城乡发展齐头并进、更趋协调。全面完成保交楼任务。'];
    assert.deepEqual(headings(flat(...before, ...after)), [
      '1（一）经济运行稳中向好',
      '1（二）产业结构持续优化',
      '1（ 三）改革开放持续深化、互促共进',
      '1（四）城乡发展齐头并进、更趋协调',
    ]);
    // (Wrapped or as written, the marker on its lines is read as before.)
    assert.deepEqual(
      parseDocument([...before, ...after].join('\n')).headings.map((h) => h.marker),
      ['（一）', '（二）', '（三）', '（四）'],
    );
  });
  it('counter-examples: a spaced bracket inside a sentence, or one its list does not expect', () => {
    const before = [
      '2024年工作回顾',
      '（一）经济运行稳中向好。全年地区生产总值增长5.2%，规模以上工业增加值增长6.1%，固定资产投资增长4.5%，社会消费品零售总额增长7.3%，城乡居民收入稳步增长。全年新增城镇就业5.2万人，居民消费价格涨幅控制在3%以内，节能减排任务全面完成，生态环境持续改善。',
      '（二）产业结构持续优化。新增规模以上工业企业120户，数字经济核心产业增加值增长11.8%，旅游总花费增长11.5%，现代服务业加快发展。全年引进重大产业项目36个，高新技术企业达到520家，科技创新能力持续增强。',
    ];
    const markers = (text: string) => parseDocument(text).headings.map((h) => h.marker);
    assert.deepEqual(markers(flat(...before, '按照第（ 三）款规定执行，营商环境持续改善。')), ['（一）', '（二）']);
    assert.deepEqual(markers(flat(...before, '（', '五）改革开放持续深化。营商环境持续改善。')), ['（一）', '（二）']);
  });
  const outline = [
    '一、坚持“建设教育强市办好人民满意教育”目标',
    '1.全面完成年度工作任务',
    '2.健全教育发展保障体系',
    '3.提升教育系统作风效能',
    '二、突出两项重点工作',
    '(一)全面提高教育教学质量',
    '4.坚持科学教育质量观',
    '5.加强教育质量监测与发展研究',
    '(二)加快推进教育现代化',
    '6.优质普惠发展学前教育和特殊教育',
    '7.优质均衡发展义务教育',
    '8.优质特色发展普通高中',
    '9.创新融合发展职业教育',
    '10.优质内涵发展高等教育',
    '11.推进终身教育创新发展',
  ];
  it('a compilation’s list of its documents ending in rising page numbers at the start (a table of contents) holds no headings', () => {
    const got = headings(
      flat('1.', '2.市教育局2024年工作要点19', '3.市教育局2024年全市教育工作要点29', '4.县教育局2024年工作要点42', ...outline),
    );
    assert.equal(got[0], '1一、坚持“建设教育强市办好人民满意教育”目标');
    assert.equal(got.length, outline.length);
  });
  it('counter-examples: entries whose last numbers fall, or that end in no number, are headings as before', () => {
    const markers = (text: string) =>
      parseDocument(text)
        .headings.slice(0, 4)
        .map((h) => h.marker);
    const falling = flat('1.', '2.市教育局2024年工作要点19', '3.市教育局2024年全市教育工作要点12', '4.县教育局2024年工作要点8', ...outline);
    assert.deepEqual(markers(falling), ['1.', '2.', '3.', '4.']);
    const plain = flat('2024年工作要点', '1.市教育局工作要点', '2.市教育局全市教育工作要点', '3.县教育局工作要点', ...outline);
    assert.deepEqual(markers(plain).slice(0, 3), ['1.', '2.', '3.']);
  });
  const excerpt = [
    '1组织好元宵节戏曲晚会;',
    '2尽快成立曹操高陵和曹魏文化主题公园规划建设指挥部,组织召开曹操高陵规划论证会并付诸实施;',
    '3请国内外知名导演拍摄一部殷商文化题材电影大片;',
    '4加快职业教育园区规划建设。',
    '(五)加快机构改革步伐。市直机关2月份完成,各县(市、区)3月份完成。',
    '(六)抓紧完成2009年度政府目标考核,制定今年责任目标,3月初召开市政府全会。',
    '三、市委常委、统战部长、副市长近期重点工作。',
    '(一)筹备好三个大会。',
    '1 2月26日召开市委、市政府春季造林大会;',
    '2力争2月底或3月初召开市委农村经济工作会议;',
    '3召开市委统战工作会。',
  ];
  const depths = (text: string) => parseDocument(text).headings.map((h) => `${h.depth}${h.marker}`);
  it('items whose bare numbers are glued to their text, in runs of three from 1 after sentence ends; a copy that begins inside a section', () => {
    const outline = ['31', '32', '33', '34', '2(五)', '2(六)', '1三、', '2(一)', '31', '32', '33'];
    assert.deepEqual(depths(flat(...excerpt)), outline);
    // The same outline as on lines of their own.
    assert.deepEqual(depths(excerpt.join('\n')), outline);
  });
  it('counter-examples: a run of two, a digit and a blank, a quantity, an excerpt’s rule after a title', () => {
    const filler = '全年各项工作稳步推进，重点项目建设取得明显成效，城乡面貌持续改善，群众获得感不断增强，社会大局和谐稳定。'.repeat(3);
    // A run of two numbers glued to text after sentence ends is no evidence.
    assert.deepEqual(depths(flat(filler, '1组织好元宵节戏曲晚会;', '2尽快成立规划建设指挥部。', filler)), []);
    // `1 经济发展平稳。` (a digit and a blank: the point lost, as the decimals of the copy were) and quantities (`3月份`, `5家`).
    assert.deepEqual(depths(flat(filler, '1 经济发展平稳。', '2 超额完成招商引资任务。', '3 土地整治稳步推进。', filler)), []);
    assert.deepEqual(depths(flat(filler, '1月份完成;', '2家企业投产;', '3月份召开大会。', filler)), []);
    // A text that opens with its title, not with a heading: (五) (六) 三、 past one after a sentence end are no headings.
    assert.deepEqual(depths(flat('某县2010年近期重点工作安排', ...excerpt)), ['1(一)', '21', '22', '23']);
  });
  const page = [
    '三、加快轉變教育發展方式,推進各級各類教育協調發展',
    '13.辦好學前教育。著力擴大普惠性學前教育資源,加強對各地實施國家學前教育重大項目和學前教育三年行動計畫的指導。推動各地制定和完善扶持普惠性幼稚園的政策。',
    '14.均衡發展九年義務教育。指導各地出台推進義務教育均衡發展的具體措施,加強中小學教輔材料的管理。',
    '15.推動普通高中多樣化發展。加快普及高中階段教育,實施普通高中改造計畫。',
    '16.加快發展現代職業教育。印發現代職業教育體系建設規劃,推進職業教育與產業協同發展,擴大職業院校辦學自主權。',
    '17.提高高等教育品質。推動高校分類發展,加強一流學科建設,提升服務經濟社會發展能力。',
  ];
  it('a flattened copy that begins inside a part, right after its title: its first heading past one and that heading’s first item past one', () => {
    assert.deepEqual(depths(flat('教育局2025年工作計畫', ...page)), ['1三、', '213.', '214.', '215.', '216.', '217.']);
    assert.deepEqual(depths(flat('施政報告', ...page.slice(1).map((l) => l.replace(/^(\d+)\./, '$1. 在')))), [
      '113.',
      '114.',
      '115.',
      '116.',
      '117.',
    ]);
  });
  it('counter-examples: opening words that are no title, a clause, the item after a sentence', () => {
    assert.deepEqual(depths(flat('教育局2025年', ...page)), []);
    assert.deepEqual(depths(flat('按照工作計畫，', ...page)), []);
    // The item past one after a sentence of its part (not right after the part's title) is no heading.
    assert.deepEqual(depths(flat('教育局2025年工作計畫', page[0] + '。全面落實各項任務。', ...page.slice(1))), ['1三、']);
  });
  const levels = [
    '一、筹资标准',
    '(一)个人缴费标准',
    '2025年居民医保筹资标准为每人每年1070元,其中:财政补助670元,个人缴费400元。',
    '(二)资助参保对象及标准',
    '1.特困供养人员按每人400元全额资助;',
    '2.城乡低保对象、丧失劳动能力的残疾人、低保边缘家庭成员,按每人200元定额资助;',
    '3.纳入乡村振兴部门防止返贫致贫监测对象的人员,按每人120元定额资助。',
  ];
  it('items closed by `；` whose lines were joined with a blank after it are items of their own lines, not a list in one sentence', () => {
    assert.deepEqual(
      depths(
        flat(
          '某镇2025年城乡居民医保征缴工作方案',
          '为切实做好2025年度城乡居民基本医疗保险征缴工作,确保应保尽保、应缴尽缴,根据上级文件精神,结合我镇实际,制定本方案。',
          ...levels,
        ),
      ),
      ['1一、', '2(一)', '2(二)', '31.', '32.', '33.'],
    );
  });
  it('counter-examples: a list introduced by a colon, a next item glued to the `；`', () => {
    const parts = '报告共分四个部分：一、2025年工作回顾； 二、2026年总体要求和目标任务； 三、2026年重点工作； 四、加强政府自身建设。';
    assert.deepEqual(
      depths(
        flat(
          '某市2026年政府工作报告',
          '为切实做好2025年度城乡居民基本医疗保险征缴工作,确保应保尽保、应缴尽缴,根据上级文件精神,结合我镇实际,制定本方案。',
          parts,
          ...levels.slice(1),
        ),
      ),
      ['1(一)', '1(二)', '21.', '22.', '23.'],
    );
    const glued = levels
      .slice(0, 4)
      .concat('1.特困供养人员按每人400元全额资助;2.城乡低保对象按每人200元定额资助;3.监测对象按每人120元定额资助。');
    assert.deepEqual(
      depths(
        flat(
          '某镇2025年城乡居民医保征缴工作方案',
          '为切实做好2025年度城乡居民基本医疗保险征缴工作,确保应保尽保、应缴尽缴,根据上级文件精神,结合我镇实际,制定本方案。',
          ...glued,
          levels[2],
        ),
      ),
      ['1一、', '2(一)', '2(二)'],
    );
  });
  const body = [
    '一、指导思想。',
    '以党的十七大精神为指导,深入贯彻落实科学发展观,大力贯彻落实新时期各项卫生工作方针,紧紧围绕卫生事业发展规划,进一步解放思想,开拓创新。',
    '二、主要工作任务',
    '(一)做好深化医药卫生改革工作。认真贯彻落实医药卫生体制改革的各项政策措施,稳步推进公立医院改革。',
    '(二)改进服务,提升医疗卫生服务水平。深入开展医院管理年活动,提高医疗服务质量。',
    '(三)强化监管,推动新农合制度平稳运行。加强新农合基金监管,规范定点医疗机构服务行为,确保基金安全。',
  ];
  it('a site’s contents box under its label after the page’s chrome holds no headings; the text after it is read', () => {
    const box = [
      '目录/提纲:……',
      '一、指导思想',
      '二、主要工作任务',
      '(一)做好深化医药卫生改革工作',
      '(二)改进服务,提升医疗卫生服务水平',
      '……',
    ];
    const text = flat('您的位置:文秘网>>卫生>>正文', '卫生局2009年卫生工作计划', '发表时间:2009/2/13 15:06:54', ...box, ...body);
    assert.deepEqual(depths(text), ['1一、', '1二、', '2(一)', '2(二)', '2(三)']);
    // The headings are the text's, after the box.
    assert.equal(parseDocument(text).headings[0].start, text.indexOf('一、指导思想。'));
  });
  it('counter-examples: the word inside a sentence, a label with fewer than three entries', () => {
    const got = ['1一、', '1二、', '2(一)', '2(二)', '2(三)'];
    assert.deepEqual(depths(flat('卫生局2009年卫生工作计划', '请对照工作目录', ...body)), got);
    // Two entries are no box: they are read as before (the first heading is the entry, not the text's).
    const two = flat('卫生局2009年卫生工作计划', '目录:', '一、指导思想', '二、主要工作任务', ...body);
    assert.equal(parseDocument(two).headings[0].start, two.indexOf('一、指导思想'));
  });
  const notice2 = [
    '区政府办公室关于印发2022年区政府工作报告目标任务分解表的通知',
    '各街道办事处、区政府各部门：现将《2022年区政府工作报告目标任务分解表》印发给你们，请结合实际认真贯彻执行。',
    '一、加强组织领导。各责任单位要高度重视，切实加强领导，对照目标任务逐项细化，确保各项任务按时保质完成。',
    '二、强化督查考核。区政府督查室将加强跟踪督办，定期梳理汇总落实情况，对工作不力的依法依规严肃问责，并将目标任务完成情况纳入年度考核。',
  ];
  it('a notice’s list of its attachments with a blank after each number (`附件:1. 2022年…表  2. …`) holds no headings', () => {
    const text = flat(
      ...notice2,
      '附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表',
      '2. 2022年区政府工作报告重点工作任务分解表',
      '区政府办公室',
    );
    assert.deepEqual(depths(text), ['1一、', '1二、']);
  });
  it('counter-examples: a number after words that are no attachment’s label, a name that is a sentence', () => {
    assert.deepEqual(
      depths(flat(...notice2, '三、保障措施：1. 加强组织领导，各责任单位主要负责同志要亲自抓', '2. 强化工作落实')).slice(-3),
      ['1三、', '21.', '22.'],
    );
    assert.deepEqual(
      depths(
        flat(...notice2, '三、保障措施', '附件:1. 各单位要认真对照，逐项落实，各责任单位主要负责同志要亲自抓', '2. 强化工作落实'),
      ).slice(-3),
      ['1三、', '21.', '22.'],
    );
  });
});

describe('parser: hard-wrapped copies (every line cut at a fixed width)', () => {
  const markers = (text: string) => parseDocument(text).headings.map((h) => `${h.depth}${h.marker}`);
  it('items whose bare numbers are glued to their text run on over the rest of an item the wrap cut', () => {
    const text = [
      '1组织好元宵节戏曲晚会;',
      '2尽快成立曹操高陵和曹魏文化主题公园规划建设指挥部,组织召开曹操高陵规划论',
      '证会并付诸实施;',
      '3请国内外知名导演拍摄一部殷商文化题材电影大片;',
      '4加快林州滑翔基地开发建设,努力打造一流的集比赛、休闲和旅游为一体的航空运动',
      '基地;',
      '5加快职业教育园区规划建设。',
    ].join('\n');
    assert.deepEqual(markers(text), ['11', '12', '13', '14', '15']);
  });
  it('counter-examples: a line that follows a closed item, more than two cut lines, a marker between', () => {
    // After `;` the item is closed: the line after it is no rest of it, and the run 1 2 is too short.
    assert.deepEqual(
      markers(
        ['1组织好元宵节戏曲晚会;', '各单位要抓好落实,确保取得实效。', '2尽快成立规划建设指挥部;', '3请知名导演拍摄电影大片;'].join('\n'),
      ),
      [],
    );
    assert.deepEqual(
      markers(
        ['1组织好元宵节戏曲晚会,', '并做好', '安全保卫', '和后勤保障', '2尽快成立规划建设指挥部;', '3请知名导演拍摄电影大片;'].join('\n'),
      ),
      [],
    );
  });
});
