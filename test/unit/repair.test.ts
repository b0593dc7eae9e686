/**
 * "修复断行与抓取文本 / Repair line breaks and scraped text" (core/services/repair.ts; CLI `repair`
 * and `check --repair`): joins inside sentences only, markers rebuilt, page numbers and chrome
 * removed, ASCII quotes made Chinese; on the hard-wrapped PDF copies of the corpus the outline is
 * unchanged, and on every document no character is lost that is not chrome.
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repairChanges, repairEdits } from '../../server/src/core/services/repair';
import { applyEdits } from '../../server/src/core/services/fixes';
import { analyze } from '../../server/src/core/services/analyze';
import { parseDocument } from '../../server/src/core/model/parse';
import { lineAt } from '../../server/src/core/model/model';
import { classifyChrome } from '../../server/src/core/facts/paste';
import { goldenDocuments, readDocument } from './goldenOutlines';
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

  it('a wrap falls after a sign, an ASCII comma or inside a number too (11.2 / %, 5034 / .7); a line ending a sentence is never joined', () => {
    const paragraph =
      '全市社会消费品零售总额7933亿元,增长11.2%(全国10.7%、全省10.1%),批发零售业商品销售总额50902.4亿元,增长10.2%。货物贸易进出口8306.4亿元,增长3.5%(全国-7.0%,全省-3.9%);其中出口5034.7亿元,增长12.7%,进口3271.7亿元,下降8%,服务贸易进出口291.7亿美元,增长14.5%,合同外资83.6亿美元,增长4.0%。';
    const lines: string[] = paragraph.match(/.{1,24}/gu) ?? [];
    assert.deepEqual(
      lines.map((l, i) => [l.length, l.slice(-1), lines[i + 1]?.[0]]),
      [
        [24, '2', '%'],
        [24, '业', '商'],
        [24, '。', '货'],
        [24, '全', '国'],
        [24, '4', '.'],
        [24, ',', '下'],
        [24, '1', '4'],
        [24, '。', undefined],
      ],
    );
    const text = ['某市商务局2016年工作目标', ...lines].join('\n');
    assert.deepEqual(
      kinds(text),
      [2, 3, 5, 6, 7, 8].map((l) => `join@${l}`),
    );
    const [first, second] = paragraph.split('。');
    assert.equal(repaired(text), `某市商务局2016年工作目标\n${first}。\n${second}。`);
    // Latin words a wrap parts keep their space (a number cut in two gets none, above).
    const latin = [
      '某市商务局2016年工作目标',
      ...WRAPPED.slice(0, 6),
      '建设全球数字经济标杆城市，推进Smart',
      'City建设，推动经济运行整体好转。',
    ].join('\n');
    assert.ok(repaired(latin).includes('推进Smart City建设'), repaired(latin).slice(-40));
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
    // A table flattened one cell per line: its serial cells are no numbers cut from their units (form 584, 657).
    const table =
      '文物股\n17\n文物保护\n完成灵岩寺摩崖石刻修缮项目方案设计。\n18\n项目建设\n完成灵岩寺陈列布展和绿化工程。\n19\n完成维修和布展工作。\n';
    assert.equal(repaired(table), table);
    // A number alone with no serial run around it still goes with its unit.
    assert.equal(repaired('全年新建\n18\n项目，完成投资。'), '全年新建18项目，完成投资。');
  });

  it('form 602: a page written one span a line: every break inside a document number, a date and a quoted term goes', () => {
    // 662's shape: each number, bracket and quote a span of its own, padded with blanks.
    const text = [
      '根据《关于印发年度参保缴费工作实施方案的通知》(大医保联发〔',
      ' 2024 ',
      ' 〕',
      ' 3',
      ' 号)文件精神,结合我镇实际,制定本方案。 ',
      ' 集中征缴期为',
      ' 2024',
      ' 年',
      ' 9 ',
      ' 月',
      ' 1',
      ' 日至',
      ' 2025',
      ' 年',
      ' 2',
      ' 月',
      ' 25',
      ' 日。 ',
      ' 对符合多种资助参保条件的对象,按',
      ' “',
      ' 就高',
      ' ”',
      ' 原则给予资助参保。 ',
      '',
    ].join('\n');
    const out = repaired(text);
    assert.match(out, /\(大医保联发〔2024〕3号\)文件精神/);
    assert.match(out, /集中征缴期为2024年9月1日至2025年2月25日。/);
    assert.match(out, /按“就高”原则给予资助参保。/);
    assert.equal(out.split('\n').filter((l) => l.trim()).length, 3);
  });

  it('form 602 counter-examples: serial cells of a table one cell per line, a quote that closed a sentence, a number before a cell', () => {
    // 657's serial cells stay, even when the cell before one ends in 年 (`全年`) and the next opens with 月 (`月度调度`): a date's
    // unit follows its number (`2025` / `年` / `2` / `月`), a cell's 年 does not. With the 序号 header and without it.
    const table = '序号\n任务\n完成时限\n1\n完成修缮项目方案设计。\n全年\n2\n月度调度\n全年\n3\n完成布展工作。\n';
    assert.equal(repaired(table), table);
    const cells = table.replace('序号\n任务\n完成时限\n', '');
    assert.equal(repaired(cells), cells);
    // A closing quote after a full stop ends its paragraph.
    const quote = '他说:“全面完成任务。\n”\n原则上不再新增项目。\n';
    assert.equal(repaired(quote), quote);
    // A closing bracket alone after a line that ended its sentence is left alone too.
    const bracket = '全面完成任务。\n)\n原则上不再新增项目。\n';
    assert.equal(repaired(bracket), bracket);
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

  // Headings the repair loses today, open parser work (a fix fails here until its row is removed). None at present: 657's
  // serial cell `18` joined to `18项目建设` (form 584) is guarded in repair.ts; 662's items whose titles grew by a joined value
  // (form 603) are the same headings (lostHeadings).
  const REPAIR_KNOWN_LOST: Record<string, string[]> = {};
  it('never loses a character that is not chrome: on every seed and corpus document, without blanks, line breaks and quotes the text is the same before and after, but for the chrome and page numbers removed', () => {
    const docs: Array<[string, string]> = [];
    for (const dir of ['seeds', 'test/corpus', '../shared/corpus']) {
      const d = path.join(ROOT, dir);
      if (!fs.existsSync(d)) continue;
      for (const f of fs.readdirSync(d).filter((n) => /\.(txt|html?)$/.test(n)))
        docs.push([`${dir}/${f}`, fs.readFileSync(path.join(d, f), 'utf8')]);
    }
    assert.ok(docs.length >= 80, `${docs.length} documents`);
    const strip = (t: string) => t.replace(/[\s"“”\ufeff]/g, '');
    let changed = 0;
    for (const [name, text] of docs) {
      const model = parseDocument(text);
      const changes = repairChanges(text, model);
      const chromeLines = classifyChrome(model.text, model.lines);
      const removed = changes.filter((c) => c.kind === 'chrome' || c.kind === 'pageNumber');
      for (const c of removed) {
        for (const e of c.edits) {
          const gone = text.slice(e.start, e.end);
          if (c.kind === 'pageNumber')
            assert.match(strip(gone), /^[—–－-]{0,2}(?:第)?\d{1,4}(?:页)?(?:[,，/]?共?\d{1,4}页?)?[—–－-]{0,2}$/, `${name}: ${gone}`);
          else {
            assert.equal(e.newText, '', name);
            // Chrome goes by whole lines: every line whose characters it deletes is chrome or blank.
            for (let i = lineAt(model.lines, e.start); i <= lineAt(model.lines, Math.max(e.start, e.end - 1)); i++) {
              const { start, end } = model.lines[i];
              if (Math.max(start, e.start) >= Math.min(end, e.end)) continue; // only its line break
              const line = model.text.slice(start, end);
              assert.ok(chromeLines[i] || !line.trim(), `${name}:${i + 1} deleted, not chrome: ${line.slice(0, 60)}`);
            }
          }
        }
      }
      const all = applyEdits(
        text,
        changes.flatMap((c) => c.edits),
      );
      const chromeOnly = applyEdits(
        text,
        removed.flatMap((c) => c.edits),
      );
      assert.equal(strip(all), strip(chromeOnly), `${name}: a repair lost or added a character`);
      if (all !== text) changed++;
      // Only rebuilt markers may add headings; none is lost (chrome is never a heading), but for the losses pinned in
      // REPAIR_KNOWN_LOST (open parser work: a fix fails here until its row is removed).
      const lost = lostHeadings(analyze(chromeOnly).model.headings, analyze(all).model.headings);
      assert.deepEqual(lost, REPAIR_KNOWN_LOST[name] ?? [], `${name}: headings lost by the repair`);
    }
    // The property is about documents that were repaired, not only about untouched ones.
    assert.ok(changed >= 20, `${changed} documents changed`);
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
      assert.equal(
        shown.stderr,
        `${file}: joined line breaks: 14, markers rebuilt: 0, page numbers removed: 0, quotes converted: 0, web leftovers removed: 0\n`,
      );
      assert.equal(iconv.decode(fs.readFileSync(file), 'gbk'), text, 'the file is untouched without --write');
      assert.equal(cli(['repair', file, '--write']).status, 0);
      assert.equal(iconv.decode(fs.readFileSync(file), 'gbk'), repaired(text));
      assert.equal(cli(['repair']).status, 2);
      // `check --repair` is the same repair (then the check): the same text written back, each change listed.
      const other = path.join(tmp, 'wrapped-check.txt');
      fs.writeFileSync(other, iconv.encode(text, 'gbk'));
      const checked = cli(['check', '--repair', other]);
      assert.ok(checked.status === 0 || checked.status === 1, checked.stderr);
      assert.equal(iconv.decode(fs.readFileSync(other), 'gbk'), repaired(text));
      assert.equal(checked.stderr.split('\n').filter((l) => l.endsWith('Join a line broken inside a sentence')).length, 14, checked.stderr);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('repairs of scraped text (formerly check --repair)', () => {
  it('joins a split sentence, rebuilds a lone and a broken marker, turns ASCII quotes into “”', () => {
    const doc =
      '某区2024年商务工作要点\n一、\n稳定外贸增长\n全年进出口增长\n5%\n，力争实现"稳中有进"的目标。\n（\n二\n）扩大内需\n举办消费节活动。\n';
    const found = repairChanges(doc);
    assert.deepEqual(
      found.map((r) => [r.kind, r.line + 1]),
      [
        ['marker', 2],
        ['join', 4],
        ['join', 5],
        // A quote pair is one change, a marker broken over three lines one change.
        ['quotes', 6],
        ['marker', 7],
      ],
    );
    assert.equal(
      applyEdits(
        doc,
        found.flatMap((r) => r.edits),
      ),
      '某区2024年商务工作要点\n一、稳定外贸增长\n全年进出口增长5%，力争实现“稳中有进”的目标。\n（二）扩大内需\n举办消费节活动。\n',
    );
  });

  it('on the real documents: only the split PM2.5, 揭榜 split from its ； and the broken （三） (read line by line; chrome aside)', () => {
    const got: string[] = [];
    for (const doc of goldenDocuments().filter((d) => !d.name.startsWith('corpus/')))
      for (const r of repairChanges(readDocument(doc.file))) if (r.kind !== 'chrome') got.push(`${doc.name}:${r.line + 1} ${r.kind}`);
    assert.deepEqual(got, [
      'shared/002.txt:33 join',
      'shared/002.txt:34 join',
      'shared/002.txt:125 join',
      'shared/002.txt:126 join',
      // `…带技术` / `揭榜` / `；“成果找市场”…`: the line that starts with ； goes on the sentence before.
      'shared/003.txt:111 join',
      'shared/006.txt:38 marker',
    ]);
  });
});

type OutlineHeading = { readonly depth: number; readonly marker: string; readonly title: string };

/**
 * The headings of `before` (`depth marker+title`) that `after` has lost. A heading the repair kept whose title grew by the
 * words it joined (662: ` 1. ` / ` 特困供养人员按每人` / ` 400` / ` 元全额资助; ` → `特困供养人员按每人400元全额资助`, form 603) is
 * the same heading: the n-th heading of its depth and marker after the repair, with a title that starts with the old one. A
 * rebuilt marker adds a heading and loses none.
 */
function lostHeadings(before: readonly OutlineHeading[], after: readonly OutlineHeading[]): string[] {
  const key = (h: OutlineHeading) => `${h.depth} ${h.marker}`;
  const byKey = new Map<string, OutlineHeading[]>();
  for (const h of after) byKey.set(key(h), [...(byKey.get(key(h)) ?? []), h]);
  const exact = new Set(after.map((h) => `${key(h)}${h.title}`));
  const seen = new Map<string, number>();
  const lost: string[] = [];
  for (const h of before) {
    const n = seen.get(key(h)) ?? 0;
    seen.set(key(h), n + 1);
    if (exact.has(`${key(h)}${h.title}`)) continue;
    const same = byKey.get(key(h))?.[n];
    const stem = h.title.replace(/…$/, '');
    if (same && stem.length > 0 && same.title.replace(/…$/, '').startsWith(stem)) continue;
    lost.push(`${key(h)}${h.title}`);
  }
  return lost;
}

describe('repair test: which headings a repair lost (form 603)', () => {
  const h = (depth: number, marker: string, title: string): OutlineHeading => ({ depth, marker, title });
  it('a heading whose title grew by the joined words is the same heading, not lost', () => {
    const before = [h(2, '(一)', '参保对象'), h(3, '1.', '特困供养人员按每人'), h(3, '2.', '城乡低保对象')];
    const after = [h(2, '(一)', '参保对象'), h(3, '1.', '特困供养人员按每人400元全额资助'), h(3, '2.', '城乡低保对象按每人200元资助')];
    assert.deepEqual(lostHeadings(before, after), []);
  });

  it('counter-examples: a serial joined into its cell (`18` → `18项目建设`) is lost; a rebuilt marker adds and loses nothing', () => {
    const before = [h(1, '17', '产业园建设'), h(1, '18', '项目建设'), h(1, '19', '道路改造')];
    const after = [h(1, '17', '产业园建设'), h(1, '19', '道路改造')];
    assert.deepEqual(lostHeadings(before, after), ['1 18项目建设']);
    // A title that changed otherwise, at the same place, is lost too.
    assert.deepEqual(lostHeadings([h(3, '1.', '特困供养人员')], [h(3, '1.', '城乡低保对象')]), ['3 1.特困供养人员']);
    assert.deepEqual(lostHeadings([h(1, '一、', '总体要求')], [h(1, '一、', '总体要求'), h(2, '（三）', '强化保障')]), []);
  });
});
