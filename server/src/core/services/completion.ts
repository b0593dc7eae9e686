/**
 * Context-aware completion: the next numbering marker at the right level (and one level deeper
 * and shallower), the next item of a run-in series (一是 → 二是), and snippets ranked by the
 * section the cursor is in. Pure: the glue passes the snippets in and turns candidates into LSP
 * items.
 */
import { FAMILY_RANK, lineAt, type DocumentModel, type Heading, type MarkerFamily, type MarkerVariant } from '../model/model';
import { correctedVariant, formatMarker, standardVariant } from '../model/markers';
import { kindKey, siblingLists } from '../model/lists';
import { CN_NUMERAL_CHARS, parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import type { Message, Profile } from '../types';
import { draftingYear, snippetPreview } from '../text/snippetText';
import { planYear } from '../facts/targets';

/** Where a snippet fits: the kind of section (by its heading title) or a place in the document. */
export type SectionKind = 'document' | 'preamble' | 'guiding' | 'goals' | 'tasks' | 'safeguards' | 'attachment' | 'closing' | 'series';

export interface SnippetDef {
  readonly name: string;
  readonly prefixes: readonly string[];
  /** Snippet body in VS Code / LSP snippet syntax. */
  readonly body: string;
  readonly description: string;
  /** The places it fits; empty: anywhere (ranked after the fitting ones). */
  readonly contexts: readonly SectionKind[];
}

export interface CompletionCandidate {
  readonly label: string;
  readonly kind: 'marker' | 'enumeration' | 'snippet' | 'template';
  readonly insertText: string;
  /** True when `insertText` uses snippet syntax. */
  readonly isSnippet: boolean;
  /** The text `[start, end)` replaced (the partial marker or prefix typed so far). */
  readonly start: number;
  readonly end: number;
  readonly sortText: string;
  readonly preselect: boolean;
  readonly filterText?: string;
  readonly detail?: Message;
  readonly description?: string;
  /** For snippets: the text inserted when every field keeps its default (for a readable preview). */
  readonly preview?: string;
}

const SECTION_PATTERNS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['safeguards', /保障措施|工作要求|组织保障|保障机制|组织实施|保障體系|保障措施/],
  ['goals', /目标|目標/],
  ['guiding', /指导思想|指導思想|总体要求|總體要求|总体思路|總體思路|基本原则|基本原則/],
  ['tasks', /重点任务|主要任务|工作任务|主要措施|工作措施|重点工作|主要工作|工作重点|重點任務|主要任務|工作任務/],
];

/** The kind of section a heading title names, if any. */
export function sectionKindOfTitle(title: string): SectionKind | undefined {
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(title)) return kind;
  return undefined;
}

/**
 * The places the cursor is in, most specific first: the innermost titled section (walking up
 * from the heading before the cursor), the preamble, an attachment, the closing part, or the
 * empty document.
 */
export function placesAt(model: DocumentModel, offset: number): SectionKind[] {
  const { text } = model;
  if (!hasTextAfter(text, 0)) return ['document'];
  const places: SectionKind[] = [];
  const prev = headingBefore(model, offset);
  const ctx = [...model.contexts].reverse().find((c) => c.start <= offset);
  if (ctx && ctx.kind === 'attachment' && (!prev || prev.context === ctx.index)) places.push('attachment');
  for (let h = prev; h; h = h.parent) {
    const kind = sectionKindOfTitle(h.title);
    if (kind) {
      places.push(kind);
      break;
    }
  }
  if (!prev) places.push('preamble');
  // At the end of the document, past the last heading: signature, date, contact line, 附件.
  if (prev && !hasTextAfter(text, offset)) places.push('closing', 'attachment');
  return [...new Set(places)];
}

const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff;

/** True when anything but whitespace follows `offset` (scans only up to the first such character). */
function hasTextAfter(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) if (!isWhite(text.charCodeAt(i))) return true;
  return false;
}

function hasTextBefore(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) if (!isWhite(text.charCodeAt(i))) return true;
  return false;
}

/** The last heading that starts before `offset`. */
function headingBefore(model: DocumentModel, offset: number): Heading | undefined {
  const hs = model.headings;
  let lo = 0;
  let hi = hs.length - 1;
  let best: Heading | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].start < offset) {
      best = hs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

// A partial marker typed at a line start: `（`, `（三`, `（三）`, `3`, `三、`, `第三`.
const PARTIAL_MARKER = new RegExp(
  `^(?:[（(][${CN_NUMERAL_CHARS}0-9]*[）)]?|[${CN_NUMERAL_CHARS}]{1,4}、?|[0-9]{1,3}[、.．]?|第[${CN_NUMERAL_CHARS}]*)$`,
);
// A snippet prefix being typed: latin letters or a few CJK characters.
const PARTIAL_WORD = /^(?:[A-Za-z][A-Za-z0-9-]*|[\u3400-\u9fff]{1,8})$/;
// Indentation and Markdown prefixes kept in front of what is typed.
const LINE_PREFIX = /^[ \t\u3000]*(?:#{1,6}[ \t]+|>[ \t]+)?(?:\*\*)?/;

// Run-in enumeration markers, preceded by a clause boundary (`统一是` is a word, not an item).
const ENUM_RE = new RegExp(
  `(?<=^|[。；;：:，,！？!?\\s\\u3000“”（(）)*])(?:([${CN_NUMERAL_CHARS}]{1,3})(是|要)(?![求素点件害闻务冲地道])|第([${CN_NUMERAL_CHARS}]{1,3})([，,、])(?![${CN_NUMERAL_CHARS}])|其([${CN_NUMERAL_CHARS}]{1,3})([，,]))`,
  'gu',
);

export interface CompleteOptions {
  readonly profile?: Profile;
  readonly snippets?: readonly SnippetDef[];
  /** Today's date (year, month 1–12), for the year templates propose; the system clock if absent. */
  readonly today?: { readonly year: number; readonly month: number };
  /** The plan's year (templates then use it); read from the document when absent. */
  readonly planYear?: number;
}

// A snippet prefix typed straight after other text (`…一体化。yishi`): the latin letters before the cursor.
const TRAILING_LATIN = /(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9-]*$/;

/**
 * True when the candidates at a cursor with `before` (the line's text up to the cursor) depend on
 * nothing but that text: not at a line start, no partial marker or snippet prefix typed (also after text), so the
 * only candidate is the next run-in item of the line. `complete` on a model of the line alone
 * then gives what it gives on the whole document's.
 */
export function lineOnlyCompletion(before: string): boolean {
  const typed = before.slice((LINE_PREFIX.exec(before)?.[0] ?? '').length);
  return typed.length > 0 && !PARTIAL_WORD.test(typed) && !TRAILING_LATIN.test(typed) && !PARTIAL_MARKER.test(typed);
}

/** Completion candidates at `offset`, best first. */
export function complete(model: DocumentModel, offset: number, options: CompleteOptions = {}): CompletionCandidate[] {
  const { text, lines } = model;
  const li = lineAt(lines, Math.min(offset, text.length));
  const line = lines[li];
  if (offset < line.start || offset > line.end) return [];
  const before = text.slice(line.start, offset);
  const prefix = LINE_PREFIX.exec(before)?.[0] ?? '';
  const typed = before.slice(prefix.length);
  const typedStart = line.start + prefix.length;
  const out: CompletionCandidate[] = [];
  const push = (c: Omit<CompletionCandidate, 'sortText' | 'preselect'>) =>
    out.push({ ...c, sortText: String(out.length).padStart(3, '0'), preselect: out.length === 0 });

  // An empty document (but for the prefix being typed): whole-document templates come first.
  const emptyDocument = !hasTextBefore(text, typedStart) && !hasTextAfter(text, offset);
  const wholeWord = typed.length === 0 || PARTIAL_WORD.test(typed);
  const trailing = wholeWord ? undefined : TRAILING_LATIN.exec(typed)?.[0];
  const snippetsWanted = wholeWord || trailing !== undefined;
  const snippetStart = trailing === undefined ? typedStart : offset - trailing.length;
  const snippets = () => {
    for (const c of rankSnippets(model, offset, options.snippets ?? [], emptyDocument, options))
      push({ ...c, start: snippetStart, end: offset });
  };
  if (emptyDocument && snippetsWanted) snippets();
  const atLineStart = typed.length === 0 || PARTIAL_MARKER.test(typed);
  if (atLineStart) {
    // A paragraph of a run-in series on its own line (`一是……。` / `二是……`) continues first.
    const series = typed.length === 0 ? seriesOnPreviousLine(model, li) : undefined;
    if (series) push({ ...series, start: offset, end: offset, isSnippet: false });
    for (const m of markerSuggestions(model, typedStart, options.profile ?? 'common')) {
      // A marker typed in full is not offered again: Enter must start a new line, not accept it.
      if (!m.label.startsWith(typed) || m.label === typed) continue;
      push({ label: m.label, kind: 'marker', insertText: m.label, isSnippet: false, start: typedStart, end: offset, detail: m.detail });
    }
  } else {
    const e = nextEnumeration(text, line.start, offset);
    if (e) push({ ...e, isSnippet: false });
  }
  if (!emptyDocument && snippetsWanted) snippets();
  return out;
}

interface MarkerSuggestion {
  readonly label: string;
  readonly detail: Message;
}

/** Next marker at the level of the heading before `at`, one level deeper, then each level up. */
export function markerSuggestions(model: DocumentModel, at: number, profile: Profile): MarkerSuggestion[] {
  const prev = headingBefore(model, at);
  const style = dominantStyles(model);
  if (!prev) {
    // No heading yet: the document's first top-level marker.
    const family: MarkerFamily = model.headings[0]?.family ?? 'cn';
    return [{ label: formatMarker(family, style(family, profile), 1), detail: { key: 'completion.firstHeading' } }];
  }
  const out: MarkerSuggestion[] = [];
  const seen = new Set<string>();
  const add = (label: string, detail: Message) => {
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, detail });
  };
  add(formatMarker(prev.family, prev.variant, prev.value + 1), { key: 'completion.sameLevel', args: [prev.marker] });
  const child = childFamily(model, prev);
  if (child) {
    // A labelled level (`行动1：`) is written with the label of the headings at that depth, not the family's commonest.
    const variant = child === 'labelled' ? labelledVariantAt(model, prev) : style(child, profile);
    if (variant !== undefined)
      add(formatMarker(child, variant, firstChildValue(model, prev, child)), { key: 'completion.deeper', args: [prev.marker] });
  }
  for (let a = prev.parent; a; a = a.parent)
    add(formatMarker(a.family, a.variant, a.value + 1), { key: 'completion.shallower', args: [a.marker] });
  return out;
}

/** The variant of the labelled headings one level below `h` in its context (`行动#：` under 一、), if any. */
function labelledVariantAt(model: DocumentModel, h: Heading): MarkerVariant | undefined {
  return model.headings.find(
    (x) => x.family === 'labelled' && x.context === h.context && x.depth === h.depth + 1 && x.parent?.family === h.family,
  )?.variant;
}

/** The family used one level below `h`: what the document uses at that depth, else GB/T's next. */
function childFamily(model: DocumentModel, h: Heading): MarkerFamily | undefined {
  const used = new Set<MarkerFamily>();
  for (let a: Heading | undefined = h; a; a = a.parent) used.add(a.family);
  const counts = new Map<MarkerFamily, number>();
  for (const x of model.headings) {
    if (x.context !== h.context || x.depth !== h.depth + 1 || used.has(x.family)) continue;
    if (x.parent && x.parent.family !== h.family) continue;
    counts.set(x.family, (counts.get(x.family) ?? 0) + 1);
  }
  let best: MarkerFamily | undefined;
  for (const [f, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = f;
  if (best) return best;
  const order: MarkerFamily[] = ['chapter', 'section', 'article', 'cn-formal', 'cn', 'cn-paren', 'ar', 'ar-paren', 'circled'];
  return order.find((f) => FAMILY_RANK[f] > FAMILY_RANK[h.family] && !used.has(f) && f !== 'article' && f !== 'section');
}

/** 1, or the running count where the document numbers this level straight through (seed 004). */
function firstChildValue(model: DocumentModel, parent: Heading, family: MarkerFamily): number {
  const { mode } = siblingLists(model);
  let last = 0;
  let sample: Heading | undefined;
  for (const x of model.headings) {
    if (x.start >= parent.start) break;
    if (x.context === parent.context && x.family === family && x.depth === parent.depth + 1) {
      sample = x;
      last = Math.max(last, x.value);
    }
  }
  return sample && mode.get(kindKey(sample)) === 'continue' ? last + 1 : 1;
}

/** The variant a family is mostly written in, or the profile's choice for a family not yet used. */
function dominantStyles(model: DocumentModel): (family: MarkerFamily, profile: Profile) => MarkerVariant {
  const counts = new Map<MarkerFamily, Map<string, number>>();
  for (const h of model.headings) {
    const v = correctedVariant(h.family, h.variant);
    const m = counts.get(h.family) ?? new Map<string, number>();
    m.set(v, (m.get(v) ?? 0) + 1);
    counts.set(h.family, m);
  }
  return (family, profile) => {
    if (profile === 'gbt') return standardVariant(family);
    const m = counts.get(family);
    if (!m) return standardVariant(family);
    let best = '';
    let n = -1;
    for (const [v, k] of m) if (k > n) [best, n] = [v, k];
    return best;
  };
}

interface EnumerationSuggestion {
  readonly label: string;
  readonly kind: 'enumeration';
  readonly insertText: string;
  readonly start: number;
  readonly end: number;
  readonly detail: Message;
}

/** Writes the run-in marker after `last` (`一是` → `二是`, `第一，` → `第二，`, `其一，` → `其二，`). */
function nextMarkerText(m: RegExpExecArray): { label: string; value: number } | undefined {
  if (m[1]) {
    const value = parseChineseNumeral(m[1]) + 1;
    return { label: toChineseNumeral(value) + m[2], value };
  }
  if (m[3]) {
    const value = parseChineseNumeral(m[3]) + 1;
    return { label: `第${toChineseNumeral(value)}，`, value };
  }
  if (m[5]) {
    const value = parseChineseNumeral(m[5]) + 1;
    return { label: `其${toChineseNumeral(value)}，`, value };
  }
  return undefined;
}

/**
 * Inside a paragraph after `一是……；`: the next item of the series, replacing a numeral already
 * typed after the clause end (`；二` → `二是`).
 */
function nextEnumeration(text: string, lineStart: number, offset: number): EnumerationSuggestion | undefined {
  const before = text.slice(lineStart, offset);
  // What was typed after the last clause end (must be a prefix of the suggestion).
  const boundary = Math.max(...['；', ';', '。', '！', '？', ' ', '\u3000'].map((c) => before.lastIndexOf(c)));
  if (boundary < 0) return undefined;
  const partial = before.slice(boundary + 1);
  if (partial.length > 3) return undefined;
  ENUM_RE.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  let m: RegExpExecArray | null;
  const head = before.slice(0, boundary + 1);
  while ((m = ENUM_RE.exec(head))) last = m;
  if (!last) return undefined;
  const next = nextMarkerText(last);
  if (!next || !next.label.startsWith(partial) || next.label === partial) return undefined;
  // A `第一，` series goes on after a full stop or semicolon, never after the comma of its own marker.
  if (last.index + last[0].length > boundary) return undefined;
  return {
    label: next.label,
    kind: 'enumeration',
    insertText: next.label,
    start: offset - partial.length,
    end: offset,
    detail: { key: 'completion.nextEnumeration', args: [last[0]] },
  };
}

/** `一是……。` alone on the line above (not a heading line): its series continues on this line. */
function seriesOnPreviousLine(model: DocumentModel, li: number): EnumerationSuggestion | undefined {
  const { text, lines } = model;
  let k = li - 1;
  while (k >= 0 && text.slice(lines[k].start, lines[k].end).trim() === '') k--;
  if (k < 0) return undefined;
  const content = text.slice(lines[k].start, lines[k].end);
  const lead = LINE_PREFIX.exec(content)?.[0].length ?? 0;
  if (model.headings.some((h) => h.line === k)) return undefined;
  ENUM_RE.lastIndex = 0;
  const m = ENUM_RE.exec(content.slice(lead));
  if (!m || m.index !== 0) return undefined;
  // The last item on that line is the one to follow.
  let last = m;
  let x: RegExpExecArray | null;
  while ((x = ENUM_RE.exec(content.slice(lead)))) last = x;
  const next = nextMarkerText(last);
  if (!next) return undefined;
  const offset = lines[li].end;
  return {
    label: next.label,
    kind: 'enumeration',
    insertText: next.label,
    start: offset,
    end: offset,
    detail: { key: 'completion.nextEnumeration', args: [last[0]] },
  };
}

/** Snippets ranked: those that fit where the cursor is first; templates only in an empty document. */
function rankSnippets(
  model: DocumentModel,
  offset: number,
  snippets: readonly SnippetDef[],
  empty: boolean,
  options: CompleteOptions,
): Array<Omit<CompletionCandidate, 'sortText' | 'preselect' | 'start' | 'end'>> {
  const places: SectionKind[] = empty ? ['document', 'preamble'] : placesAt(model, offset);
  const scored: Array<{ s: SnippetDef; score: number; i: number }> = [];
  snippets.forEach((s, i) => {
    const isTemplate = s.contexts.includes('document');
    if (isTemplate && !empty) return;
    const general = s.contexts.length === 0 || s.contexts.every((c) => c === 'series');
    const rank = general ? places.length : Math.min(...s.contexts.map((c) => (places.includes(c) ? places.indexOf(c) : 100)));
    scored.push({ s, score: rank, i });
  });
  scored.sort((a, b) => a.score - b.score || a.i - b.i);
  const now =
    options.today ??
    (() => {
      const d = new Date();
      return { year: d.getFullYear(), month: d.getMonth() + 1 };
    })();
  const ownYear = options.planYear ?? planYear(model);
  const year = draftingYear(ownYear, now);
  // Without a plan year of its own the document may be for this year or the next: both offered, the likelier first.
  const otherYear = ownYear === undefined && year !== now.year ? now.year : undefined;
  return scored.map(({ s }) => {
    const body = fitBlockHeading(model, offset, withYear(s.body, year, otherYear), places);
    return {
      label: s.prefixes.find((p) => /[\u3400-\u9fff]/.test(p)) ?? s.name,
      kind: s.contexts.includes('document') ? ('template' as const) : ('snippet' as const),
      insertText: body,
      isSnippet: true,
      filterText: [...s.prefixes, s.name].join(' '),
      description: s.description,
      preview: snippetPreview(body, { CURRENT_YEAR: String(year) }),
    };
  });
}

const YEAR_FIELD = /\$\{(\d+):\$\{CURRENT_YEAR\}\}/g;
const YEAR_VARIABLE = /\$\{CURRENT_YEAR\}|\$CURRENT_YEAR(?![A-Za-z0-9_])/g;

/** The body with the drafting year written in; a year field becomes a choice when two years are likely. */
function withYear(body: string, year: number, other: number | undefined): string {
  return body
    .replace(YEAR_FIELD, (_m, n: string) => (other === undefined ? `\${${n}:${year}}` : `\${${n}|${year},${other}|}`))
    .replace(YEAR_VARIABLE, String(year));
}

// A block snippet that opens with its own heading: `${1|四,三,五|}、保障措施` or `（${1|一,二|}）加强组织领导`.
const BLOCK_HEADING = /^(（?)\$\{(\d+)\|([^|]*)\|\}([、）])([^\n。]*)/;

/**
 * A block snippet's opening heading fitted to the document: dropped when the cursor is already
 * in a section of that kind (`bzcs` under `五、保障措施` inserts the clauses only), otherwise the
 * number the document expects next is offered first.
 */
function fitBlockHeading(model: DocumentModel, offset: number, body: string, places: readonly SectionKind[]): string {
  const m = BLOCK_HEADING.exec(body);
  if (!m) return body;
  const [whole, open, field, choices, close, title] = m;
  const topLevel = open === '' && close === '、';
  const kind = sectionKindOfTitle(title);
  if (topLevel && kind && places[0] === kind) return body.slice(whole.length).replace(/^\r?\n/, '');
  const expected = expectedValue(model, offset, topLevel ? 'cn' : 'cn-paren');
  if (expected === undefined) return body;
  const numeral = toChineseNumeral(expected);
  const list = [numeral, ...choices.split(',').filter((c) => c !== numeral)];
  return `${open}\${${field}|${list.join(',')}|}${close}${title}${body.slice(whole.length)}`;
}

/** The value the next heading of `family` would have at `offset`: after its last sibling, or 1 under a new parent. */
function expectedValue(model: DocumentModel, offset: number, family: MarkerFamily): number | undefined {
  const prev = headingBefore(model, offset);
  if (!prev) return family === 'cn' && model.headings.length === 0 ? 1 : undefined;
  for (let h: Heading | undefined = prev; h; h = h.parent) if (h.family === family) return h.value + 1;
  // The section the cursor is in has no heading of this family yet: its first child.
  return family === 'cn-paren' && prev.family === 'cn' ? 1 : undefined;
}

type SnippetFile = Record<string, { prefix?: string | readonly string[]; body?: string | readonly string[]; description?: string }>;

/** Turns a VS Code snippet file (and an optional name → places map) into snippet definitions. */
export function snippetsFromJson(file: unknown, places?: unknown): SnippetDef[] {
  if (!file || typeof file !== 'object') return [];
  const map = places && typeof places === 'object' ? (places as Record<string, unknown>) : {};
  const out: SnippetDef[] = [];
  for (const [name, raw] of Object.entries(file as SnippetFile)) {
    if (!raw || typeof raw !== 'object' || raw.body === undefined) continue;
    const prefixes = raw.prefix === undefined ? [] : typeof raw.prefix === 'string' ? [raw.prefix] : [...raw.prefix];
    const body = typeof raw.body === 'string' ? raw.body : raw.body.join('\n');
    const description = raw.description ?? '';
    const declared = map[name];
    const contexts = Array.isArray(declared) ? declaredPlaces(declared) : guessPlaces(name, prefixes, body, description);
    out.push({ name, prefixes, body, description, contexts });
  }
  return out;
}

const KNOWN_PLACES = new Set<SectionKind>([
  'document',
  'preamble',
  'guiding',
  'goals',
  'tasks',
  'safeguards',
  'attachment',
  'closing',
  'series',
]);
const PLACE_ALIASES: Record<string, SectionKind> = {
  empty: 'document',
  template: 'document',
  emptyDocument: 'document',
  全文: 'document',
  导语: 'preamble',
  intro: 'preamble',
  end: 'closing',
  signature: 'closing',
  落款: 'closing',
  附件: 'attachment',
  一是: 'series',
  any: 'series',
  任意: 'series',
};

/** Places named in a snippet context map: our ids, a few aliases, or section titles (保障措施). */
function declaredPlaces(declared: readonly unknown[]): SectionKind[] {
  const out: SectionKind[] = [];
  for (const d of declared) {
    if (typeof d !== 'string') continue;
    const kind = KNOWN_PLACES.has(d as SectionKind) ? (d as SectionKind) : (PLACE_ALIASES[d] ?? sectionKindOfTitle(d));
    if (kind && !out.includes(kind)) out.push(kind);
  }
  return out;
}

/** Where a snippet fits, from its words, when the snippet file does not say. */
export function guessPlaces(name: string, prefixes: readonly string[], body: string, description: string): SectionKind[] {
  const words = `${name} ${prefixes.join(' ')} ${description}`;
  // Whole-document templates hold a full skeleton: three or more top-level headings.
  if (/模板|template/i.test(words) || (body.match(/(^|\n)[ \t]*[一二三四五六七八九十]+、/g)?.length ?? 0) >= 3) return ['document'];
  if (
    /保障措施|组织领导|责任落实|资金保障|督促检查|宣传引导|safeguard|leadership|supervision|publicity|funding|accountability/i.test(words)
  )
    return ['safeguards'];
  if (/目标|target|goal/i.test(words)) return ['goals'];
  if (/指导思想|总体要求|guiding/i.test(words)) return ['guiding'];
  if (/导语|preamble|intro/i.test(words)) return ['preamble'];
  if (/牵头单位|任务|task/i.test(words)) return ['tasks'];
  if (/附件|attachment/i.test(words)) return ['attachment'];
  if (/联系人|落款|署名|日期|contact|signature|date/i.test(words)) return ['closing'];
  return [];
}
