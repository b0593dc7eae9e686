/** toSimplified (core/text/traditional.ts): the zone words of a Big5 page read in their Simplified form. */
import { strict as assert } from 'assert';
import { toSimplified } from '../../server/src/core/text/traditional';

describe('toSimplified', () => {
  it('leaves Simplified text as it is (the same string)', () => {
    const s = '二、2025年工作安排（一）稳定外贸增长';
    assert.equal(toSimplified(s), s);
  });
  it('converts the zone words of Traditional text', () => {
    assert.equal(toSimplified('一、2025年工作回顧'), '一、2025年工作回顾');
    assert.equal(toSimplified('二、工作計劃'), '二、工作计划');
  });
  it('drops pinyin glosses, with or without Traditional characters beside them', () => {
    assert.equal(toSimplified('工作總(zǒng)結(jié)'), '工作总结');
    assert.equal(toSimplified('回(huí)顾'), '回顾');
    // A bracket that is no gloss stays.
    assert.equal(toSimplified('主要目标(2025年)'), '主要目标(2025年)');
  });
  it('finds a Traditional character after a gloss and a gloss after a Traditional character', () => {
    assert.equal(toSimplified('(huí)回顧'), '回顾');
    assert.equal(toSimplified('總結(jié)'), '总结');
  });
});
