/**
 * The server: document bookkeeping, settings, validation (when analyses run: scheduler.ts), and the host
 * (host.ts) through which every feature (features/) registers its handlers.
 */
import {
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
import { analyze, type Analysis } from '../core/services/analyze';
import { formatMessage, localeFrom, type Locale } from '../core/messages';
import { looksBinary } from '../core/text/detect';
import { DEFAULT_SETTINGS, mergeSettings, parseConfigFile, toAnalysisOptions, type WorkplanSettings } from '../shared/settings';
import { Notifications } from '../shared/protocol';
import { toDiagnostics } from './features/diagnostics';
import { WorkspaceIndex } from './workspaceIndex';
import { AnalysisWorker } from '../runtime/analysisWorker';
import { registerFeatures } from './features/index';
import { AnalysisScheduler, type Analysed } from './scheduler';
import type { FeatureHost } from './host';

/** Documents larger than this are not analysed at all (a notice says so). */
export const MAX_DOCUMENT_CHARS = 12 * 1024 * 1024;
/** At most this many diagnostics are published per document. */
export const MAX_DIAGNOSTICS = 1000;

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
 * Without cross-file texts to hand over, from this length: an analysis of 100,000+ characters
 * takes tens of ms, and on the main thread every keystroke and completion waited behind it.
 */
export const WORKER_THRESHOLD_NO_CROSS_FILE = 100_000;

/**
 * Starts the server on `connection`. `workerScript` is the bundle to start as the analysis worker
 * for large documents (undefined: analyse everything on the main thread).
 */
export function startServer(connection: Connection, workerScript?: string): void {
  const documents = new Map<string, TextDocument>();
  const settingsCache = new Map<string, Promise<WorkplanSettings>>();
  let locale: Locale = 'en';
  let hasConfiguration = false;
  let workspaceFolders: string[] = [];
  const index = new WorkspaceIndex();
  const worker = workerScript ? new AnalysisWorker(workerScript) : undefined;
  const refreshSupport = { semanticTokens: false, inlayHints: false };

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

  /** Analyses the current version (read after the settings, so it is the newest); the scheduler decides when. */
  const analyse = async (uri: string): Promise<Analysed | undefined> => {
    if (!documents.has(uri)) return undefined;
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const text = doc.getText();
    if (text.length > MAX_DOCUMENT_CHARS || looksBinary(text)) return { version, analysis: undefined };
    const options = toAnalysisOptions(settings);
    const others = settings.crossFile.enabled ? index.othersThan(uri) : undefined;
    // Cross-file texts stay on the main thread (the worker does not get them) unless the document is huge.
    if (worker && text.length > (others ? WORKER_THRESHOLD_CHARS : WORKER_THRESHOLD_NO_CROSS_FILE)) {
      // Large: off the main thread, so requests for other documents keep being answered.
      return { version, analysis: await worker.analyze(text, options) };
    }
    return { version, analysis: analyze(sequential(text), others ? { ...options, otherDocuments: others } : options) };
  };

  const scheduler = new AnalysisScheduler({
    document: (uri) => documents.get(uri),
    analyse,
    analysed: (uri, _version, staleServed) => {
      validate(uri)
        .then(() => {
          if (staleServed) refreshViews();
        })
        .catch((e) => connection.console.error(`validate ${uri}: ${e instanceof Error ? e.stack : e}`));
    },
    error: (message) => connection.console.error(message),
    sequential,
  });
  const analysisFor = (uri: string, token?: CancellationToken) => scheduler.current(uri, token);
  /** Semantic tokens and inlay hints answered from an older version: the client asks again. */
  const refreshViews = () => {
    if (refreshSupport.semanticTokens) connection.languages.semanticTokens.refresh();
    if (refreshSupport.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
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

  /** A new version: analysed when the scheduler says (never a superseded one), then validated. */
  const schedule = (uri: string) => scheduler.changed(uri);

  const commandHandlers = new Map<string, (args: unknown[]) => Promise<unknown> | unknown>();
  const host: FeatureHost = {
    locale: () => locale,
    settingsFor,
    analysisFor,
    withAnalysis: <T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>) =>
      analysisFor(uri, token).then((a) => (!a || token.isCancellationRequested ? empty : fn(a))),
    newestAnalysis: (uri, token) => scheduler.newest(uri, token),
    withNewestAnalysis: <T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>) =>
      scheduler.newest(uri, token).then((a) => (!a || token.isCancellationRequested ? empty : fn(a))),
    currentModel: (uri) => scheduler.model(uri),
    document: (uri) => documents.get(uri),
    openDocuments: () => documents,
    index,
    providers: connection,
    onRequest: (method, handler) => void connection.onRequest(method, handler),
    onCommand: (command, handler) => void commandHandlers.set(command, handler),
    applyEdit: (params) => connection.workspace.applyEdit(params),
  };
  connection.onExecuteCommand(async (params) => {
    const handler = commandHandlers.get(params.command);
    return handler ? handler(params.arguments ?? []) : undefined;
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale ?? (params.initializationOptions as { locale?: string } | undefined)?.locale);
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    refreshSupport.semanticTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    refreshSupport.inlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => f.uri)
      .concat(params.rootUri ? [params.rootUri] : [])
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u));
    workspaceFolders = [...new Set(workspaceFolders)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...featureCapabilities,
        executeCommandProvider: { commands: [...commandHandlers.keys()] },
      },
      serverInfo: { name: 'workplan-language-server', version: '0.1.0' },
    };
  });

  const featureCapabilities = registerFeatures(host);

  connection.onInitialized(() => {
    if (hasConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'workplan' }).catch(() => undefined);
    }
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{txt,md,workplan}' }, { globPattern: '**/.workplanrc.json' }],
      })
      .catch(() => undefined);
    worker?.warm();
    // Index the workspace in the background, one file per macrotask.
    index.crawl(workspaceFolders).catch((e) => connection.console.error(`index: ${e}`));
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    scheduler.invalidateAll(documents.keys());
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let config = false;
    for (const c of changes) {
      if (c.uri.endsWith('.workplanrc.json')) config = true;
      else if (!documents.has(c.uri)) index.refreshFile(c.uri);
    }
    if (config) {
      settingsCache.clear();
      scheduler.invalidateAll(documents.keys());
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
    scheduler.closed(t.uri);
    settingsCache.delete(t.uri);
    connection.sendDiagnostics({ uri: t.uri, diagnostics: [] });
    index.refreshFile(t.uri);
  });

  connection.listen();
}


