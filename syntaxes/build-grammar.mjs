// Generates syntaxes/workplan.tmLanguage.json (the file VS Code loads) from readable regex parts.
//   node syntaxes/build-grammar.mjs          write the JSON
//   node syntaxes/build-grammar.mjs --check  exit 1 when the JSON is not what this file generates
// Edit this file, not the JSON; test/unit/grammar.test.ts runs --check.
import fs from 'node:fs';
import path from 'node:path';
const CN = '一二三四五六七八九十百';
const LEAD = String.raw`^([ \t\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*)?)`; // line start, indentation, Markdown # / ** prefix
const MID = String.raw`(?<=[。！？!? \t\u3000])`; // a marker after a sentence end or a space
const cap = (lvl) => ({ name: `markup.heading.${lvl}.workplan keyword.control.marker.workplan` });
const title = (lvl) => ({ name: `markup.heading.${lvl}.workplan entity.name.section.workplan`, patterns: [{ include: '#inline' }] });
const M = {
  chapter: String.raw`第[${CN}零〇两]{1,4}[章节條条部分篇]{1,2}`,
  l1: String.raw`[${CN}]{1,4}[、.．](?![${CN}]+[、，,等季轮輪批])`,
  l2: String.raw`[（(][${CN}]{1,4}[）)][、.．]?`,
  l3: String.raw`[1-9][0-9]{0,2}[、.．](?![0-9%％])`,
  l4: String.raw`[（(][1-9][0-9]{0,2}[）)]`,
  l5: String.raw`[①-⑳㉑-㉟㊱-㊿]`,
};
// The title stops before a second marker that begins mid-line after a space.
const TAG_LABELS =
  '牵头单位|牽頭單位|牵头部门|责任单位|責任單位|责任部门|配合单位|参与单位|完成时限|完成时间|时间节点|联系人|聯繫人|首发子站';
// The title also stops before a responsibility tag （牵头单位：…） and a circled marker.
const TITLE = String.raw`((?:(?![ \t\u3000]+(?:${M.l2}|${M.l3}|${M.l4})|[ \t\u3000]*${M.l5}|[（(](?:${TAG_LABELS})[：:])[^。：:\n])*)`;
const heading = (lvl, marker) => ({
  match: LEAD + `(${marker})` + String.raw`[ \t\u3000]*` + TITLE,
  captures: { 2: cap(lvl), 3: title(lvl) },
});
const midHeading = (lvl, marker) => ({
  match: MID + `(${marker})` + TITLE,
  captures: { 1: cap(lvl), 2: title(lvl) },
});
const UNIT_CN =
  '美元|人民币|元|人次|人|家|个月|個月|个|個|项|項|次|亩|畝|吨|噸|平方米|平方公里|公里|千米|米|台|臺|套|户|戶|所|座|辆|輛|千瓦时|千瓦|标准箱|件|批|场|場|期|倍|条|條|处|處|万|萬|亿|億';
// A decimal part never eats a year: “20.2026年” is 20 and 2026年.
const NUM = String.raw`[0-9]+(?:\.[0-9]+(?![0-9]|年))?`;
const RANGE = String.raw`[~～—－\-–]`;
// A unit after a number: 个百分点, %, 亿美元, 万人, 家 … (one capture group).
const UNIT = String.raw`(个百分点|個百分點|[%％‰]|(?:万亿|萬億|亿|億|万|萬|千)?(?:${UNIT_CN.replace(/\|万\|萬\|亿\|億$/, '')})|万亿|萬億|亿|億|万|萬)`;
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Work Plan',
  scopeName: 'text.workplan',
  comment:
    'Highlighting for Chinese work plans (工作计划/工作要点/实施方案). The language server adds semantic tokens (target, growthRate, amount, year) on top of it.',
  patterns: [{ include: '#heading' }, { include: '#attachment' }, { include: '#inline' }],
  repository: {
    heading: {
      comment:
        'Markers at a line start (after indentation, a Markdown # or ** prefix); the title runs to 。 ： or the line end. Level = GB/T 9704 order: 一、 (and 第一章) → （一） → 1. → （1） → ①.',
      patterns: [heading(1, M.chapter), heading(1, M.l1), heading(2, M.l2), heading(3, M.l3), heading(4, M.l4), heading(5, M.l5)],
    },
    midHeading: {
      comment:
        'Markers that begin mid-line after a sentence end or a space: “（一）关于外贸工作 1、抓好… （1）抓好…”, “…建立例会制度。 3、抓实项目。”',
      patterns: [midHeading(2, M.l2), midHeading(3, M.l3), midHeading(4, M.l4), midHeading(5, M.l5)],
    },
    attachment: {
      comment:
        '附件：1.…  附件1  附件2： — 附件：1.… and the lines after it that carry the next numbers are the names of the attachments (the 附件说明, GB/T 9704), not headings.',
      patterns: [
        {
          begin: String.raw`^[ \t\u3000]*(附件)([0-9]{0,2})([：:])[ \t\u3000]*(?=${M.l3}|[1-9][0-9]?[、.．])`,
          beginCaptures: { 1: { name: 'keyword.other.attachment.workplan' }, 2: { name: 'constant.numeric.workplan' } },
          // The list ends at the first line that does not start with a number (lost characters `??` aside).
          end: String.raw`^(?![ \t\u3000?？\x{FFFD}]*[1-9][0-9]?[、.．])`,
          name: 'meta.attachment-list.workplan',
          patterns: [
            {
              match: String.raw`(?:^[ \t\u3000?？\x{FFFD}]*|\G)([1-9][0-9]?[、.．])`,
              captures: { 1: { name: 'constant.numeric.workplan' } },
            },
            { include: '#inline' },
          ],
        },
        {
          match: String.raw`^[ \t\u3000]*(附件)([0-9]{0,2})(?=[：:\s]|$)`,
          captures: { 1: { name: 'keyword.other.attachment.workplan' }, 2: { name: 'constant.numeric.workplan' } },
        },
      ],
    },
    inline: {
      patterns: [
        { include: '#draftMark' },
        { include: '#quote' },
        { include: '#title' },
        { include: '#tag' },
        { include: '#midHeading' },
        { include: '#enumeration' },
        { include: '#circled' },
        { include: '#date' },
        { include: '#number' },
      ],
    },
    draftMark: {
      comment: "Marks left by “Draft next year's plan”: 【待核：…】 around one-off details, 【12】 around last year's value of a target.",
      patterns: [
        {
          begin: '(【)(待核)([：:])',
          end: '(】)|$',
          beginCaptures: {
            1: { name: 'punctuation.definition.review.begin.workplan' },
            2: { name: 'keyword.other.review.workplan' },
            3: { name: 'punctuation.separator.workplan' },
          },
          endCaptures: { 1: { name: 'punctuation.definition.review.end.workplan' } },
          name: 'markup.changed.review.workplan',
          patterns: [{ include: '#date' }, { include: '#number' }],
        },
        {
          match: String.raw`(【)([0-9]+(?:\.[0-9]+)?(?:[~～—－\-–][0-9]+(?:\.[0-9]+)?)?|×+)(】)` + UNIT + '?',
          captures: {
            0: { name: 'variable.other.placeholder.workplan' },
            1: { name: 'punctuation.definition.placeholder.begin.workplan' },
            2: { name: 'constant.numeric.workplan' },
            3: { name: 'punctuation.definition.placeholder.end.workplan' },
            4: { name: 'keyword.other.unit.workplan' },
          },
        },
      ],
    },
    quote: {
      comment: '“…” (one line); markers inside are not headings.',
      begin: '“',
      end: '”|$',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.workplan' } },
      endCaptures: { 0: { name: 'punctuation.definition.string.end.workplan' } },
      name: 'string.quoted.double.workplan',
      patterns: [{ include: '#title' }, { include: '#date' }, { include: '#number' }],
    },
    title: {
      comment: '《…》 titles of laws, plans and documents (nested 〈〉 or <> allowed).',
      match: '《[^》\\n]*》',
      name: 'string.other.title.workplan entity.name.tag.title.workplan',
    },
    tag: {
      comment: '（牵头单位：…；责任单位：…；完成时限：…）, （联系人：…，联系电话：…）',
      begin: String.raw`[（(](?=(?:${TAG_LABELS})[：:])`,
      end: String.raw`[）)]|$`,
      name: 'meta.tag.responsibility.workplan comment.block.workplan',
      patterns: [
        {
          match: String.raw`(?:牵头单位|牽頭單位|牵头部门|责任单位|責任單位|责任部门|配合单位|参与单位|完成时限|完成时间|时间节点|联系人|聯繫人|联系电话|聯繫電話|首发子站)(?=[：:])`,
          name: 'entity.other.attribute-name.workplan',
        },
        { include: '#date' },
      ],
    },
    enumeration: {
      comment: 'Run-in series: 一是 二要 三抓 第一， 其一， 首先， 一方面 另一方面.',
      match: String.raw`(?<=^|[。；;：:，,！？!?\s“（(*…])(?:[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}要(?![求素点件])|[一二三四五六七八九十]{1,3}抓(?!到底)|第[一二三四五六七八九十]{1,3}[，,]|其[一二三四五六七八九十][，,]|(?:首先|其次|再次|最后)[，,]|另?一方面)`,
      name: 'keyword.other.enumeration.workplan',
    },
    circled: {
      comment: '① inside a paragraph: a run-in item, not a heading.',
      match: '[①-⑳㉑-㉟㊱-㊿]',
      name: 'keyword.other.enumeration.workplan',
    },
    date: {
      comment: 'Dates in GB/T 15835 form: 2024年1月15日, 2007年, 4月22日, 12月底; 二〇二四年.',
      match: String.raw`(?<![0-9])(?:[12][0-9]{3}|[一二三四五六七八九〇零]{4})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|(?<![0-9.])[0-9]{1,2}月(?:[0-9]{1,2}日)?(?!份额)`,
      name: 'constant.other.date.workplan',
    },
    number: {
      comment: 'Quantities: 12%, 8.7亿美元, 400亿元, 3.8万人, 1~2家, 30—50个, 4.5%—5%, 2个百分点.',
      match: String.raw`(?<![0-9.A-Za-z])(${NUM}(?:[%％‰]?${RANGE}${NUM})?)${UNIT}?(以上|以内|以內|以下|左右|多)?`,
      captures: {
        1: { name: 'constant.numeric.workplan' },
        2: { name: 'keyword.other.unit.workplan' },
        3: { name: 'keyword.other.qualifier.workplan' },
      },
    },
  },
};
const out = path.join(path.dirname(new URL(import.meta.url).pathname), 'workplan.tmLanguage.json');
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
    console.error(`${path.basename(out)} is stale: run node syntaxes/build-grammar.mjs`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(out, text);
}
