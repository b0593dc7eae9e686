/**
 * Comparing the targets of two plans (core/services/compare.ts): metric normalisation and change on
 * hand-made lists, then seed 002 against an edited copy (8.7 → 9.5, a target removed, one added),
 * against its own next-year draft, and the CLI.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareTargets, comparePlanTexts, formatChange, normaliseMetric, planTargets } from '../../server/src/core/services/compare';
import { draftNextYearFromText } from '../../server/src/core/services/nextYear';
import type { Target, TargetCategory } from '../../server/src/core/facts/targets';
import { main } from '../../server/src/cli/cli';

const ROOT = path.join(__dirname, '../../..');
const SEED_002 = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((n) => n.startsWith('002')) as string);
const seed002 = fs.readFileSync(SEED_002, 'utf8');

/** Seed 002 as next year's plan might be written: 8.7 → 9.5亿美元, 外经项目 dropped, 境外投资企业 added. */
function edited002(): string {
  const edits: Array<[string, string]> = [
    ['2007年工作要点', '2008年工作要点'],
    ['实现8.7亿美元', '实现9.5亿美元'],
    ['争取2个以上外经项目得以实现，', ''],
    ['推进“走出去”战略有效实施。\n三、', '新批境外投资企业10家，推进“走出去”战略有效实施。\n三、'],
  ];
  let s = seed002;
  for (const [from, to] of edits) {
    assert.ok(s.includes(from), from);
    s = s.replace(from, to);
  }
  return s;
}

function t(metric: string, value: number, unit: string, category: TargetCategory, extra: Partial<Target> = {}): Target {
  const factor: Record<string, [number, string]> = { 亿美元: [1e8, 'USD'], 万美元: [1e4, 'USD'], 亿元: [1e8, 'CNY'], 家: [1, '家'] };
  const f = factor[unit];
  return {
    start: 0,
    end: 1,
    line: 0,
    text: `${value}${unit}`,
    metric,
    value,
    valueMax: undefined,
    unit,
    qualifier: '',
    kind: 'target',
    category,
    normalized: f ? value * f[0] : undefined,
    baseUnit: f ? f[1] : unit,
    heading: undefined,
    sentenceStart: 0,
    sentenceEnd: 1,
    rangeMark: '',
    ...extra,
  } as Target;
}

describe('compare: metrics and changes', () => {
  it('normalises scope words and totals', () => {
    assert.equal(normaliseMetric('全年全市外贸进出口总额'), '进出口');
    assert.equal(normaliseMetric('全省进出口'), '进出口');
    assert.equal(normaliseMetric('对外贸易出口总额'), '出口');
    assert.equal(normaliseMetric('全市社会消费品零售总额'), '社会消费品零售');
    assert.equal(normaliseMetric('我省社会消费品零售总额'), '社会消费品零售');
    assert.equal(normaliseMetric('实际利用外商直接投资'), '实际利用外商直接投资');
    assert.notEqual(normaliseMetric('出口'), normaliseMetric('进口'));
  });

  it('matches by metric and kind, amounts with amounts and rates with rates', () => {
    const rows = compareTargets(
      [
        t('全年全市外贸进出口总额', 8.7, '亿美元', 'amount'),
        t('全年全市外贸进出口总额', 16, '%', 'growth'),
        t('外经项目', 2, '个', 'count'),
      ],
      [t('全省进出口', 95000, '万美元', 'amount'), t('进出口', 18, '%', 'growth'), t('新批境外投资企业', 10, '家', 'count')],
    );
    assert.deepEqual(
      rows.map((r) => [r.metric, r.status]),
      [
        ['全省进出口', 'both'],
        ['进出口', 'both'],
        ['新批境外投资企业', 'onlyNew'],
        ['外经项目', 'onlyOld'],
      ],
    );
    // 8.7亿美元 → 95000万美元: +0.8亿美元 in last year's unit, +9.2%.
    assert.deepEqual(rows[0].change, { absolute: 0.8, unit: '亿美元', percent: 9.1954, points: false });
    assert.deepEqual(rows[1].change, { absolute: 2, unit: '个百分点', percent: undefined, points: true });
    assert.equal(rows[2].change, undefined);
    assert.equal(rows[3].new, undefined);
  });

  it('pairs a metric given twice in order, and leaves baseline facts out', () => {
    const rows = compareTargets(
      [t('出口', 16, '%', 'growth'), t('出口', 20, '%', 'growth'), t('覆盖面', 60, '%', 'percent', { kind: 'baseline' })],
      [t('出口', 17, '%', 'growth')],
    );
    assert.deepEqual(
      rows.map((r) => [r.status, r.old?.value, r.new?.value]),
      [
        ['both', 16, 17],
        ['onlyOld', 20, undefined],
      ],
    );
  });

  it('writes changes for people', () => {
    assert.equal(formatChange({ absolute: 0.8, unit: '亿美元', percent: 9.1954, points: false }, 'zh-cn'), '+0.8亿美元（+9.2%）');
    assert.equal(formatChange({ absolute: -2, unit: '个百分点', percent: undefined, points: true }, 'en'), '-2 points');
    assert.equal(formatChange({ absolute: 0, unit: '家', percent: 0, points: false }, 'zh-cn'), '持平');
    assert.equal(formatChange(undefined, 'en'), '—');
  });
});

describe('compare: seed 002 against an edited copy (real extraction)', () => {
  const next = edited002();
  const rows = comparePlanTexts(seed002, next);
  const byMetric = (m: string, category: string) => rows.find((r) => r.metric.includes(m) && r.category === category);

  it('finds the changed value, the removed and the added target', () => {
    const exports = byMetric('进出口', 'amount');
    assert.ok(exports, JSON.stringify(rows.map((r) => r.metric)));
    assert.equal(exports.status, 'both');
    assert.equal(exports.old?.text, '8.7亿美元');
    assert.equal(exports.new?.text, '9.5亿美元');
    assert.equal(exports.old?.line, 5);
    assert.equal(formatChange(exports.change, 'zh-cn'), '+0.8亿美元（+9.2%）');
    const removed = rows.filter((r) => r.status === 'onlyOld');
    assert.deepEqual(
      removed.map((r) => r.old?.text),
      ['2个以上'],
    );
    assert.equal(removed[0].old?.line, 7);
    const added = rows.filter((r) => r.status === 'onlyNew');
    assert.deepEqual(
      added.map((r) => [r.new?.text, r.new?.line]),
      [['10家', 7]],
    );
    assert.match(added[0].metric, /境外投资企业/);
  });

  it('everything else is unchanged, metric by metric', () => {
    const same = rows.filter((r) => r.status === 'both' && r !== byMetric('进出口', 'amount'));
    assert.ok(same.length >= 8, String(same.length));
    for (const r of same) assert.equal(r.change?.absolute, 0, r.metric);
    for (const want of ['16%', '5.2亿美元', '3.5亿美元', '400亿元', '15%', '30%以上', '200家'])
      assert.ok(
        same.some((r) => r.new?.text === want),
        want,
      );
  });

  it('reads a next-year draft through its 【】 marks, with offsets in the draft', () => {
    const draft = draftNextYearFromText(seed002).text;
    const targets = planTargets(draft);
    const first = targets.find((x) => x.kind === 'target') as Target;
    assert.equal(draft.slice(first.start, first.start + 3), '8.7');
    assert.equal(draft[first.start - 1], '【');
    const draftRows = comparePlanTexts(seed002, draft);
    assert.ok(draftRows.length >= 11);
    // A draft not filled in yet: every value is still to fill in, none "unchanged".
    assert.deepEqual(
      draftRows.filter((r) => r.status !== 'toFill'),
      [],
    );
    for (const r of draftRows) assert.equal(r.change, undefined, r.metric);
    assert.ok(draftRows.every((r) => r.new?.placeholder));
  });

  it('a filled-in placeholder compares as a value again', () => {
    const draft = draftNextYearFromText(seed002).text;
    const filled = draft.replace('【8.7】', '9.5');
    const rows = comparePlanTexts(seed002, filled);
    const changed = rows.filter((r) => r.status === 'both');
    assert.equal(changed.length, 1);
    assert.equal(changed[0].new?.text, '9.5亿美元');
    assert.equal(changed[0].change?.absolute, 0.8);
    assert.equal(rows.filter((r) => r.status === 'toFill').length, rows.length - 1);
  });
});

describe('compare and next-year on the command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-compare-'));
  const newFile = path.join(dir, 'next.txt');
  fs.writeFileSync(newFile, edited002());
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => {
    const out: string[] = [];
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      return { code: main(args, (s) => out.push(s)), out };
    } finally {
      process.stderr.write = stderr;
    }
  };

  it('compare OLD NEW prints a table, --json the rows with 1-based lines', () => {
    const table = run(['compare', SEED_002, newFile]);
    assert.equal(table.code, 0);
    assert.match(table.out[0], /^(Metric|指标)/);
    assert.ok(
      table.out.some((l) => l.includes('8.7亿美元 (6)') && l.includes('9.5亿美元 (6)') && l.includes('+0.8亿美元')),
      table.out.join('\n'),
    );
    const json = run(['compare', SEED_002, newFile, '--json']);
    const parsed = JSON.parse(json.out.join('\n'));
    const row = parsed.rows.find((r: { old: { text: string } | null }) => r.old?.text === '8.7亿美元');
    assert.equal(row.new.text, '9.5亿美元');
    assert.equal(row.old.line, 6);
    assert.ok(parsed.rows.some((r: { status: string }) => r.status === 'onlyNew'));
  });

  it('compare needs two files', () => {
    assert.equal(run(['compare', SEED_002]).code, 2);
  });

  it('next-year FILE prints the draft exactly', () => {
    const r = run(['next-year', SEED_002]);
    assert.equal(r.code, 0);
    assert.equal(r.out.join('\n'), draftNextYearFromText(seed002).text);
    assert.ok(r.out[0].startsWith('呼和浩特市商务局2008年工作要点'));
  });
});
