/**
 * The Targets view in the Explorer: the quantitative targets of the active work plan, grouped by
 * section (click to jump), and `workplan.exportTargets` (CSV or a Markdown table in an untitled
 * document). The data comes from the server's `workplan/targets` request; the view refreshes on
 * `workplan/targetsChanged` and when the active editor changes.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, Requests, type TargetInfo } from '../../../server/src/shared/protocol';
import { isPlanDocument } from '../detect';
import { t } from '../i18n';
import { followActivePlan, requestRows } from './planView';

export const TARGETS_VIEW_ID = 'workplan.targets';
export type ExportFormat = 'csv' | 'markdown';

interface SectionNode {
  readonly kind: 'section';
  readonly label: string;
  readonly line: number;
  readonly children: Node[];
}
interface TargetNode {
  readonly kind: 'target';
  readonly info: TargetInfo;
  readonly uri: vscode.Uri;
}
type Node = SectionNode | TargetNode;

/** Nests targets under their section path; sections with the same title but different lines stay apart. */
export function groupBySection(infos: readonly TargetInfo[], uri: vscode.Uri): Node[] {
  const roots: Node[] = [];
  const sections = new Map<string, SectionNode>();
  for (const info of infos) {
    let siblings = roots;
    let key = '';
    info.section.forEach((label, i) => {
      const line = info.sectionLines[i] ?? -1;
      key += `\u0000${line}:${label}`;
      let node = sections.get(key);
      if (!node) {
        node = { kind: 'section', label, line, children: [] };
        sections.set(key, node);
        siblings.push(node);
      }
      siblings = node.children;
    });
    siblings.push({ kind: 'target', info, uri });
  }
  return roots;
}

/** `外贸进出口总额 8.7亿美元`, or the text alone when the metric is unknown. */
export function targetLabel(info: TargetInfo): string {
  return info.metric ? `${info.metric} ${info.text}` : info.text;
}

export class TargetsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The document shown and its targets (the last work plan that was active). */
  document: vscode.Uri | undefined;
  targets: TargetInfo[] = [];
  private roots: Node[] = [];
  private seq = 0;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires after each load (the extension-host test waits on it). */
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly client: BaseLanguageClient) {}

  /** The targets of `uri` from the server ([] when it cannot answer). */
  fetch(uri: vscode.Uri): Promise<TargetInfo[]> {
    return requestRows<TargetInfo>(this.client, Requests.targets, uri);
  }

  /** Fetches the targets of `uri` and redraws. */
  async load(uri: vscode.Uri | undefined): Promise<void> {
    const seq = ++this.seq;
    const targets = uri ? await this.fetch(uri) : [];
    // A newer load started while this one waited: it wins.
    if (seq !== this.seq) return;
    this.document = uri;
    this.targets = targets;
    this.roots = uri ? groupBySection(targets, uri) : [];
    this.changed.fire();
    this.loaded.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node.kind === 'section' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.contextValue = 'section';
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      return item;
    }
    const { info } = node;
    const item = new vscode.TreeItem(targetLabel(info), vscode.TreeItemCollapsibleState.None);
    // The qualifier is shown when the text does not hold it already (不低于20亿元 vs 2个以上).
    item.description =
      info.kind === 'baseline'
        ? t('targets.kind.baseline')
        : info.qualifier && !info.text.includes(info.qualifier)
          ? info.qualifier
          : undefined;
    item.tooltip = tooltipOf(info);
    item.contextValue = info.kind;
    item.iconPath = new vscode.ThemeIcon(info.kind === 'baseline' ? 'history' : info.category === 'growth' ? 'graph-line' : 'target');
    const range = new vscode.Range(info.line, info.character, info.endLine, info.endCharacter);
    item.command = {
      command: 'vscode.open',
      title: '',
      arguments: [node.uri, { selection: range } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }
}

function tooltipOf(info: TargetInfo): string {
  const rows = [`${t('targets.col.kind')}: ${t(info.kind === 'baseline' ? 'targets.kind.baseline' : 'targets.kind.target')}`];
  if (info.metric) rows.push(`${t('targets.col.metric')}: ${info.metric}`);
  rows.push(`${t('targets.col.value')}: ${valueOf(info)} ${info.unit}`);
  if (info.normalized !== null && info.normalized !== info.value)
    rows.push(`${t('targets.col.normalized')}: ${info.normalized.toLocaleString('en-US')} ${info.baseUnit}`);
  if (info.qualifier) rows.push(`${t('targets.col.qualifier')}: ${info.qualifier}`);
  rows.push(`${t('targets.col.line')}: ${info.line + 1}`);
  return rows.join('\n');
}

function valueOf(info: TargetInfo): string {
  return info.valueMax !== null ? `${info.value}～${info.valueMax}` : String(info.value);
}

// The section comes last: an exported row that starts with `二、工作目标` would make detection take
// the table for a plan.
const COLUMNS = [
  'targets.col.metric',
  'targets.col.text',
  'targets.col.value',
  'targets.col.unit',
  'targets.col.qualifier',
  'targets.col.normalized',
  'targets.col.kind',
  'targets.col.line',
  'targets.col.section',
] as const;

/** `目标 · 增速` / `target · growth rate`: growth, share and level rows told apart. */
export function kindLabel(info: TargetInfo): string {
  const kind = t(info.kind === 'baseline' ? 'targets.kind.baseline' : 'targets.kind.target');
  const measure =
    info.category === 'growth'
      ? 'targets.measure.growth'
      : info.category === 'percent'
        ? 'targets.measure.share'
        : info.category === 'points'
          ? 'targets.measure.points'
          : 'targets.measure.level';
  return `${kind} · ${t(measure)}`;
}

function row(info: TargetInfo): string[] {
  return [
    info.metric,
    info.text,
    valueOf(info),
    info.unit,
    info.qualifier,
    info.normalized !== null ? `${info.normalized} ${info.baseUnit}` : '',
    kindLabel(info),
    String(info.line + 1),
    (info.sectionFull ?? info.section).join(' / '),
  ];
}

/** The targets as CSV (RFC 4180 quoting; the file gets a BOM when written) or as a Markdown table. */
export function exportTargets(infos: readonly TargetInfo[], format: ExportFormat): string {
  const header = COLUMNS.map((c) => t(c));
  if (format === 'csv') {
    const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return [header, ...infos.map(row)].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }
  const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const info of infos) lines.push(`| ${row(info).map(cell).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

/** Where an export goes: the given file, else a save dialog proposing `<plan>-目标.csv` beside the plan. */
async function saveTarget(source: vscode.Uri, format: ExportFormat, given: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (given) return given;
  const ext = format === 'csv' ? 'csv' : 'md';
  const base = source.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '') || 'plan';
  const name = `${base}-${t('targets.fileSuffix')}.${ext}`;
  const folder = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { [t('targets.format.csv')]: ['csv'] } : { [t('targets.format.markdown')]: ['md'] },
    saveLabel: t('targets.export'),
  });
}

/** Internal command: the uri and rows (`depth label`) the view shows. */
export const VIEW_STATE_COMMAND = '_workplan.targetsViewState';

function flatten(nodes: readonly Node[], depth: number): string[] {
  return nodes.flatMap((n) =>
    n.kind === 'section' ? [`${depth} ${n.label}`, ...flatten(n.children, depth + 1)] : [`${depth} ${targetLabel(n.info)}`],
  );
}

/** Registers the view, its refresh triggers and the export command; returns the tree provider. */
export function registerTargetsView(context: vscode.ExtensionContext, client: BaseLanguageClient): TargetsTreeProvider {
  const provider = new TargetsTreeProvider(client);
  const view = vscode.window.createTreeView(TARGETS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const isPlan = (doc: vscode.TextDocument | undefined) => !!doc && isPlanDocument(doc);
  const { current, refresh } = followActivePlan(context, client, provider, isPlan, (uri) => {
    view.message = uri && !provider.targets.length ? t('targets.none') : undefined;
  });

  context.subscriptions.push(
    view,
    // `workplan.exportTargets [format] [targetUri]`: the arguments let tests and keybindings skip the pickers.
    vscode.commands.registerCommand(Commands.exportTargets, async (format?: ExportFormat, to?: unknown) => {
      const uri = current();
      if (!uri) {
        void vscode.window.showInformationMessage(t('command.noEditor'));
        return undefined;
      }
      if (format !== 'csv' && format !== 'markdown') {
        const picked = await vscode.window.showQuickPick(
          [
            { label: t('targets.format.markdown'), format: 'markdown' as const },
            { label: t('targets.format.csv'), format: 'csv' as const },
          ],
          { placeHolder: t('targets.format.pick') },
        );
        if (!picked) return undefined;
        format = picked.format;
      }
      // Fetched for this document (the view may be loading another one meanwhile).
      const content = exportTargets(await provider.fetch(uri), format);
      const target = await saveTarget(uri, format, to instanceof vscode.Uri ? to : undefined);
      if (!target) return undefined;
      // Excel on Chinese Windows reads a CSV without a byte order mark as GBK.
      const bytes = new TextEncoder().encode(format === 'csv' ? '\ufeff' + content : content);
      await vscode.workspace.fs.writeFile(target, bytes);
      await vscode.window.showTextDocument(target, { preview: false });
      return { content, uri: target.toString() };
    }),
  );
  // What the view shows, for the extension-host tests (not in the palette: not contributed).
  context.subscriptions.push(
    vscode.commands.registerCommand(VIEW_STATE_COMMAND, () => ({
      uri: provider.document?.toString(),
      rows: flatten(provider.getChildren(), 1),
    })),
  );
  void vscode.commands.executeCommand('setContext', 'workplan.targetsView', true);
  refresh();
  return provider;
}
