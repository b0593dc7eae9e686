/**
 * "对比目标… / Compare targets with…": picks another plan, asks the server for the comparison
 * (`workplan/compare`) and shows it in a webview: metric, last year's value, this year's value,
 * change, rows missing on one side marked. Clicking a value posts a message; the extension opens
 * that document at the value with the `vscode.open` command.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  Requests,
  type CompareParams,
  type CompareResult,
  type CompareRowInfo,
  type CompareSideInfo,
  type PlanInfo,
  type PlanInfoParams,
} from '../../../server/src/shared/protocol';
import { t } from '../i18n';

export const COMPARE_VIEW_TYPE = 'workplan.compare';

/** What the command returns (the extension-host tests read it). */
export interface CompareView {
  readonly panel: vscode.WebviewPanel;
  readonly rows: readonly CompareRowInfo[];
  readonly oldUri: vscode.Uri;
  readonly newUri: vscode.Uri;
}

let current: vscode.WebviewPanel | undefined;
let currentSides: { old: vscode.Uri; new: vscode.Uri; rows: readonly CompareRowInfo[] } | undefined;

/** Work-plan files of the workspace, each shown by its title and year, then "Browse…". */
async function pickOther(client: BaseLanguageClient, doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const files = (await vscode.workspace.findFiles('**/*.{txt,md,workplan}', '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**}', 500))
    .filter((u) => u.toString() !== doc.uri.toString())
    .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  const infos = await client
    .sendRequest<PlanInfo[]>(Requests.planInfo, { uris: files.map((u) => u.toString()) } satisfies PlanInfoParams)
    .catch(() => [] as PlanInfo[]);
  const info = new Map(infos.map((i) => [i.uri, i]));
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const items: Item[] = [
    ...files.map((uri): Item => {
      const plan = info.get(uri.toString());
      const name = path.basename(uri.fsPath);
      const where = vscode.workspace.asRelativePath(uri);
      const label = plan?.title ?? name;
      const year = plan?.year ? t('compare.planYear', String(plan.year)) : undefined;
      return {
        label,
        description: [year, plan?.title ? where : vscode.workspace.asRelativePath(path.dirname(uri.fsPath))].filter(Boolean).join(' · '),
        uri,
      };
    }),
    { label: `$(folder-opened) ${t('compare.browse')}` },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t('compare.pick'), matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: t('compare.openLabel'),
    filters: { [t('compare.filter')]: ['txt', 'md', 'workplan'] },
  });
  return chosen?.[0];
}

/** How the server gets a document: the text when VS Code has it open, else the file's URI. */
function source(uri: vscode.Uri): { uri?: string; text?: string } {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? { text: open.getText() } : { uri: uri.toString() };
}

/** Compares the plan `doc` with `other` (picked when not given) and shows the table. */
export async function compareTargets(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  doc: vscode.TextDocument,
  other?: vscode.Uri,
): Promise<CompareView | undefined> {
  const otherUri = other ?? (await pickOther(client, doc));
  if (!otherUri) return undefined;
  let otherSource = source(otherUri);
  if (otherSource.uri && otherUri.scheme !== 'file') otherSource = { text: (await vscode.workspace.openTextDocument(otherUri)).getText() };
  const params: CompareParams = {
    oldUri: otherSource.uri,
    oldText: otherSource.text,
    newText: doc.getText(),
    orderByYear: true,
  };
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('compare.progress') }, () =>
    client.sendRequest<CompareResult>(Requests.compare, params),
  );
  const oldUri = result.swapped ? doc.uri : otherUri;
  const newUri = result.swapped ? otherUri : doc.uri;
  const title = t('compare.title', label(oldUri), label(newUri));
  if (!current) {
    current = vscode.window.createWebviewPanel(
      COMPARE_VIEW_TYPE,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, localResourceRoots: [] },
    );
    current.onDidDispose(
      () => {
        current = undefined;
        currentSides = undefined;
      },
      null,
      context.subscriptions,
    );
    current.webview.onDidReceiveMessage(
      (m: { type?: string; side?: 'old' | 'new'; row?: number }) => {
        if (m.type === 'reveal' && currentSides && typeof m.row === 'number' && (m.side === 'old' || m.side === 'new'))
          void reveal(currentSides, m.row, m.side);
      },
      null,
      context.subscriptions,
    );
  } else current.reveal(vscode.ViewColumn.Beside);
  current.title = title;
  currentSides = { old: oldUri, new: newUri, rows: result.rows };
  current.webview.html = html(current.webview, result, label(oldUri), label(newUri));
  return { panel: current, rows: result.rows, oldUri, newUri };
}

function label(uri: vscode.Uri): string {
  // An untitled draft named after its source has a path: show its name, like a file's.
  return path.posix.basename(uri.path) || uri.toString();
}

/** Opens the side's document beside the table with the value selected. */
async function reveal(sides: NonNullable<typeof currentSides>, row: number, side: 'old' | 'new'): Promise<void> {
  const r = sides.rows[row];
  const at: CompareSideInfo | null = r?.[side] ?? null;
  if (!r || !at) return;
  const selection = new vscode.Range(at.line, at.character, at.endLine, at.endCharacter);
  await vscode.commands.executeCommand('vscode.open', sides[side], {
    selection,
    viewColumn: vscode.ViewColumn.One,
    preview: true,
  } satisfies vscode.TextDocumentShowOptions);
}

/** Rates share their metric with the amount (进出口 8.7亿美元, 增长16%): say which one a row is. */
function categoryLabel(category: string): string {
  const key =
    category === 'growth'
      ? 'compare.category.growth'
      : category === 'percent'
        ? 'compare.category.percent'
        : category === 'points'
          ? 'compare.category.points'
          : undefined;
  return key ? ` <span class="cat">${escape(t(key))}</span>` : '';
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function html(webview: vscode.Webview, result: CompareResult, oldName: string, newName: string): string {
  const nonce = Array.from(
    { length: 24 },
    () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)],
  ).join('');
  const cell = (row: number, side: 'old' | 'new', s: CompareSideInfo | null) =>
    s
      ? `<td class="value"><a href="#" data-row="${row}" data-side="${side}" title="${escape(t('compare.jump', s.line + 1))}">${escape(s.text)}</a><span class="line">${escape(t('compare.lineShort', s.line + 1))}</span></td>`
      : `<td class="value missing">—</td>`;
  const direction = (r: CompareRowInfo) => (!r.change || r.change.absolute === 0 ? 'same' : r.change.absolute > 0 ? 'up' : 'down');
  const rows = result.rows
    .map((r, i) => {
      const status =
        r.status === 'onlyOld'
          ? `<span class="badge dropped">${escape(t('compare.status.onlyOld'))}</span>`
          : r.status === 'onlyNew'
            ? `<span class="badge added">${escape(t('compare.status.onlyNew'))}</span>`
            : r.status === 'toFill'
              ? `<span class="badge fill">${escape(t('compare.status.toFill'))}</span>`
              : escape(r.changeText);
      return `<tr class="${r.status} ${direction(r)}"><td class="metric">${escape(r.metric)}${categoryLabel(r.category)}</td>${cell(i, 'old', r.old)}${cell(i, 'new', r.new)}<td class="change">${status}</td></tr>`;
    })
    .join('\n');
  const changed = result.rows.filter((r) => r.status === 'both' && r.change && r.change.absolute !== 0).length;
  const added = result.rows.filter((r) => r.status === 'onlyNew').length;
  const dropped = result.rows.filter((r) => r.status === 'onlyOld').length;
  const toFill = result.rows.filter((r) => r.status === 'toFill').length;
  const year = (y: number | null) => (y === null ? '' : ` · ${y}`);
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 16px; }
  h1 { font-size: 1.2em; font-weight: 600; margin: 14px 0 4px; }
  .summary { color: var(--vscode-descriptionForeground); margin-bottom: 10px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,.3)); vertical-align: top; }
  th { font-weight: 600; color: var(--vscode-descriptionForeground); position: sticky; top: 0; background: var(--vscode-editor-background); }
  td.value { white-space: nowrap; font-variant-numeric: tabular-nums; }
  td.value a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  td.value a:hover { text-decoration: underline; }
  .cat { color: var(--vscode-descriptionForeground); font-size: .85em; margin-left: 4px; }
  .line { color: var(--vscode-descriptionForeground); font-size: .85em; margin-left: 8px; }
  .line::before { content: '· '; }
  .missing { color: var(--vscode-disabledForeground, #888); }
  tr.up .change { color: var(--vscode-charts-green, #3fb950); }
  tr.down .change { color: var(--vscode-charts-red, #f85149); }
  tr.same .change { color: var(--vscode-descriptionForeground); }
  tr.onlyOld td.metric { text-decoration: line-through; color: var(--vscode-descriptionForeground); }
  .badge { border-radius: 3px; padding: 1px 6px; font-size: .85em; }
  .badge.added { background: var(--vscode-charts-blue, #2f81f7); color: #fff; }
  .badge.dropped { background: var(--vscode-charts-orange, #d18616); color: #fff; }
  .badge.fill { border: 1px solid var(--vscode-charts-yellow, #d29922); color: var(--vscode-charts-yellow, #d29922); }
  .empty { margin-top: 20px; color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h1>${escape(oldName)}${year(result.oldYear)} → ${escape(newName)}${year(result.newYear)}</h1>
<div class="summary">${escape(t('compare.summary', result.rows.length, changed, added, dropped, toFill))} · ${escape(t('compare.hint'))}</div>
${
  result.rows.length
    ? `<table>
<thead><tr><th>${escape(t('compare.col.metric'))}</th><th>${escape(t('compare.col.old'))}</th><th>${escape(t('compare.col.new'))}</th><th>${escape(t('compare.col.change'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : `<div class="empty">${escape(t('compare.none'))}</div>`
}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-row]');
    if (!a) return;
    e.preventDefault();
    vscode.postMessage({ type: 'reveal', row: Number(a.dataset.row), side: a.dataset.side });
  });
</script>
</body>
</html>`;
}
