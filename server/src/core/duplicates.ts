/**
 * Repeated passages inside one document, found by hashing normalised paragraphs (exact copies)
 * and sampled character shingles (near copies), then coalescing neighbouring repeated lines into
 * one passage. Linear in the text: every line is hashed once, no pairwise comparison.
 */
import type { DocumentModel } from './model';
import { isBoilerplate, MIN_PARAGRAPH_CJK, paragraphTable, type ParagraphTable } from './paragraphs';
import { classifyChrome, LineChrome } from './paste';

/** A repeated passage: lines `[firstLine, lastLine]` repeat lines `[copyFirst, copyLast]`. */
export interface RepeatedPassage {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly copyFirst: number;
  readonly copyLast: number;
  /** Repeated paragraphs in the passage (short repeated lines such as a title included). */
  readonly paragraphs: number;
  /** True when some paragraph differs slightly from its first copy. */
  readonly near: boolean;
}

interface DuplicateInfo {
  readonly table: ParagraphTable;
  /** Per line: the line it repeats, or -1. */
  readonly firstCopy: Int32Array;
  /** Per line: 1 when it is a long (counting) paragraph, 2 when its copy is only similar. */
  readonly strength: Uint8Array;
  readonly passages: readonly RepeatedPassage[];
}

const SHINGLE = 8;
/** Keep a shingle when its hash is 0 modulo this (content-defined sampling); short paragraphs keep all. */
const SAMPLE = 4;
const SAMPLE_FROM = 80;
/** Share of sampled shingles two paragraphs must have in common to be near copies. */
const NEAR = 0.75;
/** How far (in lines) a short repeated line's first copy may sit from the passage's first copy. */
const ALIGN = 3;

const cache = new WeakMap<DocumentModel, DuplicateInfo>();

/** Shingle hash → first paragraph holding it: open addressing over typed arrays (a Map was the hot spot). */
class ShingleOwners {
  private keys: Int32Array;
  private values: Int32Array;
  private size = 0;
  /** 32 − log2(capacity): the slot is the top bits of a multiplicative hash (the low bits cluster). */
  private shift: number;

  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2 && bits < 30) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  get(hash: number): number {
    const k = hash || 1;
    const mask = this.keys.length - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const here = this.keys[i];
      if (here === k) return this.values[i];
      if (here === 0) return -1;
    }
  }

  /** Records `owner` unless the hash already has one. */
  add(hash: number, owner: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const k = hash || 1;
    const mask = this.keys.length - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const here = this.keys[i];
      if (here === k) return;
      if (here === 0) {
        this.keys[i] = k;
        this.values[i] = owner;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.add(keys[i], values[i]);
  }
}

/** Sampled shingle hashes of a normalised key (polynomial rolling hash over UTF-16 units). */
export function sampledShingles(key: string): number[] {
  const out: number[] = [];
  if (key.length < SHINGLE) return out;
  const sample = key.length < SAMPLE_FROM ? 1 : SAMPLE;
  const B = 0x01000193;
  let pow = 1;
  for (let i = 0; i < SHINGLE - 1; i++) pow = Math.imul(pow, B);
  let h = 0;
  for (let i = 0; i < key.length; i++) {
    if (i >= SHINGLE) h = (h - Math.imul(key.charCodeAt(i - SHINGLE), pow)) | 0;
    h = (Math.imul(h, B) + key.charCodeAt(i)) | 0;
    if (i >= SHINGLE - 1) {
      const mixed = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
      // 30 bits: small integers stay unboxed (31-bit Smis), full int32 hashes were boxed and slow.
      if (((mixed ^ (mixed >>> 12)) >>> 0) % sample === 0) out.push(mixed & 0x3fffffff);
    }
  }
  return out;
}

/** The repeated lines and passages of a document (computed once per model). */
export function duplicateInfo(model: DocumentModel): DuplicateInfo {
  const hit = cache.get(model);
  if (hit) return hit;
  const { text, lines } = model;
  const n = lines.length;
  const table = paragraphTable(text, lines);
  const firstCopy = new Int32Array(n).fill(-1);
  const strength = new Uint8Array(n);
  const seen = new Map<string, number>();
  let expected = 0;
  for (let i = 0; i < n; i++) if (table.cjk[i] >= MIN_PARAGRAPH_CJK) expected += table.keys[i].length < SAMPLE_FROM ? table.keys[i].length : table.keys[i].length / SAMPLE;
  const owner = new ShingleOwners(expected);
  const shingleCount = new Uint32Array(n);
  const votes = new Uint32Array(n);
  const voteStamp = new Int32Array(n);
  const chrome = classifyChrome(text, lines);
  for (let i = 0; i < n; i++) {
    const key = table.keys[i];
    // Web chrome repeats by nature (分享 at the top and the bottom); paste-artifact reports it.
    if (!key || chrome[i] !== LineChrome.None) continue;
    const counts = table.cjk[i] >= MIN_PARAGRAPH_CJK && !isBoilerplate(text, lines[i]);
    const prev = seen.get(key);
    if (prev !== undefined) {
      firstCopy[i] = prev;
      if (counts) strength[i] = 1;
      continue;
    }
    seen.set(key, i);
    if (!counts) continue;
    const shingles = sampledShingles(key);
    shingleCount[i] = shingles.length;
    if (shingles.length < 4) continue;
    // Vote for the earlier paragraph sharing most sampled shingles.
    let best = -1;
    let bestVotes = 0;
    for (const h of shingles) {
      const o = owner.get(h);
      if (o < 0) continue;
      // Votes per earlier paragraph, reset lazily by stamping them with this paragraph.
      if (voteStamp[o] !== i + 1) {
        voteStamp[o] = i + 1;
        votes[o] = 0;
      }
      const v = ++votes[o];
      if (v > bestVotes) {
        bestVotes = v;
        best = o;
      }
    }
    if (best >= 0 && bestVotes >= NEAR * Math.max(shingles.length, shingleCount[best])) {
      firstCopy[i] = best;
      strength[i] = 2;
      continue;
    }
    for (const h of shingles) owner.add(h, i);
  }
  const passages = coalesce(model, table, chrome, firstCopy, strength);
  const info = { table, firstCopy, strength, passages };
  cache.set(model, info);
  return info;
}

/**
 * Neighbouring repeated lines form one passage, with blank lines and web metadata lines between
 * or before them (`2006-01-10 19:18 文章来源：…` ahead of a pasted copy). A passage counts when it
 * holds at least one long repeated paragraph.
 */
function coalesce(model: DocumentModel, table: ParagraphTable, chrome: Uint8Array, firstCopy: Int32Array, strength: Uint8Array): RepeatedPassage[] {
  const n = model.lines.length;
  const blank = (i: number) => table.keys[i] === '' && chrome[i] === LineChrome.None;
  const out: RepeatedPassage[] = [];
  let i = 0;
  while (i < n) {
    if (firstCopy[i] < 0 && chrome[i] !== LineChrome.Meta) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (firstCopy[j] >= 0 || chrome[j] === LineChrome.Meta || blank(j))) j++;
    // Lines i..j-1. The long repeated paragraphs anchor the passage; short repeated lines (a
    // title) join it only when their first copy sits next to the anchors' first copies, and
    // metadata lines only ahead of the passage (they belong to what follows them).
    let fs = -1;
    let ls = -1;
    let sf = Infinity;
    let sl = -1;
    for (let k = i; k < j; k++) {
      if (!strength[k]) continue;
      if (fs < 0) fs = k;
      ls = k;
      sf = Math.min(sf, firstCopy[k]);
      sl = Math.max(sl, firstCopy[k]);
    }
    if (fs >= 0) {
      const aligned = (k: number) => firstCopy[k] >= sf - ALIGN && firstCopy[k] <= sl + ALIGN;
      let first = fs;
      let metaStart = -1;
      for (let k = fs - 1; k >= i; k--) {
        if (firstCopy[k] >= 0) {
          if (!aligned(k)) break;
          first = k;
          metaStart = -1;
        } else if (chrome[k] === LineChrome.Meta) metaStart = k;
      }
      if (metaStart >= 0 && metaStart < first) first = metaStart;
      let last = ls;
      for (let k = ls + 1; k < j; k++) {
        if (firstCopy[k] < 0) continue;
        if (!aligned(k)) break;
        last = k;
      }
      let near = false;
      let paragraphs = 0;
      let copyFirst = Infinity;
      let copyLast = -1;
      for (let k = first; k <= last; k++) {
        if (firstCopy[k] < 0) continue;
        paragraphs++;
        if (strength[k] === 2) near = true;
        copyFirst = Math.min(copyFirst, firstCopy[k]);
        copyLast = Math.max(copyLast, firstCopy[k]);
      }
      // The first copy lies before the passage (a safety net: first copies are never repeats).
      if (copyLast < first) out.push({ firstLine: first, lastLine: last, copyFirst, copyLast, paragraphs, near });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
