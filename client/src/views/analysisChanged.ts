/**
 * `workplan/targetsChanged` (sent after each analysis) for several views: the language client keeps
 * one handler per notification method — a second `onNotification` replaces the first — so the
 * handler is registered once per client and fans out through an event.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Notifications, type UriParams } from '../../../server/src/protocol';

const events = new WeakMap<BaseLanguageClient, vscode.EventEmitter<UriParams>>();

export function onAnalysisChanged(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Event<UriParams> {
  let emitter = events.get(client);
  if (!emitter) {
    const e = new vscode.EventEmitter<UriParams>();
    emitter = e;
    events.set(client, e);
    context.subscriptions.push(e, client.onNotification(Notifications.targetsChanged, (p: UriParams) => e.fire(p)));
  }
  return emitter.event;
}
