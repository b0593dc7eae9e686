/** The CLI with Word documents: import, export, outline/check/targets on .docx, bad input (exit 2). */
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { buildDocx, documentXml, lvl, numberingXml, p } from './docxBuild';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], lang = 'en') {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', WORKPLAN_LANG: lang },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NOTHING = '<w:suff w:val="nothing"/>';
/** A plan whose heading numbers are Word's automatic numbering, not text. */
const AUTO_NUMBERED = buildDocx({
  numbering: numberingXml(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', 1, NOTHING)}${lvl(1, 'chineseCounting', '（%2）', 1, NOTHING)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  ),
  document: documentXml(
    [
      p('2025年商务工作要点'),
      p('总体要求', { num: [1, 0] }),
      p('全年外贸进出口增长5%。', { num: [1, 1] }),
      p('重点任务', { num: [1, 0] }),
      p('稳外贸', { num: [1, 1] }),
      p('稳外资', { num: [1, 1] }),
      p('促消费', { num: [1, 1] }),
      p('保障措施', { num: [1, 0] }),
    ].join(''),
  ),
});

describe('CLI with .docx', () => {
  let tmp: string;
  let plan: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-docx-cli-'));
    plan = path.join(tmp, '要点.docx');
    fs.writeFileSync(plan, AUTO_NUMBERED);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('import prints the text with the automatic numbers written out', () => {
    const r = run(['import', plan]);
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out,
      '2025年商务工作要点\n一、总体要求\n（一）全年外贸进出口增长5%。\n二、重点任务\n（一）稳外贸\n（二）稳外资\n（三）促消费\n三、保障措施\n',
    );
  });

  it('import --out writes the text and says what it found', () => {
    const out = path.join(tmp, 'plan.txt');
    const r = run(['import', plan, '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.match(fs.readFileSync(out, 'utf8'), /^2025年商务工作要点\n一、总体要求\n/);
    assert.equal(r.err, `${out}: 8 paragraphs, 7 automatic numbers written out, 0 table rows\n`);
  });

  it('outline, check and targets read .docx and report lines of the imported text', () => {
    const o = run(['outline', '--json', plan]);
    assert.equal(o.code, 0, o.err);
    const [doc] = JSON.parse(o.out);
    assert.deepEqual(
      doc.items.map((i: { marker: string; title: string; line: number; depth: number }) => `${i.line} ${i.depth} ${i.marker}${i.title}`),
      [
        '2 1 一、总体要求',
        '3 2 （一）全年外贸进出口增长5%',
        '4 1 二、重点任务',
        '5 2 （一）稳外贸',
        '6 2 （二）稳外资',
        '7 2 （三）促消费',
        '8 1 三、保障措施',
      ],
    );
    const c = run(['check', '--json', plan]);
    const rows = JSON.parse(c.out) as Array<{ rule: string; line: number }>;
    // The lonely （一） under 一、 is reported at line 3 of the imported text.
    assert.ok(
      rows.some((r) => r.rule === 'numbering-lonely' && r.line === 3),
      c.out,
    );
    const t = run(['targets', '--json', plan]);
    assert.equal(t.code, 0, t.err);
    assert.deepEqual(
      JSON.parse(t.out).map((x: { line: number; text: string }) => `${x.line} ${x.text}`),
      ['3 5%'],
    );
  });

  it('check --fix leaves a .docx untouched and says why', () => {
    const before = fs.readFileSync(plan);
    const r = run(['check', '--fix', plan]);
    assert.match(r.err, /cannot be fixed in place/);
    assert.deepEqual(fs.readFileSync(plan), before);
  });

  it('export --docx writes a Word file that imports back to the same text', () => {
    const src = path.join(tmp, 'src.txt');
    fs.writeFileSync(src, '2025年工作要点\n\n一、总体要求\n（一）指导思想\n');
    const out = path.join(tmp, 'out.docx');
    const r = run(['export', '--docx', out, src]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, `Exported ${out} (3 paragraphs)\n`);
    assert.equal(run(['import', out]).out, '2025年工作要点\n一、总体要求\n（一）指导思想\n');
    assert.equal(run(['export', src]).code, 2);
    assert.match(run(['export', src]).err, /^usage: workplan export --docx/);
  });

  describe('bad input: one line on stderr, exit 2', () => {
    const cases: Array<[string, Uint8Array | string, RegExp, RegExp]> = [
      ['renamed.docx', '一、这是文本文件\n', /not a Word document/, /不是 Word 文档/],
      ['corrupt.docx', AUTO_NUMBERED.subarray(0, 200), /damaged/, /已损坏/],
      ['nodoc.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /no word\/document\.xml/, /没有 word\/document\.xml/],
      ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /Save As \.docx/, /另存为/],
    ];
    for (const [name, bytes, en, zh] of cases) {
      it(name, () => {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, bytes);
        for (const cmd of [['import'], ['outline'], ['check'], ['targets']]) {
          const r = run([...cmd, file]);
          assert.equal(r.code, 2, `${cmd} ${name}`);
          assert.match(r.err, en);
          assert.equal(r.err.split('\n').length, 2, r.err);
        }
        assert.match(run(['import', file], 'zh').err, zh);
      });
    }
  });
});
