/**
 * The server: wires the documents store (documents.ts, with the admission gate), settings
 * (settingsStore.ts), the analysis cache (analyses.ts), the scheduler (scheduler.ts) and the workspace index to the
 * connection, validates and publishes, and gives every feature (features/) the host (host.ts)
 * through which it registers its handlers.
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
import { fileURLToPath } from 'node:url';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Analysis } from '../core/services/analyze';
import { formatMessage, localeFrom, type Locale } from '../core/messages';
import { MAX_DOCUMENT_CHARS, type Refusal } from '../core/text/admission';
import { Notifications, type NoticeParams, type TargetsChangedParams } from '../shared/protocol';
import { diagnosticsOf } from './features/diagnostics';
import { statsOf } from './features/status';
import { WorkspaceIndex } from './workspaceIndex';
import { ANALYSIS_TIME_LIMIT_MS, AnalysisWorker } from '../runtime/analysisWorker';
import { registerFeatures } from './features/index';
import { DocumentStore } from './documents';
import { SettingsStore } from './settingsStore';
import { Analyses, sequential } from './analyses';
import { AnalysisScheduler } from './scheduler';
import { Notices } from './notices';
import { CONFIG_FILE, readDiskPlan } from '../io/files';
import type { FeatureHost, Providers } from './host';

export { MAX_DOCUMENT_CHARS } from '../core/text/admission';
export { WORKER_THRESHOLD_CHARS } from './analyses';
/** At most this many diagnostics are published per document. */
export const MAX_DIAGNOSTICS = 1000;

const mb = (units: number) => `${(units / 1048576).toFixed(1)} MB`;

/**
 * Starts the server on `connection`. `workerScript` is the bundle to start as the analysis worker
 * for large documents (undefined: analyse everything on the main thread).
 */
export function startServer(connection: Connection, workerScript?: string): void {
  let locale: Locale = 'en';
  const documents = new DocumentStore();
  const settings = new SettingsStore(connection);
  const index = new WorkspaceIndex();
  const worker = workerScript ? new AnalysisWorker(workerScript) : undefined;
  const analyses = new Analyses(documents, settings, index, worker);
  const notices = new Notices(
    (uri, message, reason) => void connection.sendNotification(Notifications.notice, { uri, message, reason } satisfies NoticeParams),
  );
  const refreshSupport = { semanticTokens: false, inlayHints: false };
  /** Semantic tokens and inlay hints answered from an older version: the client asks again. */
  const refreshViews = () => {
    if (refreshSupport.semanticTokens) connection.languages.semanticTokens.refresh();
    if (refreshSupport.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
  };
  // When analyses run and which one a request gets (scheduler.ts); each fresh one is validated.
  const scheduler = new AnalysisScheduler({
    document: (uri) => documents.get(uri),
    analyse: (uri, cause) => analyses.analyse(uri, cause),
    analysed: (uri, _version, staleServed) => {
      validate(uri)
        .then(() => staleServed && refreshViews())
        .catch((e) => connection.console.error(`validate ${uri}: ${e instanceof Error ? e.stack : e}`));
    },
    error: (message) => connection.console.error(message),
    sequential,
  });

  const refusalMessage = (refusal: Refusal): string =>
    refusal === 'binary'
      ? formatMessage(locale, 'server.binaryDocument')
      : refusal === 'tooLarge'
        ? formatMessage(locale, 'server.tooLarge', [`${Math.round(MAX_DOCUMENT_CHARS / 1048576)} MB`])
        : formatMessage(locale, 'server.misdecoded');

  const validate = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const refusal = documents.refusal(uri);
    if (refusal) {
      notices.once(uri, refusal, () => refusalMessage(refusal));
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const analysis = (await analyses.analyse(uri, 'validate'))?.analysis;
    if (!analysis && analyses.timedOut(uri, version) && documents.get(uri)?.version === version) {
      notices.once(uri, 'analysisTimeout', () => formatMessage(locale, 'server.analysisTimeout', [ANALYSIS_TIME_LIMIT_MS / 1000]));
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    notices.clear(uri, 'analysisTimeout');
    // A newer version arrived while the settings were fetched: its own validation will publish.
    if (!analysis || documents.get(uri)?.version !== version) return;
    let diagnostics = diagnosticsOf(analysis, locale, uri);
    if (diagnostics.length > MAX_DIAGNOSTICS) {
      const total = diagnostics.length;
      notices.once(uri, 'tooManyFindings', () =>
        formatMessage(locale, 'server.tooManyFindings', [mb(doc.getText().length), MAX_DIAGNOSTICS, total]),
      );
      diagnostics = diagnostics.slice(0, MAX_DIAGNOSTICS);
    }
    connection.sendDiagnostics({ uri, version, diagnostics: [...diagnostics] });
    connection.sendNotification(Notifications.targetsChanged, { uri, version, stats: statsOf(analysis) } satisfies TargetsChangedParams);
  };

  /** A new version (or its inputs changed): analysed when the scheduler says, never a superseded one. */
  const schedule = (uri: string, cause: string) => scheduler.changed(uri, cause);

  /** Settings may have changed for every document: drop what depends on them and validate again. */
  const settingsChanged = () => {
    settings.clear();
    analyses.clear();
    scheduler.invalidateAll(documents.all().keys());
  };

  /** The index changed: documents whose analysis read it are analysed again (their cache key holds the index revision). */
  const indexChanged = () => {
    for (const uri of analyses.indexReaders()) schedule(uri, 'index');
  };

  // The method of the request being handled (through its awaits), so that the analyses a request
  // makes are counted under it (`workplan/serverStatus` reports them; the typing test reads them).
  const requestMethod = new AsyncLocalStorage<string>();
  const cause = () => requestMethod.getStore() ?? 'other';
  const tagged =
    (method: string, handler: (...args: never[]) => unknown) =>
    (...args: never[]) =>
      requestMethod.run(method, () => handler(...args));
  /** `connection` whose handlers run tagged with their method (`onCompletion`, `semanticTokens.on`, …). */
  const tagAll = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get: (t, key) => {
        const v: unknown = Reflect.get(t, key);
        if (typeof key !== 'string') return v;
        if (key === 'languages' || key === 'semanticTokens' || key === 'inlayHint') return tagAll(v as object, `${prefix}${key}.`);
        if (key.startsWith('on') && typeof v === 'function')
          return (handler: (...args: never[]) => unknown) => (v as (h: unknown) => unknown).call(t, tagged(prefix + key, handler));
        return v;
      },
    });
  const providers: Providers = tagAll(connection, '');

  const commandHandlers = new Map<string, (args: unknown[]) => Promise<unknown> | unknown>();
  const fileListeners: Array<(uri: string) => void> = [];
  const host: FeatureHost = {
    locale: () => locale,
    settingsFor: (uri) => settings.settingsFor(uri),
    analysisFor: (uri, token) => scheduler.current(uri, token, cause()),
    withAnalysis: <T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>) =>
      scheduler.current(uri, token, cause()).then((a) => (!a || token.isCancellationRequested ? empty : fn(a))),
    newestAnalysis: (uri, token) => scheduler.newest(uri, token, cause()),
    withNewestAnalysis: <T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>) =>
      scheduler.newest(uri, token, cause()).then((a) => (!a || token.isCancellationRequested ? empty : fn(a))),
    analysesMade: () => Object.fromEntries(analyses.made),
    currentModel: (uri, cheap) => scheduler.model(uri, cheap),
    document: (uri) => documents.get(uri),
    openDocuments: () => documents.all(),
    index,
    providers,
    onRequest: (method, handler) => void connection.onRequest(method, tagged(method, handler as never)),
    onCommand: (command, handler) => void commandHandlers.set(command, handler),
    applyEdit: (params) => connection.workspace.applyEdit(params),
    analyseText: (uri, text) => analyses.analyseText(uri, text),
    readDiskPlan: (uri, maxBytes) => readDiskPlan(fileURLToPath(uri), maxBytes),
    publishDiagnostics: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS) }),
    workDone: (params) => connection.window.attachWorkDoneProgress(params.workDoneToken),
    onDidChangeFile: (listener) => void fileListeners.push(listener),
  };
  connection.onExecuteCommand(async (params) => {
    const handler = commandHandlers.get(params.command);
    return handler ? requestMethod.run(`command ${params.command}`, () => handler(params.arguments ?? [])) : undefined;
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale ?? (params.initializationOptions as { locale?: string } | undefined)?.locale);
    settings.hasConfiguration = !!params.capabilities.workspace?.configuration;
    refreshSupport.semanticTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    refreshSupport.inlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    const folders = (params.workspaceFolders ?? [])
      .map((f) => f.uri)
      .concat(params.rootUri ? [params.rootUri] : [])
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u));
    settings.workspaceFolders = [...new Set(folders)];
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
    if (settings.hasConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'workplan' }).catch(() => undefined);
    }
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{txt,md,workplan}' }, { globPattern: `**/${CONFIG_FILE}` }],
      })
      .catch(() => undefined);
    worker?.warm();
    // Index the workspace in the background, one file per macrotask; documents analysed while it
    // was under way compare with the whole workspace once it is done.
    index
      .crawl(settings.workspaceFolders)
      .then(indexChanged)
      .catch((e) => connection.console.error(`index: ${e}`));
  });

  connection.onDidChangeConfiguration(settingsChanged);

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let config = false;
    let indexed = false;
    for (const c of changes) {
      if (c.uri.endsWith(CONFIG_FILE)) config = true;
      // The index holds what is on disk, also for open documents (a save changes it).
      else if (index.refreshFile(c.uri)) indexed = true;
      for (const listener of fileListeners) listener(c.uri);
    }
    if (config) settingsChanged();
    else if (indexed) indexChanged();
  });

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    documents.open(t.uri, t.languageId, t.version, t.text);
    schedule(t.uri, 'didOpen');
  });
  connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
    if (documents.change(t.uri, contentChanges, t.version)) schedule(t.uri, 'didChange');
  });
  connection.onDidCloseTextDocument(({ textDocument: t }) => {
    documents.close(t.uri);
    analyses.forget(t.uri);
    settings.forget(t.uri);
    notices.forget(t.uri);
    scheduler.closed(t.uri);
    connection.sendDiagnostics({ uri: t.uri, diagnostics: [] });
    if (index.refreshFile(t.uri)) indexChanged();
  });

  connection.listen();
}
