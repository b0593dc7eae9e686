/**
 * Word in, Word out in the editor. A .docx opens in a small page that offers to open it as a
 * work plan (a read-only `workplan-docx:` document the server analyses like any plan: outline,
 * problems, targets) or to save its text as a .txt beside it; "导出为 Word（公文格式）/ Export to
 * Word (GB/T 9704)" writes the active plan as a .docx. The conversions run in the language
 * server (workplan/importDocx, workplan/exportDocx); this file only moves bytes and shows things.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  Commands,
  DOCX_EDITOR,
  DOCX_SCHEME,
  LANGUAGE_ID,
  Requests,
  type ExportDocxParams,
  type ExportDocxResult,
  type ImportDocxParams,
  type ImportDocxResult,
} from '../../../server/src/shared/protocol';
import { t } from '../i18n';

type ClientFn = () => Promise<BaseLanguageClient>;

/** The read-only plan view of a Word file: same path (the tab shows 计划.docx), the file's URI in the query. */
export function planUriOf(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path, query: file.toString() });
}

function fileOf(planUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(planUri.query);
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

async function importFile(client: ClientFn, file: vscode.Uri): Promise<Extract<ImportDocxResult, { ok: true }>> {
  const bytes = await vscode.workspace.fs.readFile(file);
  const result = await (
    await client()
  ).sendRequest<ImportDocxResult>(Requests.importDocx, {
    data: Buffer.from(bytes).toString('base64'),
    name: baseName(file),
  } satisfies ImportDocxParams);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A command's Word file: the URI it was given (Uri or string), else the active tab's, else a picker. */
async function wordFileFor(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg.scheme === DOCX_SCHEME ? fileOf(arg) : arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (tab instanceof vscode.TabInputCustom && tab.viewType === DOCX_EDITOR) return tab.uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === DOCX_SCHEME) return fileOf(active);
  const picked = await vscode.window.showOpenDialog({
    title: t('docx.pick'),
    canSelectMany: false,
    filters: { [t('docx.filter')]: ['docx'] },
  });
  return picked?.[0];
}

/** Opens the read-only plan view of `file`; returns its document. */
export async function openDocxAsPlan(file: vscode.Uri): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(planUriOf(file));
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Writes the plan text of `file` to 计划.txt beside it (asking before overwriting) and opens it. */
export async function saveDocxAsText(client: ClientFn, file: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { text } = await importFile(client, file);
  const target = file.with({ path: file.path.replace(/\.docx$/i, '') + '.txt' });
  try {
    await vscode.workspace.fs.stat(target);
    const yes = t('docx.overwriteYes');
    if ((await vscode.window.showWarningMessage(t('docx.overwrite', baseName(target)), { modal: true }, yes)) !== yes) return undefined;
  } catch {
    // not there yet
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  let doc = await vscode.workspace.openTextDocument(target);
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  await vscode.window.showTextDocument(doc, { preview: false });
  void vscode.window.setStatusBarMessage(t('docx.saved', baseName(target)), 4000);
  return target;
}

/** Where the export goes by default: beside the source, named after it, .docx. */
function defaultTarget(doc: vscode.TextDocument): vscode.Uri | undefined {
  if (doc.uri.scheme === 'file') return doc.uri.with({ path: doc.uri.path.replace(/\.(txt|md|workplan)$/i, '') + '.docx' });
  if (doc.uri.scheme === DOCX_SCHEME) {
    const file = fileOf(doc.uri);
    return file.with({ path: file.path.replace(/\.docx$/i, '') + '（公文格式）.docx' });
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, '工作计划.docx') : undefined;
}

/** Exports `doc` to `target` (asked for with a save dialog when not given). */
export async function exportDocx(client: ClientFn, doc: vscode.TextDocument, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  target ??= await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(doc),
    saveLabel: t('docx.exportLabel'),
    filters: { [t('docx.filter')]: ['docx'] },
  });
  if (!target) return undefined;
  const c = await client();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('docx.exportProgress'), cancellable: false },
    () => c.sendRequest<ExportDocxResult>(Requests.exportDocx, { text: doc.getText() } satisfies ExportDocxParams),
  );
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  const reveal = t('docx.reveal');
  void vscode.window.showInformationMessage(t('docx.exported', baseName(target), result.paragraphs), reveal).then((a) => {
    if (a === reveal) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The page a .docx opens in: what the import found and the two offers (command links, no script). */
function page(file: vscode.Uri, body: string): string {
  const arg = encodeURIComponent(JSON.stringify([file.toString()]));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);padding:1.5em;max-width:48em}a.button{display:inline-block;margin:0 .6em .6em 0;padding:.45em 1em;background:var(--vscode-button-background);color:var(--vscode-button-foreground);text-decoration:none;border-radius:2px}pre{white-space:pre-wrap;background:var(--vscode-textCodeBlock-background);padding:.8em}</style></head>
<body><h2>${escape(t('docx.heading', baseName(file)))}</h2>
<p><a class="button" href="command:${Commands.openDocxAsPlan}?${arg}">${escape(t('docx.open'))}</a><a class="button" href="command:${Commands.saveDocxAsText}?${arg}">${escape(t('docx.save'))}</a></p>
${body}</body></html>`;
}

class DocxPreview implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly client: ClientFn) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false, enableCommandUris: [Commands.openDocxAsPlan, Commands.saveDocxAsText] };
    const file = document.uri;
    panel.webview.html = page(file, `<p>${escape(t('docx.reading', baseName(file)))}</p>`);
    try {
      const r = await importFile(this.client, file);
      const head = r.text.split('\n').slice(0, 24).join('\n');
      panel.webview.html = page(
        file,
        `<p>${escape(t('docx.summary', r.paragraphs, r.numbered, r.tableRows))}</p><p>${escape(t('docx.preview'))}</p><pre>${escape(head)}</pre>`,
      );
    } catch (e) {
      panel.webview.html = page(file, `<p>${escape(e instanceof Error ? e.message : String(e))}</p>`);
    }
  }
}

export function registerDocx(context: vscode.ExtensionContext, client: ClientFn): void {
  const fail = (e: unknown) => void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, {
      provideTextDocumentContent: async (uri) => (await importFile(client, fileOf(uri))).text,
    }),
    vscode.window.registerCustomEditorProvider(DOCX_EDITOR, new DocxPreview(client), { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(Commands.openDocxAsPlan, async (arg?: unknown) => {
      const file = await wordFileFor(arg);
      return file ? openDocxAsPlan(file).catch(fail) : undefined;
    }),
    vscode.commands.registerCommand(Commands.saveDocxAsText, async (arg?: unknown) => {
      const file = await wordFileFor(arg);
      return file ? saveDocxAsText(client, file).catch(fail) : undefined;
    }),
    // `workplan.exportDocx [sourceUri] [targetUri]`: the URIs let tests and keybindings skip the dialog.
    vscode.commands.registerCommand(Commands.exportDocx, async (source?: unknown, target?: unknown) => {
      const doc = source instanceof vscode.Uri ? await vscode.workspace.openTextDocument(source) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(t('command.noEditor'));
        return undefined;
      }
      return exportDocx(client, doc, target instanceof vscode.Uri ? target : undefined).catch(fail);
    }),
  );
}
