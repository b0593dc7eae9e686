/**
 * Helpers for the extension-host tests: wait on VS Code events (with a deadline), never on sleeps.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import * as fs from 'node:fs';

export const EXTENSION_ID = 'workplan.workplan';

/** The workspace folder the runner prepared (copies of seeds/ and test/e2e/workspace/). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The seed whose file name starts with `prefix` (e.g. '002'). */
export function seedUri(prefix: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const name = fs.readdirSync(folder.uri.fsPath).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${folder.uri.fsPath}`);
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** Resolves when `event` fires with a value that satisfies `check` (also checked once at once). */
export function waitForEvent<T>(event: vscode.Event<T>, check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      if (!check()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/**
 * Re-reads `read()` until `check` holds, up to a deadline. Only for state that has no event
 * (e.g. a provider that answers empty until the server has analysed the document); the pause
 * between reads is a back-off, not a sleep the test relies on.
 */
export async function eventually<T>(read: () => Thenable<T> | T, check: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let pause = 20;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(v)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, pause));
    pause = Math.min(pause * 2, 250);
  }
}

/** The extension's exported API (client/src/extension.ts `WorkplanApi`). */
export interface WorkplanApi {
  ready(): Promise<unknown>;
  isStarted(): boolean;
  onDidDetect: vscode.Event<{ uri: vscode.Uri; outcome: 'switched' | 'markdown-plan' | 'not-a-plan' | 'disabled' | 'skipped' }>;
  loggedLines(): readonly string[];
}

/** Activates the extension (idempotent) and returns its API. */
export async function extensionApi(): Promise<WorkplanApi> {
  const ext = vscode.extensions.getExtension<WorkplanApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not loaded`);
  return ext.activate();
}

/** Activates the extension and waits until its language client runs. */
export async function extensionReady(): Promise<void> {
  await (await extensionApi()).ready();
}

/** Resolves with the outcome detection reports for `uri` (subscribe before opening the file). */
export function detectionOf(api: WorkplanApi, uri: vscode.Uri, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no detection event for ${uri.toString()}`));
    }, timeoutMs);
    const sub = api.onDidDetect((e) => {
      if (e.uri.toString() !== uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e.outcome);
    });
  });
}

/** Writes a file into the workspace folder (a fresh name: VS Code has not loaded it yet). */
export function writeWorkspaceFile(name: string, text: string): vscode.Uri {
  const uri = workspaceFile(name);
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

/** Opens a file, shows it, and waits until its language is `workplan` (detection may switch it). */
export async function openAsWorkplan(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const find = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'workplan');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await waitForEvent(vscode.workspace.onDidOpenTextDocument, () => !!find(), `${path.basename(uri.fsPath)} in workplan mode`);
  const wp = find() as vscode.TextDocument;
  await vscode.window.showTextDocument(wp);
  await extensionReady();
  return wp;
}

/** Waits until the document has diagnostics that satisfy `check`. */
export async function diagnosticsFor(
  uri: vscode.Uri,
  check: (d: readonly vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => check(vscode.languages.getDiagnostics(uri)), what);
  return vscode.languages.getDiagnostics(uri);
}

/**
 * Document symbols through the provider API, retried (bounded) until the server answers with
 * some: right after the client starts, the provider may not be registered yet.
 */
export async function symbolsOf(uri: vscode.Uri, timeoutMs = 30_000): Promise<vscode.DocumentSymbol[]> {
  const read = async () =>
    ((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) as vscode.DocumentSymbol[] | undefined) ?? [];
  return eventually(read, (s) => s.length > 0, `document symbols of ${path.basename(uri.fsPath)}`, timeoutMs);
}

/** Closes every editor without saving (tests leave no dirty state behind). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
