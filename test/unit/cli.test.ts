/** The CLI contract (the shapes other tools rely on), run against the bundled dist/cli.js. */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SEEDS = path.join(ROOT, 'seeds');
const seed = (n: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n)) as string);

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', WORKPLAN_LANG: 'en' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('outline --json: file, items with kind, depth, marker, title, 1-based line and column', () => {
    const r = run(['outline', '--json', seed('000')]);
    assert.equal(r.code, 0);
    const [doc] = JSON.parse(r.out);
    assert.equal(doc.file, seed('000'));
    assert.deepEqual(doc.items[0], { kind: 'heading', depth: 1, marker: '（一）', title: '关于外贸工作', line: 3, column: 1 });
    assert.deepEqual(doc.items[1], { kind: 'heading', depth: 2, marker: '1、', title: '抓好抓实四个重点', line: 3, column: 11 });
    assert.ok(doc.items.some((i: { kind: string }) => i.kind === 'enumeration'));
  });

  it('check --json: a flat array of findings; exit 0 without error-severity findings', () => {
    const r = run(['check', '--json', seed('001')]);
    assert.equal(r.code, 0);
    const rows = JSON.parse(r.out);
    const mixed = rows.find((x: { rule: string }) => x.rule === 'enumeration-style-mixed');
    assert.deepEqual(Object.keys(mixed).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
    assert.deepEqual([mixed.line, mixed.column, mixed.endLine, mixed.endColumn, mixed.severity], [11, 19, 11, 21, 'warning']);
  });

  it('exit 1 when .workplanrc.json makes a finding an error; exit 2 with one line on usage or I/O failure', () => {
    fs.writeFileSync(path.join(tmp, '.workplanrc.json'), JSON.stringify({ rules: { 'numbering-gap': 'error' } }));
    fs.writeFileSync(path.join(tmp, 'plan.txt'), '某局2025年工作要点\n一、甲\n三、乙\n');
    const r = run(['check', '--json', path.join(tmp, 'plan.txt')]);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out)[0].severity, 'error');
    const missing = run(['check', path.join(tmp, 'nope.txt')]);
    assert.equal(missing.code, 2);
    assert.equal(missing.err.trim().split('\n').length, 1);
    assert.equal(run(['frobnicate']).code, 2);
  });

  it('--format sarif: SARIF 2.1.0 with rules, results, regions', () => {
    const r = run(['check', '--format', 'sarif', seed('001')]);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'workplan');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'enumeration-style-mixed');
    assert.equal(ids[result.ruleIndex], 'enumeration-style-mixed');
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 11, startColumn: 19, endLine: 11, endColumn: 21 });
    assert.ok(result.message.text.length > 0);
  });

  it('check --fix rewrites only the fixed markers and keeps a GBK file GBK', () => {
    const text = '某局2025年工作要点\r\n一、甲\r\n三、乙\r\n（一）丙\r\n（二）丁\r\n';
    const file = path.join(tmp, 'gbk-plan.txt');
    fs.writeFileSync(file, iconv.encode(text, 'gbk'));
    fs.rmSync(path.join(tmp, '.workplanrc.json'), { force: true });
    const r = run(['check', '--fix', file]);
    assert.equal(r.code, 0, r.err);
    assert.equal(iconv.decode(fs.readFileSync(file), 'gbk'), text.replace('三、乙', '二、乙'));
  });

  it('targets --json and --csv', () => {
    const json = JSON.parse(run(['targets', '--json', seed('002')]).out);
    assert.deepEqual(
      Object.keys(json[0]).sort(),
      [
        'column',
        'file',
        'kind',
        'line',
        'metric',
        'qualifier',
        'text',
        'unit',
        'value',
        'valueMax',
        'zone',
        'unitKind',
        'measure',
        'scopeYear',
      ].sort(),
    );
    assert.deepEqual(
      [
        json[0].text,
        json[0].value,
        json[0].unit,
        json[0].metric,
        json[0].kind,
        json[0].zone,
        json[0].unitKind,
        json[0].measure,
        json[0].scopeYear,
      ],
      ['8.7亿美元', 8.7, '亿美元', '外贸进出口总额', 'target', 'plan', 'money', 'level', 2007],
    );
    const csv = run(['targets', '--csv', seed('002')])
      .out.trim()
      .split('\n');
    assert.equal(csv[0], 'file,line,column,text,metric,value,valueMax,unit,qualifier,kind,zone,unitKind,measure,scopeYear');
    assert.equal(csv.length, json.length + 1);
  });

  it('a folder means its .txt/.md/.workplan files; binary files are refused', () => {
    const r = run(['outline', '--json', SEEDS]);
    assert.equal(JSON.parse(r.out).length, 5);
    fs.writeFileSync(path.join(tmp, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    const b = run(['outline', path.join(tmp, 'bin.txt')]);
    assert.equal(b.code, 2);
    assert.match(b.err, /binary/);
  });
});
