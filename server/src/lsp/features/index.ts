/**
 * Every LSP feature, one `register…` per file, each returning the server capabilities it adds.
 * Add a feature: write `features/<name>.ts` exporting `register…(host: FeatureHost)` and list it
 * here. Features reach the server only through the host (host.ts): requests through
 * `host.onRequest`, commands through `host.onCommand`, never the connection.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { Feature, FeatureHost } from '../host';
import { registerSymbols } from './symbols';
import { registerFolding } from './folding';
import { registerSelection } from './selection';
import { registerHighlights } from './highlights';
import { registerCodeActions } from './codeActions';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { registerStatus } from './status';
import { registerRenumber } from './renumberCommand';
import { registerFormatting } from './formatting';
import { registerCompletion } from './completion';
import { registerTargetTokens } from './targetTokens';
import { registerTargetHover } from './targetHover';
import { registerBreakdownHints } from './targetBreakdownHints';
import { registerTargetsRequest } from './targetsRequest';
import { registerNextYear } from './nextYear';
import { registerCleanPaste } from './cleanPaste';
import { registerRepair } from './repair';
import { registerDocx } from './docx';
import { registerTasksRequest } from './tasksRequest';
import { registerCheckWorkspace } from './checkWorkspace';

const FEATURES: Feature[] = [
  registerSymbols,
  registerFolding,
  registerSelection,
  registerHighlights,
  registerCodeActions,
  registerWorkspaceSymbols,
  registerStatus,
  registerRenumber,
  registerFormatting,
  registerCompletion,
  registerTargetTokens,
  registerTargetHover,
  registerBreakdownHints,
  registerTargetsRequest,
  registerNextYear,
  registerCleanPaste,
  registerRepair,
  registerDocx,
  registerTasksRequest,
  registerCheckWorkspace,
];

/** Registers every feature with the host; returns the capabilities they add together. */
export function registerFeatures(host: FeatureHost): Partial<ServerCapabilities> {
  const caps: Partial<ServerCapabilities> = {};
  // Commands are registered with host.onCommand and announced by the server itself.
  for (const register of FEATURES) Object.assign(caps, register(host));
  return caps;
}
