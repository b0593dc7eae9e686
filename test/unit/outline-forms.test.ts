/**
 * Forms in which real plans arrive (docs/domain.md §6) that the outline must read, each with a
 * small inline document, its exact outline, and a counter-example that must not become a heading.
 */
import { strict as assert } from 'assert';
import { parseDocument } from '../../server/src/core/model/parse';

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

  it('bare numbers on their own lines with no 序号 header (page numbers of a PDF copy) are not headings', () => {
    const pdf = '某区2022年工作要点\n一、稳定增长\n做好经济工作，\n1\n推进项目建设。\n2\n二、改善民生\n抓好就业。\n3\n';
    assert.deepEqual(outline(pdf), ['1 一、 稳定增长', '1 二、 改善民生']);
  });
});
