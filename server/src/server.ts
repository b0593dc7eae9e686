/**
 * The server: capabilities, document bookkeeping, and handlers that each find the document,
 * return empty when it is missing, and delegate to a feature with the analysis.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { analyze, rememberOptions, type Analysis } from './core/analyze';
import { formatMessage, localeFrom, type Locale } from './core/messages';
import { looksBinary } from './core/detect';
import { countCharacters } from './core/stats';
import { DEFAULT_SETTINGS, mergeSettings, parseConfigFile, settingsKey, toAnalysisOptions, type WorkplanSettings } from './settings';
import { Notifications, Requests, type ServerStatus, type UriParams } from './protocol';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selection';
import { documentHighlights } from './features/highlights';
import { toDiagnostics } from './features/diagnostics';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { WorkspaceIndex } from './features/workspaceIndex';
import { AnalysisWorker } from './analysisWorker';
import { registerExtensions } from './features/extensions';

/** Documents larger than this are not analysed at all (a notice says so). */
export const MAX_DOCUMENT_CHARS = 12 * 1024 * 1024;
/** At most this many diagnostics are published per document. */
export const MAX_DIAGNOSTICS = 1000;

interface CacheEntry {
  version: number;
  key: string;
  analysis: Analysis;
}

/** Everything a feature handler may need, passed to `registerExtensions`. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: Map<string, TextDocument>;
  locale(): Locale;
  settingsFor(uri: string): Promise<WorkplanSettings>;
  /** The analysis of the document's current version, or undefined when it is not analysable. */
  analysisFor(uri: string): Promise<Analysis | undefined>;
  /** Other work-plan documents of the workspace (for cross-file checks and compare). */
  readonly index: WorkspaceIndex;
  /**
   * Registers a `workspace/executeCommand` handler (the connection takes only one handler, so
   * every feature goes through this). The command is announced in the capabilities.
   */
  onCommand(command: string, handler: (args: unknown[]) => Promise<unknown> | unknown): void;
}

/**
 * The text as one sequential string. After an incremental edit TextDocument holds the text as a
 * concatenation (before + typed + after), and every charCodeAt on it goes through V8's cons-string
 * path: the analysis's character loops ran ~1.7× slower on it. A UTF-16 round trip through a
 * Buffer copies it into a flat string (~1 ms per MB; the analysis gains several). Texts under
 * 4,096 units are left as they are.
 */
function sequential(text: string): string {
  return text.length < 4096 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Documents longer than this (UTF-16 units, about 1.5 MB of Chinese text) are analysed in a worker thread. */
export const WORKER_THRESHOLD_CHARS = 500_000;

/**
 * Starts the server on `connection`. `workerScript` is the bundle to start as the analysis worker
 * for large documents (undefined: analyse everything on the main thread).
 */
export function startServer(connection: Connection, workerScript?: string): void {
  const documents = new Map<string, TextDocument>();
  const cache = new Map<string, CacheEntry>();
  const settingsCache = new Map<string, Promise<WorkplanSettings>>();
  const pending = new Map<string, ReturnType<typeof setImmediate>>();
  let locale: Locale = 'en';
  let hasConfiguration = false;
  let workspaceFolders: string[] = [];
  const index = new WorkspaceIndex();
  const worker = workerScript ? new AnalysisWorker(workerScript) : undefined;
  /** Analyses in flight, so concurrent requests for one version share one analysis. */
  const inFlight = new Map<string, Promise<Analysis>>();

  const readConfigFile = (uri: string): unknown => {
    if (!uri.startsWith('file:')) return undefined;
    let dir = path.dirname(fileURLToPath(uri));
    for (let i = 0; i < 20; i++) {
      const candidate = path.join(dir, '.workplanrc.json');
      try {
        return parseConfigFile(fs.readFileSync(candidate, 'utf8'));
      } catch {
        // not here; go up until a workspace folder or the root
      }
      if (workspaceFolders.includes(dir)) break;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return undefined;
  };

  const settingsFor = (uri: string): Promise<WorkplanSettings> => {
    let p = settingsCache.get(uri);
    if (!p) {
      p = (async () => {
        let s = mergeSettings(DEFAULT_SETTINGS, readConfigFile(uri));
        if (hasConfiguration) {
          try {
            s = mergeSettings(s, await connection.workspace.getConfiguration({ scopeUri: uri, section: 'workplan' }));
          } catch {
            // a client that fails the request keeps the defaults
          }
        }
        return s;
      })();
      settingsCache.set(uri, p);
    }
    return p;
  };

  const analysisFor = async (uri: string): Promise<Analysis | undefined> => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await settingsFor(uri);
    const key = settingsKey(settings);
    const hit = cache.get(uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
    const text = doc.getText();
    if (text.length > MAX_DOCUMENT_CHARS || looksBinary(text)) return undefined;
    const options = toAnalysisOptions(settings);
    const version = doc.version;
    if (worker && text.length > WORKER_THRESHOLD_CHARS) {
      // Large: off the main thread, so requests for other documents keep being answered.
      const flightKey = `${uri}|${version}|${key}`;
      let p = inFlight.get(flightKey);
      if (!p) {
        p = worker.analyze(text, options).finally(() => inFlight.delete(flightKey));
        inFlight.set(flightKey, p);
      }
      const analysis = rememberOptions(await p, options);
      if (documents.get(uri)?.version === version) cache.set(uri, { version, key, analysis });
      return analysis;
    }
    const others = settings.crossFile.enabled ? index.othersThan(uri) : undefined;
    const analysis = analyze(sequential(text), others ? { ...options, otherDocuments: others } : options);
    cache.set(uri, { version, key, analysis });
    return analysis;
  };

  const notice = (uri: string, message: string) => connection.sendNotification(Notifications.notice, { uri, message });

  const validate = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    if (looksBinary(text)) {
      notice(uri, formatMessage(locale, 'server.binaryDocument'));
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    if (text.length > MAX_DOCUMENT_CHARS) {
      notice(uri, formatMessage(locale, 'server.tooLarge', [`${Math.round(MAX_DOCUMENT_CHARS / 1048576)} MB`]));
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const analysis = await analysisFor(uri);
    // A newer version arrived while the settings were fetched: its own validation will publish.
    if (!analysis || documents.get(uri)?.version !== version) return;
    let findings = analysis.findings;
    if (findings.length > MAX_DIAGNOSTICS) {
      notice(uri, formatMessage(locale, 'server.largeDocument', [`${(text.length / 1048576).toFixed(1)} MB`, MAX_DIAGNOSTICS]));
      findings = findings.slice(0, MAX_DIAGNOSTICS);
    }
    connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(analysis.model, findings, locale, uri) });
    connection.sendNotification(Notifications.targetsChanged, { uri });
  };

  /** Coalesces bursts of changes: only the last version of a burst is analysed. */
  const schedule = (uri: string) => {
    const old = pending.get(uri);
    if (old) clearImmediate(old);
    pending.set(
      uri,
      setImmediate(() => {
        pending.delete(uri);
        validate(uri).catch((e) => connection.console.error(`validate ${uri}: ${e instanceof Error ? e.stack : e}`));
      }),
    );
  };

  const commandHandlers = new Map<string, (args: unknown[]) => Promise<unknown> | unknown>();
  const ctx: ServerContext = {
    connection,
    documents,
    locale: () => locale,
    settingsFor,
    analysisFor,
    index,
    onCommand: (command, handler) => void commandHandlers.set(command, handler),
  };
  connection.onExecuteCommand(async (params) => {
    const handler = commandHandlers.get(params.command);
    return handler ? handler(params.arguments ?? []) : undefined;
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale ?? (params.initializationOptions as { locale?: string } | undefined)?.locale);
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => f.uri)
      .concat(params.rootUri ? [params.rootUri] : [])
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u));
    workspaceFolders = [...new Set(workspaceFolders)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Workplan' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        documentHighlightProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...extensionCapabilities,
        executeCommandProvider: { commands: [...commandHandlers.keys()] },
      },
      serverInfo: { name: 'workplan-language-server', version: '0.1.0' },
    };
  });

  const extensionCapabilities = registerExtensions(ctx);

  connection.onInitialized(() => {
    if (hasConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'workplan' }).catch(() => undefined);
    }
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{txt,md,workplan}' }, { globPattern: '**/.workplanrc.json' }],
      })
      .catch(() => undefined);
    // Index the workspace in the background, one file per macrotask.
    index.crawl(workspaceFolders).catch((e) => connection.console.error(`index: ${e}`));
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    cache.clear();
    for (const uri of documents.keys()) schedule(uri);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let config = false;
    for (const c of changes) {
      if (c.uri.endsWith('.workplanrc.json')) config = true;
      else if (!documents.has(c.uri)) index.refreshFile(c.uri);
    }
    if (config) {
      settingsCache.clear();
      cache.clear();
      for (const uri of documents.keys()) schedule(uri);
    }
  });

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    documents.set(t.uri, TextDocument.create(t.uri, t.languageId, t.version, t.text));
    schedule(t.uri);
  });
  connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
    const doc = documents.get(t.uri);
    if (!doc) return;
    documents.set(t.uri, TextDocument.update(doc, contentChanges, t.version));
    schedule(t.uri);
  });
  connection.onDidCloseTextDocument(({ textDocument: t }) => {
    documents.delete(t.uri);
    cache.delete(t.uri);
    settingsCache.delete(t.uri);
    const p = pending.get(t.uri);
    if (p) clearImmediate(p);
    pending.delete(t.uri);
    connection.sendDiagnostics({ uri: t.uri, diagnostics: [] });
    index.refreshFile(t.uri);
  });

  // ------------------------------------------------------------------ handlers
  const withAnalysis = <T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>) =>
    analysisFor(uri).then((a) => (!a || token.isCancellationRequested ? empty : fn(a)));

  connection.onDocumentSymbol((p, token) =>
    withAnalysis(p.textDocument.uri, token, [], async (a) => documentSymbols(a.model, (await settingsFor(p.textDocument.uri)).outline.showEnumerations)),
  );
  connection.onFoldingRanges((p, token) => withAnalysis(p.textDocument.uri, token, [], (a) => foldingRanges(a.model)));
  connection.onSelectionRanges((p, token) => withAnalysis(p.textDocument.uri, token, [], (a) => selectionRanges(a.model, p.positions)));
  connection.onDocumentHighlight((p, token) => withAnalysis(p.textDocument.uri, token, [], (a) => documentHighlights(a.model, p.position)));
  connection.onCodeAction((p, token) =>
    withAnalysis(p.textDocument.uri, token, [], (a) => codeActions(a, p.textDocument.uri, p.range, p.context.only, locale)),
  );
  connection.onWorkspaceSymbol((p, token) => index.symbols(p.query, documents, token));

  connection.onRequest(Requests.processId, () => ({ pid: process.pid }));

  // Event-loop monitoring starts with the first status request (a timer the server does not need otherwise).
  let loopDelay: IntervalHistogram | undefined;
  connection.onRequest(Requests.serverStatus, (p: { reset?: boolean } | undefined): ServerStatus => {
    if (!loopDelay) {
      loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
    }
    const ms = (ns: number) => +(ns / 1e6).toFixed(1);
    const status: ServerStatus = {
      pid: process.pid,
      eventLoop: { maxMs: ms(loopDelay.max), p99Ms: ms(loopDelay.percentile(99)), meanMs: ms(loopDelay.mean || 0) },
      heapUsedMB: +(process.memoryUsage().heapUsed / 1048576).toFixed(1),
    };
    if (p?.reset) loopDelay.reset();
    return status;
  });

  connection.onRequest(Requests.stats, async (p: UriParams) => {
    const doc = documents.get(p.uri);
    const a = await analysisFor(p.uri);
    return { characters: doc ? countCharacters(doc.getText()) : 0, findings: a?.findings.length ?? 0 };
  });

  connection.listen();
}


