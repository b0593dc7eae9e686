/**
 * "修复断行 / Repair line breaks" (core/services/lineBreaks.ts): joins inside sentences only, markers
 * rebuilt, page numbers removed, ASCII quotes made Chinese; on the hard-wrapped PDF copies of the
 * corpus the outline is unchanged and the text is the same but for the line breaks joined.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repairChanges, repairEdits } from '../../server/src/core/services/lineBreaks';
import { applyEdits } from '../../server/src/core/services/fixes';
import { analyze } from '../../server/src/core/services/analyze';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as iconv from 'iconv-lite';

const ROOT = path.join(__dirname, '../../..');
const corpus = (prefix: string) => {
  const dir = path.join(ROOT, 'test/corpus');
  return fs.readFileSync(
    path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!,
    ),
    'utf8',
  );
};
const repaired = (text: string) => applyEdits(text, repairEdits(text));
const kinds = (text: string) => repairChanges(text).map((c) => `${c.kind}@${c.line + 1}`);
/** A wrapped paragraph: eight lines of 20 characters with commas, the way a PDF text layer breaks them. */
const WRAPPED = [
  '坚持以习近平新时代中国特色社会主义思想',
  '为指导，全面贯彻党的二十大精神，认真落',
  '实省委省政府决策部署，坚持稳中求进工作',
  '总基调，完整准确全面贯彻新发展理念，加',
  '快构建新发展格局，着力推动高质量发展，',
  '统筹发展和安全，全面深化改革开放，大力',
  '提振市场信心，更好统筹疫情防控和经济社',
  '会发展，推动经济运行整体好转。',
];

describe('repair line breaks', () => {
  it('joins a hard-wrapped paragraph, one change per break, and nothing across a blank line or before a heading', () => {
    const text = [
      '某县2024年工作要点',
      '',
      '一、总体要求',
      ...WRAPPED,
      '',
      '二、主要任务',
      '（一）扩大有效投资，全年新增项目',
      '二十个，投资增长百分之十。',
      '',
      ...WRAPPED.slice(0, 7),
      '（二）促进消费。',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      ...[4, 5, 6, 7, 8, 9, 10].map((l) => `join@${l}`),
      // A heading line is joined only when its title runs on as a sentence (here: no).
      ...[17, 18, 19, 20, 21, 22].map((l) => `join@${l}`),
    ]);
    const out = repaired(text);
    assert.ok(out.includes('一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻'), out.slice(0, 80));
    assert.ok(out.includes('推动经济运行整体好转。\n\n二、主要任务\n（一）扩大有效投资，全年新增项目\n二十个'));
    assert.ok(out.includes('更好统筹疫情防控和经济社\n（二）促进消费。'), 'a heading is never joined to the line before');
    for (const c of repairChanges(text)) assert.deepEqual(c.edits, [{ start: c.edits[0].start, end: c.edits[0].end, newText: '' }]);
  });

  it('a short document of paragraphs, one per line, is left alone', () => {
    const text = '某局2024年工作要点\n一、总体要求\n坚持稳中求进。\n二、主要任务\n（一）扩大开放\n（二）促进消费\n主办单位：某局';
    assert.deepEqual(kinds(text), []);
  });

  it('rebuilds a marker broken over lines and a marker alone on its line', () => {
    const text = '十、加强保障\n（\n十一\n）强化督查考核\n三、\n深化改革开放\n四、扩大内需';
    assert.deepEqual(kinds(text), ['marker@2', 'marker@5']);
    const out = repaired(text);
    assert.equal(out, '十、加强保障\n（十一）强化督查考核\n三、深化改革开放\n四、扩大内需');
    const headings = analyze(out).model.headings.map((h) => h.marker + h.title);
    assert.deepEqual(
      headings.filter((h) => /^[三四十]/.test(h) || h.startsWith('（')),
      ['十、加强保障', '（十一）强化督查考核', '三、深化改革开放', '四、扩大内需'],
    );
  });

  it('removes page numbers: inside a sentence with the break, between paragraphs with their line', () => {
    // Two wrapped paragraphs, a page break inside the first.
    const inside = [...WRAPPED.slice(0, 4), '— 3 —', ...WRAPPED.slice(4), '', ...WRAPPED].join('\n');
    const out = repaired(inside);
    assert.equal(out, WRAPPED.join('') + '\n\n' + WRAPPED.join(''));
    assert.ok(kinds(inside).includes('pageNumber@5'));
    const between = '第一段到此结束。\n\n- 12 -\n\n第二段从这里开始。';
    assert.deepEqual(kinds(between), ['pageNumber@3']);
    assert.equal(repaired(between), '第一段到此结束。\n\n\n第二段从这里开始。');
  });

  it('scrapes: a number alone on its line, a series broken after 、', () => {
    assert.equal(repaired('2022\n年，全区农业农村工作将紧紧围绕目标。'), '2022年，全区农业农村工作将紧紧围绕目标。');
    assert.equal(repaired('一是以9、10、15、\n6、7村为一带的畜禽开发带。'), '一是以9、10、15、6、7村为一带的畜禽开发带。');
  });

  it('ASCII quotes around Chinese text become “”; code-like or Latin text keeps them', () => {
    const text = '实施"放管服"改革，推进"一网通办"。\nclass="a" 和 "OK" 不变';
    assert.equal(repaired(text), '实施“放管服”改革，推进“一网通办”。\nclass="a" 和 "OK" 不变');
    assert.deepEqual(kinds(text), ['quotes@1', 'quotes@1']);
  });

  it('never joins web chrome', () => {
    const text = ['索引号:  330522/2023-01775 发文时间:  2023-02-24', '公开方式:   主动公开 公开时限:   长期公开', ...WRAPPED].join('\n');
    assert.ok(!kinds(text).includes('join@1') && !kinds(text).includes('join@2'));
  });

  for (const [prefix, joins, pages] of [
    ['135', 20, 1],
    ['150', 20, 1],
  ] as const) {
    it(`corpus ${prefix} (PDF text layer): ${joins} joins, ${pages} page number; the outline and the text stay`, () => {
      const text = corpus(prefix);
      const changes = repairChanges(text);
      assert.equal(changes.filter((c) => c.kind === 'join').length, joins);
      assert.equal(changes.filter((c) => c.kind === 'pageNumber').length, pages);
      const out = repaired(text);
      const outline = (t: string) => analyze(t).model.headings.map((h) => `${h.depth} ${h.marker}${h.title}`);
      assert.deepEqual(outline(out), outline(text));
      // The same characters but for line breaks, the blanks of the lines' ends and the page number.
      const chars = (t: string) => t.replace(/^\s*-\s*\d+\s*-\s*$/m, '').replace(/\s+/g, '');
      assert.equal(chars(out), chars(text));
      assert.ok(out.split('\n').length < text.split('\n').length - joins);
      // Repaired once is repaired.
      assert.deepEqual(
        repairChanges(out).filter((c) => c.kind !== 'quotes'),
        [],
      );
    });
  }

  it('every corpus and seed document: no change deletes anything but spaces, line breaks and page numbers, and the outline stays', () => {
    const docs: Array<[string, string]> = [];
    for (const dir of ['seeds', 'test/corpus', '../shared/corpus']) {
      const d = path.join(ROOT, dir);
      if (!fs.existsSync(d)) continue;
      for (const f of fs.readdirSync(d).filter((n) => n.endsWith('.txt')))
        docs.push([`${dir}/${f}`, fs.readFileSync(path.join(d, f), 'utf8')]);
    }
    for (const [name, text] of docs) {
      for (const c of repairChanges(text)) {
        for (const e of c.edits) {
          const gone = text.slice(e.start, e.end);
          if (c.kind === 'quotes') assert.equal(gone, '"', name);
          else if (c.kind === 'pageNumber')
            assert.match(gone.trim(), /^(?:[\s\S]*\n)?\s*[—–－-]{1,2}\s*\d{1,4}\s*[—–－-]{1,2}\s*$|^$|\d/, name);
          else assert.match(gone, /^\s*$/, `${name}: ${c.kind} at line ${c.line + 1} deletes ${JSON.stringify(gone)}`);
        }
      }
      const outline = (t: string) => analyze(t).model.headings.map((h) => `${h.depth} ${h.marker}${h.title}`);
      const before = outline(text);
      const after = outline(repaired(text));
      // Only rebuilt markers may add headings; none is lost.
      for (const h of before) assert.ok(after.includes(h), `${name}: ${h} lost`);
    }
  });

  it("CLI: repair prints the repaired text; --write writes it back in the file's own encoding (GBK stays GBK)", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-repair-'));
    try {
      const text = ['某县工作要点', '', ...WRAPPED, '', '一、总体要求', ...WRAPPED].join('\n') + '\n';
      const file = path.join(tmp, 'wrapped.txt');
      fs.writeFileSync(file, iconv.encode(text, 'gbk'));
      const env = { ...process.env, LANG: 'en_US.UTF-8', WORKPLAN_LANG: 'en' };
      const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8', env });
      const shown = cli(['repair', file]);
      assert.equal(shown.status, 0, shown.stderr);
      assert.equal(shown.stdout, repaired(text));
      assert.equal(shown.stderr, `${file}: joined line breaks: 14, markers rebuilt: 0, page numbers removed: 0, quotes converted: 0\n`);
      assert.equal(iconv.decode(fs.readFileSync(file), 'gbk'), text, 'the file is untouched without --write');
      assert.equal(cli(['repair', file, '--write']).status, 0);
      assert.equal(iconv.decode(fs.readFileSync(file), 'gbk'), repaired(text));
      assert.equal(cli(['repair']).status, 2);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
