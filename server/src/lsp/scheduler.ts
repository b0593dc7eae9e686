/**
 * When a document is analysed, and which analysis a request gets. Typing in a large plan sends a
 * version every keystroke, faster than it can be analysed; analysing every version queued them
 * up (requests waited behind all of them, memory grew with the backlog). Here:
 *
 * - at most one analysis per document is in flight; versions that arrive meanwhile only mark the
 *   document dirty, and the next analysis takes the text current when it starts, so a superseded
 *   version is never analysed and nothing queues (neither here nor in the analysis worker);
 * - a large document (QUIET_CHARS) waits for a short quiet period after an edit before its
 *   analysis starts (a keystroke during the analysis would cost a whole extra one before the
 *   last version's diagnostics). Requests do not cut the quiet period short: while someone types,
 *   the editor asks for code actions and highlights at every cursor move, and an analysis forced
 *   by each of them was an analysis of a version the next keystroke supersedes;
 * - `current` is the analysis of the version open now (code actions, formatting, commands): it
 *   waits for the scheduled analysis and gives undefined as soon as that version is superseded,
 *   closed or the request cancelled;
 * - `newest` is the newest analysis there is, of an older version if the document is large and
 *   its current version is not analysed yet (outline, folding, tokens, hover, hints, stats, the
 *   targets and tasks views): the answer comes at once and the client is asked to refresh once
 *   the current version is analysed;
 * - `model` is the parsed model of the current text (completion, highlights, selection ranges:
 *   the structure, not the findings), the analysis's own when it is current, else a parse of the
 *   text (a few ms per MB), one per version.
 */
import type { CancellationToken } from 'vscode-languageserver';
import type { Analysis } from '../core/services/analyze';
import type { DocumentModel } from '../core/model/model';
import { parseDocument } from '../core/model/parse';

/**
 * Documents at least this long (UTF-16 units, about 150 KB of Chinese text) wait for a quiet
 * period after an edit before they are analysed. (It was 500,000, about 1.5 MB: a 1 MB plan
 * was analysed after every keystroke, a dozen analyses in the worker for one version published.)
 */
export const QUIET_CHARS = 50_000;
/** Documents at least this long may be answered from an older version's analysis (those that wait for quiet). */
export const STALE_OK_CHARS = QUIET_CHARS;
/** The quiet period (ms): longer than the pause between keystrokes of someone typing steadily. */
export const QUIET_MS = 150;
/** However fast the edits come, an analysis starts at the latest this long after the first one waiting. */
export const MAX_WAIT_MS = 4000;

export interface Analysed {
  readonly version: number;
  /** Undefined: the version is not analysable (binary, too large) or the document is gone. */
  readonly analysis: Analysis | undefined;
}

export interface SchedulerHost {
  /** The open document's version and text, or undefined when it is not open. */
  document(uri: string): { readonly version: number; getText(): string } | undefined;
  /**
   * Analyses the document's current version (read when the analysis starts); `cause`: what made
   * it due (`didChange`, `didOpen`, `settings`, `index`, or the method of the request that waited for it).
   */
  analyse(uri: string, cause: string): Promise<Analysed | undefined>;
  /**
   * The analysis of `version` is done and it is still the current version; `staleServed`: a
   * request was answered from an older version meanwhile (the client should refresh).
   */
  analysed(uri: string, version: number, staleServed: boolean): void;
  error(message: string): void;
  /** The text as one flat string (parsing an edited text in place is slower). */
  sequential(text: string): string;
}

interface Waiter {
  readonly version: number;
  /** The request waiting (its LSP method), for the analyses counted by cause. */
  readonly cause: string;
  readonly resolve: (a: Analysis | undefined) => void;
}

interface DocState {
  dirty: boolean;
  /** When the oldest edit not yet analysed came (for MAX_WAIT_MS). */
  dirtySince: number;
  /** Why the document became dirty (the first reason since its last analysis started). */
  dirtyCause: string;
  /** An edit is among the reasons it is dirty (the quiet period applies). */
  edited: boolean;
  /** When the last edit came (the quiet period counts from it). */
  lastEdit: number;
  running: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  immediate: ReturnType<typeof setImmediate> | undefined;
  latest: { version: number; generation: number; analysis: Analysis | undefined } | undefined;
  parsed: { version: number; model: DocumentModel } | undefined;
  waiters: Waiter[];
  staleServed: boolean;
}

export class AnalysisScheduler {
  private readonly states = new Map<string, DocState>();
  /** Bumped when settings change: analyses of an older generation are not current any more. */
  private generation = 0;

  constructor(private readonly host: SchedulerHost) {}

  /** A document was opened or changed (or what its analysis reads did): its analysis is due. */
  changed(uri: string, cause = 'didChange'): void {
    const s = this.state(uri);
    if (!s.dirty) {
      s.dirtySince = Date.now();
      s.dirtyCause = cause;
    }
    s.dirty = true;
    if (cause === 'didChange') {
      s.edited = true;
      s.lastEdit = Date.now();
    }
    const version = this.host.document(uri)?.version;
    // Requests for a version that is gone get nothing (the client asks again for the new one).
    this.settle(s, (w) => w.version !== version, undefined);
    this.arm(uri, s, true);
  }

  /** Settings changed: every open document is analysed again. */
  invalidateAll(uris: Iterable<string>): void {
    this.generation++;
    for (const uri of uris) this.changed(uri, 'settings');
  }

  closed(uri: string): void {
    const s = this.states.get(uri);
    if (!s) return;
    this.states.delete(uri);
    this.disarm(s);
    this.settle(s, () => true, undefined);
  }

  /** The analysis of the current version; undefined when it is superseded, closed or cancelled first. */
  current(uri: string, token?: CancellationToken, cause = 'request'): Promise<Analysis | undefined> {
    const doc = this.host.document(uri);
    if (!doc) return Promise.resolve(undefined);
    const s = this.state(uri);
    if (s.latest && s.latest.version === doc.version && s.latest.generation === this.generation && !s.dirty)
      return Promise.resolve(s.latest.analysis);
    if (!s.dirty && !s.running) {
      // Not scheduled (a version never announced): schedule it now, no quiet period.
      s.dirty = true;
      s.dirtySince = Date.now();
      s.dirtyCause = cause;
    }
    // Scheduled already: the request waits for that analysis (after the quiet period, if an edit
    // made it due), and gets nothing if another edit comes first.
    const p = this.wait(s, doc.version, token, cause);
    this.arm(uri, s);
    return p;
  }

  /** The newest analysis there is: of an older version only for a large document (see STALE_OK_CHARS). */
  newest(uri: string, token?: CancellationToken, cause = 'request'): Promise<Analysis | undefined> {
    const doc = this.host.document(uri);
    if (!doc) return Promise.resolve(undefined);
    const s = this.state(uri);
    const l = s.latest;
    if (
      l?.analysis &&
      (l.version !== doc.version || s.dirty || l.generation !== this.generation) &&
      doc.getText().length >= STALE_OK_CHARS
    ) {
      s.staleServed = true;
      return Promise.resolve(l.analysis);
    }
    return this.current(uri, token, cause);
  }

  /**
   * The model of the current text, without waiting for its analysis; `cheap`: only if it costs
   * nothing, undefined where a large document would have to be parsed for it (highlights, asked
   * at every cursor move: a parse of 5 MB per keystroke put completion seconds behind).
   */
  model(uri: string, cheap = false): DocumentModel | undefined {
    const doc = this.host.document(uri);
    if (!doc) return undefined;
    const s = this.state(uri);
    if (s.latest?.analysis && s.latest.version === doc.version && !s.dirty) return s.latest.analysis.model;
    if (cheap && s.parsed?.version !== doc.version && doc.getText().length >= QUIET_CHARS) return undefined;
    if (s.parsed?.version !== doc.version) s.parsed = { version: doc.version, model: parseDocument(this.host.sequential(doc.getText())) };
    return s.parsed.model;
  }

  private state(uri: string): DocState {
    let s = this.states.get(uri);
    if (!s) {
      s = {
        dirty: false,
        dirtySince: 0,
        dirtyCause: '',
        edited: false,
        lastEdit: 0,
        running: false,
        timer: undefined,
        immediate: undefined,
        latest: undefined,
        parsed: undefined,
        waiters: [],
        staleServed: false,
      };
      this.states.set(uri, s);
    }
    return s;
  }

  private wait(s: DocState, version: number, token: CancellationToken | undefined, cause: string): Promise<Analysis | undefined> {
    return new Promise((resolve) => {
      const w: Waiter = { version, cause, resolve };
      s.waiters.push(w);
      token?.onCancellationRequested(() => this.settle(s, (x) => x === w, undefined));
    });
  }

  private settle(s: DocState, which: (w: Waiter) => boolean, analysis: Analysis | undefined): void {
    const keep: Waiter[] = [];
    const done: Waiter[] = [];
    for (const w of s.waiters) (which(w) ? done : keep).push(w);
    s.waiters = keep;
    for (const w of done) w.resolve(analysis);
  }

  private disarm(s: DocState): void {
    if (s.timer) clearTimeout(s.timer);
    if (s.immediate) clearImmediate(s.immediate);
    s.timer = s.immediate = undefined;
  }

  /**
   * Starts the analysis when it is due: after this turn of the event loop (a burst of messages
   * read together coalesces), or, when an edit of a large document made it due, after the quiet
   * period, whoever waits for it; `edit`: this call is for an edit, which starts the quiet period
   * again (a request does not: the editor's requests at every cursor move would put it off).
   */
  private arm(uri: string, s: DocState, edit = false): void {
    if (s.running || !s.dirty) return;
    const length = this.host.document(uri)?.getText().length ?? 0;
    // An opened document is analysed at once (and so on settings or index changes): the quiet period is for edits.
    const quiet = s.edited && length >= QUIET_CHARS && !!s.latest;
    if (!quiet) {
      if (s.timer) {
        clearTimeout(s.timer);
        s.timer = undefined;
      }
      s.immediate ??= setImmediate(() => this.start(uri, s));
      return;
    }
    if (s.immediate || (s.timer && !edit)) return;
    if (s.timer) clearTimeout(s.timer);
    const now = Date.now();
    const delay = Math.max(0, Math.min(s.lastEdit + QUIET_MS, s.dirtySince + MAX_WAIT_MS) - now);
    s.timer = setTimeout(() => this.start(uri, s), delay);
  }

  private start(uri: string, s: DocState): void {
    s.timer = s.immediate = undefined;
    if (s.running || !s.dirty || this.states.get(uri) !== s) return;
    s.dirty = false;
    s.edited = false;
    s.running = true;
    const cause = s.dirtyCause;
    const generation = this.generation;
    const done = (r: Analysed | undefined) => {
      s.running = false;
      if (this.states.get(uri) !== s) return;
      const version = this.host.document(uri)?.version;
      if (r) {
        if (generation === this.generation) s.latest = { version: r.version, generation, analysis: r.analysis };
        else s.dirty = true;
        if (s.parsed && s.parsed.version <= r.version) s.parsed = undefined;
      }
      const fresh = !!r && r.version === version && generation === this.generation;
      if (fresh) {
        this.settle(s, (w) => w.version === r.version, r.analysis);
        const stale = s.staleServed;
        s.staleServed = false;
        this.host.analysed(uri, r.version, stale);
      } else if (!s.dirty) {
        // Nothing newer is coming (the document is not analysable): nobody waits for nothing.
        this.settle(s, () => true, r?.analysis);
      }
      this.arm(uri, s);
    };
    this.host.analyse(uri, cause).then(done, (e) => {
      this.host.error(`analysis of ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      done(undefined);
    });
  }
}
