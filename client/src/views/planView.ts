/**
 * What the Targets and Tasks views share: the rows of one plan asked from the server, and following
 * the plan being edited (the active editor's document when it is a plan, else the one shown until
 * it is closed), reloaded on editor switches, on close and after each analysis of that document.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { UriParams } from '../../../server/src/shared/protocol';
import { onDidAnalyse } from '../analysisEvents';

/** The rows `method` answers for `uri` ([] when the server cannot answer). */
export async function requestRows<T>(client: BaseLanguageClient, method: string, uri: vscode.Uri): Promise<T[]> {
  const params: UriParams = { uri: client.code2ProtocolConverter.asUri(uri) };
  try {
    return (await client.sendRequest<T[]>(method, params)) ?? [];
  } catch {
    return [];
  }
}

export interface PlanView {
  /** The plan shown (the last one that was active). */
  document: vscode.Uri | undefined;
  load(uri: vscode.Uri | undefined): Promise<void>;
}

/**
 * Keeps `view` on the plan being edited; `loaded` runs after each load (messages, counts).
 * Returns the plan followed now and the refresh.
 */
export function followActivePlan(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  view: PlanView,
  isPlan: (doc: vscode.TextDocument | undefined) => boolean,
  loaded: (uri: vscode.Uri | undefined) => void,
): { current: () => vscode.Uri | undefined; refresh: () => void } {
  const current = () => (isPlan(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor?.document.uri : view.document);
  const refresh = () => {
    const uri = current();
    void view.load(uri).then(() => loaded(uri));
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (isPlan(e?.document)) refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (view.document && doc.uri.toString() === view.document.toString()) {
        view.document = undefined;
        refresh();
      }
    }),
    onDidAnalyse((p: UriParams) => {
      const uri = current();
      if (uri && client.code2ProtocolConverter.asUri(uri) === p.uri) refresh();
    }),
  );
  return { current, refresh };
}
