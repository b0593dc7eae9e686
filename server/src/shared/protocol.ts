/**
 * Ids shared by the client and the server: commands, custom requests and notifications.
 * The client imports this file too (types only at run time, constants by value).
 */
import type { WorkspaceEdit } from 'vscode-languageserver-types';

export const LANGUAGE_ID = 'workplan';

export const Commands = {
  restartServer: 'workplan.restartServer',
  setLanguageMode: 'workplan.setLanguageMode',
  renumber: 'workplan.renumber',
  fixAllOfRule: 'workplan.fixAllOfRule',
  cleanPaste: 'workplan.cleanPaste',
  repairText: 'workplan.repairText',
  exportTargets: 'workplan.exportTargets',
  draftNextYear: 'workplan.draftNextYear',
  compareTargets: 'workplan.compareTargets',
  openSample: 'workplan.openSample',
  openDocxAsPlan: 'workplan.openDocxAsPlan',
  saveDocxAsText: 'workplan.saveDocxAsText',
  exportDocx: 'workplan.exportDocx',
  revealRange: 'workplan.revealRange',
  repairLineBreaks: 'workplan.repairLineBreaks',
  exportTasks: 'workplan.exportTasks',
  tasksGroupBySection: 'workplan.tasksGroupBySection',
  tasksGroupByUnit: 'workplan.tasksGroupByUnit',
  checkWorkspace: 'workplan.checkWorkspace',
} as const;

/** Server-side commands executed through `workspace/executeCommand`. */
export const ServerCommands = {
  renumber: 'workplan.server.renumber',
  fixAllOfRule: 'workplan.server.fixAllOfRule',
  cleanPaste: 'workplan.server.cleanPaste',
  repairLineBreaks: 'workplan.server.repairLineBreaks',
  repairText: 'workplan.server.repairText',
} as const;

/** Custom requests (method names). */
export const Requests = {
  /** `{ uri }` → `TargetInfo[]` for the Targets view and the export command. */
  targets: 'workplan/targets',
  /** `{ uri }` → the next-year draft text. */
  nextYear: 'workplan/nextYear',
  /** `{ oldUri, newUri }` or texts → comparison rows. */
  compare: 'workplan/compare',
  /** `{ uri }` → document statistics for the status bar. */
  stats: 'workplan/stats',
  /** `{ uris }` → `PlanInfo[]`: each plan's title and year (the compare picker lists them). */
  planInfo: 'workplan/planInfo',
  /** `{}` → `{ pid }` of the server process (crash-recovery tests, diagnostics). */
  processId: 'workplan/processId',
  /**
   * `{ reset? }` → `ServerStatus`: the longest the server's event loop was blocked since the
   * first such request (or the last reset), and its heap. `npm run bench` reads it at 10 MB.
   */
  serverStatus: 'workplan/serverStatus',
  /** `ImportDocxParams` → `ImportDocxResult`: the plan text of a Word document. */
  importDocx: 'workplan/importDocx',
  /** `ExportDocxParams` → `ExportDocxResult`: a plan as a Word document laid out as a 公文. */
  exportDocx: 'workplan/exportDocx',
  /** `{ uri }` → `TaskInfo[]`: the task division (分工) for the Tasks view. */
  tasks: 'workplan/tasks',
  /** `TasksExportParams` → `{ content }`: the tasks as CSV (with BOM) or a Markdown table. */
  tasksExport: 'workplan/tasksExport',
  /**
   * `CheckWorkspaceParams` → `CheckWorkspaceResult`: reads the given files from disk and publishes
   * the diagnostics of every plan among them (closed files too), with work-done progress; a
   * cancelled request answers with what was done so far.
   */
  checkWorkspace: 'workplan/checkWorkspace',
} as const;

export interface CheckWorkspaceParams {
  /** `file:` URIs of the candidate files (the client applies its excludes). */
  uris: string[];
  /** LSP work-done progress token: files done / total are reported on it. */
  workDoneToken?: string | number;
}

export interface CheckWorkspaceResult {
  /** Files looked at (all of `uris` unless cancelled). */
  done: number;
  total: number;
  /** Plans among them (open documents included, with their live diagnostics). */
  plans: number;
  problems: number;
  /** Files not checked: too large, binary, misdecoded or unreadable. */
  skipped: number;
  cancelled: boolean;
  /** A localised summary. */
  message: string;
}

export interface ServerStatus {
  readonly pid: number;
  /** Event-loop delay since monitoring began or was reset (10 ms resolution), in ms. */
  readonly eventLoop: { readonly maxMs: number; readonly p99Ms: number; readonly meanMs: number };
  readonly heapUsedMB: number;
  /** Resident set of the whole process (worker threads included), in MB. */
  readonly rssMB: number;
  /**
   * Analyses of open documents made since the server started, by what made them due: `didOpen`,
   * `didChange` (the scheduler after an edit), `settings`, `index`, or the method of the request
   * that waited for one (`onCodeAction`, `semanticTokens.on`, `workplan/targets`, …).
   */
  readonly analyses: Readonly<Record<string, number>>;
}

/** A notice about one document; `reason` lets the client offer an action (`encoding`: reopen in GBK). */
export interface NoticeParams {
  readonly uri: string;
  readonly message: string;
  readonly reason?: 'binary' | 'tooLarge' | 'encoding' | 'tooManyFindings' | 'analysisTimeout';
}

/** Notifications from the server. */
export const Notifications = {
  /** `NoticeParams`: analysis was partial or stopped (large, binary or misdecoded document). */
  notice: 'workplan/notice',
  /**
   * `TargetsChangedParams`: a version of a document was analysed and its diagnostics published
   * (refresh the Targets view; the status bar takes the counts from it).
   */
  targetsChanged: 'workplan/targetsChanged',
} as const;

export interface UriParams {
  uri: string;
}

/** One target as sent to the client (positions 0-based, UTF-16). */
export interface TargetInfo {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  text: string;
  metric: string;
  value: number;
  valueMax: number | null;
  unit: string;
  qualifier: string;
  kind: 'target' | 'baseline';
  category: string;
  normalized: number | null;
  baseUnit: string;
  /** The part of the document: `review` (facts), `plan`, or `none` when it is not known. */
  zone?: 'review' | 'plan' | 'none';
  /** money, count, area, weight, energy, people, percent, points, time or other. */
  unitKind?: string;
  /** growth (a growth rate), level or share. */
  measure?: 'growth' | 'level' | 'share';
  scopeYear?: number | null;
  /** Heading path, e.g. ["二、工作目标", "（一）全年全市外贸…"]. */
  section: string[];
  /** 0-based line of each heading of `section` (a document pasted twice repeats the titles). */
  sectionLines: number[];
  /** `section` with every title in full (exports carry the whole text). */
  sectionFull: string[];
}

/** Answer of `workplan.server.cleanPaste` (`[uri]`): applied, how many fixes, a localised message. */
export interface CleanPasteResult {
  applied: boolean;
  count: number;
  message: string;
}

/** What `workplan.server.repairText` (alias `repairLineBreaks`) answers: the changes as a workspace edit, applied unless `apply: false`. */
export interface RepairResult extends CleanPasteResult {
  edit?: WorkspaceEdit;
}

export interface StatsResult {
  characters: number;
  findings: number;
}

/** Params of `workplan/targetsChanged`. */
export interface TargetsChangedParams extends UriParams {
  version: number;
  stats: StatsResult;
}

/** `workplan/nextYear`: the draft of an open document (`uri`) or of a text. */
export interface NextYearParams {
  uri?: string;
  text?: string;
}

/** A span of the draft (0-based, UTF-16) with what it is. */
export interface DraftRangeInfo {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** `review`: a `【待核：…】` mark; `placeholder`: a `【12】` target value. */
  kind: string;
  /** Localised reason (review) or last year's value (placeholder). */
  message: string;
}

export interface NextYearResult {
  text: string;
  fromYear: number | null;
  toYear: number | null;
  reviews: DraftRangeInfo[];
  placeholders: DraftRangeInfo[];
}

/** `workplan/compare`: last year's plan (old) against this year's (new), by uri or by text. */
export interface CompareParams {
  oldUri?: string;
  newUri?: string;
  oldText?: string;
  newText?: string;
  /** Put the plan with the earlier plan year on the old side (the result says when it swapped). */
  orderByYear?: boolean;
}

export interface CompareSideInfo {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  metric: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface CompareRowInfo {
  metric: string;
  category: string;
  /** `toFill`: this year's value is a draft placeholder not filled in yet. */
  status: 'both' | 'onlyOld' | 'onlyNew' | 'toFill';
  old: CompareSideInfo | null;
  new: CompareSideInfo | null;
  change: { absolute: number; unit: string; percent: number | null; points: boolean } | null;
  /** The change for people, in the client's language (`+0.8亿美元（+9.2%）`, `+2 个百分点`). */
  changeText: string;
}

export interface PlanInfoParams {
  uris: string[];
}

/** A plan as a picker shows it; null where the document does not say. */
export interface PlanInfo {
  uri: string;
  title: string | null;
  year: number | null;
}

export interface CompareResult {
  rows: CompareRowInfo[];
  /** True when `orderByYear` put the given new plan on the old side. */
  swapped: boolean;
  oldYear: number | null;
  newYear: number | null;
}

/** The URI scheme of the read-only Work Plan view of a Word document (`workplan-docx:/path/计划.docx`). */
export const DOCX_SCHEME = 'workplan-docx';
/** The id of the custom editor that opens `.docx` files. */
export const DOCX_EDITOR = 'workplan.docxPreview';

/** `workplan/importDocx`: the document's bytes as base64, or a `file:` URI the server reads. */
export interface ImportDocxParams {
  data?: string;
  uri?: string;
  /** The file name for messages. */
  name?: string;
}

export type ImportDocxResult =
  { ok: true; text: string; paragraphs: number; numbered: number; tableRows: number } | { ok: false; code: string; message: string };

/** `workplan/exportDocx`: the plan by URI (open document) or as text; 发文机关标志 and 发文字号 optional. */
export interface ExportDocxParams {
  uri?: string;
  text?: string;
  issuer?: string;
  docNumber?: string;
}

export interface ExportDocxResult {
  /** The .docx bytes as base64. */
  data: string;
  paragraphs: number;
}

/** One unit of a task: as written, and the key that groups its forms. */
export interface TaskUnitInfo {
  name: string;
  key: string;
}

/** One task as sent to the client (positions 0-based, UTF-16). */
export interface TaskInfo {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  title: string;
  lead: TaskUnitInfo[];
  responsible: TaskUnitInfo[];
  deadline: string | null;
  /** The section the task sits in (`（一）产业提升人才行动计划`), '' at top level, and its line (-1). */
  section: string;
  sectionLine: number;
}

export interface TasksExportParams {
  uri: string;
  format: 'csv' | 'markdown';
}

/**
 * The environment the language server is started with (by the VS Code client, the tests and the
 * bench; other editors can set the same). `MALLOC_ARENA_MAX=2`: the server runs the analysis in a
 * worker thread, and glibc gives each thread its own malloc arenas, which keep freed memory; with
 * two arenas the resident memory while a 5 MB plan is analysed after every keystroke reads ~325 MB
 * instead of ~350 (six runs each, test/lsp/typing.test.ts), the bound being 400.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
