/**
 * `workplan/targetsChanged`, the server's one notification per analysed version, as an event:
 * the language client keeps one handler per notification, and the Targets view and the status
 * bar both need it.
 */
import * as vscode from 'vscode';
import type { TargetsChangedParams } from '../../server/src/shared/protocol';

const analysed = new vscode.EventEmitter<TargetsChangedParams>();

/** A version of a document was analysed and its diagnostics published (params carry its counts). */
export const onDidAnalyse: vscode.Event<TargetsChangedParams> = analysed.event;

export function fireAnalysed(params: TargetsChangedParams): void {
  analysed.fire(params);
}
