/**
 * Shared by the property tests (`npm test`) and the fuzzer (`npm run fuzz`): generators of
 * random and mutated work-plan documents, and one function that checks every invariant of the
 * analysis on a document (throws an Error describing the first broken one).
 */
import fc from 'fast-check';
import { analyze } from '../../server/src/core/services/analyze';
import { parseDocument } from '../../server/src/core/model/parse';
import { applyEdits, collectFixAll } from '../../server/src/core/services/fixes';
import { renumber } from '../../server/src/core/services/renumber';
import type { DocumentModel } from '../../server/src/core/model/model';
import type { Finding, Fix, TextEdit } from '../../server/src/core/types';
import { documentSymbols } from '../../server/src/lsp/features/symbols';
import { checkInvariants, realDocuments } from './realDocuments';
import * as formatModule from '../../server/src/core/services/format';

// ------------------------------------------------------------------ the formatter
type FormatFn = (model: DocumentModel, ...rest: unknown[]) => unknown;
/** The core formatter: the first exported function whose name starts with `format`. */
export const formatter: { name: string; fn: FormatFn } | undefined = (() => {
  for (const [k, v] of Object.entries(formatModule))
    if (typeof v === 'function' && /^format/i.test(k)) return { name: k, fn: v as FormatFn };
  return undefined;
})();

// ------------------------------------------------------------------ generators
/** Pieces that matter to the parser: markers, series, targets, punctuation, odd characters. */
export const FRAGMENTS: readonly string[] = [
  // markers of every family and variant
  '一、',
  '二、',
  '三、',
  '十一、',
  '二十三、',
  '一.',
  '四．',
  '（一）',
  '（二）',
  '（三）',
  '(一)',
  '(二）',
  '（一）、',
  '（十）',
  '1、',
  '2、',
  '3、',
  '10、',
  '1.',
  '2.',
  '3．',
  '（1）',
  '（2）',
  '(3)',
  '①',
  '②',
  '⑳',
  '第一章',
  '第二章',
  '第一节',
  '第三条',
  '第一，',
  '第二，',
  '第一、',
  '其一，',
  '其二，',
  '首先，',
  '其次，',
  '最后，',
  // run-in series
  '一是',
  '二是',
  '三是',
  '四是',
  '一要',
  '二要',
  '三要',
  '一抓',
  '二抓',
  '一方面',
  '另一方面',
  '二是要',
  '一要求',
  // Markdown
  '## ',
  '### ',
  '#',
  '**',
  '> ',
  '- ',
  '* ',
  // targets
  '增长12%',
  '实现8.7亿美元',
  '达到30%以上',
  '控制在4%以内',
  '不低于',
  '力争1~2个',
  '新增试点企业3家',
  '提高2个百分点',
  '1~2家',
  '30—50个',
  '3～5家',
  '4.5%—5%',
  '其中，出口5.2亿美元',
  '2024年1月15日',
  '2.5',
  '20.2026年',
  'PM2.5',
  // traps
  '第一、二轮',
  '“五统一、一开放”',
  '附件1',
  '附件2：',
  '（联系人：张三，联系电话：123）',
  '（牵头单位：市商务局）',
  '文章来源：',
  '微信掃一掃',
  '商務(wù)',
  // CJK and ASCII punctuation
  '。',
  '；',
  ';',
  '，',
  ',',
  '：',
  ':',
  '、',
  '！',
  '？',
  '!',
  '?',
  '“',
  '”',
  '（',
  '）',
  '(',
  ')',
  '…',
  '——',
  '.',
  '．',
  '～',
  '~',
  '-',
  '—',
  // space, breaks
  ' ',
  '  ',
  '\u3000',
  '\t',
  '\u00a0',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r\n',
  '\r',
  '\n\n',
  // BOM, surrogate pairs, lone surrogates, control characters
  '\ufeff',
  '𠀀',
  '😀',
  '𪚥',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u200b',
  '\u2028',
  '\f',
  '\v',
  // 公文 consistency: counts, paired marks, attachments, 文号, dates, widths
  '"',
  "'",
  '《',
  '》',
  '【',
  '】',
  '〔2024〕',
  '[2024]3号',
  '国发',
  '第03号',
  '见附件3',
  '（附件2）',
  '附件：1.',
  '％',
  '１２',
  'l00万',
  '2025年01月05日',
  '2月30日',
  '“三个重点”（',
  '、',
  '三个方面：',
  '一是',
  '二是',
  // ordinary text
  '工作',
  '加强组织领导',
  '推进',
  '全市',
  '关于外贸工作',
  '抓好进出口',
  '要求',
  '作為作為',
  '??',
  '2007年',
  '的',
  '和',
];

let linePool: string[] | undefined;
let docPool: string[] | undefined;
function pools(): { lines: string[]; docs: string[] } {
  if (!linePool || !docPool) {
    docPool = realDocuments().map((d) => d.text);
    linePool = [];
    for (const t of docPool) for (const l of t.split(/\r?\n/)) if (l.trim()) linePool.push(l);
  }
  return { lines: linePool, docs: docPool };
}

/** A piece of a document: a fragment, a real line (with its break), or random characters. */
function piece(): fc.Arbitrary<string> {
  const { lines } = pools();
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 3, arbitrary: fc.nat(lines.length - 1).map((i) => lines[i] + '\n') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom(...'一二三四五六七八九十百零〇（）()、.．，。是要第其0123456789'), maxLength: 6 }),
    },
  );
}

/** Random documents assembled from pieces. */
export function randomDocument(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(piece(), { maxLength: maxPieces }).map((parts) => parts.join(''));
}

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'move'; at: number; len: number; to: number };

function mutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const len = fc.nat(400);
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at, len }),
    fc.record({ op: fc.constant('insert' as const), at, text: piece() }),
    fc.record({ op: fc.constant('duplicate' as const), at, len }),
    fc.record({ op: fc.constant('move' as const), at, len, to: fc.nat() }),
  );
}

function mutate(text: string, m: Mutation): string {
  const n = text.length;
  const at = n ? m.at % (n + 1) : 0;
  switch (m.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'move': {
      const cut = text.slice(at, at + m.len);
      const rest = text.slice(0, at) + text.slice(at + m.len);
      const to = m.to % (rest.length + 1);
      return rest.slice(0, to) + cut + rest.slice(to);
    }
  }
}

/**
 * A window of a real document (at most `maxWindow` UTF-16 units; 0 for the whole document; it
 * may cut a surrogate pair or a CRLF) with a few mutations applied.
 */
export function mutatedDocument(maxWindow = 4000, maxMutations = 6): fc.Arbitrary<string> {
  const { docs } = pools();
  return fc
    .record({
      doc: fc.nat(docs.length - 1),
      from: fc.nat(),
      len: fc.nat(maxWindow || 1),
      mutations: fc.array(mutation(), { maxLength: maxMutations }),
    })
    .map(({ doc, from, len, mutations }) => {
      const t = docs[doc];
      const start = maxWindow ? from % (t.length + 1) : 0;
      let text = maxWindow ? t.slice(start, start + len) : t;
      for (const m of mutations) text = mutate(text, m);
      return text;
    });
}

/** Either kind of document. */
export function anyDocument(maxWindow = 4000): fc.Arbitrary<string> {
  return fc.oneof(randomDocument(), mutatedDocument(maxWindow));
}

// ------------------------------------------------------------------ invariants
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function fail(what: string): never {
  throw new Error(what);
}

function checkRange(text: string, start: number, end: number, what: string): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length))
    fail(`${what}: range [${start}, ${end}) outside the document of ${text.length}`);
}

/** Maps an offset of the old text through edits to the new text. */
export function mapOffset(edits: readonly TextEdit[], offset: number): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) delta += e.newText.length - (e.end - e.start);
    else if (e.start <= offset && offset < e.end) return e.start + delta;
  }
  return offset + delta;
}

/** Checks that the edits stay in bounds, never split a surrogate pair and change nothing else. */
export function checkEdits(text: string, edits: readonly TextEdit[], what: string): string {
  for (const e of edits) {
    checkRange(text, e.start, e.end, `${what} edit`);
    if (splitsPair(text, e.start) || splitsPair(text, e.end)) fail(`${what}: edit [${e.start}, ${e.end}) splits a surrogate pair`);
  }
  const out = applyEdits(text, edits);
  // Independently of applyEdits: every stretch between edits is kept, in order.
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let pos = 0;
  let outPos = 0;
  for (const e of sorted) {
    const keep = text.slice(pos, e.start);
    if (out.slice(outPos, outPos + keep.length) !== keep) fail(`${what}: text before the edit at ${e.start} changed`);
    outPos += keep.length + e.newText.length;
    pos = e.end;
  }
  if (out.slice(outPos) !== text.slice(pos)) fail(`${what}: text after the last edit changed`);
  return out;
}

/** LSP document symbols: selection inside range, children inside parents (VS Code rejects others). */
function checkSymbols(model: DocumentModel): void {
  type P = { line: number; character: number };
  type S = { name: string; range: { start: P; end: P }; selectionRange: { start: P; end: P }; children?: S[] };
  const le = (a: P, b: P) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const inside = (inner: S['range'], outer: S['range']) => le(outer.start, inner.start) && le(inner.end, outer.end);
  const walk = (symbols: S[], parent: S | undefined) => {
    for (const s of symbols) {
      if (!le(s.range.start, s.range.end)) fail(`symbol ${s.name}: range ends before it starts`);
      if (!inside(s.selectionRange, s.range)) fail(`symbol ${s.name}: selectionRange outside range`);
      if (parent && !inside(s.range, parent.range)) fail(`symbol ${s.name}: outside its parent ${parent.name}`);
      walk(s.children ?? [], s);
    }
  };
  walk(documentSymbols(model, true) as S[], undefined);
}

export interface CheckOptions {
  /** Check at most this many fixes (each costs one re-analysis); all when undefined. */
  readonly maxFixes?: number;
  /** Start checking fixes at this finding (to spread the fuzzer's work). */
  readonly fixOffset?: number;
  /** Also check the formatter (when core/services/format.ts exists); default true. */
  readonly formatter?: boolean;
}

/**
 * Failures the fuzzer found that are reported but not fixed yet (each has a pending regression
 * test in property.test.ts). The property tests skip documents that only show these; the fuzzer
 * counts them apart.
 */
export const KNOWN_ISSUES: ReadonlyArray<{ id: string; matches: (message: string, text: string) => boolean }> = [];

/** The known issue a failure shows, if any. */
export function knownIssue(message: string, text: string): string | undefined {
  return KNOWN_ISSUES.find((k) => k.matches(message, text))?.id;
}

/** Every invariant of the analysis on one document. Throws an Error naming the broken one. */
export function checkDocument(text: string, options: CheckOptions = {}): void {
  const a = analyze(text);
  const { model, findings, targets } = a;
  const n = text.length;
  // Lines tile the text.
  if (model.lines[0].start !== 0 || model.lines[model.lines.length - 1].end !== n) fail('lines do not cover the text');
  for (const l of model.lines) if (/[\r\n]/.test(text.slice(l.start, l.end))) fail(`line at ${l.start} holds a line break`);
  for (let i = 1; i < model.lines.length; i++) {
    const gap = model.lines[i].start - model.lines[i - 1].end;
    if (gap !== 1 && !(gap === 2 && text.slice(model.lines[i - 1].end, model.lines[i].start) === '\r\n'))
      fail(`line ${i} does not follow line ${i - 1}`);
  }
  // Headings and enumerations: ranges, order, children inside parents.
  try {
    checkInvariants(model);
  } catch (e) {
    fail(`model invariant: ${(e as Error).message}`);
  }
  for (const h of model.headings) {
    if (model.lines[h.line].start > h.start || h.start > model.lines[h.line].end)
      fail(`heading ${h.marker} at ${h.start} is not on its line ${h.line}`);
    if (h.children.some((c) => c.parent !== h)) fail(`heading ${h.marker}: a child does not point back`);
  }
  for (const e of model.enumerations) {
    checkRange(text, e.start, e.end, `enumeration ${e.marker}`);
    if (model.lines[e.line].start > e.start || e.start > model.lines[e.line].end)
      fail(`enumeration ${e.marker} at ${e.start} is not on its line ${e.line}`);
  }
  for (const s of model.series)
    if (s.items.some((e, i) => i > 0 && e.start <= s.items[i - 1].start)) fail(`series ${s.index} out of order`);
  if (model.title) checkRange(text, model.title.start, model.title.end, 'title');
  if (model.preamble) checkRange(text, model.preamble.start, model.preamble.end, 'preamble');
  for (const c of model.contexts) checkRange(text, c.start, c.start, `context ${c.label}`);
  for (const c of model.closing) checkRange(text, c.start, c.end, `closing line ${c.text}`);
  for (const t of targets) checkRange(text, t.start, t.end, `target ${t.text}`);
  // Findings and their related locations.
  for (const f of findings) {
    checkRange(text, f.start, f.end, `finding ${f.rule}`);
    for (const r of f.related ?? []) if (!r.uri) checkRange(text, r.start, r.end, `related location of ${f.rule}`);
  }
  checkSymbols(model);
  // Fixes: in bounds, only their own text, and the finding is gone afterwards.
  const withFixes = findings.filter((f) => f.fixes?.length);
  const from = withFixes.length ? (options.fixOffset ?? 0) % withFixes.length : 0;
  const chosen =
    options.maxFixes === undefined ? withFixes : [...withFixes.slice(from), ...withFixes.slice(0, from)].slice(0, options.maxFixes);
  for (const f of chosen) for (const fix of f.fixes ?? []) checkFix(text, f, fix);
  // Fix all picks edits that never overlap.
  checkEdits(text, collectFixAll(findings), 'fix all');
  // Renumbering the whole document is idempotent.
  const once = checkEdits(text, renumber(model), 'renumber');
  const again = renumber(parseDocument(once));
  if (again.length && applyEdits(once, again) !== once)
    fail(`renumber is not idempotent: a second pass changes ${JSON.stringify(again.slice(0, 3))}`);
  // The formatter (when there is one) edits in bounds and is idempotent.
  if (formatter && options.formatter !== false) checkFormatter(text);
}

/** A finding's message without its arguments. */
const messageKey = (f: Finding): string => (typeof f.message === 'string' ? f.message : f.message.key);

/** Where the text each edit writes stands in the edited text, [start, end) (a deletion: an empty range). */
function writtenRanges(edits: readonly TextEdit[]): [number, number][] {
  let delta = 0;
  return [...edits]
    .sort((x, y) => x.start - y.start)
    .map((e) => {
      const start = e.start + delta;
      delta += e.newText.length - (e.end - e.start);
      return [start, start + e.newText.length];
    });
}

function checkFix(text: string, f: Finding, fix: Fix): void {
  const what = `fix of ${f.rule} at ${f.start}`;
  const out = checkEdits(text, fix.edits, what);
  if (out === text) return;
  const at = mapOffset(fix.edits, f.start);
  // The same problem (rule and message) at the same place; another problem of the rule that the fix
  // brings to light there (`１２l00万`: the digits made half-width, then `12l00` is one number with a letter) is not the fix failing.
  // Text that only moved there (`…、住房城乡建设部、农业农村部…` with the first unit deleted: the next one now starts at the
  // offset) is another problem, unless it is the same text or the fix wrote inside it.
  const flagged = text.slice(f.start, f.end);
  const written = writtenRanges(fix.edits);
  const again = analyze(out).findings.find(
    (g) =>
      g.rule === f.rule &&
      g.start === at &&
      messageKey(g) === messageKey(f) &&
      (out.slice(g.start, g.end) === flagged || written.some(([a, b]) => a < g.end && b > g.start)),
  );
  if (again) fail(`${what}: re-analysis reports ${f.rule} again at ${at} (${JSON.stringify(fix.edits)})`);
}

/** Formats the text (the formatter takes the document model and returns edits). */
function formatterOutput(text: string, options: Record<string, unknown>): string {
  const r = formatter!.fn(parseDocument(text) as never, options);
  if (typeof r === 'string') return r;
  if (Array.isArray(r)) return checkEdits(text, r as TextEdit[], `formatter ${formatter!.name}`);
  return fail(`formatter ${formatter!.name} returned ${typeof r}`);
}

/** The outline as values and depths: formatting must not change it. */
const outlineShape = (text: string) =>
  parseDocument(text)
    .headings.map((h) => `${h.family}:${h.value}:${h.depth}`)
    .join(' ');

/** The formatter's invariants alone. */
export function checkFormatter(text: string): void {
  for (const options of [{}, { splitRunInHeadings: true }, { profile: 'gbt' }]) {
    const once = formatterOutput(text, options);
    const twice = formatterOutput(once, options);
    if (twice !== once)
      fail(
        `formatter ${formatter!.name}(${JSON.stringify(options)}) is not idempotent: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`,
      );
    if (outlineShape(once) !== outlineShape(text)) fail(`formatter ${formatter!.name}(${JSON.stringify(options)}) changes the outline`);
  }
}
