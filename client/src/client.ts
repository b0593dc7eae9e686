/**
 * The language client: starts the bundled server over stdio (the server reads and parses its
 * input in a worker thread, so a large document's didOpen does not block it; over IPC Node
 * parses every message on the main thread), an output channel, the `workplan.trace.server`
 * setting (read by vscode-languageclient), and restart.
 */
import * as vscode from 'vscode';
import { encodingPromptShown } from './encoding';
import {
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  DOCX_SCHEME,
  LANGUAGE_ID,
  Notifications,
  SERVER_ENV,
  type NoticeParams,
  type TargetsChangedParams,
} from '../../server/src/shared/protocol';
import { isPlanDocument } from './detect';
import { t } from './i18n';
import { fireAnalysed } from './analysisEvents';

/** The language client, with a server that ends cleanly on restart logged as information. */
class WorkplanClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    // vscode-languageclient reports every exit of the server process as an error, even the
    // clean exit (code 0) that follows `shutdown` when the server is restarted or stopped.
    if (/^Server process exited with code 0\.?$/.test(message)) this.info(message);
    else super.error(message, data, showNotification);
  }
}

const MAX_RESTARTS = 10;

/** A write to the server's stdin after the process ended. */
function isWriteToDeadServer(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const env = { ...process.env, ...SERVER_ENV };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env } },
    debug: { module, transport: TransportKind.stdio, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Markdown plans too; the middleware below passes on only those that look like a plan.
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // The read-only Work Plan view of a Word document (commands/docx.ts).
      { scheme: DOCX_SCHEME, language: LANGUAGE_ID },
    ],
    middleware: {
      didOpen: (doc, next) => (isPlanDocument(doc) ? next(doc) : Promise.resolve()),
      didChange: (e, next) => (isPlanDocument(e.document) ? next(e) : Promise.resolve()),
      didClose: (doc, next) => (isPlanDocument(doc) ? next(doc) : Promise.resolve()),
      didSave: (doc, next) => (isPlanDocument(doc) ? next(doc) : Promise.resolve()),
    },
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
    synchronize: { configurationSection: 'workplan' },
    // Restart after crashes (the default gives up after 5 in 3 minutes) and say so.
    connectionOptions: { maxRestartCount: MAX_RESTARTS },
    errorHandler: {
      // The default handler shuts the client down at the fourth error on the connection. When the
      // server dies, every write still pending (the views' and status bar's requests, code actions)
      // fails with EPIPE first: four of them left the extension stopped for good instead of
      // restarted. Those writes are no reason to give up; the close that follows restarts the server.
      error: (error, message, count) =>
        isWriteToDeadServer(error) ? { action: ErrorAction.Continue } : defaults().error(error, message, count),
      closed: () => defaults().closed(),
    },
  };
  const client = new WorkplanClient('workplan', 'Workplan', serverOptions, clientOptions);
  let handler: ErrorHandler | undefined;
  const defaults = () => (handler ??= client.createDefaultErrorHandler(MAX_RESTARTS));
  client.onNotification(Notifications.notice, (p: NoticeParams) => {
    output.appendLine(`[notice] ${p.uri}: ${p.message}`);
    if (encodingPromptShown(p.uri)) return; // the reopen prompt already said it, with its action
    void vscode.window.showWarningMessage(t('server.notice', p.message));
  });
  client.onNotification(Notifications.targetsChanged, (p: TargetsChangedParams) => fireAnalysed(p));
  return client;
}
