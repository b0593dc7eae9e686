/**
 * Switches plain-text and Markdown documents that look like a work plan to the `workplan`
 * language when they are opened (setting `workplan.detect.enabled`). The heuristic itself is
 * pure and unit-tested: ./detectHeuristic.ts. Only the first 4 KB of a document are read.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/src/shared/protocol';
import { HEAD_CHARS, detectWorkPlan, type Detection } from '../../server/src/shared/text';
import { t } from './i18n';

const CANDIDATES = new Set(['plaintext', 'markdown']);

/** What detection did with one opened document (the extension-host tests wait on these). */
export interface DetectionEvent {
  readonly uri: vscode.Uri;
  /** `skipped`: not a candidate language, detection disabled, or already switched by hand. */
  readonly outcome: 'switched' | 'not-a-plan' | 'disabled' | 'skipped';
  readonly detection?: Detection;
}

const emitter = new vscode.EventEmitter<DetectionEvent>();
/** Fires once per candidate document that detection looked at. */
export const onDidDetect = emitter.event;

/** The first {@link HEAD_CHARS} characters, without reading the rest of a huge document. */
function headOf(doc: vscode.TextDocument): string {
  const end = doc.positionAt(HEAD_CHARS);
  return doc.getText(new vscode.Range(0, 0, end.line, end.character));
}

/** Switches `doc` when it qualifies; resolves to the (possibly new) document. */
export async function maybeSwitch(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (!CANDIDATES.has(doc.languageId)) return doc;
  if (!vscode.workspace.getConfiguration('workplan', doc.uri).get<boolean>('detect.enabled', true)) {
    emitter.fire({ uri: doc.uri, outcome: 'disabled' });
    return doc;
  }
  const detection = detectWorkPlan(headOf(doc));
  if (!detection.plan) {
    emitter.fire({ uri: doc.uri, outcome: 'not-a-plan', detection });
    return doc;
  }
  const switched = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  void vscode.window.setStatusBarMessage(t('detect.switched', baseName(doc.uri)), 4000);
  emitter.fire({ uri: doc.uri, outcome: 'switched', detection });
  return switched;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

export function registerDetection(context: vscode.ExtensionContext): void {
  const run = (doc: vscode.TextDocument) => void maybeSwitch(doc).catch(() => undefined);
  context.subscriptions.push(emitter, vscode.workspace.onDidOpenTextDocument(run));
  for (const doc of vscode.workspace.textDocuments) run(doc);
}

/** Command: set the active editor's language to Work Plan by hand. */
export async function setLanguageMode(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('command.noActiveEditor'));
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}
