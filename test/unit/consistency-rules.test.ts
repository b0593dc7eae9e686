/**
 * The 公文 consistency rules (count-mismatch, unbalanced-pair, attachment-reference,
 * document-number, date-format, quote-style, mixed-width): fixtures with inline expectations, and
 * the cases a fixture line cannot say (severity per finding, the multi-paragraph quotation).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { positionAt } from '../../server/src/core/model/model';
import { consistencyDocuments } from './consistencyDocuments';
import { fixtureTests } from './fixtureTests';

const ROOT = path.join(__dirname, '../../..');
export const CONSISTENCY_RULES = [
  'count-mismatch',
  'unbalanced-pair',
  'attachment-reference',
  'document-number',
  'date-format',
  'quote-style',
  'mixed-width',
];

const only = (text: string, rule: string) => analyze(text).findings.filter((f) => f.rule === rule);

describe('consistency rules: fixtures', () => {
  fixtureTests(path.join(ROOT, 'test/fixtures/consistency'), CONSISTENCY_RULES);
});

describe('consistency rules: cases', () => {
  it('date-format: a month read back from 月 over blanks, the last two digits of a longer run, dates written back to back', () => {
    const text = '某县工作计划\n2025年 03 月 05 日召开会议。\n编号123月报。\n3月05日06月07日。\n2025年2月30日前完成。\n';
    assert.deepEqual(
      only(text, 'date-format').map((f) => `${text.slice(f.start, f.end)} ${f.message.key}`),
      ['2025年 03 月 05 日 date.zeros', '3月05日 date.zeros', '06月07日 date.zeros', '2025年2月30日 date.impossible'],
    );
  });
  it('date-format: a site metadata field written as an HTML table (label and date in cells of their own) is no date of the document', () => {
    // test/corpus 152 (.html): gov.cn's 成文日期 / 发布日期 table.
    const page = [
      '<table><tr>',
      '        <td><b>成文日期：</b></td> ',
      '        <td>2019年01月24日</td> ',
      '       </tr><tr>',
      '        <td><b>发布日期：</b></td> ',
      '        <td>2019年02月13日</td> ',
      '</tr></table>',
      '<p>国务院关于印发国家职业教育改革实施方案的通知</p>',
      '<p>一、完善国家职业教育制度体系。2019年03月01日前完成。</p>',
      '<p>二、会议日期：另行通知，定于2019年04月01日召开。</p>',
      '',
    ].join('\n');
    assert.deepEqual(
      only(page, 'date-format').map((f) => page.slice(f.start, f.end)),
      ['2019年03月01日', '2019年04月01日'],
    );
  });

  it('mixed-width: a letter inside a number is a warning, the width mix a hint; a configured severity wins', () => {
    const text = '某县2025年工作计划\n增长6%，增长8％，突破l00万美元。\n';
    assert.deepEqual(
      only(text, 'mixed-width').map((f) => `${text.slice(f.start, f.end)} ${f.severity}`),
      ['％ hint', 'l00 warning'],
    );
    const set = analyze(text, { profile: 'common', severities: { 'mixed-width': 'info' } }).findings.filter(
      (f) => f.rule === 'mixed-width',
    );
    assert.deepEqual(
      set.map((f) => f.severity),
      ['info', 'info'],
    );
  });

  it('unbalanced-pair: a quotation over paragraphs that reopens each with “ is no finding; one that never closes is', () => {
    assert.deepEqual(only('某县2025年工作计划\n“第一段讲形势。\n“第二段讲任务。\n“第三段讲要求。”\n', 'unbalanced-pair'), []);
    assert.equal(only('某县2025年工作计划\n“第一段讲形势。\n第二段讲任务。\n', 'unbalanced-pair').length, 1);
  });

  it('unbalanced-pair: a 《 left open gets a fix only where the end of the title is certain', () => {
    const fixes = (text: string) =>
      only(text, 'unbalanced-pair').map((f) => (f.fixes ?? []).map((x) => x.edits.map((e) => `${e.start}${e.newText}`).join()).join());
    assert.deepEqual(fixes('某县2025年工作计划\n贯彻《政府工作报告精神，抓好落实。\n'), [
      `${'某县2025年工作计划\n贯彻《政府工作报告'.length}》`,
    ]);
    // (试行) may be part of the title; 《习近平谈治国理政 names no kind of document.
    assert.deepEqual(fixes('某县2025年工作计划\n执行《安全生产管理办法（试行），抓好落实。\n'), ['']);
    assert.deepEqual(fixes('某县2025年工作计划\n学习《习近平谈治国理政，抓好落实。\n'), ['']);
  });

  it('unbalanced-pair: a line broken inside a title (a PDF copy) closes on the next line', () => {
    assert.deepEqual(
      only('某县2025年工作计划\n深入学习《中共中央 国务院关于\n实施乡村振兴战略的意见》，推动落实。\n', 'unbalanced-pair'),
      [],
    );
  });

  it('count-mismatch: set phrases and counts with no list are never compared', () => {
    const text =
      '某县2025年工作计划\n坚持“三个代表”重要思想，增强“四个意识”，做到“两个维护”，统筹“五位一体”，实现“3个95%”。\n至少有十个亮点：一是甲；二是乙。\n';
    assert.deepEqual(only(text, 'count-mismatch'), []);
  });

  it('attachment-reference: silent in a document without attachments of its own', () => {
    assert.deepEqual(only('某县2025年工作计划\n具体安排见附件3。\n', 'attachment-reference'), []);
  });

  it('traps seen in real plans stay silent', () => {
    const silent = [
      // a name that starts with 一, a lunar date, a site's metadata field, a Markdown link, a multi-year plan signed in its first year
      '某县2025年工作计划\n推进“一网通办”（线上、线下）改革。\n',
      '某县2025年工作计划\n农历2月30日举办庙会，发布时间：2025年01月05日\n',
      '某县2025年工作计划\n详见[政策解读](https://example.gov.cn/a_(b).html)。\n',
      '某市2023—2025年行动计划\n推进工作。\n\n某市人民政府\n2023年3月1日\n',
      // 附件说明 names separated by ；, a download list with file names
      '某县2025年工作方案\n任务见附件2，项目见附件1。\n附件：1.任务分工表；2.项目清单\n',
      '某县2025年工作方案\n具体见附件2。\n附件：1.任务分工表.docx 2.项目清单.xlsx\n',
      // a series the count matches, and one the parser could cut short before 四是
      '某县2025年工作计划\n重点抓好三个方面：一是稳外贸；二是促消费；三是扩投资。\n',
    ];
    for (const text of silent)
      assert.deepEqual(
        analyze(text)
          .findings.filter((f) => CONSISTENCY_RULES.includes(f.rule))
          .map((f) => f.rule),
        [],
        text,
      );
  });

  it('document-number: a bracketed year without the shape of a number is left alone', () => {
    assert.deepEqual(only('某县2025年工作计划\n对照规划（2021—2025年）和计划(2025)执行，共3号楼。\n', 'document-number'), []);
  });
});

describe('consistency rules: every real document', () => {
  it('reports exactly the recorded real findings', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/corpus-consistency.expected.json'), 'utf8')) as {
      rules: string[];
      findings: Array<{ file: string; line: number; column: number; rule: string; text: string }>;
    };
    assert.deepEqual(expected.rules, CONSISTENCY_RULES);
    const got: string[] = [];
    for (const doc of consistencyDocuments()) {
      const a = analyze(doc.text);
      for (const f of a.findings) {
        if (!CONSISTENCY_RULES.includes(f.rule)) continue;
        const p = positionAt(a.model.lines, f.start);
        got.push(`${doc.name}:${p.line + 1}:${p.character + 1} ${f.rule} ${doc.text.slice(f.start, f.end)}`);
      }
    }
    assert.deepEqual(got.sort(), expected.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.text}`).sort());
  });
});
