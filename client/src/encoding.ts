/**
 * A GBK/GB18030 file that VS Code decoded as UTF-8 shows U+FFFD for every Chinese character. One
 * message says so and offers to reopen the file in GB18030 (a superset of GBK), once per file and
 * session; the server does not analyse such text (core/text/admission) and its notice is then
 * only logged, so the user sees one message.
 */
import * as vscode from 'vscode';
import { misdecoded } from '../../server/src/shared/text';
import { t } from './i18n';
import { maybeSwitch } from './detect';

const CANDIDATES = new Set(['plaintext', 'markdown', 'workplan']);
const asked = new Set<string>();

/** The encoding the reopen action uses. */
export const REOPEN_ENCODING = 'gb18030';

async function check(doc: vscode.TextDocument): Promise<void> {
  if (!CANDIDATES.has(doc.languageId) || doc.uri.scheme === 'untitled' || doc.isDirty) return;
  if (doc.encoding === REOPEN_ENCODING || doc.encoding === 'gbk') return;
  const key = doc.uri.toString();
  if (asked.has(key)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 2000), 0));
  if (!misdecoded(head)) return;
  asked.add(key);
  const reopen = t('encoding.reopen');
  const choice = await vscode.window.showWarningMessage(t('encoding.misdecoded', baseName(doc.uri), doc.encoding), reopen);
  if (choice !== reopen) return;
  const again = await vscode.workspace.openTextDocument(doc.uri, { encoding: REOPEN_ENCODING });
  // VS Code decodes the open document again in place (no open event): detection looks at the new text.
  await vscode.window.showTextDocument(await maybeSwitch(again));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** True when this check already told the user about `uri` (the server's own encoding notice is then only logged). */
export function encodingPromptShown(uri: string): boolean {
  return asked.has(uri);
}

export function registerEncodingCheck(context: vscode.ExtensionContext): void {
  const run = (doc: vscode.TextDocument) => void check(doc).catch(() => undefined);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(run));
  for (const doc of vscode.workspace.textDocuments) run(doc);
}
