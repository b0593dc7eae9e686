/** Indicator tables as text (facts/indicatorTable.ts): the baseline and target cells, and what stays untouched. */
import { strict as assert } from 'assert';
import { parseDocument } from '../../server/src/core/model/parse';
import { extractTargets, type Target } from '../../server/src/core/facts/targets';
import { indicatorTableCells } from '../../server/src/core/facts/indicatorTable';

const row = (t: Target) => `${t.line + 1} ${t.kind} ${t.metric} | ${t.text} ${t.unit} ${t.unitKind} ${t.measure} ${t.qualifier}`.trimEnd();
const rows = (text: string) => extractTargets(parseDocument(text)).map(row);
const texts = (text: string) => extractTargets(parseDocument(text)).map((t) => `${t.line + 1} ${t.kind} ${t.text}`);

describe('targets: indicator tables as text', () => {
  it('a header with 基准值 and 目标值 columns and a 单位 column: the cells at their places, signs as qualifiers', () => {
    const text = [
      '表1 “十四五”主要指标',
      '指标 单位 2020年(基准值) 2025年(目标值) 属性 责任部门',
      '地区生产总值 亿元 1000 1500 预期性 市发改委',
      '城镇调查失业率 % 5.2 <5.5 预期性 市人社局',
      '2.森林覆盖率(%) 24 ≥25 约束性 市林业局',
      '单位gdp能耗降低率 % - 完成省下达任务 约束性 市工信局',
      '注:*为五年累计指标',
      '全市森林覆盖率 24 25',
    ].join('\n');
    assert.deepEqual(rows(text), [
      '3 baseline 地区生产总值 | 1000 亿元 money level',
      '3 target 地区生产总值 | 1500 亿元 money level',
      '4 baseline 城镇调查失业率 | 5.2 % percent level',
      '4 target 城镇调查失业率 | 5.5 % percent level 低于',
      '5 baseline 森林覆盖率 | 24 % percent level',
      '5 target 森林覆盖率 | 25 % percent level 不低于',
    ]);
    const money = extractTargets(parseDocument(text))[0];
    assert.equal(money.normalized, 1000e8);
    assert.equal(money.start, text.indexOf('1000'));
    assert.equal(money.end, text.indexOf('1000') + 4);
  });

  it('a header naming only a 目标值 column (a serial-number column first): target rows only', () => {
    const text = [
      '序号 指标名称 目标值 责任单位',
      '1 新增城镇就业人数(万人) 1.2 市人社局',
      '2 城市生活垃圾分类覆盖率(%) 达到95并持续提升 市城管局',
    ].join('\n');
    assert.deepEqual(texts(text), ['2 target 1.2', '3 target 95']);
  });

  it('without a header: rows with (单位) and two cells before 约束性/预期性, the block going on until a line that is no row (corpus 406)', () => {
    const text = [
      '5.城市空气质量优良天数比例(%) 80.1 81.2 约束性 市生态环境局',
      '污染物减排 7.重点工程减排量 挥发性有机物减排量 - 完成省下达任务* 约束性 市生态环境局',
      '氮氧化物减排量 -',
      '12. 放射源辐射事故年发生率(起/万枚) - <1 预期性 市生态环境局',
      '16.非化石能源占一次能源消费比例(%) - 达到13并完成省下达任务 约束性 市发改委',
      '生态空间管控区域占陆域国土面积比例(%) 7.87 不降低 市自然资源和规划局',
      '15.单位gdp能耗降低率(%) 3 约束性 市工信局',
      '注:*为五年累计指标',
      '森林覆盖率(%) 24 25 市林业局',
    ].join('\n');
    assert.deepEqual(rows(text), [
      '1 baseline 城市空气质量优良天数比例 | 80.1 % percent share',
      '1 target 城市空气质量优良天数比例 | 81.2 % percent share',
      '4 target 放射源辐射事故年发生率 | 1 起/万枚 other level 低于',
      '5 target 非化石能源占一次能源消费比例 | 13 % percent share',
      '6 baseline 生态空间管控区域占陆域国土面积比例 | 7.87 % percent share',
    ]);
  });

  it('a table of results without a header naming baseline or target columns gives nothing; with 目标值, only its targets', () => {
    const results = [
      '2023年主要指标完成情况',
      '指标 2022年 2023年 增长',
      '地区生产总值(亿元) 1000 1100 10',
      '财政收入(亿元) 100 120 20',
    ].join('\n');
    assert.deepEqual(texts(results), []);
    const planned = ['指标 2023年目标值 2023年完成值 完成率', '地区生产总值(亿元) 1150 1100 95.7', '财政收入(亿元) 110 120 109'].join('\n');
    assert.deepEqual(texts(planned), ['2 target 1150', '3 target 110']);
  });

  it('two year columns count only beside an attribute column', () => {
    const plain = ['指标 2020年 2025年', '森林覆盖率(%) 24 25'].join('\n');
    assert.deepEqual(texts(plain), []);
    const attributed = ['指标 2020年 2025年 属性', '森林覆盖率(%) 24 25 约束性'].join('\n');
    assert.deepEqual(texts(attributed), ['2 baseline 24', '2 target 25']);
    const three = ['指标名称 单位 2019年 2020年 2025年目标 属性', '森林覆盖率 % 23 24 25 约束性'].join('\n');
    assert.deepEqual(texts(three), ['2 baseline 24', '2 target 25']);
  });

  it('untouched: a task table with serial numbers, dates and page numbers with blanks, a header-less block, three cells before 属性', () => {
    assert.deepEqual(texts(['序号 任务 责任单位', '1 居民消费价格涨幅3%左右 发展改革委'].join('\n')), ['2 target 3%左右']);
    const dates = '2023年 3月 5日 预期性\n第 3 页 约束性\n会议 2024年 5 月 目标值 30 人';
    assert.deepEqual(indicatorTableCells(dates, parseDocument(dates).lines), []);
    // The words more than once on the last line, a line of prose after a header-like line.
    const last = '指标 目标 预期\n加强目标考核，落实目标责任，目标值不变。';
    assert.deepEqual(indicatorTableCells(last, parseDocument(last).lines), []);
    assert.deepEqual(texts(['地区生产总值(亿元) 1000 1500 市发改委', '财政收入(亿元) 100 120 市财政局'].join('\n')), []);
    assert.deepEqual(texts(['地区生产总值(亿元) 1000 1500 8 预期性 市发改委', '财政收入(亿元) 100 120 10 预期性'].join('\n')), []);
  });
});
