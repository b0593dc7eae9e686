/**
 * Switches plain-text documents that look like a work plan to the `workplan` language when they
 * are opened (setting `workplan.detect.enabled`). A Markdown plan stays Markdown (its preview,
 * `**` and headings keep working) and is served by the language server as it is
 * (`isPlanDocument`). The heuristic itself is pure and unit-tested (core planDetection); only the
 * first 4 KB of a document are read.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/src/shared/protocol';
import { HEAD_CHARS, detectWorkPlan, type Detection } from '../../server/src/shared/text';
import { t } from './i18n';

const CANDIDATES = new Set(['plaintext', 'markdown']);

/** What detection did with one opened document (the extension-host tests wait on these). */
export interface DetectionEvent {
  readonly uri: vscode.Uri;
  /**
   * `markdown-plan`: a Markdown plan, kept in Markdown and served as a plan. `skipped`: not a
   * candidate language, detection disabled, or already switched by hand.
   */
  readonly outcome: 'switched' | 'markdown-plan' | 'not-a-plan' | 'disabled' | 'skipped';
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
  if (doc.languageId === 'markdown') {
    emitter.fire({ uri: doc.uri, outcome: 'markdown-plan', detection });
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

const markdownVerdicts = new Map<string, { version: number; plan: boolean }>();

/**
 * True for the documents the language server serves: Work Plan documents, and Markdown documents
 * that look like a plan (detection on, judged on the first 4 KB; the verdict is kept per version).
 */
export function isPlanDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  if (doc.languageId !== 'markdown') return false;
  if (!vscode.workspace.getConfiguration('workplan', doc.uri).get<boolean>('detect.enabled', true)) return false;
  const key = doc.uri.toString();
  const known = markdownVerdicts.get(key);
  // A Markdown document stays served once it was a plan (typing must not make its outline flicker).
  if (known && (known.plan || known.version === doc.version)) return known.plan;
  const plan = detectWorkPlan(headOf(doc)).plan;
  markdownVerdicts.set(key, { version: doc.version, plan });
  return plan;
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
