/**
 * Handlers beyond the outline basics, one `register…` per feature file. Each returns the
 * server capabilities it adds. Add a feature: write `features/<name>.ts` exporting
 * `register(ctx): Partial<ServerCapabilities>` and list it here.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../server';

type Register = (ctx: ServerContext) => Partial<ServerCapabilities>;

const FEATURES: Register[] = [];

export function registerExtensions(ctx: ServerContext): Partial<ServerCapabilities> {
  const caps: Partial<ServerCapabilities> = {};
  for (const register of FEATURES) {
    const c = register(ctx);
    // executeCommand providers merge their command lists.
    if (c.executeCommandProvider && caps.executeCommandProvider) {
      caps.executeCommandProvider = { commands: [...caps.executeCommandProvider.commands, ...c.executeCommandProvider.commands] };
      delete c.executeCommandProvider;
    }
    Object.assign(caps, c);
  }
  return caps;
}
