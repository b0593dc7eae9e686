/** Workspace symbols: the headings of every work-plan file the index knows, open documents first. */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { FeatureHost } from '../host';

export function registerWorkspaceSymbols(ctx: FeatureHost): Partial<ServerCapabilities> {
  ctx.providers.onWorkspaceSymbol((p, token) => ctx.index.symbols(p.query, ctx.openDocuments(), token));
  return { workspaceSymbolProvider: true };
}
