/**
 * The client's own user-facing strings (status bar, notifications, pickers), in Chinese and
 * English, chosen by VS Code's display language. Contribution strings live in
 * package.nls*.json; the server's in server/src/core/messages.ts. Placeholders are `{0}`, `{1}`.
 */
import * as vscode from 'vscode';
import { fillTemplate } from '../../server/src/shared/text';

interface Entry {
  readonly zh: string;
  readonly en: string;
}

const strings = {
  // ---------------------------------------------------------------- status bar
  'statusBar.name': { zh: '工作计划：字数与问题', en: 'Work plan: characters and problems' },
  'statusBar.characters': { zh: '字数 {0}', en: '{0} chars' },
  'statusBar.selection': { zh: '已选 {0} 字（共 {1}）', en: '{0} of {1} chars selected' },
  'statusBar.findings': { zh: '问题 {0}', en: '{0} {0|problem|problems}' },
  'statusBar.tooltip': {
    zh: '字数：不含空格和换行的字符数（选中文字时为选中部分）。点击打开“问题”面板。',
    en: 'Characters other than spaces and line breaks (of the selection, when there is one). Click to open the Problems panel.',
  },
  // ---------------------------------------------------------------- targets view and export
  'targets.none': { zh: '此文档中没有找到目标数值。', en: 'No targets found in this document.' },
  'targets.format.pick': { zh: '导出格式', en: 'Export format' },
  'targets.format.markdown': { zh: 'Markdown 表格', en: 'Markdown table' },
  'targets.format.csv': { zh: 'CSV（逗号分隔）', en: 'CSV (comma-separated values)' },
  'targets.kind.target': { zh: '目标', en: 'target' },
  'targets.kind.baseline': { zh: '基数', en: 'baseline' },
  'targets.measure.growth': { zh: '增速', en: 'growth rate' },
  'targets.measure.share': { zh: '比重', en: 'share' },
  'targets.measure.points': { zh: '百分点', en: 'percentage points' },
  'targets.measure.level': { zh: '总量', en: 'level' },
  'targets.fileSuffix': { zh: '目标', en: 'targets' },
  'targets.export': { zh: '导出', en: 'Export' },
  'targets.col.section': { zh: '章节', en: 'Section' },
  'targets.col.metric': { zh: '指标', en: 'Metric' },
  'targets.col.text': { zh: '原文', en: 'As written' },
  'targets.col.value': { zh: '数值', en: 'Value' },
  'targets.col.unit': { zh: '单位', en: 'Unit' },
  'targets.col.qualifier': { zh: '限定', en: 'Qualifier' },
  'targets.col.normalized': { zh: '折合', en: 'Normalised' },
  'targets.col.kind': { zh: '类型', en: 'Kind' },
  'targets.col.line': { zh: '行', en: 'Line' },
  // ---------------------------------------------------------------- tasks view and export (分工)
  'tasks.none': {
    zh: '此文档中没有找到分工任务（牵头单位、责任单位）。',
    en: 'No tasks with lead or responsible units found in this document.',
  },
  'tasks.noDocument': { zh: '打开一份工作计划以查看任务分工。', en: 'Open a work plan to see its task division.' },
  'tasks.count': { zh: '{0} 项任务', en: 'tasks: {0}' },
  'tasks.unitCounts': { zh: '牵头 {0} · 责任 {1}', en: 'lead {0} · responsible {1}' },
  'tasks.role.lead': { zh: '牵头', en: 'lead' },
  'tasks.role.responsible': { zh: '责任', en: 'responsible' },
  'tasks.noLead': { zh: '未写牵头单位', en: 'no lead unit' },
  'tasks.untitled': { zh: '第 {0} 行的任务', en: 'Task on line {0}' },
  'tasks.line': { zh: '第 {0} 行', en: 'Line {0}' },
  'tasks.col.lead': { zh: '牵头单位', en: 'Lead units' },
  'tasks.col.responsible': { zh: '责任单位', en: 'Responsible units' },
  'tasks.col.deadline': { zh: '完成时限', en: 'Deadline' },
  'tasks.format.csv': { zh: 'CSV（Excel 可直接打开）', en: 'CSV (opens in Excel)' },
  'tasks.format.markdown': { zh: 'Markdown 表格', en: 'Markdown table' },
  'tasks.fileSuffix': { zh: '任务分工', en: 'tasks' },
  'tasks.export.save': { zh: '导出', en: 'Export' },
  'tasks.export.done': { zh: '已导出任务分工：{0}', en: 'Tasks exported to {0}' },
  // ---------------------------------------------------------------- next year's draft and compare
  'nextYear.progress': { zh: '正在起草下一年度计划…', en: 'Drafting next year’s plan…' },
  'nextYear.done': {
    zh: '已起草 {0} 年计划：{1} 个数值待填写（【】），{2} 处待核（【待核：…】），见“问题”面板。',
    en: 'Drafted the {0} plan: {1} {1|value|values} to fill in (【】) and {2} {2|detail|details} to check (【待核：…】); see the Problems panel.',
  },
  'nextYear.noYear': {
    zh: '未找到计划年度，年份未改动；{0} 个数值待填写，{1} 处待核。',
    en: 'No plan year found, years left as they are; {0} {0|value|values} to fill in, {1} {1|detail|details} to check.',
  },
  'nextYear.fileSuffix': { zh: '下一年度', en: 'next-year' },
  'compare.pick': { zh: '选择要对比的另一份计划', en: 'Pick the plan to compare with' },
  'compare.browse': { zh: '浏览…', en: 'Browse…' },
  'compare.openLabel': { zh: '对比', en: 'Compare' },
  'compare.filter': { zh: '工作计划', en: 'Work plans' },
  'compare.progress': { zh: '正在对比目标…', en: 'Comparing targets…' },
  'compare.title': { zh: '目标对比：{0} ↔ {1}', en: 'Targets: {0} ↔ {1}' },
  'compare.col.metric': { zh: '指标', en: 'Metric' },
  'compare.col.old': { zh: '上年', en: 'Last year' },
  'compare.col.new': { zh: '本年', en: 'This year' },
  'compare.col.change': { zh: '变化', en: 'Change' },
  'compare.status.onlyOld': { zh: '本年未列', en: 'dropped' },
  'compare.status.onlyNew': { zh: '新增', en: 'new' },
  'compare.status.toFill': { zh: '待填写', en: 'to fill in' },
  'compare.lineShort': { zh: '第 {0} 行', en: 'line {0}' },
  'compare.planYear': { zh: '{0} 年', en: '{0}' },
  'compare.summary': {
    zh: '{0} 项指标：{1} 项有变化，{2} 项新增，{3} 项本年未列，{4} 项待填写',
    en: '{0} {0|metric|metrics}: {1} changed, {2} new, {3} dropped, {4} to fill in',
  },
  'compare.hint': { zh: '点击数值跳转到原文', en: 'click a value to jump to it' },
  'compare.jump': { zh: '跳转到第 {0} 行', en: 'Go to line {0}' },
  'compare.none': { zh: '两份计划中都没有找到目标数值。', en: 'Neither plan states any targets.' },
  'compare.category.growth': { zh: '增速', en: 'growth' },
  'compare.category.percent': { zh: '比重', en: 'share' },
  'compare.category.points': { zh: '百分点', en: 'points' },
  // ---------------------------------------------------------------- Word in, Word out
  'docx.reading': { zh: '正在读取 {0}…', en: 'Reading {0}…' },
  'docx.heading': { zh: '{0}：Word 文档', en: '{0}: a Word document' },
  'docx.summary': {
    zh: '{0} 段，其中 {1} 个自动编号已写成文字，表格 {2} 行。可以作为工作计划打开（大纲、问题、目标），或另存为文本继续起草。',
    en: '{0} paragraphs, {1} automatic numbers written out, {2} table rows. Open it as a work plan (outline, problems, targets) or save it as text to draft in.',
  },
  'docx.open': { zh: '以工作计划打开（只读）', en: 'Open as a work plan (read-only)' },
  'docx.save': { zh: '另存为 .txt 继续起草', en: 'Save as .txt to draft in' },
  'docx.preview': { zh: '开头几行：', en: 'The first lines:' },
  'docx.pick': { zh: '选择 Word 文档', en: 'Pick a Word document' },
  'docx.filter': { zh: 'Word 文档', en: 'Word documents' },
  'docx.saved': { zh: '已保存 {0}', en: 'Saved {0}' },
  'docx.overwrite': { zh: '{0} 已存在，要覆盖吗？', en: '{0} exists. Overwrite it?' },
  'docx.overwriteYes': { zh: '覆盖', en: 'Overwrite' },
  'docx.exportProgress': { zh: '正在导出为 Word（公文格式）…', en: 'Exporting to Word (GB/T 9704)…' },
  'docx.exported': { zh: '已导出 {0}（{1} 段）', en: 'Exported {0} ({1} paragraphs)' },
  'docx.exportLabel': { zh: '导出', en: 'Export' },
  'docx.reveal': { zh: '在文件夹中显示', en: 'Reveal in folder' },
  // ---------------------------------------------------------------- check all plans in the workspace
  'checkWorkspace.title': { zh: '正在检查工作区所有计划', en: 'Checking all plans in the workspace' },
  'checkWorkspace.listing': { zh: '正在列出文件…', en: 'Listing files…' },
  'checkWorkspace.noFolder': { zh: '请先打开一个文件夹或工作区。', en: 'Open a folder or workspace first.' },
  'checkWorkspace.showProblems': { zh: '打开“问题”面板', en: 'Show Problems' },
  'checkWorkspace.cancelled': {
    zh: '已取消检查，已检查文件的结果保留在“问题”面板。',
    en: 'Check cancelled; the results of the files checked stay in the Problems panel.',
  },
  // ---------------------------------------------------------------- foundation
  'detect.switched': { zh: '已将 {0} 识别为工作计划。', en: '{0} looks like a work plan: switched to Work Plan mode.' },
  // ---------------------------------------------------------------- encodings
  'encoding.misdecoded': {
    zh: '{0} 似乎是 GBK/GB18030 编码的文件，却按 {1} 打开：中文字符在解码时丢失了（显示为 �），不是复制造成的。要按 GB18030 重新打开吗？',
    en: '{0} looks like a GBK/GB18030 file opened as {1}: its Chinese characters were lost in decoding (shown as �), not in copying. Reopen it as GB18030?',
  },
  'encoding.reopen': { zh: '按 GB18030 重新打开', en: 'Reopen as GB18030' },
  'server.notice': { zh: '工作计划助手：{0}', en: 'Workplan: {0}' },
  'server.restarted': { zh: '工作计划语言服务器已重启。', en: 'The Workplan language server was restarted.' },
  'server.startFailed': { zh: '工作计划语言服务器启动失败：{0}', en: 'The Workplan language server failed to start: {0}' },
  'command.noActiveEditor': { zh: '请先打开一个文档。', en: 'Open a document first.' },
  'command.noEditor': { zh: '请先打开一个工作计划文档。', en: 'Open a work plan first.' },
  'renumber.done': { zh: '已重新编号 {0} 处。', en: 'Renumbered {0} {0|marker|markers}.' },
  'renumber.nothing': { zh: '编号都是连续的，无需修改。', en: 'The numbering is already in order.' },
  'renumber.scope.document': { zh: '整个文档', en: 'Whole document' },
  'renumber.scope.list': { zh: '光标所在的列表', en: 'The list at the cursor' },
} satisfies Record<string, Entry>;

export type ClientMessageKey = keyof typeof strings;

/** True when VS Code's display language is Chinese. */
export function isChinese(): boolean {
  return /^zh/i.test(vscode.env.language);
}

/** A client string in the display language, numbers grouped by the locale. */
export function t(key: ClientMessageKey, ...args: Array<string | number>): string {
  const entry: Entry = strings[key];
  const zh = isChinese();
  return fillTemplate(zh ? entry.zh : entry.en, args, zh ? 'zh' : 'en', (v) =>
    typeof v === 'number' ? v.toLocaleString(zh ? 'zh-CN' : 'en-US') : String(v),
  );
}

/** Every entry (for a test that checks both languages are filled in). */
export function allClientStrings(): ReadonlyArray<[string, Entry]> {
  return Object.entries(strings);
}
