/**
 * The incremental analysis (services/incremental.ts) against the full one: random edit sequences
 * on the real documents (seeded, so a failure repeats), and after every edit the findings, the
 * targets and the outline of `reanalyze(previous, text)` must equal those of `analyze(text)`.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../../server/src/core/services/analyze';
import { changeBetween, reanalysisKind, reanalyze, reusedRules, type Reanalysis } from '../../server/src/core/services/incremental';
import { markupMask, markupMaskAfterEdit } from '../../server/src/core/facts/masks';
import { indicatorTableCells, linkTableCells, tableCellsCarried, tableCellsOf } from '../../server/src/core/facts/indicatorTable';
import { carryPasteFacts, classifyChrome, findPasteArtifacts } from '../../server/src/core/facts/paste';
import { parseDocument } from '../../server/src/core/model/parse';
import { extractTasks, linkTasks, tasksCarried, tasksOf } from '../../server/src/core/facts/tasks';
import { RULES } from '../../server/src/core/rules/index';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../server/src/core/types';
import { realDocuments } from './realDocuments';

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything the editor shows of an analysis, as plain data (headings by index). */
function snapshot(a: Analysis): string {
  const m = a.model;
  const ix = (h: { index: number } | undefined) => (h ? h.index : -1);
  return JSON.stringify({
    findings: a.findings,
    targets: a.targets.map((t) => ({ ...t, heading: ix(t.heading) })),
    tasks: tasksOf(m).map((t) => ({ ...t, heading: ix(t.heading), section: ix(t.section) })),
    outline: m.headings.map((h) => ({ ...h, parent: ix(h.parent), children: h.children.map(ix), enumerations: h.enumerations.length })),
    roots: m.roots.map(ix),
    enumerations: m.enumerations.map((e) => ({ ...e, heading: ix(e.heading) })),
    contexts: m.contexts,
    title: m.title,
    preamble: m.preamble,
    closing: m.closing,
  });
}

const PIECES = [
  '的',
  '发展',
  '改革',
  '推进',
  '。',
  '，',
  '、',
  '；',
  '（',
  '）',
  '《',
  '》',
  '“',
  '”',
  '%',
  '％',
  '5',
  '12',
  ' ',
  '\u3000',
  '增长8.5%',
  '达到120亿元',
  '每年5次',
  '约30%左右',
  '提高到',
  '建设建设',
  '不低于3家',
  '2025年',
  '1～2个',
  '其中，',
  '目标',
];
const MARKERS = ['一、', '二、', '（三）', '2.', '3、', '第二章 ', '附件1\n', '（1）', '①', '一是', '五、'];

/** Plain text typed inside a paragraph (no marks, digits or numerals): the common keystroke. */
const PLAIN = '推进重点工作落实见效加快建设现代化产业体系';

type Edit = { at: number; remove: number; insert: string };

function randomEdit(text: string, r: () => number, last: Edit | undefined): Edit {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const n = text.length;
  const at = Math.floor(r() * (n + 1));
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const k0 = r();
  // A third of the edits: typing or deleting plain text inside a line (every version of a line
  // typed into; rules declared quiet keep their findings there), away from its ends or next to them.
  if (k0 < 0.35) {
    // On at the last edit, or in the middle part of a line of 20 or more characters near a random place.
    let at2 = at;
    if (last && r() < 0.5) at2 = Math.min(last.at + last.insert.length, n);
    else
      for (let s = lineStart(at), tries = 0; s < n && tries < 50; s = (text.indexOf('\n', s) + 1 || n) % n, tries++) {
        const e = text.indexOf('\n', s);
        if ((e < 0 ? n : e) - s < 20) continue;
        // Its middle part, or its end (writing on at the end of a paragraph).
        at2 = r() < 0.3 ? (e < 0 ? n : e) : s + 8 + Math.floor(r() * ((e < 0 ? n : e) - s - 16));
        break;
      }
    if (r() < 0.2) return { at: at2, remove: Math.min(1, n - at2), insert: '' };
    const from = Math.floor(r() * PLAIN.length);
    return { at: at2, remove: 0, insert: PLAIN.slice(from, from + 1 + Math.floor(r() * 3)) };
  }
  if (k0 < 0.4) {
    // Join a line with the next (a line break deleted).
    const e = text.indexOf('\n', at);
    return e < 0 ? { at, remove: 0, insert: '\n' } : { at: e, remove: 1, insert: '' };
  }
  if (k0 < 0.43) {
    // Paste a large block: 20–200 lines copied from elsewhere, at a line start.
    const from = lineStart(Math.floor(r() * n));
    let to = from;
    for (let i = 0, c = 20 + Math.floor(r() * 180); i < c && to >= 0 && to < n; i++) to = text.indexOf('\n', to) + 1 || n;
    return { at: lineStart(at), remove: 0, insert: text.slice(from, to) };
  }
  const k = (k0 - 0.43) / 0.57;
  // Typing on at the last edit (most keystrokes), then single characters, lines, markers, pastes.
  if (last && k < 0.3) return { at: Math.min(last.at + last.insert.length, n), remove: 0, insert: pick(PIECES) };
  if (k < 0.45) return { at, remove: 0, insert: pick(PIECES) };
  if (k < 0.55) return { at, remove: Math.min(n - at, 1 + Math.floor(r() * 5)), insert: '' };
  if (k < 0.62) return { at, remove: 0, insert: '\n' };
  if (k < 0.68) {
    const s = lineStart(at);
    const e = text.indexOf('\n', at);
    return { at: s, remove: (e < 0 ? n : e + 1) - s, insert: '' };
  }
  if (k < 0.78) return { at: lineStart(at), remove: 0, insert: pick(MARKERS) };
  if (k < 0.84) {
    // Remove a marker-like start of a line (a heading undone).
    const s = lineStart(at);
    return { at: s, remove: Math.min(n - s, 2), insert: '' };
  }
  if (k < 0.93) {
    // Paste a block of 1–4 lines copied from elsewhere, at a line start.
    const from = lineStart(Math.floor(r() * n));
    let to = from;
    for (let i = 0, c = 1 + Math.floor(r() * 4); i < c && to >= 0 && to < n; i++) to = text.indexOf('\n', to) + 1 || n;
    return { at: lineStart(at), remove: 0, insert: text.slice(from, to) };
  }
  if (k < 0.96) return { at, remove: Math.min(n - at, 1), insert: pick(PIECES) };
  // Writing on at the end of the document.
  return { at: n, remove: 0, insert: pick(PIECES) + (r() < 0.3 ? '\n' : '') };
}

/** A keystroke at `at`: up to three characters removed (three times in ten), then one of `pieces` typed (or none after a removal, half the time). */
function typeAt(text: string, at: number, r: () => number, pieces: readonly string[]): { remove: number; insert: string; next: string } {
  const remove = r() < 0.3 ? Math.min(text.length - at, 1 + Math.floor(r() * 3)) : 0;
  const insert = remove && r() < 0.5 ? '' : pieces[Math.floor(r() * pieces.length)];
  return { remove, insert, next: text.slice(0, at) + insert + text.slice(at + remove) };
}

function apply(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

describe('incremental analysis', () => {
  it('changeBetween finds the replaced range', () => {
    assert.equal(changeBetween('abc', 'abc'), undefined);
    assert.deepEqual(changeBetween('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(changeBetween('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
    assert.deepEqual(changeBetween('abab', 'ab'), { start: 2, oldEnd: 4, newEnd: 2 });
    const long = '一'.repeat(5000);
    assert.deepEqual(changeBetween(long + 'x' + long, long + long), { start: 5000, oldEnd: 5001, newEnd: 5000 });
  });

  // The seeds, ../shared/corpus and the plans of test/corpus (text and Markdown copies).
  const docs = realDocuments();
  const local = path.join(__dirname, '../../../test/corpus');
  for (const f of fs
    .readdirSync(local)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
    .sort())
    docs.push({ name: `test/corpus/${f}`, text: fs.readFileSync(path.join(local, f), 'utf8') });
  // One long document of several plans (several numbering contexts), as the bench's inputs are.
  docs.push({
    name: 'four plans',
    text: docs
      .slice(0, 4)
      .map((d) => d.text)
      .join('\n'),
  });

  it('equals the full analysis after random edit sequences on every real document', function () {
    this.timeout(120_000);
    // INCR_SEED=n runs another sequence (the default one is what CI runs).
    const r = prng(Number(process.env.INCR_SEED ?? 20261201));
    const kinds = new Map<Reanalysis | undefined, number>();
    let edits = 0;
    let structureKept = 0;
    let targetRules = 0;
    let tasksMoved = 0;
    const quietRules = RULES.filter((rule) => rule.quiet).map((rule) => rule.id);
    const quietKept = new Map<string, number>();
    for (const doc of docs) {
      let text = doc.text;
      let prev = analyze(text, DEFAULT_OPTIONS);
      let last: Edit | undefined;
      const versions: string[] = [];
      const count = doc.name === 'four plans' ? 120 : 8;
      for (let i = 0; i < count; i++) {
        versions.push(text);
        if (versions.length > 1 && r() < 0.05) {
          // Undo: back to an earlier version, analysed from the current one.
          text = versions[Math.max(0, versions.length - 1 - Math.floor(r() * 5))];
          last = undefined;
        } else {
          const e = randomEdit(text, r, last);
          last = e;
          text = apply(text, e);
        }
        const e = last;
        // Windows of any size (the server's default skips those over half the text: the full analysis is as fast).
        const inc = reanalyze(prev, text, DEFAULT_OPTIONS, 1);
        const full = analyze(text, DEFAULT_OPTIONS);
        const a = snapshot(inc);
        const b = snapshot(full);
        // INCR_DUMP=file: the two versions of a failing edit, to replay it.
        if (a !== b && process.env.INCR_DUMP)
          fs.writeFileSync(process.env.INCR_DUMP, JSON.stringify({ before: prev.model.text, after: text }));
        if (a !== b)
          assert.fail(
            `${doc.name}, edit ${i + 1} ${JSON.stringify(e)} ${e ? '' : '(undo) '}(${reanalysisKind(inc)}): ${firstDifference(inc, full)}`,
          );
        kinds.set(reanalysisKind(inc), (kinds.get(reanalysisKind(inc)) ?? 0) + 1);
        if (reusedRules(inc).includes('numbering-gap')) structureKept++;
        if (reusedRules(inc).includes('target-year')) targetRules++;
        if (tasksCarried(inc.model)) tasksMoved++;
        for (const id of quietRules) if (reusedRules(inc).includes(id)) quietKept.set(id, (quietKept.get(id) ?? 0) + 1);
        edits++;
        prev = inc;
      }
    }
    if (process.env.INCR_STATS)
      console.log(
        edits,
        JSON.stringify([...kinds]),
        `numbering findings moved: ${structureKept}, per-target rules spliced: ${targetRules}, tasks moved: ${tasksMoved}, quiet: ${JSON.stringify([...quietKept])}`,
      );
    // Every quiet rule kept its findings after some of the edits (plain typing inside lines).
    for (const id of quietRules) assert.ok((quietKept.get(id) ?? 0) >= 10, `${id} kept after ${quietKept.get(id) ?? 0} of ${edits}`);
    // The test means something only if most edits took the incremental path.
    const windowed = (kinds.get('window') ?? 0) + (kinds.get('window+targets') ?? 0);
    assert.ok(edits >= 500, `${edits} edits`);
    assert.ok(windowed >= (edits * 2) / 3, `incremental ${windowed} of ${edits}: ${JSON.stringify([...kinds])}`);
    assert.ok((kinds.get('window+targets') ?? 0) >= edits / 2, JSON.stringify([...kinds]));
    // Typing inside body lines: the numbering rules' findings moved, not recomputed.
    assert.ok(structureKept >= edits / 5, `numbering findings moved after ${structureKept} edits`);
    assert.ok(targetRules >= edits / 2, `per-target rules run on the window's targets after ${targetRules} edits`);
    // Typing inside body lines: the tasks from the previous version's assignments (facts/tasks.ts linkTasks).
    assert.ok(tasksMoved >= edits / 5, `tasks moved after ${tasksMoved} edits`);
  });

  it("the tasks after an edit near the assignments, from the previous version's, are those of the full extraction (facts/tasks.ts linkTasks)", function () {
    this.timeout(120_000);
    const r = prng(Number(process.env.INCR_SEED ?? 20261202));
    const ix = (h: { index: number } | undefined) => (h ? h.index : -1);
    const plain = (tasks: readonly ReturnType<typeof extractTasks>[number][]) =>
      tasks.map((t) => JSON.stringify({ ...t, heading: ix(t.heading), section: ix(t.section) }));
    // Pieces that make, unmake or move an assignment, a table, an alias or a block, and plain text.
    const pieces = [
      ...PLAIN.split(''),
      ...PLAIN.split(''),
      '牵头',
      '负责',
      '配合',
      '（市商务局牵头）',
      '（市商务局、市财政局负责）',
      '由市商务局负责。',
      '牵头单位：市商务局',
      '责任单位：',
      '完成时限：',
      '2025年底前',
      '约束性',
      '（以下简称',
      '排名第一的为牵头单位',
      '序号',
      '局',
      '委',
      '、',
      '，',
      '。',
      '；',
      '（',
      '）',
      '\t',
      ' ',
      '|',
      '<p>',
      '&nbsp;',
    ];
    let carried = 0;
    let moved = 0;
    let edits = 0;
    for (const doc of docs) {
      let model = parseDocument(doc.text);
      if (extractTasks(model).length < 3) continue;
      for (let i = 0; i < 40; i++) {
        const { text } = model;
        const tasks = tasksOf(model);
        // Near an assignment (before, in or after it) most of the time, else anywhere.
        let at = Math.floor(r() * (text.length + 1));
        if (tasks.length && r() < 0.8) {
          const t = tasks[Math.floor(r() * tasks.length)];
          const a = t.assignments[Math.floor(r() * t.assignments.length)];
          at = Math.max(0, Math.min(text.length, a.start - 300 + Math.floor(r() * (a.end - a.start + 600))));
        }
        const { remove, insert, next } = typeAt(text, at, r, pieces);
        const change = changeBetween(text, next);
        if (!change) continue;
        const after = parseDocument(next);
        linkTasks(model, after, change);
        const got = plain(tasksOf(after));
        const want = plain(extractTasks(parseDocument(next)));
        for (let k = 0; k < Math.max(got.length, want.length); k++)
          if (got[k] !== want[k])
            assert.fail(
              `${doc.name}, edit ${i + 1} ${JSON.stringify({ at, remove, insert })} (${tasksCarried(after) ?? 'in full'}): task ${k}: ${got[k]} vs ${want[k]}`,
            );
        if (tasksCarried(after)) carried++;
        if (tasksCarried(after) === 'tasks') moved++;
        edits++;
        model = after;
      }
    }
    if (process.env.INCR_STATS) console.log(`${edits} edits, assignments moved after ${carried}, tasks moved after ${moved}`);
    assert.ok(edits >= 400 && carried >= edits / 4 && carried <= edits - edits / 5, `assignments moved after ${carried} of ${edits} edits`);
    assert.ok(moved >= edits / 10 && moved <= carried - edits / 10, `tasks moved after ${moved} of ${edits} edits`);
  });

  it('duplicate-passage after keystrokes that make and unmake a copy: the lines voted again are those of the full analysis (facts/duplicates.ts)', () => {
    const p1 = '坚持以人民为中心的发展思想，加快推进城乡基础设施建设，全面提升公共服务水平和群众满意度。';
    const p2 = '深化营商环境改革，持续优化政务服务流程，推动企业开办和项目审批时限进一步压缩到位。';
    const p3 = '强化组织保障，各部门要明确责任分工，细化工作措施，确保各项任务按时保质完成落地见效。';
    const lines = ['一、总体要求', '', p1, '', p2, '', '二、重点任务', '', p3, '', '三、保障措施', '', p2.slice(0, 30) + '，', '', p1, ''];
    let text = lines.join('\n');
    const dup = (a: Analysis) => a.findings.filter((f) => f.rule === 'duplicate-passage' || f.rule === 'duplicate-heading');
    let prev = analyze(text, DEFAULT_OPTIONS);
    const counts = new Set<number>();
    // Type into the second copy of p1 (it stops being an exact copy, then a near one), then into the
    // first copy of p1 so that it matches again, then finish the line that starts like p2.
    const steps: Array<[string, string]> = [
      [p1 + '\n', '进一步'],
      [p1 + '\n', '坚持问题导向和目标导向，统筹发展和安全，'],
      [p2.slice(0, 30) + '，', p2.slice(30)],
    ];
    for (const [after, typed] of steps) {
      for (const ch of typed) {
        const at = text.lastIndexOf(after) + after.length - 1;
        text = text.slice(0, at) + ch + text.slice(at);
        const inc = reanalyze(prev, text, DEFAULT_OPTIONS, 1);
        assert.deepEqual(dup(inc), dup(analyze(text, DEFAULT_OPTIONS)), JSON.stringify(text));
        counts.add(dup(inc).length);
        prev = inc;
      }
    }
    // A copy was there, went, and came back (the p2 line became a copy).
    assert.ok(counts.size >= 2, [...counts].join());
    // Typed into the first copy: the repeat after it now differs by as much (undo char by char).
    for (let k = 0; k < 6; k++) {
      const at = text.indexOf(p1.slice(0, 10)) + 5;
      text = text.slice(0, at) + '新' + text.slice(at);
      const inc = reanalyze(prev, text, DEFAULT_OPTIONS, 1);
      assert.deepEqual(dup(inc), dup(analyze(text, DEFAULT_OPTIONS)));
      prev = inc;
    }
  });

  it("the indicator-table cells after an edit near a table, from the previous version's, are those of the full reading (facts/indicatorTable.ts linkTableCells)", () => {
    const r = prng(Number(process.env.INCR_SEED ?? 20261203));
    // Words a table starts with, cells, values, blanks and plain text.
    const pieces = [
      ...PLAIN.split(''),
      '基准',
      '目标值',
      '预期性',
      '约束性',
      '属性',
      '2025年',
      ' ',
      '\t',
      '\u3000',
      '12.5',
      '%',
      '(%)',
      '亿元',
      '—',
      '\n',
    ];
    // The documents with cells, and one table of each form among plain paragraphs.
    const tables = [
      '一、主要指标',
      '加快发展，推进重点工作落实见效。',
      '指标 单位 2020年(基准值) 2025年(目标值) 属性',
      '地区生产总值 亿元 1000 1500 预期性',
      '财政收入 亿元 100 120 预期性',
      '推进重点工作落实见效，加快建设现代化产业体系。',
      '城市空气质量优良天数比例(%) 80.1 81.2 约束性',
      '森林覆盖率(%) 40 42',
      '加快建设现代化产业体系。',
      '',
    ].join('\n');
    const texts = [...docs.map((d) => d.text), tables].filter((t) => indicatorTableCells(t, parseDocument(t).lines).length > 0);
    let carried = 0;
    let edits = 0;
    for (const doc of texts) {
      let model = parseDocument(doc);
      for (let i = 0; i < 150; i++) {
        const { text } = model;
        const cells = tableCellsOf(model);
        let at = Math.floor(r() * (text.length + 1));
        if (cells.length && r() < 0.8) {
          const c = cells[Math.floor(r() * cells.length)];
          at = Math.max(0, Math.min(text.length, c.start - 200 + Math.floor(r() * 400)));
        }
        const { remove, insert, next } = typeAt(text, at, r, pieces);
        const change = changeBetween(text, next);
        if (!change) continue;
        const after = parseDocument(next);
        linkTableCells(model, after, change);
        assert.deepEqual(
          tableCellsOf(after),
          indicatorTableCells(next, after.lines),
          `edit ${i + 1} ${JSON.stringify({ at, remove, insert })}`,
        );
        if (tableCellsCarried(after)) carried++;
        edits++;
        model = after;
      }
    }
    if (process.env.INCR_STATS) console.log(`${texts.length} documents with cells, ${edits} edits, cells moved after ${carried}`);
    assert.ok(edits >= 200 && carried >= edits / 8 && carried <= edits - edits / 5, `cells moved after ${carried} of ${edits} edits`);
  });

  it('the tasks after an edit of a body line that changes how every unit list reads (a first-leads note, a short form)', () => {
    const ix = (h: { index: number } | undefined) => (h ? h.index : -1);
    const plain = (tasks: readonly ReturnType<typeof extractTasks>[number][]) =>
      tasks.map((t) => JSON.stringify({ ...t, heading: ix(t.heading), section: ix(t.section) }));
    const text = [
      '某市2025年重点工作任务分工',
      '各部门要抓好落实。',
      '一、重点任务',
      '（一）推进消费升级。加快建设商圈（市商务局、市财政局负责）。',
      '（二）优化营商环境。深化改革（商务局、市市场监管局负责）。',
      '（三）加强保障。落实资金（市财政局、市审计局负责）。',
      '',
    ].join('\n');
    const at = text.indexOf('抓好落实') + 4;
    for (const insert of ['，排名第一的为牵头单位', '，市商务局（以下简称商务局）']) {
      const before = parseDocument(text);
      tasksOf(before);
      const next = text.slice(0, at) + insert + text.slice(at);
      const after = parseDocument(next);
      linkTasks(before, after, changeBetween(text, next)!);
      const want = plain(extractTasks(parseDocument(next)));
      // The edit changes what the lists say: the first unit leads, or 商务局 is 市商务局.
      const units = (tasks: readonly ReturnType<typeof extractTasks>[number][]) =>
        tasks.map((t) => [...t.lead, ...t.responsible].map((u) => `${u.role} ${u.key}`).join(','));
      assert.notDeepEqual(units(extractTasks(parseDocument(next))), units(extractTasks(before)), insert);
      assert.deepEqual(plain(tasksOf(after)), want, insert);
    }
  });

  it('an edit to an indicator table header outside the rows: the rows below it read again (facts/indicatorTable.ts)', () => {
    const body = [
      '三、主要指标',
      '',
      '地区生产总值 亿元 1000 1500 预期性 市发改委',
      '财政收入 亿元 100 120 预期性 市财政局',
      '',
      '四、保障措施',
      '',
      '加强组织领导。',
    ];
    const header = '指标 单位 2020年(基准值) 2025年(目标值) 属性 责任部门';
    const withHeader = [...body.slice(0, 2), header, ...body.slice(2)].join('\n');
    const without = [...body.slice(0, 2), '指标 单位 2020年 2025年 备注 责任部门', ...body.slice(2)].join('\n');
    const rowsOf = (a: Analysis) => a.targets.map((t) => `${t.line + 1} ${t.kind} ${t.text}`);
    for (const [before, after] of [
      [withHeader, without],
      [without, withHeader],
    ]) {
      const inc = reanalyze(analyze(before, DEFAULT_OPTIONS), after, DEFAULT_OPTIONS, 1);
      assert.deepEqual(rowsOf(inc), rowsOf(analyze(after, DEFAULT_OPTIONS)));
    }
    assert.deepEqual(rowsOf(analyze(withHeader, DEFAULT_OPTIONS)), ['4 baseline 1000', '4 target 1500', '5 baseline 100', '5 target 120']);
    assert.deepEqual(rowsOf(analyze(without, DEFAULT_OPTIONS)), []);
  });

  it('an edit that ends or extends a glossary (a heading of another style among its entries): the targets after it are those of the full reading', () => {
    const lines = [
      '某区2026年工作要点',
      '一、重点任务',
      '新建项目5个。',
      ...Array.from({ length: 60 }, (_, i) => `${i + 1}.推进第${i + 1}项工作，加强统筹协调。`),
      '名词解释',
      '1.出海服务圈：以15分钟为服务半径。',
      '2.活力城区：夜间经济的集聚区。',
      '说明',
      '3.新建公园3个。',
      '4.改造道路10公里。',
      '三、工作要求',
      '培训网格员200名。',
      '',
    ];
    const at = lines.indexOf('说明');
    const open = lines.join('\n');
    const ended = [...lines.slice(0, at), '二、保障措施', ...lines.slice(at + 1)].join('\n');
    const rowsOf = (a: Analysis) => a.targets.map((t) => `${t.line + 1} ${t.kind} ${t.text}`);
    for (const [before, after] of [
      [open, ended],
      [ended, open],
    ]) {
      const inc = reanalyze(analyze(before, DEFAULT_OPTIONS), after, DEFAULT_OPTIONS, 1);
      assert.deepEqual(rowsOf(inc), rowsOf(analyze(after, DEFAULT_OPTIONS)));
    }
    // The glossary ends at 二、 (its entries 3. and 4. are the plan's again) or, without it, at 三、.
    assert.deepEqual(rowsOf(analyze(ended, DEFAULT_OPTIONS)), [
      '3 target 5个',
      `${at + 2} target 3个`,
      `${at + 3} target 10公里`,
      `${at + 5} target 200名`,
    ]);
    assert.deepEqual(rowsOf(analyze(open, DEFAULT_OPTIONS)), ['3 target 5个', `${at + 5} target 200名`]);
  });

  it('an edit of a body line that changes how the text begins or ends redoes the numbering findings', () => {
    // numbering-lonely reads a closing line at the end and a last section that breaks off;
    // numbering-start a short label before the first heading (a copy that begins inside a section).
    const site = [
      '市文化局2012年工作计划',
      '2012年,我市文化局的总体要求是:全面贯彻落实党的十七届四中全会精神,坚持高举旗帜、围绕大局、服务人民、改革创新的总要求。',
      '一、全面贯彻落实党的十七届四中全会精神',
      '1.深入贯彻落实党的十七届四中全会精神。',
      '各级文化部门和广大文化工作者要认真学习、',
      '市文化局2012年工作计划',
      '2012年,我市文化局的总体要求是:全面贯彻落实党的十七届四中全会精神,坚...',
      '点击下载文档文档为doc格式',
      '声明:除非特别标注,否则均为本站原创文章,转载时请以链接形式注明文章出处。',
      '',
    ].join('\n');
    const pairs: Array<[string, string]> = [
      // A signature at the end, or a sentence: a single part closed, or an opening.
      [
        '某局2025年工作要点\n一、工作目标\n（一）外贸稳中提质\n全年进出口增长5%。\n某市商务局\n',
        '某局2025年工作要点\n一、工作目标\n（一）外贸稳中提质\n全年进出口增长5%。\n某市商务局。\n',
      ],
      [
        '要点\n二、主要任务\n（一）稳增长\n（二）促消费\n三、保障措施\n',
        '某局2025年工作安排要点\n二、主要任务\n（一）稳增长\n（二）促消费\n三、保障措施\n',
      ],
      // The last section cut mid-sentence before the site's teaser, or ended.
      [site, site.replace('要认真学习、', '要认真学习。')],
      // Page 2 of a paginated report (form 661): the title line names the report, or a plan.
      [
        '导航菜单\n\n某区人民政府工作报告(2025年1月14日)\n\n二、2025年主要目标和重点工作\n全区生产总值增长6%。\n三、保障措施\n',
        '导航菜单\n\n某区人民政府工作计划(2025年1月14日)\n\n二、2025年主要目标和重点工作\n全区生产总值增长6%。\n三、保障措施\n',
      ],
    ];
    const numbering = (a: Analysis) => a.findings.filter((f) => f.rule.startsWith('numbering-')).map((f) => `${f.rule}@${f.start}`);
    for (const [x, y] of pairs)
      for (const [before, after] of [
        [x, y],
        [y, x],
      ]) {
        const inc = reanalyze(analyze(before, DEFAULT_OPTIONS), after, DEFAULT_OPTIONS, 1);
        assert.deepEqual(numbering(inc), numbering(analyze(after, DEFAULT_OPTIONS)), `${before} -> ${after}`);
      }
  });

  it('the markup mask after an edit, made from the previous one, is the mask of the new text', () => {
    const r = prng(11);
    const bits = [
      '见<a href="x">链接</a>',
      '&nbsp;',
      'https://www.gov.cn/a(1)',
      'www.x.cn',
      'a.b@c.org',
      '`code`',
      '[文](u)',
      '推进',
      '\n',
      '\r',
      '<',
      '>',
      '`',
      '@',
      ' ',
      '(',
      ')',
    ];
    let text = '';
    for (let i = 0; i < 400; i++) text += bits[Math.floor(r() * bits.length)];
    // A version equal to another string is the kept one; ' ' + text reads the same marks one place on.
    const reference = (t: string) => markupMask(' ' + t).subarray(1);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      markupMask(text);
      const at = Math.floor(r() * (text.length + 1));
      const remove = Math.min(text.length - at, Math.floor(r() * 4));
      const insert = bits[Math.floor(r() * bits.length)].slice(0, 1 + Math.floor(r() * 12));
      const next = text.slice(0, at) + insert + text.slice(at + remove);
      const c = changeBetween(text, next);
      if (c) {
        const spliced = markupMaskAfterEdit(text, next, c.start, c.oldEnd, c.newEnd);
        assert.ok(spliced);
        assert.deepEqual([...spliced], [...reference(next)], `edit ${i}`);
        checked++;
      }
      text = next;
    }
    assert.ok(checked > 250);
  });

  it('the paste facts carried over an edit inside a long line are those of the new text', () => {
    const r = prng(5);
    const long = '推进重点工作落实见效，加快建设现代化产业体系。'.repeat(16);
    const parts = [
      '分享到：',
      '打印本页',
      '关闭窗口',
      '',
      '发(fā)展改革',
      '经济??增长',
      '\uFFFD\uFFFD',
      '一、总体要求',
      long,
      long,
      '短句。',
    ];
    let text = '';
    for (let i = 0; i < 120; i++) text += parts[Math.floor(r() * parts.length)] + '\n';
    let carried = 0;
    let refused = 0;
    for (let i = 0; i < 200; i++) {
      const model = parseDocument(text);
      classifyChrome(text, model.lines);
      findPasteArtifacts(text, model.lines);
      // Inside a long line, or anywhere (where the carry must refuse or be right).
      const starts = model.lines.filter((l) => l.end - l.start > 320);
      const line = r() < 0.8 && starts.length ? starts[Math.floor(r() * starts.length)] : model.lines[Math.floor(r() * model.lines.length)];
      const at = line.start + Math.floor(r() * (line.end - line.start + 1));
      const insert = ['推', '(', '?', '建设', '', '\uFFFD'][Math.floor(r() * 6)];
      const next = text.slice(0, at) + insert + text.slice(at + (insert ? 0 : 1));
      const c = changeBetween(text, next);
      const after = parseDocument(next);
      if (c && carryPasteFacts(text, model.lines, next, after.lines, c)) {
        const fresh = [...after.lines];
        assert.deepEqual([...classifyChrome(next, after.lines)], [...classifyChrome(next, fresh)], `edit ${i}`);
        assert.deepEqual(findPasteArtifacts(next, after.lines), findPasteArtifacts(next, fresh), `edit ${i}`);
        carried++;
      } else refused++;
      // Marks the carry refuses are not kept (they would soon be in every long line).
      if (!/[(?\uFFFD]/.test(insert)) text = next;
    }
    assert.ok(carried > 50 && refused > 10, `${carried} carried, ${refused} refused`);
  });

  it('keeps the severities the settings chose, and the rules they turn off stay off', () => {
    const r = prng(7);
    const options: AnalysisOptions = {
      profile: 'gbt',
      severities: { 'repeated-word': 'error', 'approx-redundant': 'off', 'numbering-gap': 'hint', 'mixed-width': 'error' },
    };
    for (const doc of [docs[0], docs[docs.length - 1]]) {
      let text = doc.text;
      let prev = analyze(text, options);
      let last: Edit | undefined;
      for (let i = 0; i < 30; i++) {
        last = randomEdit(text, r, last);
        text = apply(text, last);
        const inc = reanalyze(prev, text, options, 1);
        const full = analyze(text, options);
        if (snapshot(inc) !== snapshot(full))
          assert.fail(`${doc.name}, edit ${i + 1} ${JSON.stringify(last)}: ${firstDifference(inc, full)}`);
        prev = inc;
      }
    }
  });

  it('an edit of the 序号 header of a flattened table (a line with no heading) that changes how its rows read', () => {
    // The rows' numbers are headings only because of the header cell: deleting or retyping it changes
    // every row's reading while the headings before and after the edit keep their offsets.
    const rows = [
      '1',
      '地区生产总值增长6%左右。',
      '区发展改革委',
      '2',
      '固定资产投资增长8%',
      '区商务委',
      '4',
      '新增就业1万人',
      '区人力社保局',
    ];
    const text = [
      '某区2022年工作要点',
      '一、稳定增长',
      '抓好落实。',
      '附件',
      '重点任务分解表',
      '序号',
      '工作任务',
      '牵头单位',
      ...rows,
      '',
    ].join('\n');
    const at = text.indexOf('序号');
    for (const edited of [text.slice(0, at) + '序' + text.slice(at + 2), text.slice(0, at) + '序号' + text.slice(at)]) {
      const prev = analyze(text, DEFAULT_OPTIONS);
      assert.equal(snapshot(reanalyze(prev, edited, DEFAULT_OPTIONS)), snapshot(analyze(edited, DEFAULT_OPTIONS)));
      const back = analyze(edited, DEFAULT_OPTIONS);
      assert.equal(snapshot(reanalyze(back, text, DEFAULT_OPTIONS)), snapshot(prev));
    }
  });

  it('edits of a table flattened one cell per line under a header with no 序号 cell: the tasks and repeated cells read again are those of the full analysis (form 309, 310)', function () {
    this.timeout(120_000);
    const name = fs.readdirSync(path.join(__dirname, '../../../test/corpus')).find((f) => f.startsWith('591-') && f.endsWith('.md'))!;
    const full = fs.readFileSync(path.join(__dirname, '../../../test/corpus', name), 'utf8');
    // The attachment: its header cells, the first rows (repeated year cells included) and the end.
    const lines = full.split('\n');
    const text = [...lines.slice(0, 12), ...lines.slice(89, 260), ''].join('\n');
    const r = prng(Number(process.env.INCR_SEED ?? 20261204));
    const pieces = [
      '牵头',
      '部门',
      '配合',
      '实施',
      '主体',
      '序号',
      '（1）',
      '1、',
      '（一）',
      '设施养护处',
      '各区',
      '、',
      '，',
      '。',
      '年',
      '12',
      '所',
      ' ',
      '的',
    ];
    let analysis = analyze(text, DEFAULT_OPTIONS);
    assert.ok(tasksOf(analysis.model).length >= 5);
    const from = text.indexOf('附件：');
    for (let i = 0; i < 60; i++) {
      const cur = analysis.model.text;
      const at = from + Math.floor(r() * (cur.length - from));
      const { next } = typeAt(cur, at, r, pieces);
      const inc = reanalyze(analysis, next, DEFAULT_OPTIONS);
      assert.equal(snapshot(inc), snapshot(analyze(next, DEFAULT_OPTIONS)), `edit ${i + 1} at ${at}`);
      analysis = inc;
    }
  });

  it('falls back to the full analysis when the options change', () => {
    const text = docs[0].text;
    const prev = analyze(text, DEFAULT_OPTIONS);
    const options: AnalysisOptions = { ...DEFAULT_OPTIONS, severities: { 'repeated-word': 'off' } };
    const next = reanalyze(prev, text + '建设建设', options);
    assert.equal(reanalysisKind(next), 'full');
    assert.equal(snapshot(next), snapshot(analyze(text + '建设建设', options)));
  });
});

function firstDifference(a: Analysis, b: Analysis): string {
  const fa = a.findings.map((f) => JSON.stringify(f));
  const fb = b.findings.map((f) => JSON.stringify(f));
  for (let i = 0; i < Math.max(fa.length, fb.length); i++) if (fa[i] !== fb[i]) return `finding ${i}: ${fa[i]} vs ${fb[i]}`;
  const ix = (h: { index: number } | undefined) => (h ? h.index : -1);
  const ta = a.targets.map((t) => JSON.stringify({ ...t, heading: ix(t.heading) }));
  const tb = b.targets.map((t) => JSON.stringify({ ...t, heading: ix(t.heading) }));
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) if (ta[i] !== tb[i]) return `target ${i}: ${ta[i]} vs ${tb[i]}`;
  const ka = tasksOf(a.model).map((t) => JSON.stringify({ ...t, heading: ix(t.heading), section: ix(t.section) }));
  const kb = tasksOf(b.model).map((t) => JSON.stringify({ ...t, heading: ix(t.heading), section: ix(t.section) }));
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return `task ${i}: ${ka[i]} vs ${kb[i]}`;
  return 'outline differs';
}
