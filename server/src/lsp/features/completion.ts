/**
 * Completion: next marker, next run-in item, and the snippets of snippets/workplan.json ranked
 * by the section at the cursor. The snippet files are read once, on the first completion, from
 * the snippets/ folder beside the bundle (data, kept out of the server bundle).
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range, type ServerCapabilities } from 'vscode-languageserver';
import { parseDocument } from '../../core/model/parse';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { complete, lineOnlyCompletion, snippetsFromJson, type CompletionCandidate, type SnippetDef } from '../../core/services/completion';
import { formatMessage, type Locale } from '../../core/messages';
import type { DocumentModel } from '../../core/model/model';
import type { FeatureHost } from '../host';
import { toOffset, toRange } from '../convert';

let snippets: SnippetDef[] | undefined;

/**
 * Snippet definitions, parsed once from snippets/workplan.json and its section map
 * snippets/context.json, found in the first folder up from the bundle that has them (dist/.. in
 * the extension and a checkout). The server is the only source of snippets in VS Code too (the
 * extension does not contribute the file as well), so every snippet appears once, ranked by the
 * section at the cursor. Without the files, markers and run-in items still complete.
 */
function loadSnippets(): SnippetDef[] {
  if (snippets) return snippets;
  snippets = [];
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'snippets', 'workplan.json');
    if (!fs.existsSync(file)) continue;
    try {
      snippets = snippetsFromJson(JSON.parse(fs.readFileSync(file, 'utf8')), JSON.parse(fs.readFileSync(path.join(dir, 'snippets', 'context.json'), 'utf8')));
    } catch (e) {
      console.error(`snippets: ${file}: ${e instanceof Error ? e.message : e}`);
    }
    break;
  }
  return snippets;
}

/** Characters that open the list by themselves: a bracket starts a marker, `；` ends a clause. */
export const COMPLETION_TRIGGERS = ['（', '(', '；'];

const KIND: Record<CompletionCandidate['kind'], CompletionItemKind> = {
  marker: CompletionItemKind.EnumMember,
  enumeration: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  template: CompletionItemKind.File,
};

/** LSP items for the candidates at `offset`. */
export function completionItems(model: DocumentModel, offset: number, profile: 'common' | 'gbt', locale: Locale): CompletionItem[] {
  return complete(model, offset, { profile, snippets: loadSnippets() }).map((c) => {
    const item: CompletionItem = {
      label: c.label,
      kind: KIND[c.kind],
      sortText: c.sortText,
      textEdit: { range: toRange(model.lines, c.start, c.end), newText: c.insertText },
      insertTextFormat: c.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
    if (c.preselect) item.preselect = true;
    if (c.filterText) item.filterText = c.filterText;
    if (c.detail) item.detail = formatMessage(locale, c.detail.key, c.detail.args);
    else if (c.description) item.detail = c.description;
    if (c.isSnippet) item.documentation = { kind: 'plaintext', value: c.insertText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '') };
    return item;
  });
}

export function registerCompletion(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.onCompletion(async (p, token) => {
    // The current text: completion never waits for an analysis of the version being typed.
    const settings = await ctx.settingsFor(p.textDocument.uri);
    const doc = ctx.document(p.textDocument.uri);
    if (!doc || token.isCancellationRequested) return [];
    // In the middle of a line only the line matters: a model of that line, not of megabytes.
    const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (p.position.character <= line.length && lineOnlyCompletion(line.slice(0, p.position.character))) {
      const items = completionItems(parseDocument(line), p.position.character, settings.profile, ctx.locale());
      for (const item of items) {
        const range = (item.textEdit as { range: Range } | undefined)?.range;
        if (range) range.start.line = range.end.line = p.position.line;
      }
      return items;
    }
    const model = ctx.currentModel(p.textDocument.uri);
    if (!model) return [];
    return completionItems(model, toOffset(model.lines, p.position), settings.profile, ctx.locale());
  });
  return { completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false } };
}
