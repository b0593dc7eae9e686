/**
 * The Tasks view (its own container in the activity bar): the task division (分工) of the active
 * work plan, grouped by section or by unit ("what does 市商务局 lead?"), click to jump; and
 * `workplan.exportTasks`, which saves the list as CSV (UTF-8 with BOM, for Excel on Chinese
 * Windows) or a Markdown table through a save dialog. Data from `workplan/tasks`; the view
 * refreshes on `workplan/targetsChanged` (sent after each analysis) and on editor changes.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, Requests, type TaskInfo, type TasksExportParams } from '../../../server/src/shared/protocol';
import { isPlanDocument } from '../detect';
import { t } from '../i18n';
import { followActivePlan, requestRows } from './planView';

export const TASKS_VIEW_ID = 'workplan.tasks';
export type TaskGrouping = 'section' | 'unit';

interface GroupNode {
  readonly kind: 'group';
  readonly label: string;
  readonly description?: string;
  /** Section line (jump target), -1 for units and the top level. */
  readonly line: number;
  readonly unit: boolean;
  readonly children: TaskNode[];
}
interface TaskNode {
  readonly kind: 'task';
  readonly info: TaskInfo;
  readonly uri: vscode.Uri;
  /** In the unit grouping: the unit's role in this task. */
  readonly role?: 'lead' | 'responsible';
}
type Node = GroupNode | TaskNode;

/** Tasks under their section, in document order; tasks outside any section first. */
export function groupTasksBySection(infos: readonly TaskInfo[], uri: vscode.Uri): Node[] {
  const roots: Node[] = [];
  const groups = new Map<string, GroupNode>();
  for (const info of infos) {
    if (!info.section) {
      roots.push({ kind: 'task', info, uri });
      continue;
    }
    const key = `${info.sectionLine}:${info.section}`;
    let g = groups.get(key);
    if (!g) {
      g = { kind: 'group', label: info.section, line: info.sectionLine, unit: false, children: [] };
      groups.set(key, g);
      roots.push(g);
    }
    g.children.push({ kind: 'task', info, uri });
  }
  return roots;
}

/** One group per unit (forms of one unit together), most leads first; the unit's tasks inside. */
export function groupTasksByUnit(infos: readonly TaskInfo[], uri: vscode.Uri): GroupNode[] {
  const units = new Map<string, { names: Map<string, number>; tasks: TaskNode[]; leads: number }>();
  for (const info of infos) {
    const seen = new Set<string>();
    for (const [role, list] of [
      ['lead', info.lead],
      ['responsible', info.responsible],
    ] as const) {
      for (const u of list) {
        if (seen.has(u.key)) continue;
        seen.add(u.key);
        let e = units.get(u.key);
        if (!e) {
          e = { names: new Map(), tasks: [], leads: 0 };
          units.set(u.key, e);
        }
        e.names.set(u.name, (e.names.get(u.name) ?? 0) + 1);
        e.tasks.push({ kind: 'task', info, uri, role });
        if (role === 'lead') e.leads++;
      }
    }
  }
  return [...units.values()]
    .map((e) => {
      const names = [...e.names.entries()].sort((a, b) => b[1] - a[1]);
      const label = names.map(([n]) => n).join(' / ');
      return {
        kind: 'group' as const,
        label,
        line: -1,
        unit: true,
        description: t('tasks.unitCounts', e.leads, e.tasks.length - e.leads),
        children: e.tasks,
      };
    })
    .sort((a, b) => {
      const la = a.children.filter((c) => c.role === 'lead').length;
      const lb = b.children.filter((c) => c.role === 'lead').length;
      return lb - la || b.children.length - a.children.length || a.label.localeCompare(b.label, 'zh-CN');
    });
}

export class TasksTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  document: vscode.Uri | undefined;
  tasks: TaskInfo[] = [];
  grouping: TaskGrouping = 'section';
  private roots: Node[] = [];
  private seq = 0;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires after each load (the extension-host test waits on it). */
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly client: BaseLanguageClient) {}

  fetch(uri: vscode.Uri): Promise<TaskInfo[]> {
    return requestRows<TaskInfo>(this.client, Requests.tasks, uri);
  }

  async load(uri: vscode.Uri | undefined): Promise<void> {
    const seq = ++this.seq;
    const tasks = uri ? await this.fetch(uri) : [];
    if (seq !== this.seq) return;
    this.document = uri;
    this.tasks = tasks;
    this.regroup();
    this.loaded.fire();
  }

  setGrouping(g: TaskGrouping): void {
    this.grouping = g;
    this.regroup();
  }

  private regroup(): void {
    const uri = this.document;
    this.roots = !uri ? [] : this.grouping === 'unit' ? groupTasksByUnit(this.tasks, uri) : groupTasksBySection(this.tasks, uri);
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node.kind === 'group' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(
        node.label,
        node.unit ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.unit ? 'organization' : 'symbol-namespace');
      item.contextValue = node.unit ? 'unit' : 'section';
      if (node.line >= 0 && this.document) {
        const range = new vscode.Range(node.line, 0, node.line, 0);
        item.command = {
          command: 'vscode.open',
          title: '',
          arguments: [this.document, { selection: range } satisfies vscode.TextDocumentShowOptions],
        };
      }
      return item;
    }
    const { info } = node;
    const item = new vscode.TreeItem(info.title || t('tasks.untitled', info.line + 1), vscode.TreeItemCollapsibleState.None);
    const deadline = info.deadline ? ` · ${info.deadline}` : '';
    if (node.role) item.description = t(node.role === 'lead' ? 'tasks.role.lead' : 'tasks.role.responsible') + deadline;
    else item.description = (info.lead.map((u) => u.name).join('、') || t('tasks.noLead')) + deadline;
    item.tooltip = tooltipOf(info);
    item.iconPath = new vscode.ThemeIcon(node.role === 'lead' || (!node.role && info.lead.length) ? 'star-full' : 'circle-outline');
    item.contextValue = 'task';
    const range = new vscode.Range(info.line, info.character, info.endLine, info.endCharacter);
    item.command = {
      command: 'vscode.open',
      title: '',
      arguments: [node.uri, { selection: range } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }
}

function tooltipOf(info: TaskInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const esc = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, '\\$&');
  md.appendMarkdown(`**${esc(info.title)}**\n\n`);
  md.appendMarkdown(`${t('tasks.col.lead')}: ${esc(info.lead.map((u) => u.name).join('、') || '—')}  \n`);
  md.appendMarkdown(`${t('tasks.col.responsible')}: ${esc(info.responsible.map((u) => u.name).join('、') || '—')}  \n`);
  if (info.deadline) md.appendMarkdown(`${t('tasks.col.deadline')}: ${esc(info.deadline)}  \n`);
  md.appendMarkdown(t('tasks.line', info.line + 1));
  return md;
}

/** Internal command: the uri, grouping and rows (`depth label · description`) the view shows. */
export const TASKS_VIEW_STATE_COMMAND = '_workplan.tasksViewState';

function flatten(provider: TasksTreeProvider, nodes: readonly Node[], depth: number): string[] {
  return nodes.flatMap((n) => {
    const item = provider.getTreeItem(n);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const row = `${depth} ${label}${item.description ? ` · ${item.description}` : ''}`;
    return n.kind === 'group' ? [row, ...flatten(provider, n.children, depth + 1)] : [row];
  });
}

export function registerTasksView(context: vscode.ExtensionContext, client: BaseLanguageClient): TasksTreeProvider {
  const provider = new TasksTreeProvider(client);
  const view = vscode.window.createTreeView(TASKS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  // Every document the server is given (Work Plan mode and Markdown plans), as the Targets view.
  const isPlan = (doc: vscode.TextDocument | undefined) => !!doc && isPlanDocument(doc);
  const { current, refresh } = followActivePlan(context, client, provider, isPlan, (uri) => {
    view.message = !uri ? t('tasks.noDocument') : !provider.tasks.length ? t('tasks.none') : undefined;
    view.description = provider.tasks.length ? t('tasks.count', provider.tasks.length) : undefined;
  });
  const group = (g: TaskGrouping) => {
    provider.setGrouping(g);
    void vscode.commands.executeCommand('setContext', 'workplan.tasksGrouping', g);
  };

  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(Commands.tasksGroupBySection, () => group('section')),
    vscode.commands.registerCommand(Commands.tasksGroupByUnit, () => group('unit')),
    vscode.commands.registerCommand(Commands.exportTasks, async (format?: 'csv' | 'markdown', target?: vscode.Uri) => {
      const uri = current();
      if (!uri) {
        void vscode.window.showInformationMessage(t('command.noEditor'));
        return undefined;
      }
      if (format !== 'csv' && format !== 'markdown') {
        const picked = await vscode.window.showQuickPick(
          [
            { label: t('tasks.format.csv'), format: 'csv' as const },
            { label: t('tasks.format.markdown'), format: 'markdown' as const },
          ],
          { placeHolder: t('targets.format.pick') },
        );
        if (!picked) return undefined;
        format = picked.format;
      }
      const ext = format === 'csv' ? 'csv' : 'md';
      const base =
        uri.path
          .split('/')
          .pop()
          ?.replace(/\.[^.]*$/, '') || 'tasks';
      const defaultUri = uri.scheme === 'file' ? vscode.Uri.joinPath(uri, '..', `${base}-${t('tasks.fileSuffix')}.${ext}`) : undefined;
      const dest =
        target ??
        (await vscode.window.showSaveDialog({
          defaultUri,
          saveLabel: t('tasks.export.save'),
          filters: format === 'csv' ? { [t('tasks.format.csv')]: ['csv'] } : { Markdown: ['md'] },
        }));
      if (!dest) return undefined;
      const params: TasksExportParams = { uri: client.code2ProtocolConverter.asUri(uri), format };
      const { content } = await client.sendRequest<{ content: string }>(Requests.tasksExport, params);
      await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(content));
      void vscode.window.showInformationMessage(t('tasks.export.done', dest.fsPath || dest.toString()));
      return dest.toString();
    }),
    vscode.commands.registerCommand(TASKS_VIEW_STATE_COMMAND, () => ({
      uri: provider.document?.toString(),
      grouping: provider.grouping,
      rows: flatten(provider, provider.getChildren(), 1),
    })),
  );
  void vscode.commands.executeCommand('setContext', 'workplan.tasksView', true);
  void vscode.commands.executeCommand('setContext', 'workplan.tasksGrouping', 'section');
  refresh();
  return provider;
}
