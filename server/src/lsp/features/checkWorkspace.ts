/**
 * `workplan/checkWorkspace` ("检查工作区所有计划 / Check all plans in the workspace"): the client
 * sends the candidate files (its excludes applied); each is read from disk, admitted and detected
 * as the editor would (a Word document through its import), analysed, and its diagnostics are
 * published although the file is not open, so the Problems panel lists the whole workspace.
 * Files done / total go out as LSP work-done progress; one file per macrotask, so the server keeps
 * answering the open documents meanwhile (large files are analysed in the worker thread). A
 * cancelled request stops between files and answers with what was done; what was published stays.
 *
 * The results of a closed file stay until the file is opened (its live diagnostics replace them),
 * changes on disk (checked again) or the command runs again (files no longer plans are cleared).
 */
import type { CancellationToken, ServerCapabilities } from 'vscode-languageserver';
import * as path from 'node:path';
import { formatMessage } from '../../core/messages';
import { looksLikeWorkPlan } from '../../core/facts/planHead';
import { Requests, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../shared/protocol';
import type { FeatureHost } from '../host';
import { toDiagnostics } from './diagnostics';

/** Files larger than this are not read (the workspace index has the same limit). */
export const CHECK_MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Names VS Code opens in Work Plan mode by themselves (package.json `filenamePatterns`), or `.workplan`. */
export const PLAN_NAME = /(?:工作计划|工作要点|工作方案|实施方案|行动计划|工作安排).*\.txt$|\.workplan$/i;

/** Progress is reported at most this often (ms): thousands of small files would flood the client. */
const REPORT_EVERY_MS = 100;

const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

export function registerCheckWorkspace(ctx: FeatureHost): Partial<ServerCapabilities> {
  /** Closed files whose diagnostics the last runs published. */
  const reported = new Set<string>();

  /** Checks one closed file; its problem count, or undefined when it is no plan or was not read. */
  const checkFile = async (uri: string): Promise<{ problems: number } | 'skipped' | undefined> => {
    const file = ctx.readDiskPlan(uri, CHECK_MAX_FILE_BYTES);
    if ('skipped' in file) return 'skipped';
    const name = decodeURIComponent(path.posix.basename(uri));
    if (!(PLAN_NAME.test(name) && !file.word) && !looksLikeWorkPlan(file.text)) return undefined;
    const analysis = await ctx.analyseText(uri, file.text);
    // Opened meanwhile: the live diagnostics of the open document win.
    if (ctx.document(uri)) return { problems: analysis.findings.length };
    ctx.publishDiagnostics(uri, toDiagnostics(analysis.model, analysis.findings, ctx.locale(), uri));
    reported.add(uri);
    return { problems: analysis.findings.length };
  };

  ctx.onRequest(Requests.checkWorkspace, async (params: CheckWorkspaceParams, token: CancellationToken): Promise<CheckWorkspaceResult> => {
    const locale = ctx.locale();
    const uris = [...new Set(params.uris.filter((u) => u.startsWith('file:')))];
    const total = uris.length;
    const progress = ctx.workDone(params);
    progress.begin(formatMessage(locale, 'checkWorkspace.title'), 0, formatMessage(locale, 'checkWorkspace.progress', [0, total]), true);
    const seen = new Set<string>();
    let done = 0;
    let plans = 0;
    let problems = 0;
    let skipped = 0;
    let lastReport = Date.now();
    for (const uri of uris) {
      // Between files: requests for the open documents are answered, a cancellation is seen.
      await nextMacrotask();
      if (token.isCancellationRequested) break;
      if (ctx.document(uri)) {
        // Open: its diagnostics are live already; counted with them.
        const analysis = await ctx.analysisFor(uri);
        if (analysis) {
          plans++;
          problems += analysis.findings.length;
        }
        seen.add(uri);
      } else {
        const result = await checkFile(uri);
        if (result === 'skipped') skipped++;
        else if (result) {
          plans++;
          problems += result.problems;
          seen.add(uri);
        }
      }
      done++;
      if (Date.now() - lastReport >= REPORT_EVERY_MS || done === total) {
        lastReport = Date.now();
        progress.report(Math.round((done / total) * 100), formatMessage(locale, 'checkWorkspace.progress', [done, total]));
      }
    }
    const cancelled = done < total;
    // A complete run: files reported before that are no plan now (or gone, or excluded) are cleared.
    if (!cancelled) {
      for (const uri of reported) {
        if (seen.has(uri)) continue;
        reported.delete(uri);
        if (!ctx.document(uri)) ctx.publishDiagnostics(uri, []);
      }
    }
    progress.done();
    const summary = cancelled
      ? formatMessage(locale, 'checkWorkspace.cancelled', [done, total, plans, problems])
      : formatMessage(locale, 'checkWorkspace.done', [done, plans, problems]);
    const message = skipped ? summary + formatMessage(locale, 'checkWorkspace.skipped', [skipped]) : summary;
    return { done, total, plans, problems, skipped, cancelled, message };
  });

  // A closed file this check reported changed on disk: checked again (cleared when it is no plan now).
  ctx.onDidChangeFile((uri) => {
    if (!reported.has(uri) || ctx.document(uri)) return;
    void checkFile(uri).then((r) => {
      if (r === undefined || r === 'skipped') {
        reported.delete(uri);
        if (!ctx.document(uri)) ctx.publishDiagnostics(uri, []);
      }
    });
  });
  return {};
}
