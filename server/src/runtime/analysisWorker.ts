/**
 * Analysis of large documents off the main thread, so the server keeps answering requests (for
 * other documents, cancellations, the client's pings) while a multi-megabyte plan is analysed.
 * The worker is this same bundle started with `workerData: WORKER_TAG`; the main thread sends
 * `{ id, text, options }` and takes the analysis back in pieces (analysisTransfer.ts), asking for
 * the next piece only after a turn of its event loop, so that no single message blocks it.
 * The worker keeps the last analysis of each document it was sent (`doc`, the document's uri)
 * and analyses the next version from it (services/incremental.ts: the same result, less work).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';
import { analyze, type Analysis } from '../core/services/analyze';
import { reanalyze } from '../core/services/incremental';
import type { AnalysisOptions } from '../core/types';
import { packAnalysis, Unpacker, type Piece } from './analysisTransfer';

export const WORKER_TAG = 'workplan-analysis-worker';

type Request =
  | { id: number; text: string; options: AnalysisOptions; doc?: string }
  | { id: number; next: true }
  | { id: number; cancel: true }
  | { id: number; forget: string };

/** Documents whose last analysis the worker keeps (the most recently analysed). */
const KEPT_DOCUMENTS = 4;
type Reply = { id: number; piece: Piece } | { id: number; error: string };

const transferOf = (piece: Piece) => (piece.kind === 'lines' ? [piece.lines.buffer as ArrayBuffer] : []);

/** The nice value of the analysis thread: below the main thread, which answers completion and the editor's views. */
export const WORKER_NICE = 5;

/**
 * On Linux, lowers this thread's scheduling priority (a thread is a task of its own there, named by
 * /proc/thread-self): when the cores are busy (a 2-core laptop, the editor rendering, a build) the
 * main thread's answers to someone typing go first and the analysis of a superseded version waits.
 * Elsewhere, or when the system refuses, nothing changes.
 */
function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, WORKER_NICE);
  } catch {
    // No /proc, or not allowed: the thread keeps the process's priority.
  }
}

/** Worker side: answers analysis requests until the main thread exits. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  lowerThreadPriority();
  const open = new Map<number, Generator<Piece>>();
  const last = new Map<string, Analysis>();
  const send = (id: number) => {
    const pieces = open.get(id);
    if (!pieces) return;
    const next = pieces.next();
    if (next.done) return;
    if (next.value.kind === 'end') open.delete(id);
    port.postMessage({ id, piece: next.value } satisfies Reply, transferOf(next.value));
  };
  port.on('message', (req: Request) => {
    if ('cancel' in req) {
      open.delete(req.id);
      return;
    }
    if ('next' in req) {
      send(req.id);
      return;
    }
    if ('forget' in req) {
      last.delete(req.forget);
      return;
    }
    try {
      const prev = req.doc === undefined ? undefined : last.get(req.doc);
      const analysis = prev ? reanalyze(prev, req.text, req.options) : analyze(req.text, req.options);
      if (req.doc !== undefined) {
        last.delete(req.doc);
        last.set(req.doc, analysis);
        if (last.size > KEPT_DOCUMENTS) last.delete(last.keys().next().value as string);
      }
      open.set(req.id, packAnalysis(analysis));
      send(req.id);
    } catch (e) {
      port.postMessage({ id: req.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies Reply);
    }
  });
}

interface Pending {
  resolve: (a: Analysis | undefined) => void;
  reject: (e: Error) => void;
  unpacker: Unpacker;
  /** Whether the analysis is still wanted (its version still the document's); when not, its pieces are not taken. */
  wanted?: () => boolean;
}

/**
 * How long the worker may take over one analysis before it is stopped (a 10 MB plan takes well under a second;
 * only a fault in the analysis, an input that makes it loop, takes this long).
 */
export const ANALYSIS_TIME_LIMIT_MS = 60_000;

/** The worker was stopped: an analysis took longer than its time limit. The text is untouched. */
export class AnalysisTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`analysis did not finish within ${limitMs / 1000} s; the analysis thread was stopped`);
    this.name = 'AnalysisTimeout';
  }
}

/**
 * Main side: one worker, started on first use, requests answered in order. While the worker owes an
 * answer, a watchdog runs: when no piece has come for `timeLimitMs`, the worker is stopped, every request
 * waiting on it fails with AnalysisTimeout, and the next request starts a new one.
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly script: string,
    private readonly timeLimitMs = ANALYSIS_TIME_LIMIT_MS,
  ) {}

  /**
   * The analysis of `text`; with `doc`, from the worker's last analysis of that document when it has
   * one. `wanted`: asked before each piece is taken; once it says no (a newer version came while the
   * worker was busy), the rest is not sent and the answer is undefined — unpacking an analysis
   * nobody will read cost the main thread a 5 MB plan's worth of objects per keystroke.
   */
  analyze(text: string, options: AnalysisOptions, doc?: string): Promise<Analysis>;
  analyze(text: string, options: AnalysisOptions, doc: string | undefined, wanted: () => boolean): Promise<Analysis | undefined>;
  analyze(text: string, options: AnalysisOptions, doc?: string, wanted?: () => boolean): Promise<Analysis | undefined> {
    const worker = this.start();
    const id = this.next++;
    // Cross-file texts go along (a structured clone of the map); the worker's own cross-file
    // cache keeps their paragraphs from one analysis to the next, keyed by their versions.
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, unpacker: new Unpacker(text), wanted });
      worker.postMessage({ id, text, options, doc } satisfies Request);
      this.arm();
    });
  }

  /**
   * The watchdog: started when an answer is first owed, restarted only when a piece comes (`progress`), stopped
   * when nothing is owed. (A new request does not restart it: a stuck worker would never be stopped while
   * someone types.)
   */
  private arm(progress = false): void {
    if (this.watchdog && (progress || !this.pending.size)) {
      clearTimeout(this.watchdog);
      this.watchdog = undefined;
    }
    if (this.watchdog || !this.pending.size) return;
    this.watchdog = setTimeout(() => this.stopStuck(), this.timeLimitMs);
    this.watchdog.unref();
  }

  /** No piece came within the limit: stop the thread and fail what waits on it. */
  private stopStuck(): void {
    this.watchdog = undefined;
    const worker = this.worker;
    this.worker = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(new AnalysisTimeout(this.timeLimitMs));
    void worker?.terminate();
  }

  /** The document was closed: the worker drops its last analysis. */
  forget(doc: string): void {
    this.worker?.postMessage({ id: 0, forget: doc } satisfies Request);
  }

  /** Starts the thread ahead of the first large document (loading the bundle takes a while). */
  warm(): void {
    this.start();
  }

  dispose(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: WORKER_TAG });
    worker.unref();
    worker.on('message', (msg: Reply) => {
      if (worker !== this.worker) return; // a stopped worker's last words
      // (After this piece is handled, in this turn: the watchdog restarts for what is still owed.)
      queueMicrotask(() => this.arm(true));
      const p = this.pending.get(msg.id);
      if (!p) return;
      if ('error' in msg) {
        this.pending.delete(msg.id);
        p.reject(new Error(msg.error));
        return;
      }
      if (p.wanted && !p.wanted()) {
        this.pending.delete(msg.id);
        if (msg.piece.kind !== 'end') worker.postMessage({ id: msg.id, cancel: true } satisfies Request);
        p.resolve(undefined);
        return;
      }
      try {
        p.unpacker.add(msg.piece);
      } catch (e) {
        this.pending.delete(msg.id);
        worker.postMessage({ id: msg.id, cancel: true } satisfies Request);
        p.reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      if (p.unpacker.done) {
        this.pending.delete(msg.id);
        p.resolve(p.unpacker.analysis());
        return;
      }
      // The next piece after a turn of the event loop: requests waiting on stdin go first.
      setImmediate(() => worker.postMessage({ id: msg.id, next: true } satisfies Request));
    });
    const fail = (e: Error) => {
      if (worker !== this.worker) return; // stopped by the watchdog: its requests have failed already
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined;
      this.arm();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`analysis worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }
}
