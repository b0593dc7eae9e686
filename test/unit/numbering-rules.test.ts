/** Fixture tests for the numbering rules, and profile and severity settings. */
import { strict as assert } from 'assert';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
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

  it('a finished text, or a section closed before the cut, keeps the finding', () => {
    const at = head.indexOf('（一）');
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n'), [head.indexOf('一、'), at]);
    // Signature and date, an attachment name, a note in brackets: a finished document's last lines.
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n\n某市商务局\n2025年1月5日\n'), [head.indexOf('一、'), at]);
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n某市商务局\n'), [head.indexOf('一、'), at]);
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n（此件公开发布）\n'), [head.indexOf('一、'), at]);
    // Letters that end a finished line (a signature's e-mail, a name) are no cut code.
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n联系邮箱：swj@example.gov.cn\n'), [head.indexOf('一、'), at]);
    assert.deepEqual(lonely(head + '全年进出口增长5%。\n全文见附件PDF\n'), [head.indexOf('一、'), at]);
    // （一） is closed by 二、 before the text breaks off: its section is complete.
    const text = head + '全年进出口增长5%。\n二、重点任务\n（一）扩大消费\n（二）稳定外贸，认真落实国务院关于稳外贸的各项部署';
    assert.deepEqual(lonely(text), [at]);
  });
});
