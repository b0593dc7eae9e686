/**
 * Switches plain-text and Markdown documents that look like a work plan to the `workplan`
 * language when they are opened (setting `workplan.detect.enabled`).
 */
import * as vscode from 'vscode';
import { looksLikePlan } from '../../server/src/core/detect';
import { LANGUAGE_ID } from '../../server/src/protocol';

const CANDIDATES = new Set(['plaintext', 'markdown']);

/** Switches `doc` when it qualifies; resolves to the (possibly new) document. */
export async function maybeSwitch(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (!CANDIDATES.has(doc.languageId)) return doc;
  if (!vscode.workspace.getConfiguration('workplan', doc.uri).get<boolean>('detect.enabled', true)) return doc;
  // Only the first few KB are read: detection must stay cheap on huge files.
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 80), 0)).slice(0, 8192);
  if (!looksLikePlan(head)) return doc;
  return vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export function registerDetection(context: vscode.ExtensionContext): void {
  const run = (doc: vscode.TextDocument) => void maybeSwitch(doc).catch(() => undefined);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(run));
  for (const doc of vscode.workspace.textDocuments) run(doc);
}

/** Command: set the active editor's language to Work Plan by hand. */
export async function setLanguageMode(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}
