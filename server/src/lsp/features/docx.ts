/**
 * Word in, Word out for any LSP client: `workplan/importDocx` (bytes as base64 → plan text) and
 * `workplan/exportDocx` (plan → .docx bytes as base64). The conversion runs here, not in the
 * editor's extension host: the client stays free of the Word libraries, other editors get the
 * same requests, and a slow or hostile file costs the server's time, never the editor's.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Requests,
  type ExportDocxParams,
  type ExportDocxResult,
  type ImportDocxParams,
  type ImportDocxResult,
} from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { docx } from '../../runtime/docxOnDemand';

export function registerDocx(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.onRequest(Requests.importDocx, (params: ImportDocxParams): ImportDocxResult => {
    const { importDocx, DocxError, docxErrorMessage } = docx();
    const name = params.name ?? (params.uri ? decodeURIComponent(params.uri.split('/').pop() ?? '') : 'document.docx');
    let bytes: Uint8Array;
    if (params.data !== undefined) bytes = Buffer.from(params.data, 'base64');
    else if (params.uri?.startsWith('file:')) bytes = fs.readFileSync(fileURLToPath(params.uri));
    else throw new Error('workplan/importDocx: data or a file: uri is needed');
    try {
      const r = importDocx(bytes);
      return { ok: true, text: r.text, ...r.stats };
    } catch (e) {
      if (e instanceof DocxError) return { ok: false, code: e.code, message: docxErrorMessage(ctx.locale(), name, e) };
      throw e;
    }
  });

  ctx.onRequest(Requests.exportDocx, async (params: ExportDocxParams): Promise<ExportDocxResult> => {
    const text = params.text ?? (params.uri ? ctx.document(params.uri)?.getText() : undefined);
    if (text === undefined) throw new Error(`workplan/exportDocx: ${params.uri ?? 'no uri'} is not open`);
    const bytes = await docx().exportDocx(text, { issuer: params.issuer, docNumber: params.docNumber });
    return { data: Buffer.from(bytes).toString('base64'), paragraphs: text.split('\n').filter((l) => l.trim()).length };
  });
  return {};
}
