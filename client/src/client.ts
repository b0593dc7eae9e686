/**
 * The language client: starts the bundled server over stdio (the server reads and parses its
 * input in a worker thread, so a large document's didOpen does not block it; over IPC Node
 * parses every message on the main thread), an output channel, the `workplan.trace.server`
 * setting (read by vscode-languageclient), and restart.
 */
import * as vscode from 'vscode';
import { encodingPromptShown } from './encoding';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, Notifications, type TargetsChangedParams } from '../../server/src/shared/protocol';
import { t } from './i18n';
import { fireAnalysed } from './analysisEvents';

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
    synchronize: { configurationSection: 'workplan' },
    // Restart after crashes (the default gives up after 5 in 3 minutes) and say so.
    connectionOptions: { maxRestartCount: 10 },
  };
  const client = new LanguageClient('workplan', 'Workplan', serverOptions, clientOptions);
  client.onNotification(Notifications.notice, (p: { uri: string; message: string }) => {
    output.appendLine(`[notice] ${p.uri}: ${p.message}`);
    if (encodingPromptShown(p.uri)) return; // the reopen prompt already said it, with its action
    void vscode.window.showWarningMessage(t('server.notice', p.message));
  });
  client.onNotification(Notifications.targetsChanged, (p: TargetsChangedParams) => fireAnalysed(p));
  return client;
}
