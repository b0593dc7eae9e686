/**
 * Repeated passages inside one document, found by hashing normalised paragraphs (exact copies)
 * and sampled character shingles (near copies), then coalescing neighbouring repeated lines into
 * one passage. Linear in the text: every line is hashed once, no pairwise comparison.
 */
import type { DocumentModel } from '../model/model';
import { keyLength, paragraphTable, sameKey, type ParagraphTable } from '../model/paragraphs';
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
/** Keep a shingle when its hash is 0 modulo this, a power of two (content-defined sampling); short paragraphs keep all. */
const SAMPLE = 8;
const SAMPLE_FROM = 80;
/** Paragraphs this long keep one shingle in sixteen: still 25 or more, and half the table probes. */
const SPARSE_FROM = 400;
/** Share of sampled shingles two paragraphs must have in common to be near copies. */
const NEAR = 0.75;
/** How far (in lines) a short repeated line's first copy may sit from the passage's first copy. */
const ALIGN = 3;

const cache = new WeakMap<DocumentModel, DuplicateInfo>();

/** One shingle in this many is kept for a key of `length` characters. */
function sampleEvery(length: number): number {
  return length < SAMPLE_FROM ? 1 : length < SPARSE_FROM ? SAMPLE : 2 * SAMPLE;
}

/**
 * Shingle hash → first paragraph holding it: open addressing over one typed array, key and value
 * side by side so a probe touches one cache line (a Map was the hot spot, then two arrays).
 */
class ShingleOwners {
  /** Slot k: key at 2k (0 = empty), owner at 2k + 1. */
  private slots: Int32Array;
  private size = 0;
  /** 32 − log2(capacity): the slot is the top bits of a multiplicative hash (the low bits cluster). */
  private shift: number;

  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2 && bits < 29) bits++;
    this.slots = new Int32Array(2 << bits);
    this.shift = 32 - bits;
  }

  get(hash: number): number {
    const k = hash || 1;
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const here = slots[2 * i];
      if (here === k) return slots[2 * i + 1];
      if (here === 0) return -1;
    }
  }

  /** Records `owner` unless the hash already has one. */
  add(hash: number, owner: number): void {
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    const k = hash || 1;
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const here = slots[2 * i];
      if (here === k) return;
      if (here === 0) {
        slots[2 * i] = k;
        slots[2 * i + 1] = owner;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.add(old[i], old[i + 1]);
  }
}

/** Hash of a line's normalised key → the first line with that key: open addressing over typed arrays. */
class FirstLines {
  private readonly slots: Int32Array;
  private readonly shift: number;

  constructor(
    private readonly table: ParagraphTable,
    lines: number,
  ) {
    let bits = 6;
    while (1 << bits < lines * 2 && bits < 30) bits++;
    this.slots = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
  }

  /** The first line with line i's key, or i itself when it is the first (it is then recorded). */
  firstOf(i: number): number {
    const { slots, table } = this;
    const mask = slots.length - 1;
    for (let k = Math.imul(table.hash1[i], 0x9e3779b1) >>> this.shift; ; k = (k + 1) & mask) {
      const here = slots[k];
      if (here < 0) {
        slots[k] = i;
        return i;
      }
      if (sameKey(table, here, i)) return here;
    }
  }
}

/** The rolling hash's base, and its power SHINGLE − 1 (the weight of the unit leaving the window). */
const BASE = 0x01000193;
const OUTGOING = (() => {
  let pow = 1;
  for (let k = 0; k < SHINGLE - 1; k++) pow = Math.imul(pow, BASE);
  return pow;
})();

/**
 * Sampled shingle hashes of line i's normalised key (polynomial rolling hash over UTF-16 units),
 * written to `out` (cleared first). The first window is hashed before the loop, so that the loop
 * over the rest of the line has no branch but the sampling test (30 % faster than one loop that
 * tested where it was in the line at every unit).
 */
function sampledShingles(table: ParagraphTable, i: number, out: number[]): number[] {
  out.length = 0;
  const { chars } = table;
  const from = table.offset[i];
  const to = table.offset[i + 1];
  const length = to - from;
  if (length < SHINGLE) return out;
  const keep = sampleEvery(length) - 1;
  // The first window.
  let h = 0;
  for (let k = from; k < from + SHINGLE; k++) h = (Math.imul(h, BASE) + chars[k]) | 0;
  let mixed = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  // 30 bits: small integers stay unboxed (31-bit Smis), full int32 hashes were boxed and slow.
  if (((mixed ^ (mixed >>> 12)) & keep) === 0) out.push(mixed & 0x3fffffff);
  // Each next window: the unit SHINGLE places back leaves, unit k comes in.
  for (let k = from + SHINGLE; k < to; k++) {
    h = (Math.imul((h - Math.imul(chars[k - SHINGLE], OUTGOING)) | 0, BASE) + chars[k]) | 0;
    mixed = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    if (((mixed ^ (mixed >>> 12)) & keep) === 0) out.push(mixed & 0x3fffffff);
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
  const firstLines = new FirstLines(table, n);
  let expected = 0;
  for (let i = 0; i < n; i++) {
    const length = keyLength(table, i);
    if (table.counts[i]) expected += length / sampleEvery(length);
  }
  const owner = new ShingleOwners(expected);
  const shingleCount = new Uint32Array(n);
  const votes = new Uint32Array(n);
  const voteStamp = new Int32Array(n);
  const chrome = classifyChrome(text, lines);
  const shingles: number[] = [];
  for (let i = 0; i < n; i++) {
    // Web chrome repeats by nature (分享 at the top and the bottom); paste-artifact reports it.
    if (keyLength(table, i) === 0 || chrome[i] !== LineChrome.None) continue;
    const counts = table.counts[i] === 1;
    const prev = firstLines.firstOf(i);
    if (prev !== i) {
      firstCopy[i] = prev;
      if (counts) strength[i] = 1;
      continue;
    }
    if (!counts) continue;
    sampledShingles(table, i, shingles);
    shingleCount[i] = shingles.length;
    if (shingles.length < 4) continue;
    // Vote for the earlier paragraph sharing most sampled shingles. A near copy shares at least
    // NEAR of this paragraph's shingles: once more than the rest are unseen, none can be (most
    // paragraphs are new: their lookups stop after a quarter of the shingles).
    let best = -1;
    let bestVotes = 0;
    const needed = NEAR * shingles.length;
    let unseen = 0;
    for (const h of shingles) {
      const o = owner.get(h);
      if (o < 0) {
        if (shingles.length - ++unseen < needed) break;
        continue;
      }
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
function coalesce(
  model: DocumentModel,
  table: ParagraphTable,
  chrome: Uint8Array,
  firstCopy: Int32Array,
  strength: Uint8Array,
): RepeatedPassage[] {
  const n = model.lines.length;
  const blank = (i: number) => keyLength(table, i) === 0 && chrome[i] === LineChrome.None;
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
