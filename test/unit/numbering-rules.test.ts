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
