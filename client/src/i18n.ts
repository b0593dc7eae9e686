/**
 * The client's own user-facing strings (status bar, notifications, pickers), in Chinese and
 * English, chosen by VS Code's display language. Contribution strings live in
 * package.nls*.json; the server's in server/src/core/messages.ts. Placeholders are `{0}`, `{1}`.
 */
import * as vscode from 'vscode';

interface Entry {
  readonly zh: string;
  readonly en: string;
}

const strings = {
  // ---------------------------------------------------------------- status bar (issue 7)
  'statusBar.name': { zh: '工作计划：字数与问题', en: 'Work plan: characters and problems' },
  'statusBar.characters': { zh: '字数 {0}', en: '{0} chars' },
  'statusBar.selection': { zh: '已选 {0} 字（共 {1}）', en: '{0} of {1} chars selected' },
  'statusBar.findings': { zh: '问题 {0}', en: '{0} problems' },
  'statusBar.tooltip': {
    zh: '字数：不含空格和换行的字符数（选中文字时为选中部分）。点击打开“问题”面板。',
    en: 'Characters other than spaces and line breaks (of the selection, when there is one). Click to open the Problems panel.',
  },
  // ---------------------------------------------------------------- foundation
  'detect.switched': { zh: '已将 {0} 识别为工作计划。', en: '{0} looks like a work plan: switched to Work Plan mode.' },
  'server.notice': { zh: '工作计划助手：{0}', en: 'Workplan: {0}' },
  'server.restarted': { zh: '工作计划语言服务器已重启。', en: 'The Workplan language server was restarted.' },
  'server.startFailed': { zh: '工作计划语言服务器启动失败：{0}', en: 'The Workplan language server failed to start: {0}' },
  'command.noEditor': { zh: '请先打开一个工作计划文档。', en: 'Open a work plan first.' },
  'renumber.done': { zh: '已重新编号 {0} 处。', en: 'Renumbered {0} markers.' },
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
  return (zh ? entry.zh : entry.en).replace(/\{(\d+)\}/g, (_, i: string) => {
    const v = args[Number(i)];
    return typeof v === 'number' ? v.toLocaleString(zh ? 'zh-CN' : 'en-US') : String(v ?? '');
  });
}

/** Every entry (for a test that checks both languages are filled in). */
export function allClientStrings(): ReadonlyArray<[string, Entry]> {
  return Object.entries(strings);
}
