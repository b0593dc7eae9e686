/**
 * Activation only: detection, commands, and the language client started on the first work-plan
 * document (activation stays cheap when a plain-text file that is not a plan is opened).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_ID } from '../../server/src/protocol';
import { createClient } from './client';
import { registerDetection, setLanguageMode } from './detect';
import { registerRenumber } from './commands/renumber';
import { registerStatusBar } from './statusBar';
import { t } from './i18n';

let client: LanguageClient | undefined;

/** What the extension exports (the extension-host tests use it). */
export interface WorkplanApi {
  /** Resolves once the language client runs. */
  ready(): Promise<LanguageClient>;
}

export function activate(context: vscode.ExtensionContext): WorkplanApi {
  const output = vscode.window.createOutputChannel('Workplan');
  context.subscriptions.push(output);
  let starting: Promise<LanguageClient> | undefined;

  const start = (): Promise<LanguageClient> => {
    if (starting) return starting;
    starting = (async () => {
      const c = createClient(context, output);
      client = c;
      await c.start();
      // Features that need the client register once, on first start.
      registerRenumber(context, c);
      registerStatusBar(context, c);
      return c;
    })();
    starting.catch((e) => {
      starting = undefined;
      void vscode.window.showErrorMessage(t('server.startFailed', e instanceof Error ? e.message : String(e)));
    });
    return starting;
  };

  const startFor = (doc: vscode.TextDocument) => {
    if (doc.languageId === LANGUAGE_ID) void start();
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startFor));
  vscode.workspace.textDocuments.forEach(startFor);
  registerDetection(context);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.setLanguageMode, setLanguageMode),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      const c = await start();
      await c.restart();
      void vscode.window.setStatusBarMessage(t('server.restarted'), 3000);
    }),
    vscode.commands.registerCommand(Commands.openSample, async () => {
      const uri = vscode.Uri.joinPath(context.extensionUri, 'seeds', '002_f30a71d086892b2f.txt');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
    }),
  );
  return { ready: start };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
