/** Golden outlines of the five seeds (test/golden/*.outline.tsv, checked line by line against the text). */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { outlineItems } from '../../server/src/core/model/outline';
import { parseDocument } from '../../server/src/core/model/parse';
import { SCRAPE_FORMS } from './scrapeForms';
import { compareRows, goldenDocuments, modelRows, readDocument, readGolden, score, type Score } from './goldenOutlines';

const ROOT = path.join(__dirname, '../../..');

describe('outline: golden files for the seeds', () => {
  const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
  it('covers all five seeds', () => assert.equal(seeds.length, 5));
  for (const seed of seeds) {
    it(seed, () => {
      const model = parseDocument(fs.readFileSync(path.join(ROOT, 'seeds', seed), 'utf8'));
      const got = outlineItems(model).map((i) =>
        [`${i.line + 1}:${i.column + 1}`, i.kind === 'heading' ? 'H' : 'E', i.depth, i.marker, i.title].join('\t'),
      );
      const golden = fs
        .readFileSync(path.join(ROOT, 'test/golden', seed.replace(/\.txt$/, '.outline.tsv')), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'));
      assert.deepEqual(got, golden);
    });
  }

  it('seed 000: top level （一）…（七）, 1、 under it, （1） under that', () => {
    const model = parseDocument(fs.readFileSync(path.join(ROOT, 'seeds/000_86ad72312f1b257b.txt'), 'utf8'));
    assert.deepEqual(
      model.roots.map((h) => h.marker),
      ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'],
    );
    const first = model.roots[0];
    assert.equal(first.title, '关于外贸工作');
    assert.deepEqual(
      first.children.map((h) => h.marker),
      ['1、', '2、'],
    );
    assert.deepEqual(
      first.children[0].children.map((h) => h.marker),
      ['（1）', '（2）', '（3）', '（4）'],
    );
    // Line 3 holds three headings.
    assert.deepEqual(
      model.headings.filter((h) => h.line === 2).map((h) => [h.marker, h.runIn]),
      [
        ['（一）', false],
        ['1、', true],
        ['（1）', true],
      ],
    );
  });

  it('seed 004: 一、 sections with 1、…36、 straight through, and the pasted copy in a new context', () => {
    const model = parseDocument(fs.readFileSync(path.join(ROOT, 'seeds/004_c596a8f9c9def442.txt'), 'utf8'));
    const main = model.headings.filter((h) => h.context === 0);
    assert.deepEqual(
      main.filter((h) => h.depth === 1).map((h) => h.marker),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
    assert.deepEqual(
      main.filter((h) => h.depth === 2).map((h) => h.value),
      Array.from({ length: 36 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      model.contexts.map((c) => c.kind),
      ['main', 'document'],
    );
  });
});

describe('outline: golden files for every real document (headings only)', () => {
  const docs = goldenDocuments();
  it('every corpus document has a golden', () => {
    const missing = docs.filter((d) => !fs.existsSync(d.golden)).map((d) => d.name);
    assert.deepEqual(missing, []);
  });
  // Differences the parser is known to have (open work, listed with the document they belong to):
  // a document must differ from its golden by exactly these rows, so a regression and an
  // improvement both show (an improvement removes its rows from the file).
  const known = readKnownDifferences();
  for (const doc of docs.filter((d) => !d.name.startsWith('seeds/') && fs.existsSync(d.golden))) {
    it(doc.name, () => {
      const diff = compareRows(readGolden(doc.golden), modelRows(parseDocument(readDocument(doc.file))));
      assert.deepEqual(diff, known.get(doc.name) ?? [], `golden (-) and parsed (+) headings differ:\n${diff.join('\n')}`);
    });
  }

  it('scores outline precision, recall, F1 and depth accuracy over all goldens', () => {
    // The blind set (docs/blind-scores.md): real documents collected after the parser was tuned,
    // scored on their own; the floors below hold for the documents the parser was tuned on.
    const blind = (name: string) => BLIND.test(name);
    const sets = { all: zero(), tuned: zero(), blind: zero() };
    for (const doc of docs.filter((d) => fs.existsSync(d.golden))) {
      const s = score(readGolden(doc.golden), modelRows(parseDocument(readDocument(doc.file))));
      for (const t of [sets.all, blind(doc.name) ? sets.blind : sets.tuned]) {
        t.golden += s.golden;
        t.parsed += s.parsed;
        t.matched += s.matched;
        t.depthRight += s.depthRight;
      }
    }
    const rates = (t: Score) => {
      const precision = t.matched / Math.max(1, t.parsed);
      const recall = t.matched / Math.max(1, t.golden);
      const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      return { precision, recall, f1, depth: t.depthRight / Math.max(1, t.matched) };
    };
    const line = (label: string, t: Score) => {
      const r = rates(t);
      return `      outline over ${label}: ${t.golden} golden, ${t.parsed} parsed, ${t.matched} matched; precision ${r.precision.toFixed(4)} recall ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)} depth ${r.depth.toFixed(4)}`;
    };
    const count = (f: (n: string) => boolean) => docs.filter((d) => fs.existsSync(d.golden) && f(d.name)).length;
    console.log(
      [
        line(`${count(() => true)} goldens`, sets.all),
        line(`the ${count((n) => !blind(n))} tuned-on goldens`, sets.tuned),
        line(`the ${count(blind)} blind goldens`, sets.blind),
      ].join('\n'),
    );
    // The goal, 0.99 for both, is met on the documents the parser was tuned on and is now the floor.
    // The blind documents' own differences are pinned row by row in known-differences.tsv like any
    // other document's.
    const tuned = rates(sets.tuned);
    assert.ok(tuned.f1 >= 0.99, `F1 ${tuned.f1.toFixed(4)}`);
    assert.ok(tuned.depth >= 0.99, `depth ${tuned.depth.toFixed(4)}`);
  });
});

/** Blind documents: test/corpus 301–799, collected and annotated without running the parser (docs/blind-scores.md). */
const BLIND = /^corpus\/[3-7]\d\d-/;

function zero(): Score {
  return { golden: 0, parsed: 0, matched: 0, depthRight: 0 };
}

describe('outline: synthetic documents of each form (test/fixtures/forms)', () => {
  const dir = path.join(ROOT, 'test/fixtures/forms');
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => /\.(txt|md|html)$/.test(n))
    .sort()) {
    it(f, () => {
      const diff = compareRows(
        readGolden(path.join(dir, f.replace(/\.[^.]+$/, '.outline.tsv'))),
        modelRows(parseDocument(readDocument(path.join(dir, f)))),
      );
      assert.deepEqual(diff, [], `golden (-) and parsed (+) headings differ:\n${diff.join('\n')}`);
    });
  }
});

/** test/golden/known-differences.tsv: `document<TAB>row` as compareRows writes it (`- ` golden, `+ ` parsed). */
function readKnownDifferences(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const file = path.join(ROOT, 'test/golden/known-differences.tsv');
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const name = line.slice(0, tab);
    out.set(name, [...(out.get(name) ?? []), line.slice(tab + 1)]);
  }
  return out;
}

/**
 * The plain-text goldens in the forms scrapes deliver: every line break lost (lines joined with a
 * space) and every line cut at 38 characters. Lines move, so a heading matches by its marker and
 * the first six characters of its title within its document. Measured 2026-12-02: as written
 * P 0.997 R 0.997, flattened P 0.967 R 0.791 (0.726 before a title with commas was read on a long
 * line and items numbered on across sections after the next title), wrapped P 0.978 R 0.958.
 * Later the same day: flattened P 0.968 R 0.864 (a glossary's label before its 1. and the title standing
 * alone again after a copy with headings open their contexts on the long line). 2026-12-03: flattened P 0.965
 * R 0.879 (an attachment's label and title before its first item open its context; a parent at the start
 * of the long line; a run of blanks ends a title, and so does a heading found inside it). 2026-12-07, with blind
 * set 29 (650–658): flattened P 0.977 R 0.869 (1,595 of 1,836), the floor 0.86: 26 of the new rows give no heading
 * flattened — 657 is a table one cell per line (20 rows), whose bare serial numbers, joined by spaces into the long
 * line (`…图书馆 2 全年组织开展…`), read as no marker (a bare number in running text is a count far more often); 652's
 * `56.` / `86.` cells and 655 (already one line as written, forms 541 and 562) the other 6. Without them R 0.881.
 * 2026-12-07, with blind set 30 part B (665–668): as written P 0.995 R 0.985 (1,831 of 1,858; R 0.991 before it), the
 * floor then 0.98: 666's ten headings are the numbered cells of a pipe table whose rows open with `| ` (`| 一、… | (一)… | 1.…`),
 * none read (form 620); flattened P 0.977 R 0.870, wrapped P 0.980 R 0.949.
 * With blind set 30c (670–673): as written P 0.995 R 0.9897 (1,833 of 1,852), the floor for R 0.989: two of its 16 rows give
 * no heading as written — 671's item whose marker the copy cut to `)` and 673's run-in `2.` after a sentence end (forms 640
 * and 641, open parser work pinned in known-differences.tsv); without them R 0.9907.
 * Form 620 (a pipe table whose rows open with a border read as one without it): 666's ten headings read, as written
 * P 0.995 R 0.98997 (1,876 of 1,895, 1,866 before), flattened P 0.977 R 0.869, wrapped P 0.980 R 0.951 (0.949 before).
 * Still just under 0.99 (forms 640 and 641 and the other open rows), so the floor was 0.989, as 30c measured.
 * Form 660 (679's run-in `(二)` and `2.` after the role-word tag closing the item before): as written P 0.995 R 0.9907 (1,909 of
 * 1,927, 1,907 before), flattened P 0.978 R 0.871 (0.867 before), wrapped P 0.980 R 0.952: the floor is 0.99 again.
 * Form 684 (a bracketed item whose title opens with a numeral word, 683:18 and 430:8): as written R 0.9917 (1,911),
 * wrapped R 0.953 (1,837).
 * Flattened notices (142, 159, 173, 492, 556: the document a notice issues, its title standing alone after the notice's date, begins its
 * numbering again; an attachment's label after that date opens its context): flattened P 0.978 → 0.978, R 0.870 → 0.878 (1,687 → 1,703).
 * Flattened tables of tasks (657's 20 rows and those of 157, 168, 384, 386, 441, 446, 447, 448, 459, 524, 525, 575, 652: after a `序号` header naming
 * the work or who does it, a number standing as a cell is the next row): flattened P 0.978 → 0.979, R 0.878 → 0.922 (1,703 → 1,787).
 * A marker broken over lines and joined with a blank (shared/006's `（ 三）`, after a sentence end, the next of its open list; the four after
 * it followed): flattened P 0.979 → 0.979, R 0.922 → 0.924 (1,787 → 1,792).
 * A flattened table of contents at the start whose entries end in rising page numbers (111's compilation list: its five entries no
 * headings, the plan's heading list after them read): flattened P 0.979 → 0.982, R 0.924 → 0.934 (1,792 → 1,811).
 * Flattened bare numbers glued to their items in runs of three (129: `1组织好…; 2尽快…;`) and the higher headings of a copy that begins
 * inside a section (its `(五)` `(六)` `三、` past one after the leading list): flattened P 0.982 → 0.982, R 0.934 → 0.950 (1,811 → 1,843).
 * A flattened copy that begins inside a part right after its title (548 `…工作計畫  三、…  13.…`, 164 `施政報告 6. 在…`, 642's `(六)`):
 * flattened P 0.982 → 0.983, R 0.950 → 0.956 (1,843 → 1,854).
 * Items closed by `；` and a blank in a flattened text are items of their own lines, not a list in one sentence (662's 1. 2. 3.):
 * flattened P 0.983 → 0.983, R 0.956 → 0.958 (1,854 → 1,857).
 * Hard-wrapped bare-numbered items whose rest the wrap cut onto the next line (129's 3–9): wrapped P 0.980 → 0.980, R 0.953 → 0.957
 * (1,848 → 1,855).
 * A flattened site's contents box under its label after the page's chrome (308's `目錄/提綱:…… 一、… (十)… ……`, 14 entries read as
 * headings): flattened P 0.983 → 0.990, R 0.958 → 0.958 (1,876 parsed, 1,890 before).
 * A flattened notice's list of its attachments with a blank after each number (168's `附件:1. 2022年…表  2. …`): flattened P 0.990 → 0.991.
 * 2026-12-08, the flattened forms above in all: flattened P 0.978 → 0.991, R 0.870 → 0.958 (1,687 → 1,857 of 1,939), wrapped P 0.980 → 0.980,
 * R 0.953 → 0.957; as written unchanged. The floors are raised to just below: flattened P 0.985 R 0.955, wrapped P 0.975 R 0.955.
 */
describe('outline: the goldens flattened and hard-wrapped', () => {
  const floors: Record<string, [number, number]> = { 'as written': [0.99, 0.99], flattened: [0.985, 0.955], wrapped: [0.975, 0.955] };
  it('precision and recall by marker and title stay above their floors in each form', () => {
    const key = (marker: string, title: string) => `${marker.replace(/\s/g, '')}|${title.replace(/\s/g, '').slice(0, 6)}`;
    const docs = goldenDocuments().filter((d) => d.file.endsWith('.txt') && fs.existsSync(d.golden));
    const report: string[] = [];
    for (const [form, make] of Object.entries(SCRAPE_FORMS)) {
      const [minP, minR] = floors[form];
      let golden = 0;
      let parsed = 0;
      let matched = 0;
      for (const d of docs) {
        const rows = readGolden(d.golden);
        const headings = parseDocument(make(readDocument(d.file))).headings;
        const pool = new Map<string, number>();
        for (const h of headings) pool.set(key(h.marker, h.title), (pool.get(key(h.marker, h.title)) ?? 0) + 1);
        for (const r of rows) {
          const n = pool.get(key(r.marker, r.title)) ?? 0;
          if (n > 0) {
            matched++;
            pool.set(key(r.marker, r.title), n - 1);
          }
        }
        golden += rows.length;
        parsed += headings.length;
      }
      const [p, r] = [matched / parsed, matched / golden];
      report.push(
        `  ${form.padEnd(10)} ${docs.length} documents: golden ${golden}, parsed ${parsed}, matched ${matched}: P ${p.toFixed(3)}, R ${r.toFixed(3)}`,
      );
      assert.ok(p >= minP && r >= minR, `${form}: P ${p.toFixed(3)} R ${r.toFixed(3)}`);
    }
    console.log(['outline by marker and title, each golden document in three forms:', ...report].join('\n'));
  });
});
