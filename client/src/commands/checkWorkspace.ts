/**
 * "检查工作区所有计划 / Check all plans in the workspace": lists the candidate files of the
 * workspace (`files.exclude` applied, as the Explorer and search do) and asks the server to check
 * them (`workplan/checkWorkspace`): it reads them from disk and publishes their diagnostics, so
 * closed files show in the Problems panel. Its work-done progress (files done / total) drives a
 * cancellable notification; cancelling stops the request, what was reported stays.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WorkDoneProgress } from 'vscode-languageclient';
import { Commands, Requests, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../../server/src/shared/protocol';
import { t } from '../i18n';

/** The file kinds the extension reads as plans: text, Markdown, Work Plan files and Word documents. */
const CANDIDATES = '**/*.{txt,md,workplan,docx}';
/** A workspace bigger than this is checked in its first files only (findFiles' order). */
const MAX_FILES = 20_000;

/** `files.exclude` (the entries switched on) and dependency folders, as one glob. */
function excludeGlob(folder: vscode.WorkspaceFolder): string {
  const excluded = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude') ?? {};
  const globs = Object.entries(excluded)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
  globs.push('**/node_modules/**');
  return `{${globs.join(',')}}`;
}

async function candidateFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    // Passing an exclude replaces files.exclude, so excludeGlob carries it.
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, CANDIDATES), excludeGlob(folder), MAX_FILES, token);
    out.push(...found);
  }
  return out.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

/** Runs the check with a progress notification; resolves to the server's answer (undefined when cancelled early). */
export async function checkWorkspace(client: () => Promise<BaseLanguageClient>): Promise<CheckWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('checkWorkspace.noFolder'));
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('checkWorkspace.title'), cancellable: true },
    async (progress, token) => {
      progress.report({ message: t('checkWorkspace.listing') });
      const [c, uris] = await Promise.all([client(), candidateFiles(token)]);
      if (token.isCancellationRequested) return undefined;
      const workDoneToken = `workplan-check-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      let shown = 0;
      const sub = c.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? shown;
        progress.report({ message: value.message, increment: percentage - shown });
        shown = percentage;
      });
      try {
        const params: CheckWorkspaceParams = { uris: uris.map((u) => u.toString()), workDoneToken };
        return await c.sendRequest<CheckWorkspaceResult>(Requests.checkWorkspace, params, token);
      } catch (e) {
        if (token.isCancellationRequested) return undefined;
        throw e;
      } finally {
        sub.dispose();
      }
    },
  );
  const message = result?.message ?? t('checkWorkspace.cancelled');
  const show = t('checkWorkspace.showProblems');
  void vscode.window.showInformationMessage(message, show).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result ?? undefined;
}

/** Registers the command at activation; the language client starts when it runs. */
export function registerCheckWorkspace(context: vscode.ExtensionContext, client: () => Promise<BaseLanguageClient>): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.checkWorkspace, () => checkWorkspace(client)));
}
