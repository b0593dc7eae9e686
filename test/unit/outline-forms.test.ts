/**
 * Forms in which real plans arrive (docs/domain.md §6) that the outline must read, each with a
 * small inline document, its exact outline, and a counter-example that must not become a heading.
 */
import { strict as assert } from 'assert';
import { parseDocument } from '../../server/src/core/model/parse';
import { formatMarker } from '../../server/src/core/model/markers';
import { analyze } from '../../server/src/core/services/analyze';
import { formatEdits } from '../../server/src/core/services/format';
import { verifiedFixAll } from '../../server/src/core/services/fixAll';

/** `depth marker title` of every heading. */
const outline = (text: string) => parseDocument(text).headings.map((h) => `${h.depth} ${h.marker} ${h.title}`);

describe('outline forms: a glossary after the text', () => {
  it('名词解释 alone on a line starts a new numbering context: its 1.… are depth 1', () => {
    const text =
      '某省2026年政府工作报告\n一、工作安排\n（一）扩大内需\n推进建设。\n1.抓项目\n做好工作。\n各位代表！让我们携手奋进。\n名词解释\n1.“两重”：是指国家重大战略实施。\n2.“两新”：是指设备更新。\n';
    assert.deepEqual(outline(text), ['1 一、 工作安排', '2 （一） 扩大内需', '3 1. 抓项目', '1 1. “两重”', '1 2. “两新”']);
    assert.deepEqual(
      parseDocument(text).contexts.map((c) => [c.kind, c.label]),
      [
        ['main', ''],
        ['appendix', '名词解释'],
      ],
    );
  });

  it('the word inside a sentence or a heading title opens nothing', () => {
    const text = '某省2026年工作要点\n一、工作安排\n1.做好名词解释工作\n注释：见下文。\n2.抓落实\n';
    assert.deepEqual(outline(text), ['1 一、 工作安排', '2 1. 做好名词解释工作', '2 2. 抓落实']);
    assert.equal(parseDocument(text).contexts.length, 1);
  });
});

describe('outline forms: a flattened report (its line breaks lost): the glossary and a second copy', () => {
  const prose = '全省上下坚持稳中求进，推动高质量发展，经济运行总体平稳，民生福祉持续增进，各项事业取得新进展。';
  it('名词解释 (or 名词注释) before the first 1. on the long line opens the glossary’s context', () => {
    const text = `某省2026年政府工作报告 一、工作安排 （一）扩大内需 ${prose} 1.抓项目 ${prose} 2.促消费 ${prose}${prose} 各位代表！让我们携手奋进。 名词解释 1.“两重”：是指国家重大战略实施。 2.“两新”：是指设备更新。`;
    assert.deepEqual(outline(text), ['1 一、 工作安排', '2 （一） 扩大内需', '3 1. 抓项目', '3 2. 促消费', '1 1. “两重”', '1 2. “两新”']);
    assert.deepEqual(
      parseDocument(text).contexts.map((c) => [c.kind, c.label]),
      [
        ['main', ''],
        ['appendix', '名词解释'],
      ],
    );
    const noted = text.replace(' 名词解释 1.', ' 附件 《政府工作报告》有关内容名词注释 1.');
    assert.deepEqual(
      parseDocument(noted).contexts.map((c) => c.kind),
      ['main', 'appendix'],
    );
    // The word inside a sentence before a 1. opens nothing.
    const inSentence = text.replace(' 名词解释 1.“两重”', ' 做好名词解释，形成清单。 1.“两重”');
    assert.equal(parseDocument(inSentence).contexts.length, 1);
  });

  it('the title again, standing alone after a copy with headings, starts the second copy’s context', () => {
    const body = `一、积极扩大外资规模 1、建立外资目标管理体系。${prose} 2、下放外资项目核准权限。${prose} 二、调整出口结构 3、推动机电产品出口。${prose}`;
    const text = `2006年某省外经贸工作要点 2006-01-10 文章来源：全省外经贸工作会议 ${body} （首发子站：某市商务之窗） 2006年某省外经贸工作要点 2006-01-10 ${body}`;
    const model = parseDocument(text);
    assert.deepEqual(
      model.contexts.map((c) => c.kind),
      ['main', 'document'],
    );
    assert.deepEqual(
      model.headings.map((h) => `${h.context} ${h.marker}`),
      ['0 一、', '0 1、', '0 2、', '0 二、', '0 3、', '1 一、', '1 1、', '1 2、', '1 二、', '1 3、'],
    );
    // The title's words inside a sentence (`政府工作计划一文来源于…`) are no copy.
    const phrase = `2006年某省外经贸工作要点 来源：网站 ${body} 导语：2006年某省外经贸工作要点一文来源于网友上传。 （一）做好工作。${prose}`;
    assert.equal(parseDocument(phrase).contexts.length, 1);
  });
});

describe('outline forms: a flattened report (its line breaks lost): an attachment’s label and title', () => {
  const prose = '全省上下坚持稳中求进，推动高质量发展，经济运行总体平稳，民生福祉持续增进，各项事业取得新进展。';
  const body = `某省2026年政府工作报告 一、工作回顾 ${prose}${prose} 二、工作安排 （一）扩大内需 ${prose} 1.抓项目 ${prose} 2.促消费 ${prose}${prose} 各位代表！让我们携手奋进！`;
  const contexts = (text: string) => parseDocument(text).contexts.map((c) => [c.kind, c.label]);
  it('附件 and its title before the first 1. (each had a line) open the attachment’s context', () => {
    const text = `${body} 附件 2026年省民生实事 1.发放劳务报酬20亿元以上。 2.实现城镇新增就业18万人以上。`;
    assert.deepEqual(outline(text), [
      '1 一、 工作回顾',
      '1 二、 工作安排',
      '2 （一） 扩大内需',
      '3 1. 抓项目',
      '3 2. 促消费',
      '1 1. 发放劳务报酬20亿元以上',
      '1 2. 实现城镇新增就业18万人以上',
    ]);
    assert.deepEqual(contexts(text), [
      ['main', ''],
      ['attachment', '附件 2026年省民生实事'],
    ]);
    // A lead paragraph between the title and the first item: `一、` numbers on in the attachment.
    const lead = `${body} 附件1 2026年省十件民生实事 坚持民生为大，办好十件实事。 一、提高低保标准 ${prose} 二、建立长期护理保险 ${prose}`;
    assert.deepEqual(outline(lead).slice(5), ['1 一、 提高低保标准', '1 二、 建立长期护理保险']);
    assert.deepEqual(contexts(lead)[1], ['attachment', '附件1 2026年省十件民生实事']);
  });

  it('a notice’s list of attachments, a label inside a sentence or a title running into one opens nothing', () => {
    for (const tail of [
      ' 附件：1.2026年省民生实事 2.任务分工表',
      ' 详见附件1 2026年省民生实事 1.发放劳务报酬。',
      ' 附件1 2026年省民生实事，由各地落实 1.发放劳务报酬。',
    ])
      assert.equal(parseDocument(body + tail).contexts.length, 1, tail);
  });
});

describe('outline forms: a flattened copy that kept the indents of its lines', () => {
  it('a run of blanks after a title ends it, and a heading found inside the title before it ends that one', () => {
    const prose = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，紧紧围绕市委市政府中心工作。';
    const text = `2023年某市政务公开工作要点    为深入推进政务公开，制定本要点。    一、总体要求    (一)指导思想    ${prose}${prose}    (二)工作目标    ${prose}${prose}    二、深化公开    (一)加强信息公开    1.聚焦战略部署    ${prose}${prose}`;
    assert.deepEqual(outline(text), [
      '1 一、 总体要求',
      '2 (一) 指导思想',
      '2 (二) 工作目标',
      '1 二、 深化公开',
      '2 (一) 加强信息公开',
      '3 1. 聚焦战略部署',
    ]);
    // Words after a single blank inside a title on a line of its own stay in it as before (`一、总体 要求`
    // is cut at the blank after a CJK character either way); a title followed by a blank run and text is cut.
    assert.deepEqual(outline('某市工作要点\n一、总体要求      （此件公开）\n内容。\n'), ['1 一、 总体要求']);
  });
});

describe('outline forms: a flattened copy that opens with a writing site’s contents box', () => {
  const prose = '过去的一年，极不平凡。在县委的坚强领导下，我们认真践行新发展理念，地区生产总值增长5.2%，各项事业取得新进展。';
  const box = '一、2023年工作回顾 二、2024年工作安排 (一)聚焦项目建设 (二)聚焦工业强县 三、全面加强政府自身建设';
  it('the entries are no headings when the first stands again later; the report’s own headings are read', () => {
    const text = `${box} 2024年某县政府工作报告 各位代表: 现在,我代表县人民政府,向大会报告工作。 一、2023年工作回顾 ${prose}${prose} 二、2024年工作安排 (一)聚焦项目建设 ${prose}${prose}`;
    assert.deepEqual(outline(text), ['1 一、 2023年工作回顾', '1 二、 2024年工作安排', '2 (一) 聚焦项目建设']);
  });

  it('headings one after the other at the start that never stand again are headings', () => {
    const text = `${box} ${prose}${prose}${prose}${prose}`;
    assert.deepEqual(outline(text).slice(0, 2), ['1 一、 2023年工作回顾', '1 二、 2024年工作安排']);
    const two = `一、总体要求 （一）指导思想 坚持稳中求进。${prose}${prose}${prose} 一、总体要求 ${prose}`;
    assert.deepEqual(outline(two).slice(0, 2), ['1 一、 总体要求', '2 （一） 指导思想']);
  });
});

describe('outline forms: a table flattened one cell per line', () => {
  const table = [
    '附件',
    '重点任务分解表',
    '序号',
    '工作任务',
    '牵头单位',
    '一、稳定增长',
    '1',
    '地区生产总值增长6%左右。',
    '区发展改革委',
    '2',
    '固定资产投资增长8%',
    '区商务委',
    '二、改善民生',
    '5',
    '新增就业1万人',
    '区人力社保局',
  ].join('\n');

  it('after the 序号 header a cell holding only the next row number is the row, titled by the next cell', () => {
    assert.deepEqual(outline(`某区2022年工作要点\n${table}\n`), [
      '1 一、 稳定增长',
      '2 1 地区生产总值增长6%左右',
      '2 2 固定资产投资增长8%',
      '1 二、 改善民生',
      // right after a group row a later number is a row too (a copy that left rows out)
      '2 5 新增就业1万人',
    ]);
  });

  it('a data cell holding another number is not a row', () => {
    const data = '某区2022年工作要点\n序号\n指标\n目标\n1\n新建学校\n7\n所\n2\n新增床位\n300\n张\n';
    assert.deepEqual(outline(data), ['1 1 新建学校', '1 2 新增床位']);
  });

  it('cells closed by ` |` (a page’s table export, blind forms 87/99): `序号 |` opens the table, `1 |` is the row', () => {
    const doc =
      '2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任单位 |\n1 |\n全力服务重大项目落地见效。 |\n招商工作部 |\n2 |\n盘活存量土地400亩。 |\n改革办 |\n';
    assert.deepEqual(outline(doc), ['1 1 全力服务重大项目落地见效', '1 2 盘活存量土地400亩']);
  });

  it('counter-examples: `序号|工作任务|…` on one line is a header row (rows on one line), and a data cell `400 |` is no row', () => {
    const oneLine = '某区2025年工作清单\n序号|工作任务|责任单位\n1|盘活存量土地|改革办\n';
    // (The title is the row's first cell: a pipe separates cells as a tab does, thirteenth blind set.)
    assert.deepEqual(outline(oneLine), ['1 1 盘活存量土地']);
    const data = '某区2025年工作清单\n序号 |\n指标 |\n目标 |\n1 |\n盘活土地 |\n400 |\n2 |\n新增企业 |\n3 |\n';
    assert.deepEqual(outline(data), ['1 1 盘活土地', '1 2 新增企业']);
  });

  it('bare numbers on their own lines with no 序号 header (page numbers of a PDF copy) are not headings', () => {
    const pdf = '某区2022年工作要点\n一、稳定增长\n做好经济工作，\n1\n推进项目建设。\n2\n二、改善民生\n抓好就业。\n3\n';
    assert.deepEqual(outline(pdf), ['1 一、 稳定增长', '1 二、 改善民生']);
  });
});

describe('outline forms: bare numbers glued to the text', () => {
  it('a run of three or more lines numbered 1, 2, 3 with no mark are items; shorter runs after a heading too', () => {
    const text =
      '某市2010年近期重点工作\n一、筹备好三个大会\n1 2月26日召开春季造林大会;\n2力争召开农村经济工作会议;\n3召开统战工作会。\n二、召开现场会\n1在林州召开现场会;\n2高效农业推进现场会。\n';
    assert.deepEqual(outline(text), [
      '1 一、 筹备好三个大会',
      '2 1 2月26日召开春季造林大会;',
      '2 2 力争召开农村经济工作会议;',
      '2 3 召开统战工作会',
      '1 二、 召开现场会',
      '2 1 在林州召开现场会;',
      '2 2 高效农业推进现场会',
    ]);
  });

  it('one such line, repeated ones (related-links bullets) or quantities are not items', () => {
    const links = '某市2024年工作要点\n一、总体要求\n做好工作。\n1匯特通公司发展动态\n1二十届三中全会文件解读\n1贵州举行新闻发布会\n';
    assert.deepEqual(outline(links), ['1 一、 总体要求']);
    const dates = '某市2024年工作要点\n一、总体要求\n1月召开动员会。\n2月完成部署。\n3月开展检查。\n';
    assert.deepEqual(outline(dates), ['1 一、 总体要求']);
    const short = '某市2024年工作要点\n一、总体要求\n做好工作，\n1项目开工。\n2项目竣工。\n';
    assert.deepEqual(outline(short), ['1 一、 总体要求']);
  });
});

describe('outline forms: a copy that begins inside a section', () => {
  it('a first list that starts past one, under styles the rest nests deeper, takes their depths', () => {
    const text =
      '1甲项工作;\n2乙项工作;\n3丙项工作。\n(五)加快改革步伐。\n(六)完成考核。\n三、副市长近期重点工作\n(一)筹备大会。\n1召开大会;\n2召开会议;\n3召开座谈会。\n';
    assert.deepEqual(outline(text), [
      '3 1 甲项工作;',
      '3 2 乙项工作;',
      '3 3 丙项工作',
      '2 (五) 加快改革步伐',
      '2 (六) 完成考核',
      '1 三、 副市长近期重点工作',
      '2 (一) 筹备大会',
      '3 1 召开大会;',
      '3 2 召开会议;',
      '3 3 召开座谈会',
    ]);
    const model = parseDocument(text);
    assert.deepEqual(
      model.roots.map((h) => h.marker),
      ['1', '2', '3', '(五)', '(六)', '三、'],
    );
  });

  it('a numbered preamble counted from one before 一、 stays at the top', () => {
    assert.deepEqual(outline('某市2025年工作\n1、前言甲\n2、前言乙\n一、正文\n（一）细目\n1、子项\n'), [
      '1 1、 前言甲',
      '1 2、 前言乙',
      '1 一、 正文',
      '2 （一） 细目',
      '3 1、 子项',
    ]);
  });
});

describe('outline forms: a table of contents', () => {
  it('numbered entries ending in rising page numbers are not headings', () => {
    const text =
      '1.\n2.市教育局2024年工作要点19\n3.市教育局2024年全市教育工作要点29\n4.县教育局2024年工作要点42\n一、坚持目标\n1.完成年度任务\n2.健全保障体系\n';
    assert.deepEqual(outline(text), ['1 一、 坚持目标', '2 1. 完成年度任务', '2 2. 健全保障体系']);
  });

  it('headings whose titles end in numbers that do not rise as pages do stay headings', () => {
    const text = '某市2024年工作要点\n1.建设学校12\n2.改造道路8\n3.新增公园3\n';
    assert.deepEqual(outline(text), ['1 1. 建设学校12', '1 2. 改造道路8', '1 3. 新增公园3']);
  });
});

describe('outline forms: a title that begins with digits', () => {
  it('11.121人才梯队项目 between 10. and 12. is item 11', () => {
    const text = '某市人才工作方案\n一、行动计划\n10.羊城学者项目。\n11.121人才梯队项目。培养人才。\n12.博士后培养项目。\n';
    assert.deepEqual(outline(text), ['1 一、 行动计划', '2 10. 羊城学者项目', '2 11. 121人才梯队项目', '2 12. 博士后培养项目']);
  });

  it('a decimal, a year or a number with no next item is not', () => {
    const money = '某市工作方案\n一、行动计划\n10.做好工作。\n11.5亿元资金到位。\n12.抓好落实。\n';
    assert.deepEqual(outline(money), ['1 一、 行动计划', '2 10. 做好工作', '2 12. 抓好落实']);
    const year = '某市工作方案\n附件：1.培育对象名单\n2.2023年度升级名单\n3.省级名单\n';
    assert.ok(!outline(year).some((r) => r.includes('2023')));
    const last = '某市工作方案\n一、行动计划\n10.做好工作。\n11.121人才梯队项目。\n';
    assert.deepEqual(outline(last), ['1 一、 行动计划', '2 10. 做好工作']);
  });
});

describe('outline forms: a document site text layer', () => {
  const sentence = '统筹推进县域义务教育优质均衡发展和城乡一体化，建立城乡学校协同发展机制，提高确需保留的乡村小规模学校教育教学质量。';
  const long = (n: number) => sentence.repeat(n);

  it('chunk numbers after lines cut mid-word are not headings; the plan inside is read, spaced and glued markers too', () => {
    const text = [
      '《县教育局2024年工作要点.docx》由会员分享，可在线阅读。',
      `1、县教育局2024年工作要点1.全面坚持党的领导。${long(3)}2 .全面落实立德树人根本任务。${long(2)}培养有本`,
      `2、领、有担当的时代新人。3 .推进教育高质量发展。${long(3)}4 不断加强师资队伍建设。${long(2)}完善教师职称评聘`,
      '3、制度和教师工资待遇长效保障机制。',
    ].join('\n');
    assert.deepEqual(outline(text), [
      '1 1. 全面坚持党的领导',
      '1 2 . 全面落实立德树人根本任务',
      '1 3 . 推进教育高质量发展',
      '1 4 不断加强师资队伍建设',
    ]);
  });

  it('form 510: under the site chrome one mid-word break makes two chunks; a blanked year after the glued first marker, and a first item glued to the rest of the cut title, are read', () => {
    const chrome = [
      '县教育局xx年教育工作要点',
      '页数:9页',
      '县教育局xx年教育工作要点_第1页',
      '资源描述:',
      '《县教育局xx年教育工作要点》由会员上传分享,免费在线阅读',
    ];
    const text = [
      ...chrome,
      `1、县教育局XX年教育工作要点一、n年全县教育工作指导思想以科学发展观为指导。${long(4)}二、xx年全县教育工作主要目标任务(一)继续实施教育发展“十大工程”,推进`,
      `2、义务教育均衡发展1、进一步推进教育发展工程“创星”活动。${long(2)}2、提升普通高中教育品牌。${long(1)}`,
    ].join('\n');
    assert.deepEqual(outline(text), [
      '1 一、 n年全县教育工作指导思想以科学发展观为指导',
      '1 二、 xx年全县教育工作主要目标任务',
      '2 (一) 继续实施教育发展“十大工程”,推进',
      '3 1、 进一步推进教育发展工程“创星”活动',
      '3 2、 提升普通高中教育品牌',
    ]);
    // Counter-examples: without the chrome one break is not enough (the numbers stay headings); under it, numbered
    // paragraphs after sentence ends stay headings.
    const bare = [`1、加强党的建设${long(5)}推进`, `2、义务教育均衡发展。${long(2)}`].join('\n');
    assert.deepEqual(
      parseDocument(bare).headings.map((h) => `${h.depth} ${h.marker}`),
      ['1 1、', '1 2、'],
    );
    const items = [...chrome, `1、加强党的建设。${long(3)}`, `2、落实根本任务。${long(3)}`].join('\n');
    assert.deepEqual(outline(items), ['1 1、 加强党的建设', '1 2、 落实根本任务']);
  });

  it('numbered paragraphs after lines that end a sentence stay headings', () => {
    const text = `某县2024年工作要点\n1、加强党的建设。${long(3)}\n2、落实根本任务。${long(3)}\n3、推进高质量发展。${long(1)}\n`;
    assert.deepEqual(outline(text), ['1 1、 加强党的建设', '1 2、 落实根本任务', '1 3、 推进高质量发展']);
  });

  it('the next item glued to the tag that closes an item in a flattened text is a heading', () => {
    const text = `某市2022年工作要点一、坚持系统集成1.全面实施清单管理。${long(3)}（市政府办公室牵头）2.持续深化改革。${long(2)}办结3.5万件。（市政务局牵头）3.推进审批服务标准化。`;
    assert.deepEqual(outline(text), ['1 一、 坚持系统集成', '2 1. 全面实施清单管理', '2 2. 持续深化改革', '2 3. 推进审批服务标准化']);
  });

  it('the next item glued to the last word of a flattened text is a heading; a quantity is not', () => {
    const text = `某市2024年工作要点总体要求：做好工作。一、坚持党建引领1.强化理论武装。${long(2)}做到“两个维护：${long(1)}责任科室：组织科等2 .夯实基层党组织建设。全年投资3.5亿元，${long(1)}新增企业。3 家企业入选。`;
    assert.deepEqual(outline(text), ['1 一、 坚持党建引领', '2 1. 强化理论武装', '2 2 . 夯实基层党组织建设']);
  });
});

describe('outline forms: the first heading glued to the title on a short line', () => {
  it('a title line that runs on into the first item of a list continued below is a heading', () => {
    const text =
      '区教育局202x年工作计划(一)强化政治建设,进一步加强党对教育工作的全面领导。\n一是将学习作为重大政治任务。\n(二)强化群众期盼,加快建设高质量教育体系。\n一是做好学前教育相关工作。\n';
    // The half-width comma is no title's end (as in the golden of corpus 364).
    assert.deepEqual(outline(text), ['1 (一) 强化政治建设,进一步加强党对教育工作的全面领导', '1 (二) 强化群众期盼,加快建设高质量教育体系']);
    const full = '某县2024年工作要点（一）全面加强党的建设。\n抓好理论学习。\n（二）推动高质量发展。\n';
    assert.deepEqual(outline(full), ['1 （一） 全面加强党的建设', '1 （二） 推动高质量发展']);
  });

  it('with no second item below, a clause before the title word, or a particle after the marker, it is not a heading', () => {
    // No (二) at the start of a later line: the 一、 list is the plan's.
    const alone = '某县2024年工作计划(一)为全面推进工作制定本计划。\n一、总体要求\n做好工作。\n二、主要任务\n';
    assert.deepEqual(outline(alone), ['1 一、 总体要求', '1 二、 主要任务']);
    // A line that begins with the title of a notice quoting the part's number.
    const notice =
      '关于印发某县2024年工作要点(一)的通知已下发，请抓好落实。\n各乡镇：\n现将要点印发给你们。\n(一)加强党建。\n(二)推进发展。\n';
    assert.deepEqual(outline(notice), ['1 (一) 加强党建', '1 (二) 推进发展']);
    // A sentence that names the plan: the line does not begin with the title.
    const sentence = '会议指出，2024年工作要点(一)加强党建要抓实。\n(二)推进发展。\n';
    assert.deepEqual(outline(sentence), ['1 (二) 推进发展']);
    // A period in brackets after the title is no marker.
    const period = '某市教育事业发展规划(2021-2025年)\n一、发展基础\n(一)主要成就\n(二)面临形势\n';
    assert.deepEqual(outline(period), ['1 一、 发展基础', '2 (一) 主要成就', '2 (二) 面临形势']);
  });
});

describe('outline forms: a flattened copy that begins inside a part', () => {
  const body = '全市产品质量整治工作完成了预定的任务，通过了省政府的全面验收，受到了市委、市政府的充分肯定。'.repeat(6);

  it('its first heading may be past one when a short title closed by ： follows', () => {
    const text = `${body}五、存在的主要问题: 一是运行机制还不适应。二是出口企业面临新情况。六、下一步工作打算: 一是抓好开放。二是抓好招商。`;
    assert.deepEqual(outline(text), ['1 五、 存在的主要问题', '1 六、 下一步工作打算']);
  });

  it('a numeral list inside a sentence is not', () => {
    const text = `${body}五、六年级学生参加了活动，三、四季度进出口增长。`;
    assert.deepEqual(outline(text), []);
  });
});

describe('outline forms: a token standing for lost paragraph breaks', () => {
  it('IAh repeated after sentence ends ends a title', () => {
    const text = `会员登录\n${'各位代表：现在，我代表县人民政府向大会报告工作。IAh   '.repeat(8)}一、2019年工作回顾IAh   过去一年，是新中国成立70周年。IAh   二、2020年工作安排IAh   今年是全面建成小康社会之年。`;
    assert.deepEqual(outline(text), ['1 一、 2019年工作回顾', '1 二、 2020年工作安排']);
  });

  it('an acronym in a title is kept', () => {
    assert.deepEqual(outline('某市2024年工作要点\n一、推进5G建设\n二、实施GEP 核算试点\n'), [
      '1 一、 推进5G建设',
      '1 二、 实施GEP 核算试点',
    ]);
  });
});

describe('outline forms: seen first on the blind set', () => {
  it('a title that starts with its own numeral (一、一季度工作总结) is a heading; a list of numerals is not', () => {
    const text = '某乡2022年工作总结和计划\n一、一季度工作总结\n（一）经济指标稳步增长\n二、二季度工作计划\n（一）抓好项目\n';
    assert.deepEqual(outline(text), ['1 一、 一季度工作总结', '2 （一） 经济指标稳步增长', '1 二、 二季度工作计划', '2 （一） 抓好项目']);
    assert.deepEqual(outline('某乡2022年工作总结\n一、二季度进出口增长较快。\n三、四季度要抓好落实。\n'), []);
  });

  it('the parts of a report listed inside one sentence are not headings', () => {
    const text =
      '《政府工作报告》全文。报告共分四个部分：一、2025年工作回顾；二、主要目标和重大任务；三、总体要求和政策取向；四、2026年政府工作任务。\n\n各位代表：\n一、2025年工作回顾\n过去一年极不平凡。\n';
    assert.deepEqual(outline(text), ['1 一、 2025年工作回顾']);
    // A list introduced by a colon whose items are sections of their own stays.
    assert.deepEqual(outline('某市2024年工作要点\n主要任务如下： 1、加强队伍建设。开展培训。 2、强化保障。落实资金。\n'), [
      '1 1、 加强队伍建设',
      '1 2、 强化保障',
    ]);
  });

  it('a contents box under 目录 is not the structure; the text after it is', () => {
    const text =
      '某局2009年工作计划\n目录/提纲:……\n一、指导思想\n二、主要工作任务\n(一)深化改革\n(二)改进服务\n三、工作措施\n……\n\n  一、指导思想。\n  以科学发展观为指导。\n  二、主要工作任务\n';
    assert.deepEqual(outline(text), ['1 一、 指导思想', '1 二、 主要工作任务']);
    // `目录` as a word in a heading opens nothing.
    assert.deepEqual(outline('某局2009年工作计划\n一、编制目录\n二、清理提纲\n三、抓好落实\n'), [
      '1 一、 编制目录',
      '1 二、 清理提纲',
      '1 三、 抓好落实',
    ]);
  });

  it('an attachment-name list whose first name starts with a year is not read as headings', () => {
    const text =
      '各区县人民政府：\n现印发给你们，请认真贯彻执行。\n附件:1.2020年政府工作报告重点工作责任分解\n2.十方面民生实事责任分解\n某市人民政府办公室\n附件1\n2020年重点工作责任分解\n一、市长主抓重点工作\n1.支持企业发展。\n';
    assert.deepEqual(outline(text), ['1 一、 市长主抓重点工作', '2 1. 支持企业发展']);
  });

  it('in a flattened section the first sub-item follows any sentence; in a paragraph of a multi-line text it does not', () => {
    const long = '全镇上下坚持以新时代中国特色社会主义思想为指导，紧紧围绕建设目标，全面推进各项工作。'.repeat(6);
    const text = `2022年x镇政府工作报告各位代表：现在向大会报告工作。一、2021年工作总结${long}\n\n地方财政收入完成1525万元。(一)一年的拼搏奋斗，经济发展更加强劲。深度谋划招商引资方向。`;
    assert.deepEqual(
      outline(text).map((r) => r.slice(0, 12)),
      ['1 一、 2021年工作', '2 (一) 一年的拼搏奋'],
    );
    const lines = '某镇2022年工作要点\n一、总体要求\n全面推进各项工作。(一)至(三)项由镇政府负责。\n';
    assert.deepEqual(outline(lines), ['1 一、 总体要求']);
  });

  it('the parent at the start of the long line (the copy begins with it) has its first sub-item after any sentence too', () => {
    const prose = '全区上下坚持稳中求进，推动高质量发展，经济运行总体平稳，民生福祉持续增进，各项事业取得新进展。';
    const text = `一、2013年工作回顾 2013年，我们${prose}${prose}圆满完成了年度工作任务。 (一)经济平稳健康发展 1.经济实力不断增强。${prose} 2.质量效益持续提升。${prose}${prose}`;
    assert.deepEqual(outline(text), ['1 一、 2013年工作回顾', '2 (一) 经济平稳健康发展', '3 1. 经济实力不断增强', '3 2. 质量效益持续提升']);
    // The parent's line of ordinary length (its paragraph after it on a line of its own): a sub-item
    // inside the paragraph after a sentence is not read.
    assert.deepEqual(outline(text.replace('工作回顾 2013年', '工作回顾\n2013年')), ['1 一、 2013年工作回顾']);
  });
});

describe('outline forms: a flattened copy whose headings have commas in their titles', () => {
  const body = '实行新的利用外资指标通报制度，增加外资登记注册率、外资到位率等项指标，完善考核办法，加强督促检查。'.repeat(3);
  it('after a run-in heading of a long line, a title with commas and a space before 1、 is the heading’s title and 1、 its first item', () => {
    const text = `某省2006年外经贸工作要点 一、积极扩大外资规模，提高利用外资质量和水平 1、建立完善利用外资目标管理和评价体系。${body} 2、进一步下放外资项目核准权限。${body} 二、调整出口结构，转变外贸增长方式`;
    assert.deepEqual(outline(text), [
      '1 一、 积极扩大外资规模，提高利用外资质量和水平',
      '2 1、 建立完善利用外资目标管理和评价体系',
      '2 2、 进一步下放外资项目核准权限',
      '1 二、 调整出口结构，转变外贸增长方式',
    ]);
  });

  it('items numbered on across the sections go on after the next section’s title (二、… 3、); a number out of turn does not', () => {
    const text = (n: number) =>
      `某省2006年外经贸工作要点 一、积极扩大外资规模，提高利用外资质量和水平 1、建立完善利用外资目标管理和评价体系。${body} 2、进一步下放外资项目核准权限。${body} 二、调整出口结构，转变外贸增长方式 ${n}、推动机电和高新技术产品出口。${body}`;
    assert.deepEqual(outline(text(3)).slice(3), ['1 二、 调整出口结构，转变外贸增长方式', '2 3、 推动机电和高新技术产品出口']);
    assert.deepEqual(outline(text(5)).slice(3), ['1 二、 调整出口结构，转变外贸增长方式']);
  });

  it('counter-examples: a title that ends a sentence before the space, and the same text on short lines', () => {
    const sentence = `某省2006年外经贸工作要点 一、积极扩大外资规模。提高利用外资质量和水平 1、建立完善利用外资目标管理和评价体系。${body}${body}`;
    assert.ok(sentence.length >= 250);
    assert.deepEqual(
      outline(sentence).map((r) => r.slice(0, 9)),
      ['1 一、 积极扩大'],
    );
    const lines = '某省2006年外经贸工作要点\n一、积极扩大外资规模，提高利用外资质量和水平 1、建立完善利用外资目标管理和评价体系。\n';
    assert.deepEqual(outline(lines), ['1 一、 积极扩大外资规模，提高利用外资质量和水平']);
  });
});

describe('outline forms: a table pasted one row per line', () => {
  it('after a 序号 header row, a line starting with the next row number and a cell boundary is the row', () => {
    const text =
      '某区2024年重点任务分解表\n序号\t重点任务\t牵头单位\t完成时限\n1\t推进项目建设\t区发展改革委\t2024年12月\n2\t优化营商环境\t区市场监管局\t长期坚持\n3 | 扩大有效投资 | 区财政局 | 2024年6月\n';
    assert.deepEqual(outline(text), ['1 1 推进项目建设', '1 2 优化营商环境', '1 3 扩大有效投资']);
  });

  it('with no 序号 header, or a number out of turn, lines starting with numbers are not rows', () => {
    assert.deepEqual(outline('某区2024年工作要点\n指标\t目标\t单位\n1\t推进项目建设\t区发展改革委\n2\t优化营商环境\t区市场监管局\n'), []);
    assert.deepEqual(outline('某区2024年工作要点\n序号\t指标\t目标\n1\t新建学校\t3\n5\t新增床位\t300\n'), ['1 1 新建学校']);
  });
});

describe('outline forms: articles numbered in Arabic digits', () => {
  it('第1条 and a spaced 第 1 2 条 are articles; renumbering keeps the digits', () => {
    const text = '某市专项资金管理办法\n第一章 总则\n第1条 为了规范管理，制定本办法。\n第2条 本办法适用于全市。\n第 4 条 附则。\n';
    assert.deepEqual(outline(text), ['1 第一章 总则', '2 第1条 为了规范管理，制定本办法', '2 第2条 本办法适用于全市', '2 第 4 条 附则']);
    const h = parseDocument(text).headings[3];
    assert.equal(formatMarker(h.family, h.variant, 3), '第3条');
  });

  it('a reference to an article inside a line, or one glued to its text, is not a heading', () => {
    assert.deepEqual(outline('某市专项资金管理办法\n一、总则\n依照第3条 规定执行。\n第3条规定的资金另行管理。\n'), ['1 一、 总则']);
  });
});

describe('outline forms: the parts of a report', () => {
  it('第一部分 and 第二部分： stand above 一、; renumbering keeps the colon', () => {
    const text =
      '某县2025年政府工作报告\n第一部分　2024年工作回顾\n一、经济运行\n（一）工业\n第二部分：2025年工作安排\n一、总体要求\n第一部分是回顾。\n';
    assert.deepEqual(outline(text), [
      '1 第一部分 2024年工作回顾',
      '2 一、 经济运行',
      '3 （一） 工业',
      '1 第二部分： 2025年工作安排',
      '2 一、 总体要求',
    ]);
    const h = parseDocument(text).headings[3];
    assert.equal(formatMarker(h.family, h.variant, 3), '第三部分：');
  });
});

describe('outline forms: one character for a whole marker', () => {
  it('㈠ ⑴ ⒈ (Word and WPS text output) are （一） （1） 1.; renumbering writes the same form', () => {
    const text = '某市2024年工作要点\n一、总体要求\n㈠指导思想\n⒈坚持稳中求进\n⑴抓项目\n⑵抓招商\n⒉坚持改革\n㈡工作目标\n';
    assert.deepEqual(outline(text), [
      '1 一、 总体要求',
      '2 ㈠ 指导思想',
      '3 ⒈ 坚持稳中求进',
      '4 ⑴ 抓项目',
      '4 ⑵ 抓招商',
      '3 ⒉ 坚持改革',
      '2 ㈡ 工作目标',
    ]);
    const [, a, b, c] = parseDocument(text).headings;
    assert.deepEqual(
      [
        formatMarker(a.family, a.variant, 3),
        formatMarker(b.family, b.variant, 3),
        formatMarker(c.family, c.variant, 3),
        formatMarker(a.family, a.variant, 11),
      ],
      ['㈢', '⒊', '⑶', '（十一）'],
    );
  });
});

describe('outline forms: an HTML table of numbered rows', () => {
  it('each row after the 序号 header is a heading titled by its first cell, not the whole row', () => {
    const html =
      '<html><body><h1>某市2024年工作要点</h1><p><strong>一、重点任务</strong></p>\n<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr><tr><td>1</td><td>稳外贸</td><td>市商务局</td></tr><tr><td>2</td><td>扩内需</td><td>市发改委</td></tr></table></body></html>';
    assert.deepEqual(outline(html), ['1 一、 重点任务', '2 1 稳外贸', '2 2 扩内需']);
  });
});

describe('outline forms: Markdown bold around a title', () => {
  it('1. **深化改革开放**：… is titled 深化改革开放', () => {
    const md =
      '# 某市2024年工作要点\n\n## 一、重点任务\n1. **深化改革开放**：促进有效市场和有为政府更好结合。\n2. **推动高质量发展**。加快构建现代化产业体系。\n';
    assert.deepEqual(outline(md), ['1 一、 重点任务', '2 1. 深化改革开放', '2 2. 推动高质量发展']);
  });
});

describe('outline forms: long paragraphs of a text that kept its line breaks', () => {
  const long = '各有关单位要高度重视，加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。'.repeat(4);

  it('a number glued to a word inside the paragraph of a line-start item is no heading', () => {
    const text = `某市2024年工作要点\n一、重点任务\n1、抓好项目建设。${long}具体安排见附件2、附件3及有关说明。\n2、抓好招商引资。\n`;
    assert.deepEqual(outline(text), ['1 一、 重点任务', '2 1、 抓好项目建设', '2 2、 抓好招商引资']);
  });

  it('a list introduced by a colon and listed inside its paragraph is not headings; one that goes on in the next lines is', () => {
    const inline = `某国2008年政府工作报告\n一、主要任务\n（五）抓紧建立住房保障体系。总的指导原则是：（1）坚持从基本国情出发，建立合理的住房消费模式。${long}（2）坚持正确发挥政府和市场的作用。（3）坚持加强调控和监管。\n（六）深化改革。\n`;
    assert.deepEqual(outline(inline), ['1 一、 主要任务', '2 （五） 抓紧建立住房保障体系', '2 （六） 深化改革']);
    const lines =
      '某市商务局2007年工作要点\n（七）关于自身建设工作\n加强自身建设，重点要加强以下几方面的工作： 1、加强队伍建设 一是加强干部队伍建设。\n2、加强组织机构建设 一是健全组织机构。\n';
    assert.deepEqual(outline(lines), ['1 （七） 关于自身建设工作', '2 1、 加强队伍建设', '2 2、 加强组织机构建设']);
  });
});

describe('outline forms: notes under a table or a text', () => {
  it('注： then 1.… 2.… are notes, not headings', () => {
    const text =
      '某委2019年考核方案\n一、考核指标\n1.门诊人次\n2.出院人次\n二、组织实施\n注：\n1.三级医院考核应采用上述全部指标。\n2.标记“▲”的指标为监测指标。\n备注：1.数据来源于年报。\n2.另行通知。\n';
    assert.deepEqual(outline(text), ['1 一、 考核指标', '2 1. 门诊人次', '2 2. 出院人次', '1 二、 组织实施']);
  });

  it('a heading titled 注重… or a 注 inside a line opens nothing', () => {
    const text = '某委2019年工作要点\n一、注重实效\n1.抓落实\n2.抓督查\n';
    assert.deepEqual(outline(text), ['1 一、 注重实效', '2 1. 抓落实', '2 2. 抓督查']);
  });
});

describe('outline forms: a marker alone in an HTML table cell', () => {
  it('takes its title from the next cell', () => {
    const html =
      '<html><body><p>某委绩效考核指标</p><table><tr><td><p>一、医疗质量</p></td></tr>\n<tr><td><p><span>（一）</span></p></td>\n<td><p><span>功能定位</span></p></td></tr>\n<tr><td><p><span>（二）</span></p></td>\n<td><p><span>合理用药</span></p></td></tr></table></body></html>';
    assert.deepEqual(outline(html), ['1 一、 医疗质量', '2 （一） 功能定位', '2 （二） 合理用药']);
  });
});

describe('outline forms: labels in Traditional script', () => {
  it('名詞解釋 opens a glossary context and 註： a notes list', () => {
    const text =
      '某省2026年政府工作報告\n一、工作安排\n1.抓項目\n註：\n1.數據來源於年報。\n2.另行通知。\n名詞解釋\n1.“兩重”：是指重大戰略。\n';
    assert.deepEqual(outline(text), ['1 一、 工作安排', '2 1. 抓項目', '1 1. “兩重”']);
  });
});

describe('outline forms: the fourth blind set (docs/blind-scores.md forms 39–41)', () => {
  it('a one-sentence list after 是：, one clause a line closed by ；and the last by 。, is no headings', () => {
    const text =
      '某区政府工作计划\n主要预期目标是：\n(1)地区生产总值增长10%；\n(2)工业总产值增长15~18%；\n(3)地方财政收入增长20%。\n(一)以招商引资为抓手\n继续把招商引资作为重中之重。\n';
    assert.deepEqual(outline(text), ['1 (一) 以招商引资为抓手']);
    // Counter-examples: items that hold sentences of their own (a body, a 。 inside) or a list that does
    // not close with 。 are headings as before; so are two items only.
    const bodies = '某区政府工作计划\n重点做好以下工作：\n(1)抓项目。新建项目10个；\n(2)优环境；\n(3)惠民生。\n';
    assert.deepEqual(outline(bodies), ['1 (1) 抓项目', '1 (2) 优环境；', '1 (3) 惠民生']);
    const open = '某区政府工作计划\n重点做好以下工作：\n(1)抓项目；\n(2)优环境；\n(3)惠民生；\n新建项目10个。\n';
    assert.deepEqual(outline(open), ['1 (1) 抓项目；', '1 (2) 优环境；', '1 (3) 惠民生；']);
    const two = '某区政府工作计划\n主要目标是：\n(1)地区生产总值增长10%；\n(2)财政收入增长20%。\n';
    assert.deepEqual(outline(two), ['1 (1) 地区生产总值增长10%；', '1 (2) 财政收入增长20%']);
  });

  it('the line naming the document a notice issues (关于印发X的通知 … X) opens its numbering context', () => {
    const text =
      '某市人民政府办公室关于印发2016年重点工作任务分工方案的通知\n一、各有关部门要高度重视。\n二、市政府办公室将加强跟踪督办。\n2016年重点工作任务分工方案\n序号 工作任务 牵头负责部门\n1 居民消费价格涨幅3%左右 市发展改革委\n2 城镇新增就业10万人以上 市人力资源社会保障局\n';
    assert.deepEqual(outline(text), [
      '1 一、 各有关部门要高度重视',
      '1 二、 市政府办公室将加强跟踪督办',
      '1 1 居民消费价格涨幅3%左右',
      '1 2 城镇新增就业10万人以上',
    ]);
    // Counter-example: the same words inside a sentence of the notice open nothing.
    const inside =
      '某市人民政府办公室关于印发2016年重点工作任务分工方案的通知\n一、各有关部门要高度重视\n现将2016年重点工作任务分工方案印发给你们。\n1.抓好落实。\n2.加强督查。\n';
    assert.deepEqual(outline(inside), ['1 一、 各有关部门要高度重视', '2 1. 抓好落实', '2 2. 加强督查']);
  });

  it('two blanks after a Chinese character end a title, as one does (`一、2014年工作总结  2014年，是…`)', () => {
    assert.deepEqual(outline('乡镇工作总结\n一、2014年工作总结  2014年,是重要的一年。\n二、2015年工作计划\n'), [
      '1 一、 2014年工作总结',
      '1 二、 2015年工作计划',
    ]);
    // Counter-example: a blank before a digit or Latin letter after a CJK character at the line end stays out of it.
    assert.deepEqual(outline('乡镇工作总结\n一、2014年工作总结   \n'), ['1 一、 2014年工作总结']);
  });
});

describe('outline forms: tenth blind set (docs/blind-scores.md, forms 144–145)', () => {
  it('form 144: keycap emoji number the items of a social-media copy (1️⃣ 2️⃣ …), at the circled level', () => {
    const doc = ['沧源2024年工作报告', '1️⃣ 经济发展稳中向好，全年GDP同比增长8.5%。', '2️⃣ 基础设施建设加快推进。', ''].join('\n');
    assert.deepEqual(
      parseDocument(doc).headings.map((h) => [h.marker, h.depth]),
      [
        ['1️⃣', 1],
        ['2️⃣', 1],
      ],
    );
    assert.equal(formatMarker('circled', '\u20e3', 3), '3\ufe0f\u20e3');
    // Counter-examples: a digit before other emoji, a bare keycap at the line end, and 0️⃣ are no markers.
    assert.deepEqual(outline('报告\n3🏆 经济发展\n2️⃣\n0️⃣ 起步\n'), []);
  });

  it('form 145: an unlabelled contents box at the top of a page whose first entry stands again later is no heading', () => {
    const doc = [
      '一、2023年工作回顾',
      '二、2024年工作安排',
      '(一)聚焦项目建设',
      '三、全面加强政府自身建设',
      '2024年夏县政府工作报告',
      '各位代表：',
      '一、2023年工作回顾',
      '过去的一年，极不平凡。',
      '',
    ].join('\n');
    assert.deepEqual(outline(doc), ['1 一、 2023年工作回顾']);
    // Counter-examples: headings with text between them, and a run whose first entry never stands again, stay headings.
    const plain = ['一、总体要求', '二、重点任务', '(一)聚焦项目建设', '三、保障措施', '各位代表：', '二、重点任务', ''].join('\n');
    assert.equal(outline(plain).length, 5);
    const bodies = ['一、总体要求', '坚持稳中求进。', '二、重点任务', '加快发展。', '三、保障措施', '一、总体要求', ''].join('\n');
    assert.equal(outline(bodies).length, 4);
  });
});

describe('outline forms: eleventh blind set (docs/blind-scores.md, form 152)', () => {
  it('form 152: `4、4月末…` is item 4 (the number after 、 is the marker’s own); `1、2月` and `4、5月` stay lists', () => {
    const doc = [
      '一、主要经济指标完成情况',
      '3、社会消费品零售总额:1-4月完成71642。',
      '4、4月末各项存款余额368343万元。',
      '5、定点屠宰:完成0.9万头。',
      '',
    ].join('\n');
    assert.deepEqual(
      outline(doc).map((h) => h.split(' ').slice(0, 2).join(' ')),
      ['1 一、', '2 3、', '2 4、', '2 5、'],
    );
    // Counter-examples: a number list before 月 and a decimal after the mark are no markers.
    assert.deepEqual(outline('报告\n1、2月份完成投资5亿元。\n4、5月份完成投资3亿元。\n4、4.5亿元已到位。\n'), []);
  });
});

describe('outline forms: twelfth blind set (docs/blind-scores.md, forms 165–166)', () => {
  it('form 165: the first row of a flattened table may have any number (`80 |`: a bureau’s rows of the report’s list); later rows go on one by one', () => {
    const doc = [
      '2024年任务分解表',
      '序号 |',
      '目标与任务 |',
      '牵头责任单位 |',
      '80 |',
      '新增托位数400个以上。 |',
      '县教育局 |',
      '81 |',
      '保障秋季开学。 |',
      '县教育局 |',
      '83 |',
      '县教育局 |',
      '',
    ].join('\n');
    assert.deepEqual(
      outline(doc).map((h) => h.split(' ').slice(0, 2).join(' ')),
      ['1 80', '1 81'],
    );
    // Counter-example: without a 序号 header a bare number is no row.
    assert.deepEqual(outline('2024年任务分解表\n80 |\n新增托位数400个以上。 |\n'), []);
  });

  it('form 166: `一(yī)、` (a pinyin gloss between the numeral and 、) is the marker 一、; a gloss elsewhere is no marker', () => {
    const doc = [
      '某市2023年重點工(gōng)作任務',
      '一(yī)、實施創新驅動發展戰略',
      '1.建設崂山實驗室。實施重大(dà)任務。',
      '2.完善實驗室體(tǐ)系。',
      '',
    ].join('\n');
    assert.deepEqual(
      outline(doc).map((h) => h.split(' ').slice(0, 2).join(' ')),
      ['1 一(yī)、', '2 1.', '2 2.'],
    );
    // Counter-examples: brackets without a tone mark (`一(a)、`) and a gloss not before 、 are no markers.
    assert.deepEqual(outline('某市工作任务\n一(a)、實施創新\n一(yī)實施創新\n'), []);
  });
});

describe('outline forms: thirteenth blind set (docs/blind-scores.md, form 184)', () => {
  it('form 184: a table row on one line with ` | ` cells after a `序号 | 指标名称 | …` header is its row (after a group cell too), titled by its first cell', () => {
    const doc = [
      '一、2022年计划执行情况',
      '表1 2022年计划完成情况',
      '序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||',
      '绝对值 | 增速(%) | ||||||',
      '经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |',
      '2 | 全员劳动生产率 | 万元/人年 | 增长8%以上 | 暂无数据 | |||',
      '',
    ].join('\n');
    assert.deepEqual(outline(doc), ['1 一、 2022年计划执行情况', '2 1 地区生产总值(GDP)', '2 2 全员劳动生产率']);
    const model = parseDocument(doc);
    const first = model.headings[1];
    assert.equal(first.start - model.lines[first.line].start, 7);
    // Counter-examples: without the 序号 header a group cell and a number open no row; nor does a number cell inside a sentence.
    assert.deepEqual(outline('一、2022年计划执行情况\n经济发展 | 1 | 地区生产总值(GDP) | 亿元\n'), ['1 一、 2022年计划执行情况']);
  });
});

describe('outline forms: sixteenth blind set (docs/blind-scores.md, forms 248–249)', () => {
  it('form 248: `第七条【信息公示】…` is article 7, its title in 【】 right after the number', () => {
    assert.deepEqual(
      outline('某市建设工程管理办法\n第六条【适用范围】本办法适用于本市。\n第七条【信息公示】施工许可证应当放置在施工现场备查。\n'),
      ['1 第六条 【适用范围】本办法适用于本市', '1 第七条 【信息公示】施工许可证应当放置在施工现场备查'],
    );
    // Counter-example: `第七条【注】` inside a sentence is a citation, no heading.
    assert.deepEqual(outline('某市办法\n根据第七条【注】的规定办理。\n'), []);
  });

  it('form 249: the next item’s marker alone on the last line of a cut copy (`6.…` then `7.`) is that item, its title lost', () => {
    assert.deepEqual(outline('主要预期目标为:\n1.甲增长5%。\n2.乙增长6%。\n3.\n'), ['1 1. 甲增长5%', '1 2. 乙增长6%', '1 3. ']);
    // Counter-examples: a number that does not follow its sibling, or a lone marker before more text of its own kind, stays as before.
    assert.deepEqual(outline('主要预期目标为:\n1.甲增长5%。\n2.乙增长6%。\n5.\n'), ['1 1. 甲增长5%', '1 2. 乙增长6%']);
    assert.deepEqual(outline('主要预期目标为:\n1.甲增长5%。\n2.乙增长6%。\n3.\n丙增长7%。\n'), [
      '1 1. 甲增长5%',
      '1 2. 乙增长6%',
      '1 3. 丙增长7%',
    ]);
  });
});

describe('outline forms: nineteenth blind set (docs/blind-scores.md, form 300)', () => {
  const plan = [
    '2026年城市更新行动方案',
    '一、统筹更新任务',
    '行动1：加强规划引领与任务统筹',
    '——任务1：协同开展专项规划编制工作',
    '。强化城市总体规划的引领作用。',
    '——任务2：推进名城保护规划编制与实施',
    '。完成规划报批。',
    '行动2：发挥联创机制作用',
    '——任务3：推动重点地区更新提升',
    '。加快推进滨江地区规划功能提升。',
    '二、统筹更新政策',
    '行动3：建立可持续城市更新政策法规',
    '——任务4：完善城市更新相关法规规章',
    '。推动出台相关规章。',
  ].join('\n');

  it('form 300: `行动N：` and `——任务N：` at a line start are two levels, numbered straight through their parents', () => {
    assert.deepEqual(outline(plan), [
      '1 一、 统筹更新任务',
      '2 行动1： 加强规划引领与任务统筹',
      '3 任务1： 协同开展专项规划编制工作',
      '3 任务2： 推进名城保护规划编制与实施',
      '2 行动2： 发挥联创机制作用',
      '3 任务3： 推动重点地区更新提升',
      '1 二、 统筹更新政策',
      '2 行动3： 建立可持续城市更新政策法规',
      '3 任务4： 完善城市更新相关法规规章',
    ]);
    // The marker starts after the lead-in dash.
    const model = parseDocument(plan);
    const task = model.headings[2];
    assert.equal(task.start - model.lines[task.line].start, 2);
    // Chinese numerals, with (1) under a label.
    assert.deepEqual(outline('实施方案\n措施一：强化组织领导\n（1）成立领导小组\n措施二：加强督促检查\n'), [
      '1 措施一： 强化组织领导',
      '2 （1） 成立领导小组',
      '1 措施二： 加强督促检查',
    ]);
    assert.deepEqual(
      analyze('实施方案\n措施一：强化组织领导\n（1）成立领导小组\n（2）明确责任分工\n措施二：加强督促检查\n').findings.map((f) => f.rule),
      [],
    );
  });

  it('form 300 counter-examples: no number, a count, a lone or out-of-sequence label are no headings', () => {
    assert.deepEqual(outline('一、主要任务\n主要任务：完成改造。\n重点任务：建设园区。\n行动方案：另行制定。\n任务1项已完成。\n'), [
      '1 一、 主要任务',
    ]);
    // One `任务1：` with no `任务2：` after it; a `措施2：` with no `措施1：` before it; `行动3：` after `行动1：`.
    assert.deepEqual(outline('一、工作安排\n任务1：完成全年目标。\n二、保障措施\n措施2：加强考核。\n'), [
      '1 一、 工作安排',
      '1 二、 保障措施',
    ]);
    assert.deepEqual(outline('一、工作安排\n行动1：甲\n行动2：乙\n行动4：丁\n'), ['1 一、 工作安排', '2 行动1： 甲', '2 行动2： 乙']);
    // Inside a sentence it is text.
    assert.deepEqual(outline('一、工作安排\n按照行动1：甲的要求推进。\n'), ['1 一、 工作安排']);
  });

  it('form 300: renumbering and formatting write the label as the document does', () => {
    assert.equal(formatMarker('labelled', '行动#：', 3), '行动3：');
    assert.equal(formatMarker('labelled', '任务:', 12), '任务十二:');
    const edits = formatEdits(parseDocument(plan), { profile: 'gbt' });
    for (const e of edits) assert.ok(!/行动|任务/.test(plan.slice(e.start, e.end)), JSON.stringify(e));
  });
});

describe('outline: twentieth blind set (forms 340, 341)', () => {
  const cells = (...c: string[]) => c.join('\n\n');
  it('form 340: the 序号 cells of an indicator table flattened one cell per line are no headings', () => {
    const doc = cells(
      '一、主要目标',
      '类别',
      '序号',
      '指标',
      '单位',
      '属性',
      '目标',
      '促发展',
      '1',
      '片区更新数量',
      '个',
      '预期性',
      '2',
      '2',
      '商办楼宇更新数量',
      '个',
      '预期性',
      '25',
      '二、主要任务',
      '（一）推进更新',
    );
    assert.deepEqual(outline(doc), ['1 一、 主要目标', '1 二、 主要任务', '2 （一） 推进更新']);
  });
  it('form 340 counter-example: a 序号 table with a 责任单位 column keeps its rows as numbered items', () => {
    const doc = cells('一、重点任务', '序号', '工作任务', '责任单位', '1', '推进片区更新', '区建管委', '2', '推进楼宇更新', '区商务委');
    assert.ok(outline(doc).length > 1, outline(doc).join('|'));
  });
  it('form 341: `一、五年政府工作回顾` is a heading; `一、二季度`, `第一、二轮` inside a sentence are not', () => {
    assert.deepEqual(outline('各位代表：\n现在我作报告。\n一、五年政府工作回顾\n五年来成绩显著。\n二、今后五年的奋斗目标\n'), [
      '1 一、 五年政府工作回顾',
      '1 二、 今后五年的奋斗目标',
    ]);
    assert.deepEqual(outline('一、二季度经济运行平稳。\n第一、二轮督查已完成。\n'), []);
  });
});

describe('outline: twenty-third blind set (forms 380–382, 394)', () => {
  const cells = (...c: string[]) => c.join('\n\n');
  const main = ['一、主要任务', '1.推进地铁光伏', '做好建设。', '2.推进铁路光伏', '做好建设。'];

  it('form 380: `附表：1.任务分工表` / `2.…` / `3.…` name the attachments, no headings', () => {
    const doc = cells(...main, '附表：1.任务分工表', '2.交通子行业光伏建设分配表', '3.各区交通光伏任务分配表');
    assert.deepEqual(outline(doc), ['1 一、 主要任务', '2 1. 推进地铁光伏', '2 2. 推进铁路光伏']);
    // `附图：` names maps as well.
    assert.deepEqual(outline(cells(...main, '附图：1.光伏设施布局图', '2.重点项目分布图')), [
      '1 一、 主要任务',
      '2 1. 推进地铁光伏',
      '2 2. 推进铁路光伏',
    ]);
  });

  it('form 380 counter-example: a sentence that starts with 附表 is no label; a real heading after the list stays', () => {
    const doc = cells('一、主要任务', '附表所列项目由各区负责推进。', '1.推进地铁光伏', '二、保障措施');
    assert.deepEqual(outline(doc), ['1 一、 主要任务', '2 1. 推进地铁光伏', '1 二、 保障措施']);
    assert.equal(parseDocument(doc).contexts.length, 1);
  });

  it('form 381: `附表1` / `附表2` alone on a line open numbering contexts, as `附件1` does', () => {
    const doc = cells(
      ...main,
      '附表1',
      '任务分工表',
      '序号',
      '事项',
      '责任单位',
      '1',
      '光伏+地铁工程',
      '申通地铁集团',
      '2',
      '光伏+铁路工程',
      '中国铁路上海局',
      '附表2',
      '光伏建设分配表',
      '序号',
      '交通子行业',
      '责任单位',
      '1',
      '地铁',
      '申通地铁集团',
    );
    assert.deepEqual(outline(doc), [
      '1 一、 主要任务',
      '2 1. 推进地铁光伏',
      '2 2. 推进铁路光伏',
      '1 1 光伏+地铁工程',
      '1 2 光伏+铁路工程',
      '1 1 地铁',
    ]);
    assert.deepEqual(
      parseDocument(doc).contexts.map((c) => [c.kind, c.label]),
      [
        ['main', ''],
        ['attachment', '附表1'],
        ['attachment', '附表2'],
      ],
    );
  });

  it('form 381 counter-example: `详见附表1` in prose opens nothing', () => {
    const doc = cells('一、主要任务', '1.推进地铁光伏', '任务分工详见附表1', '2.推进铁路光伏');
    assert.deepEqual(outline(doc), ['1 一、 主要任务', '2 1. 推进地铁光伏', '2 2. 推进铁路光伏']);
    assert.equal(parseDocument(doc).contexts.length, 1);
  });

  it('form 382: the 序号 cells of a table of figures (a name cell, then figures only) are no headings', () => {
    const doc = cells(
      '附表3',
      '各区交通光伏任务分配表',
      '序号',
      '区域',
      '新增装机容量（MW）',
      '新增示范工程',
      '新增典型场景',
      '1',
      '黄浦区',
      '0.3-0.4',
      '1',
      '1',
      '2',
      '徐汇区',
      '1.2-1.6',
      '1',
      '2',
      '合计',
      '38-50',
    );
    assert.deepEqual(outline(doc), []);
  });

  it('form 382 counter-examples: a 责任单位 column, or a text cell in the first row, keeps the rows as items', () => {
    const unit = cells(
      '序号',
      '交通子行业',
      '建设区域',
      '装机计划（MW）',
      '责任单位',
      '1',
      '地铁',
      '高架车站',
      '35-36',
      '申通地铁集团',
      '2',
      '铁路',
      '客站',
      '20-30',
      '中国铁路上海局',
    );
    assert.deepEqual(outline(unit), ['1 1 地铁', '1 2 铁路']);
    const text = cells('序号', '项目', '建设地点', '投资（万元）', '1', '光伏车棚', '浦东新区', '500', '2', '光伏屋顶', '闵行区', '300');
    assert.deepEqual(outline(text), ['1 1 光伏车棚', '1 2 光伏屋顶']);
  });

  const cover =
    '县各有关单位: 现将《某县2025年工作计划》印发给你们,请认真贯彻执行。 附件:1.重点指标清单 2.重大政策清单 3.重大改革清单 4.县有关单位名单 中共某县委农村工作领导小组办公室 2025年5月31日 某县2025年工作计划 为贯彻落实省委部署，推进城乡融合发展，加快共同富裕先行示范，结合我县实际，特制定2025年工作计划。 一、主要目标 聚焦城乡融合发展，全县地区生产总值增长6%以上，农村居民人均可支配收入增长7%以上。 二、重点任务 推进强城兴村，完善公共服务，深化改革创新，持续缩小城乡差距。';

  it('form 394: a cover note’s `附件:1.… 2.…` mid-line (a flattened text) names attachments; the plan’s `一、` after it is read', () => {
    assert.deepEqual(outline(cover), ['1 一、 主要目标', '1 二、 重点任务']);
    // With a blank after the colon, and with `附表：`.
    assert.deepEqual(outline(cover.replace('附件:1.', '附件: 1.')), ['1 一、 主要目标', '1 二、 重点任务']);
    assert.deepEqual(outline(cover.replace('附件:1.', '附表：1.')), ['1 一、 主要目标', '1 二、 重点任务']);
  });

  it('form 394 counter-examples: a colon-introduced list of sub-headings, `详见附件：1.…` in a sentence, an item holding a sentence', () => {
    const plan =
      '某县2025年工作计划 为贯彻落实省委部署，推进城乡融合发展，加快共同富裕先行示范，结合我县实际，特制定本计划。 一、主要目标 全县地区生产总值增长6%以上，农村居民人均可支配收入增长7%以上，城乡居民收入比持续缩小。 二、保障措施：1.加强组织领导 各单位要落实责任。 2.强化督查考核 定期通报进展。';
    assert.deepEqual(outline(plan), ['1 一、 主要目标', '1 二、 保障措施', '2 1. 加强组织领导', '2 2. 强化督查考核']);
    // The label is the list's only if it stands alone: `……要求，详见附件：1.…` is not one (the parser's other rules decide).
    const glued = plan.replace('二、保障措施：', '二、保障措施，详见附件：');
    assert.ok(outline(glued).includes('2 1. 加强组织领导'), outline(glued).join('|'));
    // An item that holds a sentence is no attachment name: the list rule does not take it.
    const sentence = plan.replace('二、保障措施：1.加强组织领导 各单位', '二、保障措施。 附件：1.加强组织领导，各单位');
    assert.ok(
      outline(sentence).some((h) => h.includes('1.')),
      outline(sentence).join('|'),
    );
  });
});

describe('outline: twenty-fourth blind set (forms 410–411)', () => {
  // A table flattened one cell per line (617's 任务分工表): cells between blank lines.
  const cells = (...c: string[]) => c.join('\n\n');
  const header = ['附件', '2026年重点工作任务分工表', '序号', '重点任务', '具体工作', '时间进度', '责任部门'];
  const table = cells(
    ...header,
    '一',
    '推进碳达峰碳中和综合管理',
    '1',
    '全面实施碳排放总量和强度双控制度',
    '全年推进',
    '发展改革委',
    '2',
    '做好节能减排降碳工作统筹推进',
    '全年推进',
    '发展改革委',
    '二',
    '提升建筑绿色低碳水平',
    '3',
    '2026年新建民用建筑执行三星级绿色建筑标准规模占比不低于10%。',
    '年内完成',
    '建设管理委',
    '4',
    '加大建筑领域工业化、智能化转型力度',
    '持续推进',
    '建设管理委',
  );
  const plan = `某区2026年重点工作安排\n\n一、主要工作目标\n\n全区能耗强度持续下降。\n\n${table}\n`;

  it('form 410: a bare numeral cell `一` / `二` in a 序号 table is a group row (depth 1), its rows under it', () => {
    assert.deepEqual(outline(plan), [
      '1 一、 主要工作目标',
      '1 一 推进碳达峰碳中和综合管理',
      '2 1 全面实施碳排放总量和强度双控制度',
      '2 2 做好节能减排降碳工作统筹推进',
      '1 二 提升建筑绿色低碳水平',
      '2 3 2026年新建民用建筑执行三星级绿色建筑标准规模占比不低于10%',
      '2 4 加大建筑领域工业化、智能化转型力度',
    ]);
    // A table cell takes no 顿号: no marker-punctuation finding on `一`.
    assert.ok(!analyze(plan).findings.some((f) => f.rule === 'marker-punctuation'));
  });

  it('form 410 counter-examples: a lone numeral outside a table, a numeral value cell, groups not from 一, a sentence after it', () => {
    // A page number or a stray numeral on its own line in prose.
    assert.deepEqual(outline('某区2026年工作要点\n\n一、总体要求\n\n推进各项工作。\n\n一\n\n二、主要任务\n\n做好工作。\n'), [
      '1 一、 总体要求',
      '1 二、 主要任务',
    ]);
    // `一` / `二` as the value cells of a data table (a grade column after the name): the rows stay, no groups.
    const grades = cells('序号', '单位', '等级', '备注', '1', '甲公司', '一', '新增', '2', '乙公司', '二', '续评');
    assert.deepEqual(outline(grades), ['1 1 甲公司', '1 2 乙公司']);
    // The groups must count from 一: a table whose first numeral cell is `三` has no group rows.
    const fromThree = cells('序号', '重点任务', '具体工作', '三', '推进综合管理', '1', '全面实施双控制度', '发展改革委');
    assert.ok(!outline(fromThree).some((h) => h.startsWith('1 三')), outline(fromThree).join('|'));
    // A sentence after the numeral is no group name.
    const sentence = cells('序号', '重点任务', '具体工作', '一', '推进综合管理，强化考核。', '1', '全面实施双控制度', '发展改革委');
    assert.ok(!outline(sentence).some((h) => h.includes(' 一 ')), outline(sentence).join('|'));
  });

  it('form 411: a row whose task cell opens with the year (`18` / `2026年新建…`) goes on with the serials', () => {
    const rows = cells(
      '序号',
      '具体工作',
      '责任部门',
      '1',
      '推进碳普惠体系常态化运行',
      '发展改革委',
      '2',
      '2026年新建民用建筑执行三星级绿色建筑标准',
      '建设管理委',
      '3',
      '开展重点楼宇绿色体检',
      '建设管理委',
    );
    assert.deepEqual(outline(rows), [
      '1 1 推进碳普惠体系常态化运行',
      '1 2 2026年新建民用建筑执行三星级绿色建筑标准',
      '1 3 开展重点楼宇绿色体检',
    ]);
  });

  it('form 411 counter-examples: year and date cells of a data table, a deadline cell, `20.2026年…` notes', () => {
    // A year column: no row number is read as an item.
    assert.deepEqual(outline(cells('序号', '年份', '产值（亿元）', '1', '2025年', '120', '2', '2026年', '130')), []);
    // A date or deadline cell after a serial is no task title (`2026年6月`, `2026年底前完成`).
    const dates = cells(
      '序号',
      '工作内容',
      '完成时间',
      '1',
      '编制实施方案',
      '2026年3月',
      '2',
      '2026年6月',
      '完成建设',
      '3',
      '2026年底前完成验收',
      '区建设管理委',
    );
    assert.deepEqual(outline(dates), ['1 1 编制实施方案']);
    // `20.2026年…` on one line (a note under a list) stays no heading.
    assert.deepEqual(outline('某区2026年工作要点\n\n一、主要任务\n\n19.推进重点项目建设\n\n20.2026年完成老旧小区改造\n'), [
      '1 一、 主要任务',
      '2 19. 推进重点项目建设',
    ]);
  });
});

describe('outline forms 440–441 (twenty-fifth blind set, 624)', () => {
  const cover = (after: string) =>
    `上海市某局关于下发《某某三年行动计划（2024-2026年）》的通知\n\n各区局：\n\n现将《某某三年行动计划（2024-2026年）》印发给你们，请结合实际，做好贯彻实施。\n\n附件：\n\n${after}`;

  it('form 440: a list whose items open with the year of their step (`1.2024年8月底前，…。`) is read', () => {
    const text =
      '某某三年行动计划\n\n四、计划安排\n\n（一）制定方案阶段\n\n1.2024年8月底前，各区开展调研，形成任务清单。\n\n2.2024年9月底前，根据任务清单，制定专项方案。\n\n（二）实施阶段\n\n1.2025年6月底前，实施重点区域应用，新增点位30个。\n\n2.2025年7月至2025年12月，实施社会绿地应用，总计达60个。\n\n3.2026年11月底前，启动文化公园建设，总计达100个。\n\n（三）总结阶段\n\n2026年12月，各区进行总结。\n';
    assert.deepEqual(outline(text), [
      '1 四、 计划安排',
      '2 （一） 制定方案阶段',
      '3 1. 2024年8月底前，各区开展调研，形成任务清单',
      '3 2. 2024年9月底前，根据任务清单，制定专项方案',
      '2 （二） 实施阶段',
      '3 1. 2025年6月底前，实施重点区域应用，新增点位30个',
      '3 2. 2025年7月至2025年12月，实施社会绿地应用，总计达60个',
      '3 3. 2026年11月底前，启动文化公园建设，总计达100个',
      '2 （三） 总结阶段',
    ]);
    // An attachment's own steps after its label are read too (a notes label alone is what stops a list).
    assert.deepEqual(outline('某某方案\n\n一、目标\n\n附件1\n\n进度安排\n\n1.2025年6月底前，完成调研。\n\n2.2025年底前，完成验收。\n'), [
      '1 一、 目标',
      '1 1. 2025年6月底前，完成调研',
      '1 2. 2025年底前，完成验收',
    ]);
  });

  it('form 440 counter-examples: one year-led line, a list after `注：` or `说明：`, names with no sentence, decimals', () => {
    // One line is no list: `1.2011年乡政府工作总结 篇一`, and `20.2026年…` after `19.`.
    assert.deepEqual(outline('某乡工作总结\n\n一、工作回顾\n\n1.2024年8月底前，完成调研。\n\n全年工作顺利推进。\n'), ['1 一、 工作回顾']);
    assert.deepEqual(
      outline('某区2026年工作要点\n\n一、主要任务\n\n19.推进重点项目建设\n\n20.2026年，完成老旧小区改造。\n\n21.2027年，完成道路改造。\n'),
      ['1 一、 主要任务', '2 19. 推进重点项目建设'],
    );
    // Notes under a table: the same list after a label explains, it structures nothing.
    for (const label of ['注：', '说明：', '备注：'])
      assert.deepEqual(
        outline(`某区2026年工作要点\n\n一、主要指标\n\n${label}\n1.2024年数据为快报数，下同。\n2.2025年数据为预计数，下同。\n`),
        ['1 一、 主要指标'],
      );
    // Year-led names (no comma, no sentence end) are no steps.
    assert.deepEqual(outline('某区2026年工作要点\n\n一、主要任务\n\n1.2025年重点项目清单\n\n2.2025年民生实事清单\n'), ['1 一、 主要任务']);
    // Numbers glued to a number that is no year: decimals and versions.
    assert.deepEqual(outline('某区2026年工作要点\n\n一、主要任务\n\n1.2024亿元，投向重点项目。\n\n2.3版本，已经发布。\n'), [
      '1 一、 主要任务',
    ]);
  });

  it('form 441: the names under a bare `附件：`, one per paragraph, are no headings', () => {
    const text = cover(
      '1.某某三年行动计划（2024-2026年）\n\n2.某某栽植和养护技术要求\n\n上海市某局\n\n2024年7月4日\n\n附件1\n\n某某三年行动计划（2024-2026年）\n\n一、总体原则\n\n（一）因地制宜\n',
    );
    assert.deepEqual(outline(text), ['1 一、 总体原则', '2 （一） 因地制宜']);
    // The list right before the first attachment's label, and the list at the text's end.
    assert.deepEqual(outline(cover('1.某某行动计划\n\n2.某某任务分工表\n\n附件1\n\n某某行动计划\n\n一、总体要求\n')), ['1 一、 总体要求']);
    assert.deepEqual(outline(cover('1.某某行动计划\n\n2.某某任务分工表\n')), []);
  });

  it('form 441 counter-examples: `附件：` above the attachment’s own text, a numbered label, one name', () => {
    // The attachment's first heading and the paragraph under it.
    assert.deepEqual(outline(cover('1.工作目标\n\n到2026年，建成特色道路30条。\n\n2.主要任务\n\n新增点位100个。\n')), [
      '1 1. 工作目标',
      '1 2. 主要任务',
    ]);
    // Consecutive headings that go on into sub-items.
    assert.deepEqual(outline(cover('1.总体目标\n\n2.主要任务\n\n（1）加快建设\n\n新增点位100个。\n')), [
      '1 1. 总体目标',
      '1 2. 主要任务',
      '2 （1） 加快建设',
    ]);
    // A list followed by body text is the attachment's own.
    assert.deepEqual(outline(cover('1.总体目标\n\n2.主要任务\n\n各区要结合实际，抓好落实。\n')), ['1 1. 总体目标', '1 2. 主要任务']);
    // `附件1：` opens the attachment itself: its items are its headings.
    const numbered = cover('').replace('附件：', '附件1：') + '1.总体目标\n\n2.主要任务\n\n上海市某局\n';
    assert.deepEqual(outline(numbered), ['1 1. 总体目标', '1 2. 主要任务']);
  });
});

describe('outline forms 640–641 (thirtieth blind set, 671 and 673)', () => {
  const body = '全面完成粮食生产任务,稳定油菜种植面积。';
  it('form 640: an item whose bracketed marker lost its opening (`)抓好…`) is item (一) under its parent, before `(二)`', () => {
    const text = `某市2025年工作要点\n\n一、守牢粮食安全底线\n\n)抓好粮油种植和单产提升。${body}\n\n(二)抓好良田建设。${body}\n\n(三)抓好品种繁育\n`;
    assert.deepEqual(outline(text), [
      '1 一、 守牢粮食安全底线',
      '2 ) 抓好粮油种植和单产提升',
      '2 (二) 抓好良田建设',
      '2 (三) 抓好品种繁育',
    ]);
    const h = parseDocument(text).headings[1];
    assert.deepEqual([h.family, h.variant, h.value], ['cn-paren', '()', 1]);
    // Full width, and the next item after its list's last one (`（三）` then `）…` then `（五）`), a sub-item before its sibling.
    const wide = `某市2025年工作要点\n一、总体要求\n（三）抓好统筹。${body}\n）抓好监测预警。${body}\n1.做好调度\n（五）抓好落实。${body}\n`;
    assert.deepEqual(outline(wide), ['1 一、 总体要求', '2 （三） 抓好统筹', '2 ） 抓好监测预警', '3 1. 做好调度', '2 （五） 抓好落实']);
    // No numbering-start at (二) any more; the `)` still closes nothing (unbalanced-pair, with a quick fix that writes (一) back).
    const diags = analyze(text).findings;
    assert.ok(!diags.some((d) => d.rule === 'numbering-start'));
    const pair = diags.find((d) => d.rule === 'unbalanced-pair');
    assert.ok(pair, 'unbalanced-pair at the lost opening');
    assert.deepEqual(
      pair.fixes?.map((f) => [f.edits[0].newText, f.safe]),
      [['(一)', false]],
    );
  });

  it('form 640 counter-examples: a bracket continued from the line before, a marker of another width, an emoticon or `a)`, prose', () => {
    const tag = `某市2025年工作要点\n一、总体要求\n（一）抓好统筹。${body}(责任单位:市发改委、\n)抓好监测预警。${body}\n（二）抓好落实。${body}\n`;
    assert.deepEqual(outline(tag), ['1 一、 总体要求', '2 （一） 抓好统筹', '2 （二） 抓好落实']);
    const width = `某市2025年工作要点\n一、总体要求\n)抓好监测预警。${body}\n（二）抓好落实。${body}\n`;
    assert.deepEqual(outline(width), ['1 一、 总体要求', '2 （二） 抓好落实']);
    const prose = `某市2025年工作要点\n一、总体要求\n)开展群众满意度调查,听取意见。${body}\n(二)抓好落实。${body}\n`;
    assert.deepEqual(outline(prose), ['1 一、 总体要求', '2 (二) 抓好落实']);
    const emoticon = `某市2025年工作要点\n一、总体要求\n:)抓好监测预警。\na)抓好落实。${body}\n(二)抓好落实。${body}\n`;
    assert.deepEqual(outline(emoticon), ['1 一、 总体要求', '2 (二) 抓好落实']);
    // No sibling after it, or a top level before it: nothing to stand for.
    const alone = `某市2025年工作要点\n一、总体要求\n)抓好监测预警。${body}\n二、保障措施\n`;
    assert.deepEqual(outline(alone), ['1 一、 总体要求', '1 二、 保障措施']);
    // A split marker `（` / `十一` / `）…` stays one marker.
    const split = `某市2025年工作要点\n一、总体要求\n（十）抓好统筹。${body}\n（\n十一\n）抓好监测预警。${body}\n（十二）抓好落实。${body}\n`;
    assert.deepEqual(outline(split), ['1 一、 总体要求', '2 （十） 抓好统筹', '2 （十一） 抓好监测预警', '2 （十二） 抓好落实']);
  });

  // A hard-wrapped copy (lines of about 24 characters): (二)'s first sub-item `突出重点,推动发展。` lost its `1.`.
  const wrapped = (second: string) =>
    [
      '县交通运输局2024年度工作总结',
      '一、工作成效',
      '(一)项目主导,扎实推进。全面推进各项重点工',
      '作,主要成果和具体措施如下,取得显著效果。',
      '(二)规划立足,步步落实。突出重点,推动发展。',
      '大力推进县域交通项目、县通用机场、高铁建设及国道升',
      `级改造等项目,凸显区位优势。${second}针`,
      '对交通项目土地、环保等审批瓶颈,交通局积极协调',
      '',
    ].join('\n');
  it('form 641: a run-in `2.` after a sentence end on a wrapped line, its title shaped as the unnumbered sub-title before it, is an item', () => {
    const text = wrapped('2.破除瓶颈,有效解决。');
    assert.deepEqual(outline(text), ['1 一、 工作成效', '2 (一) 项目主导,扎实推进', '2 (二) 规划立足,步步落实', '3 2. 破除瓶颈,有效解决']);
    const start = analyze(text).findings.filter((f) => f.rule === 'numbering-start');
    assert.equal(start.length, 1);
    // The list's item 1 is there without its marker: renumbering 2. to 1. is a choice, never Fix All.
    assert.ok(start[0].fixes?.every((f) => !f.safe));
    // The same once the repair joined the wrapped lines: the item stands inside a long line of its paragraph.
    const joined = text.replace('国道升\n级', '国道升级').replace('。2.破除瓶颈,有效解决。针\n对', '。2.破除瓶颈,有效解决。针对');
    assert.deepEqual(outline(joined).slice(3), ['3 2. 破除瓶颈,有效解决']);
  });

  it('form 641 counter-examples: a number, a decimal, a title of another shape, no unnumbered sub-title before, a paragraph start', () => {
    for (const second of ['2.5%的企业完成改造,有效解决。', '2.3万亩农田完成改造。', '2.破除瓶颈,切实有效解决问题。', '2.破除瓶颈。'])
      assert.equal(outline(wrapped(second)).length, 3, second);
    const noSibling = wrapped('2.破除瓶颈,有效解决。').replace('突出重点,推动发展。', '');
    assert.equal(outline(noSibling).length, 3);
    // Two unnumbered sub-titles before it would make it item 3, not 2.
    const two = wrapped('2.破除瓶颈,有效解决。').replace('突出重点,推动发展。', '突出重点,推动发展。优化服务,提升效能。');
    assert.equal(outline(two).length, 3);
    // The unnumbered sub-title under another section ((一)) is none of (二)'s items.
    const elsewhere = wrapped('2.破除瓶颈,有效解决。')
      .replace('突出重点,推动发展。', '')
      .replace('全面推进各项重点工', '突出重点,推动发展。全面推进各项重点工');
    assert.equal(outline(elsewhere).length, 3);
  });
});

describe('outline: thirtieth blind set form 620 (666), a pipe table whose rows open with a border', () => {
  const header = '| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n';
  const rows =
    '| 一、加大突出问题治理力度 | (一)强化源头治理 | 1.加强农用地土壤污染源头防控。 | 县生态环境分局 | 2025年11月底前 |\n' +
    '| 2.持续开展农药减量行动。 | 县农业农村局 | 2025年11月底前 | ||\n' +
    '| (二)严控农兽药残留超标 | 3.深入开展药物残留攻坚治理。 | 县农业农村局 | 2025年11月底前 | |\n' +
    '| 4.推广速测技术应用。 | 县市场监管局 | 2025年11月底前 | ||\n';
  const doc = `2025年某县食品安全重点工作任务清单\n发布时间 :2025-07-16\n${header}${rows}`;

  it('reads the cells’ markers at their depths, the measures numbered on across the groups', () => {
    assert.deepEqual(outline(doc), [
      '1 一、 加大突出问题治理力度',
      '2 (一) 强化源头治理',
      '3 1. 加强农用地土壤污染源头防控',
      '3 2. 持续开展农药减量行动',
      '2 (二) 严控农兽药残留超标',
      '3 3. 深入开展药物残留攻坚治理',
      '3 4. 推广速测技术应用',
    ]);
    const at = parseDocument(doc).headings.map((h) => h.start - doc.lastIndexOf('\n', h.start - 1));
    assert.deepEqual(at, [3, 18, 30, 3, 3, 18, 3]);
  });

  it('reads `| 序号 | … |` and its rows `| 1 | … |` as the table without the border (534)', () => {
    const serial =
      '某县2025年重点工作清单\n| 序号 | 重点任务 | 责任单位 |\n| 1 | 加强农田水利建设 | 县水利局 |\n| 2 | 推进乡村道路提升 | 县交通运输局 |\n';
    assert.deepEqual(outline(serial), ['1 1 加强农田水利建设', '1 2 推进乡村道路提升']);
    assert.deepEqual(outline(serial.replace(/^\| /gm, '')), outline(serial));
  });

  it('counter-examples: rows with no header of column names, a site’s metadata rows, a year cell, a number in a header cell', () => {
    // No header row: a border before a marker alone proves no table.
    assert.deepEqual(outline(`2025年某县工作清单\n${rows}`), []);
    // A site's metadata rows (491, 493): no border at the start, no marker.
    assert.deepEqual(
      outline('索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |\n发布机构 | 金乡县人民政府办公室 | 组配分类 | 金政发 |\n'),
      [],
    );
    // A year cell is no marker.
    assert.deepEqual(outline(`2025年某县工作清单\n| 年度 | 项目 | 单位 |\n| 2025年 | 新建学校 | 县教育局 |\n`), []);
    // A header cell with a number is a data row, no header.
    assert.deepEqual(outline(`2025年某县工作清单\n| 2024年 | 工作内容 | 责任单位 |\n${rows}`), []);
  });
});

describe('outline form 660 (thirty-first blind set, 679): a run-in item after the role-word tag closing the item before it', () => {
  const targets =
    '一、全省经济社会发展主要目标\n' +
    '  (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n' +
    '  (三)全社会固定资产投资增长30%以上。(省发改委负责)\n';
  const projects =
    '二、大力推进产业项目建设\n' +
    '  1.抓好600个省级重点产业项目,确保年度投资达到2000亿元。(省发改委主办,省工信委、科技厅、林业厅协办)2.重点抓好一大批技术领先的项目,促进尽快落地。(省工信委主办,省发改委协办)\n' +
    '  3.围绕绿色食品、稀有矿产等新经济增长点。(省发改委负责)\n';

  it('reads `(二)` after `(省发改委负责)` and `2.` after `(…协办)` as the next items, with no numbering-gap', () => {
    assert.deepEqual(outline(targets), [
      '1 一、 全省经济社会发展主要目标',
      '2 (一) 地区生产总值增长11%左右',
      '2 (二) 公共财政收入增长13%左右',
      '2 (三) 全社会固定资产投资增长30%以上',
    ]);
    assert.deepEqual(
      outline(projects).map((l) => l.slice(0, 10)),
      ['1 二、 大力推进产', '2 1. 抓好600', '2 2. 重点抓好一', '2 3. 围绕绿色食'],
    );
    for (const text of [targets, projects])
      assert.deepEqual(
        analyze(text).findings.filter((f) => f.rule === 'numbering-gap'),
        [],
      );
    const two = parseDocument(targets).headings[2];
    assert.equal(two.start, targets.indexOf('(二)'));
  });

  it('counter-examples: a cited title’s bracket, a number after a note, the item’s own words after its tag, a marker out of order', () => {
    // `(2023年)` names no unit and no role: `(二)期工程` stays in the title.
    assert.equal(outline('一、目标\n（一）落实《方案》。(2023年)(二)期工程如期完工。\n（二）其他。\n').length, 3);
    // `2.5%` is a number.
    assert.deepEqual(outline('一、目标\n1.提高比重。（见附件1）2.5%以上。\n2.其他。\n'), ['1 一、 目标', '2 1. 提高比重', '2 2. 其他']);
    // The item goes on after its tag.
    assert.equal(outline('一、目标\n(一)生产总值增长。(省发改委负责)确保完成任务。\n(二)财政收入增长。\n').length, 3);
    // Not the next sibling, or another bracket width.
    assert.equal(outline('一、目标\n(一)生产总值增长。(省发改委负责)(三)财政收入增长。\n').length, 2);
    assert.equal(outline('一、目标\n(一)生产总值增长。(省发改委负责)（二）财政收入增长。\n').length, 2);
    // A tag not after a sentence end: `(市发改委负责)` closes no item here.
    assert.equal(outline('一、目标\n(一)生产总值增长(市发改委负责)(二)财政收入增长。\n').length, 2);
  });
});

describe('outline form 684 (thirty-first blind set, 683): a bracketed item whose title opens with a numeral word', () => {
  const part = '一、2025年国民经济和社会发展计划执行情况\n年初以来,县政府深入贯彻落实各项决策部署。\n';

  it('reads `(一)三次产业…`, `(一)二产提速。` and `(二)三次…` at a line start under the part above, or after their sibling', () => {
    assert.deepEqual(outline(`${part}(一)三次产业协同升级,发展质效持续攀升。\n全县地区生产总值增长6%。\n(二)三次分配更加合理。\n`), [
      '1 一、 2025年国民经济和社会发展计划执行情况',
      '2 (一) 三次产业协同升级,发展质效持续攀升',
      '2 (二) 三次分配更加合理',
    ]);
    assert.deepEqual(outline(`${part}（一）二产提速。\n`).slice(1), ['2 （一） 二产提速']);
    // A title alone on its line, without `。` (430:8).
    assert.deepEqual(outline(`${part}(一)三次产业协同互促,高质量发展步伐稳健\n`).slice(1), ['2 (一) 三次产业协同互促,高质量发展步伐稳健']);
    // Read as before: a numeral word that makes no list, and other families.
    assert.deepEqual(outline(`${part}(一)四个产业集群壮大。\n(二)十大工程建设。\n1.三次产业协同升级。\n二、三农工作。\n`).slice(1), [
      '2 (一) 四个产业集群壮大',
      '2 (二) 十大工程建设',
      '3 1. 三次产业协同升级',
      '1 二、 三农工作',
    ]);
  });

  it('counter-examples: lists of numerals, a cited pair, a split number, no part above, a sentence for a title, a mid-line marker', () => {
    assert.deepEqual(
      outline(`${part}第一、二轮巡察全面完成。\n一、二、三等奖各评选一名。\n详见（一）、（二）部分。\n(1)2号楼已封顶。\n`).length,
      1,
    );
    // No heading of the level above: a first item is no proof of a list.
    assert.deepEqual(outline('(一)三次产业协同升级。\n'), []);
    // Not the next item of the open list.
    assert.equal(outline(`${part}(一)四个产业集群壮大。\n(三)五次全会精神全面落实。\n`).length, 2);
    // A sentence, not a title: other marks, or longer than a title.
    assert.equal(outline(`${part}(一)三次产业增加值之比为12:38:50。\n`).length, 1);
    assert.equal(outline(`${part}(一)三次产业协同升级,发展质效持续攀升,各项工作取得显著成效并且全面超额完成各项任务目标。\n`).length, 1);
    // Mid-line: a citation, not an item.
    assert.equal(outline(`${part}按照要求,(一)三次产业协同升级。\n`).length, 1);
  });
});

describe('outline form 700 (thirty-second blind set, 685)', () => {
  const para = '2025年是十四五规划的收官之年,做好全年经济和信息化工作意义重大。';
  const sub = '(一)做好工业发展总体规划谋篇布局\n\n统筹推进新型工业化。\n\n(二)更大力度促进工业经济平稳运行\n';
  it('a part whose numeral the copy lost (`、重点工作`) is the next part, marker as written, with a fix outside Fix All', () => {
    const text = `市经济和信息化局2025年工作要点\n\n一、总体思路\n\n${para}\n\n、重点工作\n\n${sub}`;
    assert.deepEqual(outline(text), [
      '1 一、 总体思路',
      '1 、 重点工作',
      '2 (一) 做好工业发展总体规划谋篇布局',
      '2 (二) 更大力度促进工业经济平稳运行',
    ]);
    const h = parseDocument(text).headings[1];
    assert.deepEqual([h.family, h.variant, h.value], ['cn', '、', 2]);
    // One finding, at the `、`, offering `二、` (not safe: never Fix All); no numbering finding, nothing renumbered.
    const a = analyze(text);
    assert.deepEqual(
      a.findings.map((f) => [f.rule, f.message.key, f.fixes?.map((x) => [x.edits[0].newText, x.safe])]),
      [['marker-punctuation', 'markerPunctuation.lostNumeral', [['二、', false]]]],
    );
    assert.deepEqual(verifiedFixAll(a), []);
    // After a part with sub-items of its own, and in an Arabic list (`1、` then `、…` then `(1)`).
    const twice = `某局2025年工作要点\n一、总体要求\n(一)指导思想\n${para}\n(二)目标任务\n${para}\n、重点工作\n${sub}`;
    assert.deepEqual(outline(twice).slice(3, 5), ['1 、 重点工作', '2 (一) 做好工业发展总体规划谋篇布局']);
    assert.equal(parseDocument(twice).headings[3].value, 2);
    const arabic = `某局2025年工作要点\n1、总体要求\n${para}\n、重点任务\n(1)抓好统筹\n(2)抓好落实\n`;
    assert.deepEqual(outline(arabic), ['1 1、 总体要求', '1 、 重点任务', '2 (1) 抓好统筹', '2 (2) 抓好落实']);
  });

  it('form 700 counter-examples: a list broken before its `、`, a quoted word before it, no part or no sub-item around it, the part there', () => {
    const head = `某局2025年工作要点\n\n一、总体思路\n\n`;
    const count = (text: string) => parseDocument(text).headings.length;
    // A list broken before its `、`: long, inside a sentence; or short, but the line before runs on.
    assert.equal(count(`${head}推动制造业高端化、智能化\n、绿色化转型,培育形成新质生产力。\n${sub}`), 3);
    assert.equal(count(`${head}推动制造业高端化、智能化\n、绿色化\n${sub}`), 3);
    assert.equal(count(`${head}${para}\n、智能化、绿色化\n${sub}`), 3);
    // `、` after a quoted or bracketed word at the line start.
    assert.equal(count(`${head}${para}\n“专精特新”、重点工作\n${sub}`), 3);
    assert.equal(count(`${head}${para}\n(专精特新)、重点工作\n${sub}`), 3);
    // No open part of `、` items above it; no first sub-item after it.
    assert.equal(count(`市经济和信息化局2025年工作要点\n\n${para}\n\n、重点工作\n\n${sub}`), 2);
    assert.equal(count(`${head}${para}\n\n、重点工作\n\n统筹推进新型工业化。\n`), 1);
    // The part's number stands later: the line is none of the list's items.
    assert.equal(count(`${head}${para}\n、重点工作\n${sub}二、保障措施\n`), 4);
  });
});
