/**
 * Handlers beyond the outline basics, one `register…` per feature file. Each returns the
 * server capabilities it adds. Add a feature: write `features/<name>.ts` exporting
 * `register(ctx): Partial<ServerCapabilities>` and list it here. Server commands go through
 * `ctx.onCommand(id, handler)`, never `connection.onExecuteCommand`.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../server';
import { registerRenumber } from './renumberCommand';
import { registerFormatting } from './formatting';
import { registerCompletion } from './completion';
import { registerTargetTokens } from './targetTokens';
import { registerTargetHover } from './targetHover';
import { registerBreakdownHints } from './targetBreakdownHints';
import { registerTargetsRequest } from './targetsRequest';
import { registerNextYear } from './nextYear';
import { registerCleanPaste } from './cleanPaste';
import { registerTasksRequest } from './tasksRequest';

type Register = (ctx: ServerContext) => Partial<ServerCapabilities>;

const FEATURES: Register[] = [registerRenumber, registerFormatting, registerCompletion, registerTargetTokens, registerTargetHover, registerBreakdownHints, registerTargetsRequest, registerNextYear, registerCleanPaste, registerTasksRequest];

export function registerExtensions(ctx: ServerContext): Partial<ServerCapabilities> {
  const caps: Partial<ServerCapabilities> = {};
  for (const register of FEATURES) {
    // Commands are registered with ctx.onCommand and announced by the server itself.
    Object.assign(caps, register(ctx));
  }
  return caps;
}
