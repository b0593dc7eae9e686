/**
 * Mutation tests of the 公文 consistency rules: real documents (seeds, ../shared/corpus,
 * test/corpus) get one error each — a count word changed, a closing mark dropped, a reference to
 * an attachment that does not exist, an attachment page retitled, a 发文字号 written `[2024]`,
 * `04号` or `〔24〕`, a date written `01月` or `2月30日`, `l00万`, ASCII quotes, one ％ among % —
 * and exactly the expected finding must appear at the right line, nothing else new (any rule).
 * Recall per kind and overall is printed; mutations on lines paste-artifact reports (characters
 * lost, pinyin glued on, page chrome) are not made: the rules leave those lines alone on purpose.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/services/analyze';
import { attachments } from '../../server/src/core/facts/attachments';
import { countStatements } from '../../server/src/core/facts/counts';
import { damagedLines } from '../../server/src/core/facts/damage';
import { markupMask } from '../../server/src/core/facts/masks';
import { positionAt, type DocumentModel } from '../../server/src/core/model/model';
import { toChineseNumeral } from '../../server/src/core/text/numerals';
import { parseDocument } from '../../server/src/core/model/parse';
import { consistencyDocuments } from './consistencyDocuments';

interface Mutation {
  readonly name: string;
  readonly kind: string;
  readonly text: string;
  readonly rule: string;
  /** 1-based line of the expected finding. */
  readonly line: number;
}

const keys = (text: string) => {
  const a = analyze(text);
  return a.findings.map((f) => `${f.rule}@${positionAt(a.model.lines, f.start).line + 1}`);
};

/** What `after` reports that `before` did not (as multisets). */
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of before) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of after) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

const CLOSE_OF: Record<string, string> = { '》': '《', '”': '“', '）': '（', '】': '【', '〕': '〔' };

/** Every k-th item, so that each document contributes a bounded number of cases of a kind. */
const sample = <T>(items: readonly T[], max: number): T[] => {
  const step = Math.max(1, Math.ceil(items.length / max));
  return items.filter((_, i) => i % step === 0);
};

function mutations(name: string, text: string, model: DocumentModel): Mutation[] {
  const out: Mutation[] = [];
  const damaged = damagedLines(model);
  const mask = markupMask(text);
  for (const h of model.headings) mask.fill(1, h.start, h.markerEnd);
  for (const e of model.enumerations) mask.fill(1, e.start, e.markerEnd);
  const lineOf = (at: number) => positionAt(model.lines, at).line;
  const clean = (at: number) => !mask[at] && !damaged[lineOf(at)];
  const put = (kind: string, at: number, end: number, newText: string, rule: string) =>
    out.push({
      name: `${name}@${at} ${kind} ${JSON.stringify(text.slice(at, end))}→${JSON.stringify(newText)}`,
      kind,
      text: text.slice(0, at) + newText + text.slice(end),
      rule,
      line: lineOf(at) + 1,
    });

  // A count changed by one.
  for (const c of countStatements(model)) {
    if (c.count < c.minItems || c.count > c.maxItems) continue;
    const written = text.slice(c.numeralStart, c.numeralEnd);
    // One more, and one fewer where that is still a count (two or more).
    for (const n of [c.count + 1, c.count - 1]) {
      if (n < 2 || (n >= c.minItems && n <= c.maxItems)) continue;
      put('count', c.numeralStart, c.numeralEnd, /^\d+$/.test(written) ? String(n) : toChineseNumeral(n), 'count-mismatch');
    }
  }

  // A closing mark dropped whose opening mark is on the same line (the paragraph).
  const closers: number[] = [];
  const cut = !/[。！？!?；;…”’》）)】]$/.test(text.trimEnd());
  for (const m of text.matchAll(/[》”）】〕]/g)) {
    const at = m.index;
    if (!clean(at)) continue;
    const line = model.lines[lineOf(at)];
    const open = CLOSE_OF[m[0]];
    let depth = 0;
    let found = false;
    for (let i = at - 1; i >= line.start; i--) {
      if (text[i] === m[0]) depth++;
      else if (text[i] === open && depth-- === 0) {
        found = !mask[i];
        break;
      }
    }
    // In a text that breaks off mid-sentence (an excerpt), the last quotation may close in the
    // missing part: the rule leaves an opening mark alone there when nothing of its kind follows.
    if (found && !(cut && !text.slice(at + 1).includes(m[0]) && !text.slice(at + 1).includes(open))) closers.push(at);
  }
  for (const at of sample(closers, 25)) put('drop closing mark', at, at + 1, '', 'unbalanced-pair');

  // Attachments: a reference to one more than the document has; a page with another title.
  const att = attachments(model);
  if (att.any) {
    const count = new Set([...att.listed.map((x) => x.number), ...att.pages.map((p) => p.number)]).size;
    const before = Math.min(...att.listed.map((x) => x.line), ...att.pages.map((p) => p.line - 1));
    const stops: number[] = [];
    for (let li = 0; li < before; li++) {
      const { start, end } = model.lines[li];
      const stop = text.indexOf('。', start);
      if (stop > start && stop < end && clean(stop)) stops.push(stop);
    }
    for (const at of sample(stops, 8)) put('missing attachment', at, at, `（详见附件${count + 1}）`, 'attachment-reference');
    // Titles with pinyin glued on (seed 003) are compared all the same: both copies carry it.
    for (const p of att.pages)
      if (att.listed.some((x) => x.number === p.number) && !mask[p.start])
        put('page title', p.start, p.end, '另行印发的工作台账', 'attachment-reference');
  }

  // 发文字号: wrong brackets, leading zero, two-digit year.
  for (const m of text.matchAll(/(?<=[\u4e00-\u9fff])〔(\d{4})〕(\d{1,4})号/g)) {
    if (!clean(m.index)) continue;
    const [, year, no] = m;
    const end = m.index + m[0].length;
    put('[year]', m.index, end, `[${year}]${no}号`, 'document-number');
    put('0 number', m.index, end, `〔${year}〕0${no}号`, 'document-number');
    put('short year', m.index, end, `〔${year.slice(2)}〕${no}号`, 'document-number');
  }

  // Dates: a leading zero; a day that does not exist.
  // Not in a site's metadata fields (`成文日期：2023年3月3日`), which the rule leaves alone.
  const metadata = (at: number) => /(?:时间|日期)\s*[:：]?\s*[|｜]?\s*$/.test(text.slice(Math.max(0, at - 10), at));
  const dates = [...text.matchAll(/(?<![\d.．\-－—～~至到第])(\d{4})年([1-9])月([1-9]|[12]\d)日(?!\s*\d{1,2}\s*[:：时])/g)].filter(
    (m) => clean(m.index) && !metadata(m.index),
  );
  for (const m of sample(dates, 10)) {
    const monthAt = m.index + 5;
    put('01月', monthAt, monthAt + 1, `0${m[2]}`, 'date-format');
  }
  for (const m of sample(dates, 5)) put('2月30日', m.index + 5, m.index + m[0].length, '2月30日', 'date-format');

  // A letter for a digit inside a number.
  const numbers = [...text.matchAll(/(?<![\dA-Za-z.．])1\d*0(?=万|亿|元|%|个)/g)].filter((m) => clean(m.index));
  for (const m of sample(numbers, 8)) put('l00万', m.index, m.index + 1, 'l', 'mixed-width');

  // ASCII quotes around Chinese text.
  const quotes = [...text.matchAll(/“([\u4e00-\u9fff]{2,12})”/g)].filter((m) => clean(m.index) && clean(m.index + m[0].length - 1));
  for (const m of sample(quotes, 8)) put('ASCII quotes', m.index, m.index + m[0].length, `"${m[1]}"`, 'quote-style');

  // One ％ in a document that writes %.
  const percents = [...text.matchAll(/%/g)].filter((m) => clean(m.index));
  if (percents.length >= 3 && !text.includes('％'))
    for (const m of sample(percents, 4)) put('％', m.index, m.index + 1, '％', 'mixed-width');
  return out;
}

describe('consistency rules: mutations of real documents', function () {
  this.timeout(600_000);
  const docs = consistencyDocuments();
  const all: Mutation[] = [];
  const baseline = new Map<string, string[]>();
  for (const d of docs) {
    const model = parseDocument(d.text);
    for (const m of mutations(d.name, d.text, model)) {
      all.push(m);
      if (!baseline.has(m.name.split('@')[0])) baseline.set(m.name.split('@')[0], keys(d.text));
    }
  }

  it('generates hundreds of mutations of every kind', () => {
    assert.ok(all.length >= 300, `only ${all.length} mutations`);
    for (const kind of [
      'count',
      'drop closing mark',
      'missing attachment',
      'page title',
      '[year]',
      '0 number',
      'short year',
      '01月',
      '2月30日',
      'l00万',
      'ASCII quotes',
      '％',
    ]) {
      assert.ok(
        all.some((m) => m.kind === kind),
        `no ${kind} mutation`,
      );
    }
  });

  it('finds each at the right line with nothing else new: recall ≥ 0.95', () => {
    const failures: string[] = [];
    const byKind = new Map<string, [number, number]>();
    for (const m of all) {
      const want = `${m.rule}@${m.line}`;
      const got = added(baseline.get(m.name.split('@')[0]) ?? [], keys(m.text));
      const ok = got.length === 1 && got[0] === want;
      const [hit, n] = byKind.get(m.kind) ?? [0, 0];
      byKind.set(m.kind, [hit + (ok ? 1 : 0), n + 1]);
      if (!ok) failures.push(`${m.name}: want ${want}, got ${got.join(', ') || 'nothing'}`);
    }
    const hits = all.length - failures.length;
    const rows = [...byKind].map(([kind, [hit, n]]) => `  ${kind}: ${hit}/${n}`);
    console.log(`\n  consistency mutations: recall ${(hits / all.length).toFixed(3)} (${hits}/${all.length})\n${rows.join('\n')}`);
    if (failures.length)
      console.log(
        failures
          .slice(0, 30)
          .map((f) => `    ${f}`)
          .join('\n'),
      );
    assert.ok(hits / all.length >= 0.95, `recall ${(hits / all.length).toFixed(3)}`);
  });
});
