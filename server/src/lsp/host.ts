/**
 * What an LSP feature may use of the server: the analysis and settings of a document, the
 * locale, and the registration of its handlers. A feature never sees the connection or the
 * documents map, so the server's bookkeeping can change without touching any feature.
 */
import type {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  CancellationToken,
  Connection,
  Diagnostic,
  ServerCapabilities,
  WorkDoneProgressParams,
  WorkDoneProgressReporter,
} from 'vscode-languageserver';
import type { DiskPlan } from '../io/files';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/services/analyze';
import type { DocumentModel } from '../core/model/model';
import type { Locale } from '../core/messages';
import type { WorkplanSettings } from '../shared/settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** The standard LSP providers a feature may register (one handler each, as the connection allows). */
export type Providers = Pick<
  Connection,
  | 'onDocumentSymbol'
  | 'onFoldingRanges'
  | 'onSelectionRanges'
  | 'onDocumentHighlight'
  | 'onCodeAction'
  | 'onWorkspaceSymbol'
  | 'onCompletion'
  | 'onHover'
  | 'onDocumentFormatting'
  | 'onDocumentRangeFormatting'
> & { readonly languages: Pick<Connection['languages'], 'semanticTokens' | 'inlayHint'> };

export interface FeatureHost {
  locale(): Locale;
  settingsFor(uri: string): Promise<WorkplanSettings>;
  /**
   * The analysis of the document's current version, or undefined when it is not open, not
   * analysable, or the version is superseded (or the request cancelled) before it is ready.
   */
  analysisFor(uri: string, token?: CancellationToken): Promise<Analysis | undefined>;
  /** `fn` on the current analysis; `empty` when there is none or the request was cancelled meanwhile. */
  withAnalysis<T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>): Promise<T>;
  /**
   * The newest analysis there is: while a large document is being typed in, that of an older
   * version (answered at once; the client is asked to refresh tokens and hints later). For
   * views that tolerate a few characters' drift: outline, folding, tokens, hover, hints.
   */
  newestAnalysis(uri: string, token?: CancellationToken): Promise<Analysis | undefined>;
  /** `fn` on the newest analysis (see newestAnalysis). */
  withNewestAnalysis<T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysis) => T | Promise<T>): Promise<T>;
  /** Analyses of open documents made so far, by cause (the LSP method, `didChange`, …): `workplan/serverStatus`. */
  analysesMade(): Record<string, number>;
  /**
   * The parsed model of the current text, without waiting for an analysis (completion);
   * `cheap`: undefined rather than parse a large document for it (see scheduler.ts).
   */
  currentModel(uri: string, cheap?: boolean): DocumentModel | undefined;
  /** The open document (its version for edits), or undefined. */
  document(uri: string): TextDocument | undefined;
  /** The open documents (workspace symbols prefer them over the index's copies). */
  openDocuments(): ReadonlyMap<string, TextDocument>;
  /** Other work-plan files of the workspace. */
  readonly index: WorkspaceIndex;
  readonly providers: Providers;
  /** A custom request (`workplan/…`). */
  onRequest<P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>): void;
  /** A `workspace/executeCommand` command; the server announces it in its capabilities. */
  onCommand(command: string, handler: (args: unknown[]) => Promise<unknown> | unknown): void;
  /**
   * Analyses a text that is not an open document (a file read from disk) with the settings of
   * `uri`; large texts in the worker thread. Nothing is cached.
   */
  analyseText(uri: string, text: string): Promise<Analysis>;
  /** Reads a candidate plan file (`file:` URI) from disk, at most `maxBytes`. */
  readDiskPlan(uri: string, maxBytes: number): DiskPlan;
  /** Publishes diagnostics for a document that need not be open (capped as validation caps them). */
  publishDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  /** The work-done progress of a request whose params carry a `workDoneToken` (a no-op reporter otherwise). */
  workDone(params: WorkDoneProgressParams): WorkDoneProgressReporter;
  /** Registers a listener for files changed on disk (`workspace/didChangeWatchedFiles`). */
  onDidChangeFile(listener: (uri: string) => void): void;
  /** `workspace/applyEdit` to the client. */
  applyEdit(params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult>;
}

/** A feature registers its handlers and returns the capabilities it adds. */
export type Feature = (host: FeatureHost) => Partial<ServerCapabilities>;
