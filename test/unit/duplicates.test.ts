/**
 * duplicate-passage, duplicate-heading and cross-file-duplicate: fixtures, seed 004 (the whole
 * document pasted twice is one finding whose fix gives back the first copy), cross-file matches
 * and their cache, and the time the rules take on 1 MB.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { formatMessage } from '../../server/src/core/messages';
import { positionAt } from '../../server/src/core/model/model';
import { RULES } from '../../server/src/core/rules/index';
import { indexOtherDocument } from '../../server/src/core/facts/crossFile';
import { tasksOf } from '../../server/src/core/facts/tasks';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../server/src/core/types';
import { realDocuments } from './realDocuments';
import { assertFixIsClean, describeSpan, spanFixtureTests } from './spanFixtures';

const ROOT = path.join(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const seed = (prefix: string) => {
  const name = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
};

describe('duplicate-passage fixtures', () => spanFixtureTests(path.join(FIXTURES, 'duplicate-passage'), ['duplicate-passage']));
describe('duplicate-heading fixtures', () => spanFixtureTests(path.join(FIXTURES, 'duplicate-heading'), ['duplicate-heading']));

describe('duplicate-passage', () => {
  const text = seed('004');
  const analysis = analyze(text);
  const passages = analysis.findings.filter((f) => f.rule === 'duplicate-passage');
  const lines = analysis.model.lines;

  it('seed 004: the whole document pasted twice is exactly one finding, over the second copy and its metadata lines', () => {
    assert.equal(passages.length, 1);
    const [p] = passages;
    assert.equal(describeSpan(lines, p), 'duplicate-passage 48:1-95:207');
    assert.equal(p.end, text.length);
    assert.equal(
      text.slice(p.start, lines[49].end),
      '2006年山东省外经贸工作要点\n2006-01-10 19:18\u00a0\u00a0文章来源：全省外经贸工作会议\n文章类型：转载\u00a0\u00a0内容分类：其它',
    );
    assert.equal(formatMessage('zh-cn', p.message.key, p.message.args), '第 48–95 行重复了第 1–46 行的内容（46 段）。');
    assert.equal(formatMessage('en', p.message.key, p.message.args), 'Lines 48–95 repeat lines 1–46 (46 paragraphs).');
    // The first copy, as a related location.
    assert.equal(p.related?.length, 1);
    assert.deepEqual([positionAt(lines, p.related![0].start).line, positionAt(lines, p.related![0].end).line], [0, 45]);
    assert.equal(p.unnecessary, true);
    // The parser gave the second copy a numbering context of its own.
    assert.ok(analysis.model.contexts.some((c) => c.kind === 'document' && c.line === 47));
  });

  it('seed 004: deleting the repeated copy gives back the first half, byte for byte', () => {
    const [p] = passages;
    const fix = p.fixes![0];
    assert.equal(fix.safe, true);
    assert.equal(formatMessage('zh-cn', fix.title.key, fix.title.args), '删除重复的内容（第 48–95 行）');
    const fixed = assertFixIsClean(text, analysis.findings, p, fix.edits);
    // The first copy ends with the 首发子站 line; the file, like the original, ends without a line break.
    const firstHalf = text.slice(0, text.indexOf('\n2006年山东省外经贸工作要点', 1));
    assert.ok(firstHalf.endsWith('（首发子站：山东济宁商务之窗）'));
    assert.equal(fixed, firstHalf);
    assert.equal(text, firstHalf + '\n' + text.slice(lines[47].start));
    assert.deepEqual(
      analyze(fixed).findings.filter((f) => f.rule.startsWith('duplicate')),
      [],
    );
  });

  it('short lines and boilerplate never count on their own', () => {
    const t = [
      '某市2024年工作要点',
      '各位代表：',
      '一、总体要求',
      '特此通知。',
      '各位代表：',
      '（牵头单位：市商务局；责任单位：各区县人民政府）',
      '特此通知。',
      '（牵头单位：市商务局；责任单位：各区县人民政府）',
    ].join('\n');
    assert.deepEqual(
      analyze(t).findings.filter((f) => f.rule === 'duplicate-passage'),
      [],
    );
  });

  it('tasks that differ only in their text before the same responsibility tag are not near copies', () => {
    const tag = '（牵头单位：市发展和改革委员会；责任单位：各区县人民政府、市直各有关部门）';
    const t = `某市2024年实施方案\n1.推进重点项目建设。${tag}\n2.优化营商环境建设。${tag}`;
    assert.deepEqual(
      analyze(t).findings.filter((f) => f.rule === 'duplicate-passage'),
      [],
    );
  });

  it('repeated cells of one row of a table flattened one cell per line are no pasted passage (form 310); the same paragraphs elsewhere are', () => {
    const plan = '持续完善学校安全管理制度，全面落实校园安全隐患排查整改要求，确保校园安全稳定。';
    const rows = [
      '（1）完善学校安全管理制度。',
      plan,
      plan,
      plan,
      '区教育局',
      '各街道',
      '（2）开展校园周边环境整治。',
      '对全区中小学校周边环境开展集中整治，持续改善学生上下学的交通秩序和治安环境。',
      '对全区中小学校周边环境开展集中整治，持续改善学生上下学的交通秩序和治安环境。',
      '区公安分局',
      '区市场监管局、各街道',
    ];
    const header = ['工作', '类别', '重点任务', '2024年计划', '2025年计划', '2026年计划', '牵头', '单位', '配合', '单位'];
    const table = ['某区教育安全三年行动计划任务清单', ...header, '（一）', '加强校园安全管理', ...rows].join('\n\n') + '\n';
    const dup = (t: string) => analyze(t).findings.filter((f) => f.rule === 'duplicate-passage');
    assert.deepEqual(dup(table), []);
    // The table is recognised: its two rows are tasks.
    assert.deepEqual(
      tasksOf(analyze(table).model).map((t) => t.line),
      [26, 38],
    );
    // No header (no unit column): the repeated paragraphs warn.
    const noHeader = ['某区教育安全三年行动计划', '（一）加强校园安全管理', ...rows].join('\n\n') + '\n';
    assert.equal(dup(noHeader).length, 2);
    // A paragraph of one row repeated in another row (or after the table) is still a repeat.
    const across = table + '\n' + plan + '\n';
    assert.equal(dup(across).length, 1);
  });

  it('the unit label paragraphs a division of tasks repeats after each item are no pasted passage (form 582, 658); a repeated label with a task in it is', () => {
    const labels = ['牵头责任单位:县卫健委', '主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位'];
    const items = ['落实积极应对人口老龄化国家战略', '加强重大公共卫生安全风险源头防控', '创建国家卫生县城'];
    const doc = (ls: string[]) =>
      ['县卫健委2021年政府工作报告任务分解', ...items.flatMap((t, i) => [`${i + 1}.${t}`, ...ls])].join('\n\n') + '\n';
    const dup = (t: string) => analyze(t).findings.filter((f) => f.rule === 'duplicate-passage');
    assert.deepEqual(dup(doc(labels)), []);
    // Counter-example: a label whose value is a task in words, repeated, is a pasted passage.
    const tasky = [
      '牵头责任单位:县卫健委',
      '主要协作单位:各乡镇人民政府要全面落实属地责任，组织开展爱国卫生运动，完善基层公共卫生体系建设',
    ];
    assert.ok(dup(doc(tasky)).length > 0);
  });

  it('the unit cells of neighbouring rows naming the same offices are no pasted passage (twenty-fourth blind set, form 416); a repeated work paragraph is', () => {
    const offices = '发展改革委、商务委、科技经济委、建设管理委、文化旅游局、绿化市容局、投资办、卫生健康委、统计局等';
    const rows = [
      ['做好市级对区政府碳达峰碳中和及节能目标责任评价各项工作', '三季度完成', offices],
      ['强化重点单位能源消费和碳排放管理，发布重点用能和碳排放单位名单', '全年推进', offices],
      // A near copy: the same list less one office.
      ['开展重点用能单位能源利用状况报告审核，加强考核结果应用', '年内完成', offices.replace('、统计局', '')],
    ];
    const header = ['序号', '重点任务', '具体工作', '时间进度', '责任部门'];
    const table = (rs: string[][]) =>
      ['某区2026年重点工作任务分工表', ...header, '一', '持续推动节能降碳增效', ...rs.flatMap((r, i) => [String(i + 1), ...r])].join(
        '\n\n',
      ) + '\n';
    const dup = (t: string) => analyze(t).findings.filter((f) => f.rule === 'duplicate-passage');
    assert.deepEqual(dup(table(rows)), []);
    assert.equal(tasksOf(analyze(table(rows)).model).length, 3);
    // The same lists as lines of prose, no table: still only lists of units, no passage.
    assert.deepEqual(dup(['某区2026年工作安排', offices, '一、推进节能。', offices].join('\n\n') + '\n'), []);
    // Counter-examples: a row's work paragraph repeated in another row is still a repeat; so is a paragraph pasted twice.
    const work = '强化重点单位能源消费和碳排放管理，发布重点用能和碳排放单位名单，开展2026年重点单位的碳排放双控目标分解';
    assert.equal(dup(table([rows[0], [work, '全年推进', '发展改革委'], [work, '年内完成', '统计局']])).length, 1);
    const para = '全面实施碳排放总量和强度双控制度，推进落实本市碳达峰碳中和综合评价考核体系，探索开展碳排放预算管理。';
    assert.equal(dup(['某区2026年工作安排', para, '一、推进节能。', para].join('\n\n') + '\n').length, 1);
  });

  it('a converter’s `# title` right before or after the same title as a plain line is no pasted passage (twenty-fifth blind set, 623:18, form 447)', () => {
    const title = '关于印发《吴泾镇城镇房屋安全隐患排查整治工作方案》的通知';
    const head = '---\n标题: ' + title + '\n---\n\n> 本文正文由脚本自官方公开页面提取。\n\n';
    const body = '各村（居），机关各办（部门），镇属事业单位（公司）：\n现印发给你们，请认真贯彻落实。\n';
    const dup = (t: string) => analyze(t).findings.filter((f) => f.rule === 'duplicate-passage');
    assert.deepEqual(dup(head + '# ' + title + '\n\n' + title + '\n\n' + body), []);
    // The plain line first and the heading after it, and a heading closed by #s, are the same conversion.
    assert.deepEqual(dup(head + title + '\n# ' + title + '\n\n' + body), []);
    assert.deepEqual(dup(head + '## ' + title + ' ##\n\n' + title + '\n\n' + body), []);
    // Counter-examples: text between the two (a title repeated further down), the plain line twice, a longer passage pasted twice.
    assert.equal(dup(head + '# ' + title + '\n\n' + body + '\n' + title + '\n\n正文。\n').length, 1);
    assert.equal(dup(head + title + '\n\n' + title + '\n\n' + body).length, 1);
    const para = '全面实施碳排放总量和强度双控制度，推进落实本市碳达峰碳中和综合评价考核体系，探索开展碳排放预算管理。';
    assert.equal(dup(head + '# ' + title + '\n\n' + para + '\n\n' + title + '\n\n' + para + '\n').length, 1);
  });

  it('every real document: passages only where recorded (seed 004, corpus 003 and 009)', () => {
    const found = realDocuments().flatMap((d) =>
      analyze(d.text)
        .findings.filter((f) => f.rule === 'duplicate-passage')
        .map(() => d.name),
    );
    assert.deepEqual(found.sort(), ['corpus/003.txt', 'corpus/009.txt', 'seeds/004_c596a8f9c9def442.txt']);
  });
});

describe('duplicate-heading', () => {
  const dupHeadings = (t: string) =>
    analyze(t)
      .findings.filter((f) => f.rule === 'duplicate-heading')
      .map((f) => positionAt(analyze(t).model.lines, f.start).line + 1);

  it("titles cut at a table cell's line break are compared with the cell's rest (form 392); the same cell twice, and real headings, still warn", () => {
    const row = (n: number, first: string, rest: string) => [
      String(n),
      `${first}\n${rest}`,
      '区建设管理委负责指导推进海绵城市建设工作。',
      '区建设管理委',
    ];
    const header = ['序号', '任务类型', '重点内容', '责任单位'];
    const table = (rows: string[][]) => ['某区海绵城市建设任务分解表', ...header, ...rows.flat()].join('\n\n') + '\n';
    // 612: `海绵城市` / `建设管理` and `海绵城市` / `系统方案` are two cells.
    assert.deepEqual(
      dupHeadings(
        table([row(1, '海绵城市', '建设管理'), row(2, '海绵城市', '系统方案'), row(3, '海绵型', '地块'), row(4, '海绵型', '市政设施')]),
      ),
      [],
    );
    // The same whole cell twice is a duplicate.
    assert.equal(dupHeadings(table([row(1, '海绵城市', '建设管理'), row(2, '海绵城市', '建设管理')])).length, 1);
    // Two real headings with one title: the body right after the title is no cell's rest.
    const plan =
      '某区工作方案\n一、工作措施\n（一）加强组织领导\n各部门要建立工作专班，明确责任分工。\n（二）加强组织领导\n强化督查考核。\n';
    assert.deepEqual(dupHeadings(plan), [5]);
    // ... nor a short line of the body with a mark, nor one that runs on without a blank.
    const short = '某区工作方案\n一、工作措施\n（一）加强组织领导\n成立专班。\n\n（二）加强组织领导\n强化督查\n考核问效\n落实责任\n\n';
    assert.deepEqual(dupHeadings(short), [6]);
  });
});

describe('cross-file-duplicate', () => {
  const old = seed('004');
  const firstCopy = old.slice(0, old.indexOf('\n2006年山东省外经贸工作要点', 1));
  const others = new Map([['file:///plans/2006.txt', { title: '2006年山东省外经贸工作要点', text: firstCopy }]]);
  const enabled: AnalysisOptions = { ...DEFAULT_OPTIONS, severities: { 'cross-file-duplicate': 'info' }, otherDocuments: others };
  // Next year's plan: the title and one paragraph rewritten, the rest carried over.
  const next = firstCopy
    .replace('2006年山东省外经贸工作要点', '2007年山东省外经贸工作要点')
    .replace('2、进一步下放外资项目核准权限。', '2、全面下放外资项目核准权限。');

  it('is off by default', () => {
    assert.equal(RULES.find((r) => r.id === 'cross-file-duplicate')?.defaultOff, true);
    assert.deepEqual(
      analyze(next, { ...DEFAULT_OPTIONS, otherDocuments: others }).findings.filter((f) => f.rule === 'cross-file-duplicate'),
      [],
    );
  });

  it('reports each long paragraph unchanged from the other plan, with its line there', () => {
    const a = analyze(next, enabled);
    const found = a.findings.filter((f) => f.rule === 'cross-file-duplicate');
    const longLines = a.model.lines.filter((l) => next.slice(l.start, l.end).replace(/[^\u4e00-\u9fff]/g, '').length >= 20).length;
    // Every long paragraph but the rewritten one (the title is short).
    assert.equal(found.length, longLines - 1);
    const first = found[0];
    assert.equal(first.severity, 'info');
    assert.equal(positionAt(a.model.lines, first.start).line, 1);
    assert.equal(formatMessage('en', first.message.key, first.message.args), 'Unchanged from 2006年山东省外经贸工作要点 line 2.');
    assert.equal(formatMessage('zh-cn', first.message.key, first.message.args), '与《2006年山东省外经贸工作要点》第 2 行相同。');
    assert.deepEqual({ uri: first.related![0].uri, line: first.related![0].line }, { uri: 'file:///plans/2006.txt', line: 1 });
    assert.ok(!found.some((f) => next.slice(f.start, f.end).startsWith('2、全面下放')));
  });

  it('sees an edit of the same length in the other plan (its version changed; no sampled hash)', () => {
    const cross = (o: AnalysisOptions) => {
      const a = analyze(next, o);
      return a.findings.filter((f) => f.rule === 'cross-file-duplicate').map((f) => positionAt(a.model.lines, f.start).line);
    };
    const before = cross({
      ...enabled,
      otherDocuments: new Map([['file:///plans/2006-v.txt', { title: 't', text: firstCopy, version: 1 }]]),
    });
    // One character of a carried-over paragraph replaced by another, at an offset that is no
    // multiple of 61 and far from both ends: the former sampled hash did not see it.
    const line = firstCopy.split('\n').findIndex((l, i) => i > 3 && l.replace(/[^\u4e00-\u9fff]/g, '').length >= 30);
    let at = firstCopy.split('\n').slice(0, line).join('\n').length + 1 + 10;
    while (at % 61 === 0 || !/[\u4e00-\u9fff]/.test(firstCopy[at])) at++;
    assert.ok(at > 256 && at < firstCopy.length - 256);
    const edited = firstCopy.slice(0, at) + (firstCopy[at] === '甲' ? '乙' : '甲') + firstCopy.slice(at + 1);
    assert.equal(edited.length, firstCopy.length);
    const after = cross({ ...enabled, otherDocuments: new Map([['file:///plans/2006-v.txt', { title: 't', text: edited, version: 2 }]]) });
    assert.ok(before.includes(line), `line ${line + 1} is reported before the edit`);
    assert.deepEqual(
      after,
      before.filter((l) => l !== line),
    );
    // The same without versions: the texts are compared whole.
    const unversioned = cross({ ...enabled, otherDocuments: new Map([['file:///plans/2006-v.txt', { title: 't', text: firstCopy }]]) });
    assert.deepEqual(unversioned, before);
    assert.deepEqual(cross({ ...enabled, otherDocuments: new Map([['file:///plans/2006-v.txt', { title: 't', text: edited }]]) }), after);
  });

  it('indexes another document once and again only when its text changes', () => {
    const a = indexOtherDocument('file:///cache-test.txt', firstCopy);
    assert.equal(indexOtherDocument('file:///cache-test.txt', firstCopy), a);
    assert.equal(indexOtherDocument('file:///cache-test.txt', firstCopy.slice()), a, 'same text, another string');
    const b = indexOtherDocument('file:///cache-test.txt', firstCopy.replace('进一步下放', '全面下放'));
    assert.notEqual(b, a);
  });

  it('with versions, indexes again exactly when the version changes', () => {
    const a = indexOtherDocument('file:///cache-test-v.txt', firstCopy, 7);
    assert.equal(indexOtherDocument('file:///cache-test-v.txt', firstCopy.slice(), 7), a);
    assert.notEqual(indexOtherDocument('file:///cache-test-v.txt', firstCopy, 8), a);
  });
});
