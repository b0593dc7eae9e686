/**
 * Completion: next marker, next run-in item, and the snippets of snippets/workplan.json ranked
 * by the section at the cursor. The snippet files are read once, on the first completion, from
 * the snippets/ folder beside the bundle (data, kept out of the server bundle).
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range, type ServerCapabilities } from 'vscode-languageserver';
import { parseDocument } from '../../core/model/parse';
import { complete, lineOnlyCompletion, type CompletionCandidate } from '../../core/services/completion';
import { loadSnippets } from '../../io/snippets';
import { formatMessage, type Locale } from '../../core/messages';
import type { DocumentModel } from '../../core/model/model';
import type { FeatureHost } from '../host';
import { toOffset, toRange } from '../convert';

/** Snippet descriptions are written `中文 / English`: the half for the client's language. */
export function localisedDescription(description: string, locale: Locale): string {
  const cut = description.indexOf(' / ');
  if (cut < 0) return description;
  return locale === 'zh-cn' ? description.slice(0, cut) : description.slice(cut + 3);
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
    else if (c.description) item.detail = localisedDescription(c.description, locale);
    if (c.preview !== undefined) item.documentation = { kind: 'plaintext', value: c.preview };
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
    const line = doc
      .getText({ start: { line: p.position.line, character: 0 }, end: { line: p.position.line + 1, character: 0 } })
      .replace(/\r?\n$/, '');
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
