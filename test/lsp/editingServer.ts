/**
 * The bundled server as a client that applies edits sees it: every `workspace/applyEdit` it sends is
 * recorded (and accepted), one document is opened, and the edits it proposes can be applied to the text.
 * Shared by the tests of the commands that edit a plan (clean up pasted text, repair).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ApplyWorkspaceEditParams, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';
import { applyEdits } from '../../server/src/core/services/fixes';
import { splitLines } from '../../server/src/core/model/model';

const SERVER = path.join(__dirname, '../../../dist/server.js');

export interface EditingServer {
  readonly conn: MessageConnection;
  /** The workspace edits the server asked the client to apply, in order. */
  readonly applied: ApplyWorkspaceEditParams[];
  /** The commands the server announced in its capabilities. */
  readonly commands: readonly string[];
  /** The first diagnostics published for the opened document. */
  readonly published: Promise<PublishDiagnosticsParams>;
  dispose(): void;
}

/** Starts the server (English messages), initializes it and opens `text` at `uri` with `version`. */
export async function openInEditingServer(uri: string, text: string, version: number): Promise<EditingServer> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const applied: ApplyWorkspaceEditParams[] = [];
  conn.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
    applied.push(p);
    return { applied: true };
  });
  conn.onRequest(() => null);
  let resolvePublished: (p: PublishDiagnosticsParams) => void = () => undefined;
  const published = new Promise<PublishDiagnosticsParams>((r) => (resolvePublished = r));
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => p.uri === uri && resolvePublished(p));
  conn.onNotification(() => undefined);
  conn.listen();
  const dispose = () => {
    conn.dispose();
    child.kill();
  };
  try {
    const init = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { applyEdit: true } },
      locale: 'en',
    })) as { capabilities: { executeCommandProvider?: { commands: string[] } } };
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'workplan', version, text } });
    return { conn, applied, commands: init.capabilities.executeCommandProvider?.commands ?? [], published, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

/** `text` with LSP text edits (line/character ranges) applied. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = splitLines(text);
  const off = (p: { line: number; character: number }) => lines[p.line].start + p.character;
  return applyEdits(
    text,
    edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end), newText: e.newText })),
  );
}
