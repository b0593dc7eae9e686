/**
 * A GBK/GB18030 file that VS Code decoded as UTF-8 (every Chinese character a U+FFFD): one
 * message per document, from the server's `encoding` notice for Work Plan documents or from
 * detection for plain-text ones (the server never sees those), with the action that reopens the
 * file in GBK. Reopening is `openTextDocument(uri, { encoding })`, so the file on disk is untouched.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/protocol';
import { t } from '../i18n';

/** The encoding the action reopens with: GBK is what VS Code calls the GB 2312/GBK/GB18030 family. */
export const REOPEN_ENCODING = 'gbk';

const offered = new Set<string>();
const emitter = new vscode.EventEmitter<vscode.Uri>();
const reopened = new vscode.EventEmitter<vscode.TextDocument>();
/** Fires with a document reopened in GBK (detection looks at it again). */
export const onDidReopen = reopened.event;
/** Fires when the encoding message is shown for a document (the extension-host tests count these). */
export const onDidOfferReopen = emitter.event;

/** Shows the message for `uri` unless it was shown already; `message` is the server's text when it sent one. */
export function offerReopen(uri: vscode.Uri, message?: string): void {
  const key = uri.toString();
  if (offered.has(key)) return;
  offered.add(key);
  emitter.fire(uri);
  const action = t('encoding.reopen');
  void vscode.window.showWarningMessage(message ? t('server.notice', message) : t('encoding.misdecoded'), action).then((choice) => {
    if (choice === action) void vscode.commands.executeCommand(Commands.reopenWithGbk, uri);
  });
}

/** Command: reopens `uri` (default: the active editor's file) decoded as GBK; resolves to the reopened document. */
export async function reopenWithGbk(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(t('command.noActiveEditor'));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(target, { encoding: REOPEN_ENCODING });
  await vscode.window.showTextDocument(doc);
  // Decoded right, the document may be news again (a later misdecoding says so once more).
  offered.delete(target.toString());
  reopened.fire(doc);
  return doc;
}

export function registerEncoding(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    emitter,
    reopened,
    vscode.commands.registerCommand(Commands.reopenWithGbk, reopenWithGbk),
    vscode.workspace.onDidCloseTextDocument((d) => offered.delete(d.uri.toString())),
  );
}
