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
