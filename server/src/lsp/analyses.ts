/**
 * The analysis cache: one analysis per document version, settings and (when cross-file checks
 * are on) workspace-index revision. Concurrent requests for one version share one analysis;
 * documents over WORKER_THRESHOLD_CHARS are analysed in the worker thread, cross-file check
 * included. Each version is analysed from the previous one's analysis where there is one
 * (services/incremental.ts; here for small documents, in the worker for large ones).
 */
import { analyze, rememberOptions, type Analysis } from '../core/services/analyze';
import { reanalyze } from '../core/services/incremental';
import { settingsKey, toAnalysisOptions } from '../shared/settings';
import { AnalysisTimeout, type AnalysisWorker } from '../runtime/analysisWorker';
import type { DocumentStore } from './documents';
import type { SettingsStore } from './settingsStore';
import type { WorkspaceIndex } from './workspaceIndex';
import type { Analysed } from './scheduler';

/**
 * Documents longer than this (UTF-16 units, about 270 KB of Chinese text) are analysed in a worker
 * thread: their analysis takes tens of ms, and on the main thread every keystroke and completion
 * of someone typing waited behind it.
 */
export const WORKER_THRESHOLD_CHARS = 100_000;

interface CacheEntry {
  readonly version: number;
  readonly key: string;
  readonly analysis: Analysis;
  /** The analysis read the workspace index (cross-file checks on). */
  readonly usedIndex: boolean;
}

/**
 * The text as one sequential string. After an incremental edit TextDocument holds the text as a
 * concatenation (before + typed + after), and every charCodeAt on it goes through V8's cons-string
 * path: the analysis's character loops ran ~1.7× slower on it. A UTF-16 round trip through a
 * Buffer copies it into a flat string (~1 ms per MB; the analysis gains several). Texts under
 * 4,096 units are left as they are.
 */
export function sequential(text: string): string {
  return text.length < 4096 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

export class Analyses {
  private readonly cache = new Map<string, CacheEntry>();
  /** Analyses in flight in the worker, so concurrent requests for one version share one. */
  private readonly inFlight = new Map<string, Promise<Analysis | undefined>>();
  /** Analyses of open documents made (not cache hits), by what asked for them (`workplan/serverStatus`). */
  readonly made = new Map<string, number>();
  /** The version of each document whose analysis the worker's time limit stopped (AnalysisTimeout). */
  private readonly stopped = new Map<string, number>();

  constructor(
    private readonly documents: DocumentStore,
    private readonly settings: SettingsStore,
    private readonly index: WorkspaceIndex,
    private readonly worker: AnalysisWorker | undefined,
  ) {}

  /** The analysis of the document's current version, or undefined when it is not open or not admitted. */
  async analysisFor(uri: string): Promise<Analysis | undefined> {
    return (await this.analyse(uri))?.analysis;
  }

  /** The same with the version analysed (the current one once the settings are known); `cause` is counted in `made`. */
  async analyse(uri: string, cause = 'other'): Promise<Analysed | undefined> {
    if (!this.documents.get(uri)) return undefined;
    const settings = await this.settings.settingsFor(uri);
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const usedIndex = settings.crossFile.enabled;
    const key = usedIndex ? `${settingsKey(settings)}|index ${this.index.revision}` : settingsKey(settings);
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return { version: doc.version, analysis: hit.analysis };
    if (this.documents.refusal(uri)) return { version: doc.version, analysis: undefined };
    const text = doc.getText();
    const version = doc.version;
    const base = toAnalysisOptions(settings);
    const options = usedIndex ? { ...base, otherDocuments: this.index.othersThan(uri) } : base;
    if (this.worker && text.length > WORKER_THRESHOLD_CHARS) {
      // Large: off the main thread, so requests for other documents keep being answered.
      const flightKey = `${uri}|${version}|${key}`;
      let p = this.inFlight.get(flightKey);
      if (!p) {
        this.count(cause);
        // Not taken from the worker once a newer version is open: nobody would read it.
        const wanted = () => this.documents.get(uri)?.version === version;
        p = this.worker.analyze(text, options, uri, wanted).finally(() => this.inFlight.delete(flightKey));
        this.inFlight.set(flightKey, p);
      }
      let done: Analysis | undefined;
      try {
        done = await p;
      } catch (e) {
        // The worker was stopped (an analysis that would not finish): this version gets none, and says so once.
        if (!(e instanceof AnalysisTimeout)) throw e;
        this.stopped.set(uri, version);
        return { version, analysis: undefined };
      }
      if (!done) return undefined;
      const analysis = rememberOptions(done, options);
      if (this.documents.get(uri)?.version === version) this.cache.set(uri, { version, key, analysis, usedIndex });
      return { version, analysis };
    }
    // The previous version's analysis, when it was made here with the same settings: the next one from it.
    const flat = sequential(text);
    this.count(cause);
    const analysis = hit && hit.key === key ? reanalyze(hit.analysis, flat, options) : analyze(flat, options);
    this.cache.set(uri, { version, key, analysis, usedIndex });
    return { version, analysis };
  }

  /** The analysis of a text that is not an open document, with the settings of `uri` (not cached). */
  async analyseText(uri: string, text: string): Promise<Analysis> {
    const settings = await this.settings.settingsFor(uri);
    if (!this.documents.get(uri)) this.settings.forget(uri);
    const base = toAnalysisOptions(settings);
    const options = settings.crossFile.enabled ? { ...base, otherDocuments: this.index.othersThan(uri) } : base;
    if (this.worker && text.length > WORKER_THRESHOLD_CHARS) return rememberOptions(await this.worker.analyze(text, options), options);
    return analyze(sequential(text), options);
  }

  /** Whether the analysis of this version of the document was stopped at the worker's time limit. */
  timedOut(uri: string, version: number): boolean {
    return this.stopped.get(uri) === version;
  }

  /** Open documents whose last analysis read the workspace index (to re-validate when it changes). */
  indexReaders(): string[] {
    return [...this.cache].filter(([, e]) => e.usedIndex).map(([uri]) => uri);
  }

  private count(cause: string): void {
    this.made.set(cause, (this.made.get(cause) ?? 0) + 1);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.stopped.delete(uri);
    this.worker?.forget(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
