/**
 * Repeated passages inside one document, found by hashing normalised paragraphs (exact copies)
 * and sampled character shingles (near copies), then coalescing neighbouring repeated lines into
 * one passage. Linear in the text: every line is hashed once, no pairwise comparison.
 */
import { lineAt, type DocumentModel } from '../model/model';
import { keyLength, paragraphTable, sameKey, sameKeyAcross, spliceParagraphTable, type ParagraphTable } from '../model/paragraphs';
import { classifyChrome, LineChrome } from './paste';
import { isUnitLabel, isUnitList, tableRowsOf } from './tasks';

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

/**
 * What the vote read and decided, per line, kept so that the next version of the text (an edit
 * inside one line) recomputes only the lines whose outcome can change (duplicatesAfterEdit).
 */
interface VoteState {
  readonly chrome: Uint8Array;
  /** Per line: the first line with its key (itself when it is the first), -1 for a blank or chrome line. */
  readonly exactFirst: Int32Array;
  /** Line i's sampled shingles are `shingles[shingleAt[i], shingleAt[i + 1])`: the lines that voted (counting, first of their key). */
  readonly shingleAt: Uint32Array;
  readonly shingles: Int32Array;
  /** Per line: 1 when its shingles went into the owner table (it voted, had 4 or more, and was no near copy). */
  readonly added: Uint8Array;
  /** Which voting lines hold each shingle, built at the first edit and handed on to the next version. */
  index?: ShingleIndex;
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
const states = new WeakMap<DuplicateInfo, VoteState>();
/** A model whose previous version and edit are known (services/incremental.ts), until its facts are computed. */
const pending = new WeakMap<DocumentModel, { before: DocumentModel; change: TextChange }>();

/** One shingle in this many is kept for a key of `length` characters. */
function sampleEvery(length: number): number {
  return length < SAMPLE_FROM ? 1 : length < SPARSE_FROM ? SAMPLE : 2 * SAMPLE;
}

/**
 * Shingle hash → first paragraph holding it: open addressing over one typed array, key and value
 * side by side so a probe touches one cache line (a Map was the hot spot, then two arrays).
 */
class ShingleOwners {
  /** Slot k: key at 2k (0 = empty), owner at 2k + 1 (-1: the key was released and has no owner). */
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

  /**
   * The owner paragraph `i` finds for `hash` (-1: none before it), recording `i` as its owner when
   * there was none: one probe for the lookup and the insertion (each probe of a new shingle is a
   * cache miss in a table of a megabyte).
   */
  claim(hash: number, i: number): number {
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    const k = hash || 1;
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let s = Math.imul(k, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const here = slots[2 * s];
      if (here === k) {
        const o = slots[2 * s + 1];
        if (o >= 0) return o === i ? -1 : o;
        slots[2 * s + 1] = i;
        return -1;
      }
      if (here === 0) {
        slots[2 * s] = k;
        slots[2 * s + 1] = i;
        this.size++;
        return -1;
      }
    }
  }

  /** Takes back paragraph `i`'s claim of `hash` (a near copy records none of its shingles). */
  release(hash: number, i: number): void {
    const k = hash || 1;
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let s = Math.imul(k, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const here = slots[2 * s];
      if (here === 0) return;
      if (here === k) {
        if (slots[2 * s + 1] === i) slots[2 * s + 1] = -1;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      const k = old[j];
      if (k === 0) continue;
      let s = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (slots[2 * s] !== 0) s = (s + 1) & mask;
      slots[2 * s] = k;
      slots[2 * s + 1] = old[j + 1];
    }
  }
}

/**
 * Shingle hash → the voting lines that hold it, in line order: linked lists of occurrences in
 * typed arrays, with a head per hash (open addressing). Built from a version's shingles at its
 * first edit, then updated for the lines an edit changes.
 */
class ShingleIndex {
  private keys: Int32Array;
  private heads: Int32Array;
  private size = 0;
  private shift: number;
  private line = new Int32Array(1024);
  private next = new Int32Array(1024);
  private used = 0;

  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2 && bits < 29) bits++;
    this.keys = new Int32Array(1 << bits);
    this.heads = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
  }

  static of(state: VoteState): ShingleIndex {
    const { shingleAt, shingles } = state;
    const n = shingleAt.length - 1;
    // Room for every shingle without growing, so that the slots stay where `tails` has them.
    const index = new ShingleIndex(2 * shingleAt[n]);
    const tails = new Int32Array(index.keys.length);
    for (let i = 0; i < n; i++)
      for (let k = shingleAt[i]; k < shingleAt[i + 1]; k++) {
        const s = index.slot(shingles[k]);
        if (index.heads[s] < 0) index.heads[s] = tails[s] = index.occurrence(i, -1);
        else if (index.line[tails[s]] !== i) tails[s] = index.next[tails[s]] = index.occurrence(i, -1);
      }
    return index;
  }

  /** The first occurrence (line(o), then next(o)) of `hash`, or -1. */
  first(hash: number): number {
    const s = this.find(hash);
    return s < 0 ? -1 : this.heads[s];
  }

  lineOf(o: number): number {
    return this.line[o];
  }

  nextOf(o: number): number {
    return this.next[o];
  }

  /** Records that line `i` holds `hash` (once, in line order). */
  insert(hash: number, i: number): void {
    const s = this.slot(hash);
    let prev = -1;
    let o = this.heads[s];
    while (o >= 0 && this.line[o] < i) {
      prev = o;
      o = this.next[o];
    }
    if (o >= 0 && this.line[o] === i) return;
    const fresh = this.occurrence(i, o);
    if (prev < 0) this.heads[s] = fresh;
    else this.next[prev] = fresh;
  }

  /** Line `i` no longer holds `hash`. */
  remove(hash: number, i: number): void {
    const s = this.find(hash);
    if (s < 0) return;
    let prev = -1;
    let o = this.heads[s];
    while (o >= 0 && this.line[o] < i) {
      prev = o;
      o = this.next[o];
    }
    if (o < 0 || this.line[o] !== i) return;
    if (prev < 0) this.heads[s] = this.next[o];
    else this.next[prev] = this.next[o];
  }

  private occurrence(i: number, next: number): number {
    if (this.used === this.line.length) {
      const line = new Int32Array(this.used * 2);
      line.set(this.line);
      this.line = line;
      const nx = new Int32Array(this.used * 2);
      nx.set(this.next);
      this.next = nx;
    }
    this.line[this.used] = i;
    this.next[this.used] = next;
    return this.used++;
  }

  private find(hash: number): number {
    const k = hash + 1;
    const { keys } = this;
    const mask = keys.length - 1;
    for (let s = Math.imul(k, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      if (keys[s] === k) return s;
      if (keys[s] === 0) return -1;
    }
  }

  private slot(hash: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const k = hash + 1;
    const { keys } = this;
    const mask = keys.length - 1;
    for (let s = Math.imul(k, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      if (keys[s] === k) return s;
      if (keys[s] === 0) {
        keys[s] = k;
        this.size++;
        return s;
      }
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k === 0) continue;
      let s = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (this.keys[s] !== 0) s = (s + 1) & mask;
      this.keys[s] = k;
      this.heads[s] = oldHeads[j];
    }
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
 * written to `out` from `at` (which has room for the key's length); returns the end. The first
 * window is hashed before the loop, so that the loop over the rest of the line has no branch but
 * the sampling test (30 % faster than one loop that tested where it was in the line at every unit).
 */
function sampledShingles(table: ParagraphTable, i: number, out: Int32Array, at: number): number {
  const { chars } = table;
  const from = table.offset[i];
  const to = table.offset[i + 1];
  const length = to - from;
  if (length < SHINGLE) return at;
  let w = at;
  const keep = sampleEvery(length) - 1;
  // The first window.
  let h = 0;
  for (let k = from; k < from + SHINGLE; k++) h = (Math.imul(h, BASE) + chars[k]) | 0;
  let mixed = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  // 30 bits (as when they were kept in an array of small integers).
  if (((mixed ^ (mixed >>> 12)) & keep) === 0) out[w++] = mixed & 0x3fffffff;
  // Each next window: the unit SHINGLE places back leaves, unit k comes in.
  for (let k = from + SHINGLE; k < to; k++) {
    h = (Math.imul((h - Math.imul(chars[k - SHINGLE], OUTGOING)) | 0, BASE) + chars[k]) | 0;
    mixed = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    if (((mixed ^ (mixed >>> 12)) & keep) === 0) out[w++] = mixed & 0x3fffffff;
  }
  return w;
}

/** The repeated lines and passages of a document (computed once per model). */
export function duplicateInfo(model: DocumentModel): DuplicateInfo {
  const hit = cache.get(model);
  if (hit) return hit;
  const link = pending.get(model);
  pending.delete(model);
  const info = (link && duplicatesAfterEdit(link.before, model, link.change)) || computeDuplicates(model);
  cache.set(model, info);
  return info;
}

/**
 * Tells the duplicate facts that `model` is the previous version `before` edited by `change`
 * (services/incremental.ts): when an edit inside one line leaves the line count as it was, the
 * facts are then the previous version's with the lines whose outcome can change recomputed.
 */
export function linkDuplicates(before: DocumentModel, model: DocumentModel, change: TextChange): void {
  if (!cache.has(model) && cache.has(before)) pending.set(model, { before, change });
}

function computeDuplicates(model: DocumentModel): DuplicateInfo {
  const { text, lines } = model;
  const n = lines.length;
  const table = paragraphTable(text, lines);
  const firstCopy = new Int32Array(n).fill(-1);
  const strength = new Uint8Array(n);
  const exactFirst = new Int32Array(n).fill(-1);
  const added = new Uint8Array(n);
  const shingleAt = new Uint32Array(n + 1);
  const firstLines = new FirstLines(table, n);
  let expected = 0;
  for (let i = 0; i < n; i++) {
    const length = keyLength(table, i);
    if (table.counts[i]) expected += length / sampleEvery(length);
  }
  const owner = new ShingleOwners(expected);
  let shingles = new Int32Array(Math.max(64, Math.ceil(expected * 1.25)));
  const votes = new Uint32Array(n);
  const voteStamp = new Int32Array(n);
  const chrome = classifyChrome(text, lines);
  let w = 0;
  for (let i = 0; i < n; i++) {
    shingleAt[i] = w;
    // Web chrome repeats by nature (分享 at the top and the bottom); paste-artifact reports it.
    if (keyLength(table, i) === 0 || chrome[i] !== LineChrome.None) continue;
    const counts = table.counts[i] === 1;
    const prev = firstLines.firstOf(i);
    exactFirst[i] = prev;
    if (prev !== i) {
      firstCopy[i] = prev;
      if (counts) strength[i] = 1;
      continue;
    }
    if (!counts) continue;
    if (w + keyLength(table, i) > shingles.length) {
      const grown = new Int32Array(Math.max(2 * shingles.length, w + keyLength(table, i)));
      grown.set(shingles.subarray(0, w));
      shingles = grown;
    }
    const from = w;
    w = sampledShingles(table, i, shingles, w);
    const count = w - from;
    if (count < 4) continue;
    // Vote for the earlier paragraph sharing most sampled shingles, claiming the shingles no
    // earlier paragraph holds on the way. A near copy shares at least NEAR of this paragraph's
    // shingles: once more than the rest are unseen, none can be (most paragraphs are new: their
    // votes stop after a quarter of the shingles, their claims go on).
    let best = -1;
    let bestVotes = 0;
    const needed = NEAR * count;
    let unseen = 0;
    let voting = true;
    for (let k = from; k < w; k++) {
      const o = owner.claim(shingles[k], i);
      if (!voting) continue;
      if (o < 0) {
        if (count - ++unseen < needed) voting = false;
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
    if (best >= 0 && bestVotes >= NEAR * Math.max(count, shingleAt[best + 1] - shingleAt[best])) {
      firstCopy[i] = best;
      strength[i] = 2;
      // A near copy holds none of its shingles first.
      for (let k = from; k < w; k++) owner.release(shingles[k], i);
      continue;
    }
    added[i] = 1;
  }
  shingleAt[n] = w;
  const passages = coalesce(model, table, chrome, firstCopy, strength);
  const info = { table, firstCopy, strength, passages };
  states.set(info, { chrome, exactFirst, shingleAt, shingles: shingles.subarray(0, w), added });
  return info;
}
/** An edit: `[start, oldEnd)` of the previous text became `[start, newEnd)` (services/incremental.ts TextChange). */
interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Lines recomputed at most after an edit; past that the facts are computed in full. */
const MAX_REVOTES = 2000;

/**
 * The duplicate facts of `model` from those of `before`, when `change` lies inside one line and
 * the line count is the same: that line's key is computed again, the first line of its old and
 * new key found again, and the vote re-run only for the lines whose outcome can change — the
 * lines whose own key, chrome class or first copy changed, and, after a line whose shingles in
 * the owner table changed (it was or now is no near copy, or holds other shingles), the later
 * voting lines holding one of those shingles, in line order. A line's outcome depends on its own
 * key and on the first owner of each of its shingles among the earlier lines, so the other
 * lines' outcomes are those of the previous version. Undefined when that does not hold (then the
 * caller computes in full).
 */
function duplicatesAfterEdit(before: DocumentModel, model: DocumentModel, change: TextChange): DuplicateInfo | undefined {
  const old = cache.get(before);
  const os = old && states.get(old);
  if (!old || !os) return undefined;
  const { text, lines } = model;
  const n = lines.length;
  if (before.lines.length !== n) return undefined;
  const edited = lineAt(before.lines, change.start);
  const o = before.lines[edited];
  const d = change.newEnd - change.oldEnd;
  if (change.oldEnd > o.end || lines[edited].start !== o.start || lines[edited].end !== o.end + d) return undefined;
  const chrome = classifyChrome(text, lines);
  const table = spliceParagraphTable(old.table, edited, paragraphTable(text, lines, edited, edited + 1), text.length);
  const skipped = (t: ParagraphTable, c: Uint8Array, i: number) => keyLength(t, i) === 0 || c[i] !== LineChrome.None;
  // The lines whose own entry changed: the edited one, and those whose chrome class changed.
  const changed = [edited];
  for (let i = 0; i < n; i++)
    if (i !== edited && os.chrome[i] !== chrome[i] && skipped(old.table, os.chrome, i) !== skipped(table, chrome, i)) {
      changed.push(i);
      if (changed.length > 16) return undefined;
    }
  // First lines of the changed lines' keys, old and new.
  const exactFirst = os.exactFirst.slice();
  for (const i of changed) exactFirst[i] = -1;
  for (const i of changed)
    for (const [t, c] of [
      [old.table, os.chrome],
      [table, chrome],
    ] as const) {
      if (skipped(t, c, i)) continue;
      let first = -1;
      for (let j = 0; j < n; j++) {
        if (!sameKeyAcross(t, i, table, j) || skipped(table, chrome, j)) continue;
        if (first < 0) first = j;
        exactFirst[j] = first;
      }
    }
  // The lines to vote again, and the voting lines' shingles (computed for those that now vote).
  const redo: number[] = [];
  for (let i = 0; i < n; i++) if (exactFirst[i] !== os.exactFirst[i]) redo.push(i);
  if (!redo.includes(edited)) redo.push(edited);
  for (const i of changed) if (!redo.includes(i)) redo.push(i);
  if (redo.length > MAX_REVOTES) return undefined;
  redo.sort((a, b) => a - b);
  const fresh = new Map<number, Int32Array>();
  let total = os.shingleAt[n];
  for (const i of redo) {
    let s = new Int32Array(0);
    if (exactFirst[i] === i && table.counts[i]) {
      s = new Int32Array(keyLength(table, i));
      s = s.subarray(0, sampledShingles(table, i, s, 0));
    }
    fresh.set(i, s);
    total += s.length - (os.shingleAt[i + 1] - os.shingleAt[i]);
  }
  const shingleAt = new Uint32Array(n + 1);
  const shingles = new Int32Array(total);
  {
    let w = 0;
    let from = 0;
    for (const i of redo) {
      // Lines from..i-1 as they were, then line i's new shingles.
      const a = os.shingleAt[from];
      const b = os.shingleAt[i];
      shingles.set(os.shingles.subarray(a, b), w);
      for (let j = from; j < i; j++) shingleAt[j] = os.shingleAt[j] - a + w;
      w += b - a;
      shingleAt[i] = w;
      const s = fresh.get(i)!;
      shingles.set(s, w);
      w += s.length;
      from = i + 1;
    }
    const a = os.shingleAt[from];
    shingles.set(os.shingles.subarray(a, os.shingleAt[n]), w);
    for (let j = from; j <= n; j++) shingleAt[j] = os.shingleAt[j] - a + w;
  }
  // The index of shingles, taken from the previous version (or built), made this version's.
  const index = os.index ?? ShingleIndex.of(os);
  os.index = undefined;
  for (const i of redo) {
    for (let k = os.shingleAt[i]; k < os.shingleAt[i + 1]; k++) index.remove(os.shingles[k], i);
    for (let k = shingleAt[i]; k < shingleAt[i + 1]; k++) index.insert(shingles[k], i);
  }
  const firstCopy = old.firstCopy.slice();
  const strength = old.strength.slice();
  const added = os.added.slice();
  // The first voting line before `j` that added `hash` to the owner table (lines before j are final).
  const ownerAt = (hash: number, j: number) => {
    for (let x = index.first(hash); x >= 0; x = index.nextOf(x)) {
      const i = index.lineOf(x);
      if (i >= j) return -1;
      if (added[i]) return i;
    }
    return -1;
  };
  const queue = new MinQueue();
  for (const i of redo) queue.push(i);
  const votes = new Map<number, number>();
  let done = 0;
  for (let j = queue.pop(), last = -1; j >= 0; j = queue.pop()) {
    if (j === last) continue;
    last = j;
    if (++done > MAX_REVOTES) {
      // The index now holds this version's shingles: keep it for nobody.
      return undefined;
    }
    let fc = -1;
    let st = 0;
    let ad = 0;
    const from = shingleAt[j];
    const count = shingleAt[j + 1] - from;
    if (!skipped(table, chrome, j)) {
      if (exactFirst[j] !== j) {
        fc = exactFirst[j];
        if (table.counts[j]) st = 1;
      } else if (table.counts[j] && count >= 4) {
        // The vote of computeDuplicates, with the owners looked up.
        votes.clear();
        let best = -1;
        let bestVotes = 0;
        const needed = NEAR * count;
        let unseen = 0;
        for (let k = from; k < from + count; k++) {
          const ow = ownerAt(shingles[k], j);
          if (ow < 0) {
            if (count - ++unseen < needed) break;
            continue;
          }
          const v = (votes.get(ow) ?? 0) + 1;
          votes.set(ow, v);
          if (v > bestVotes) {
            bestVotes = v;
            best = ow;
          }
        }
        if (best >= 0 && bestVotes >= NEAR * Math.max(count, shingleAt[best + 1] - shingleAt[best])) {
          fc = best;
          st = 2;
        } else ad = 1;
      }
    }
    firstCopy[j] = fc;
    strength[j] = st;
    // What the owner table holds changed: the later voting lines holding the shingles concerned vote again.
    const oldFrom = os.shingleAt[j];
    const oldCount = os.shingleAt[j + 1] - oldFrom;
    const same = os.added[j] === ad && (!ad || sameRun(os.shingles, oldFrom, oldCount, shingles, from, count));
    added[j] = ad;
    if (same) continue;
    const revote = (hash: number) => {
      for (let x = index.first(hash); x >= 0; x = index.nextOf(x)) if (index.lineOf(x) > j) queue.push(index.lineOf(x));
    };
    if (os.added[j]) for (let k = oldFrom; k < oldFrom + oldCount; k++) revote(os.shingles[k]);
    if (ad) for (let k = from; k < from + count; k++) revote(shingles[k]);
  }
  const passages = coalesce(model, table, chrome, firstCopy, strength);
  const info = { table, firstCopy, strength, passages };
  states.set(info, { chrome, exactFirst, shingleAt, shingles, added, index });
  return info;
}

function sameRun(a: Int32Array, af: number, an: number, b: Int32Array, bf: number, bn: number): boolean {
  if (an !== bn) return false;
  for (let k = 0; k < an; k++) if (a[af + k] !== b[bf + k]) return false;
  return true;
}

/** A binary min-heap of line numbers. */
class MinQueue {
  private readonly items: number[] = [];

  push(x: number): void {
    const h = this.items;
    let i = h.length;
    h.push(x);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p] <= x) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = x;
  }

  /** The least, or -1 when empty. */
  pop(): number {
    const h = this.items;
    if (!h.length) return -1;
    const top = h[0];
    const x = h.pop()!;
    if (h.length) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= h.length) break;
        if (c + 1 < h.length && h[c + 1] < h[c]) c++;
        if (h[c] >= x) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = x;
    }
    return top;
  }
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
  // The rows of the flattened tables, read when a passage is found.
  let rows: readonly number[] | undefined;
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
      // The first copy lies before the passage (a safety net: first copies are never repeats). Cells of one row of a
      // table flattened one cell per line repeat one another by design (the same plan in its three year cells, form 310).
      // Nor is a list of units repeated (the 责任部门 cells of neighbouring rows naming the same offices, form 416).
      if (
        copyLast < first &&
        !inOneRow(model, (rows ??= tableRowsOf(model)), copyFirst, last) &&
        !onlyUnitLists(model, firstCopy, first, last) &&
        !(first === last && copyFirst === copyLast && pageTitle(model, copyFirst, first))
      )
        out.push({ firstLine: first, lastLine: last, copyFirst, copyLast, paragraphs, near });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A Markdown heading line: `# X` (up to six #, closing #s dropped). */
const RE_ATX = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?$/;

/**
 * Whether lines `a < b` are one title shown twice by a conversion (twenty-fifth blind set, 623:16/18, form 447): a
 * heading `# X` and the same X as a plain line right before or after it (blank lines between only), as a converter
 * writes the page's title above the page's own first line. Not two headings, not two plain lines, not text between.
 */
function pageTitle(model: DocumentModel, a: number, b: number): boolean {
  const { text, lines } = model;
  const lineText = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
  for (let k = a + 1; k < b; k++) if (lineText(k) !== '') return false;
  const x = RE_ATX.exec(lineText(a));
  const y = RE_ATX.exec(lineText(b));
  if (!x === !y) return false;
  return x ? x[1].trim() === lineText(b) : y![1].trim() === lineText(a);
}

/**
 * Whether every repeated line of `first..last`, and its first copy, is only a list of units (form 416), or a label paragraph
 * naming units only (`主要协作单位:…` after each item of a division of tasks, form 582).
 */
function onlyUnitLists(model: DocumentModel, firstCopy: Int32Array, first: number, last: number): boolean {
  const { text, lines } = model;
  const units = (i: number) => isUnitList(text, lines[i].start, lines[i].end) || isUnitLabel(text, lines[i].start, lines[i].end);
  for (let k = first; k <= last; k++) if (firstCopy[k] >= 0 && !(units(k) && units(firstCopy[k]))) return false;
  return true;
}

/** Whether lines `first..last` lie inside one row of a flattened table (`rows`: [start, end) pairs, ascending). */
function inOneRow(model: DocumentModel, rows: readonly number[], first: number, last: number): boolean {
  const start = model.lines[first].start;
  const end = model.lines[last].end;
  // The last row starting at or before `start`.
  let lo = 0;
  let hi = rows.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[2 * mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && rows[2 * (lo - 1) + 1] >= end;
}
