/**
 * Filling in next year's draft: Tab (and the command 下一个待填写的数值 / Next value to fill in)
 * selects the next `【12】` placeholder whole, so typing a value replaces it, brackets and all;
 * Shift+Tab goes back. The keys are bound only while the active Work Plan document has a
 * placeholder (context key `workplan.hasPlaceholders`), so Tab is Tab everywhere else.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../server/src/shared/protocol';
import { findDraftMarks } from '../../../server/src/shared/text';

const CONTEXT_KEY = 'workplan.hasPlaceholders';

/** Offsets `[start, end)` of the placeholders of `text`, in order. */
function placeholders(text: string): Array<[number, number]> {
  return findDraftMarks(text)
    .filter((m) => m.kind === 'placeholder')
    .map((m) => [m.start, m.end]);
}

/** Selects the placeholder after (or before) the selection, wrapping around; false when there is none. */
export function moveToPlaceholder(editor: vscode.TextEditor, direction: 1 | -1): boolean {
  const doc = editor.document;
  const marks = placeholders(doc.getText());
  if (!marks.length) return false;
  const sel = editor.selection;
  const start = doc.offsetAt(sel.start);
  const end = doc.offsetAt(sel.end);
  // A cursor inside a placeholder takes that one; otherwise the next (or previous) one, wrapping.
  const around = sel.isEmpty ? marks.find(([s, e]) => s < start && start < e) : undefined;
  const found =
    around ??
    (direction === 1 ? (marks.find(([s]) => s >= end) ?? marks[0]) : (marks.filter(([s]) => s < start).pop() ?? marks[marks.length - 1]));
  const range = new vscode.Range(doc.positionAt(found[0]), doc.positionAt(found[1]));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Sets the context key for `editor` at once and selects its first placeholder (a new draft). */
export async function showPlaceholders(editor: vscode.TextEditor): Promise<void> {
  const has = placeholders(editor.document.getText()).length > 0;
  await vscode.commands.executeCommand('setContext', CONTEXT_KEY, has);
  if (!has) return;
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  moveToPlaceholder(editor, 1);
}

export function registerPlaceholders(context: vscode.ExtensionContext): void {
  let last: boolean | undefined;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const has = !!doc && doc.languageId === LANGUAGE_ID && doc.getText().includes('【') && placeholders(doc.getText()).length > 0;
    if (has === last) return;
    last = has;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, has);
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand('workplan.nextPlaceholder', () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? moveToPlaceholder(editor, 1) : false;
    }),
    vscode.commands.registerCommand('workplan.previousPlaceholder', () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? moveToPlaceholder(editor, -1) : false;
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document) return;
      // Recounted after a pause in typing, not on every keystroke.
      clearTimeout(pending);
      pending = setTimeout(update, 150);
    }),
    { dispose: () => clearTimeout(pending) },
  );
  update();
}
