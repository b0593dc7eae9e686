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
