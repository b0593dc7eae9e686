/**
 * Activation only: detection, commands, and the language client started on the first work-plan
 * document. Activation stays cheap when a plain-text file that is not a plan is opened: the
 * language client and the features that need it are loaded by `import()` (esbuild keeps them in
 * the bundle but evaluates them only then) when the first work-plan document appears.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_ID } from '../../server/src/shared/protocol';
import { isPlanDocument, onDidDetect, registerDetection, setLanguageMode, type DetectionEvent } from './detect';
import { registerPlaceholders } from './commands/placeholders';
import { t } from './i18n';
import { registerNextYear } from './commands/nextYear';
import { registerEncodingCheck } from './encoding';
import { registerDocx } from './commands/docx';
import { registerCheckWorkspace } from './commands/checkWorkspace';

let client: LanguageClient | undefined;

/** What the extension exports (the extension-host tests use it). */
export interface WorkplanApi {
  /** Resolves once the language client runs (starting it if needed). */
  ready(): Promise<LanguageClient>;
  /** True once the language client was started (it starts on the first work-plan document). */
  isStarted(): boolean;
  /** What detection did with each opened plain-text or Markdown document. */
  readonly onDidDetect: vscode.Event<DetectionEvent>;
  /** The last lines written to the Workplan output channel. */
  loggedLines(): readonly string[];
}

export function activate(context: vscode.ExtensionContext): WorkplanApi {
  const channel = vscode.window.createOutputChannel('Workplan');
  context.subscriptions.push(channel);
  // The channel, with its last lines kept (the tests read what the client logged).
  const logged: string[] = [];
  const output: vscode.OutputChannel = {
    name: channel.name,
    append: (value) => channel.append(value),
    appendLine: (value) => {
      logged.push(value);
      if (logged.length > 200) logged.shift();
      channel.appendLine(value);
    },
    replace: (value) => channel.replace(value),
    clear: () => channel.clear(),
    show: (a?: vscode.ViewColumn | boolean, b?: boolean) => (typeof a === 'boolean' ? channel.show(a) : channel.show(a, b)),
    hide: () => channel.hide(),
    dispose: () => channel.dispose(),
  };
  let starting: Promise<LanguageClient> | undefined;

  const start = (): Promise<LanguageClient> => {
    if (starting) return starting;
    starting = (async () => {
      const [{ createClient }, { registerRenumber }, { registerStatusBar }] = await Promise.all([
        import('./client'),
        import('./commands/renumber'),
        import('./statusBar'),
      ]);
      const c = createClient(context, output);
      client = c;
      await c.start();
      // Features that need the client register once, on first start.
      registerRenumber(context, c);
      registerStatusBar(context, c);
      (await import('./views/targetsView')).registerTargetsView(context, c);
      (await import('./views/tasksView')).registerTasksView(context, c);
      (await import('./commands/cleanPaste')).registerCleanPaste(context, c);
      (await import('./commands/repair')).registerRepair(context, c);
      return c;
    })();
    starting.catch((e) => {
      starting = undefined;
      void vscode.window.showErrorMessage(t('server.startFailed', e instanceof Error ? e.message : String(e)));
    });
    return starting;
  };

  const startFor = (doc: vscode.TextDocument) => {
    if (isPlanDocument(doc)) void start();
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startFor));
  vscode.workspace.textDocuments.forEach(startFor);
  registerDetection(context);
  registerEncodingCheck(context);
  registerNextYear(context, start);
  registerPlaceholders(context);
  registerDocx(context, start);
  registerCheckWorkspace(context, start);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.setLanguageMode, setLanguageMode),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      const c = await start();
      await c.restart();
      void vscode.window.setStatusBarMessage(t('server.restarted'), 3000);
      return true;
    }),
    // A copy beside the walkthrough: the installed sample stays as shipped, the walkthrough stays open.
    vscode.commands.registerCommand(Commands.openSample, async () => {
      const uri = vscode.Uri.joinPath(context.extensionUri, 'seeds', '002_f30a71d086892b2f.txt');
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return doc;
    }),
  );
  return { ready: start, isStarted: () => client !== undefined, onDidDetect, loggedLines: () => [...logged] };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
