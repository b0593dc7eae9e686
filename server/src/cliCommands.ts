/**
 * Extra CLI commands (next-year, compare), registered by name so each lives beside its feature.
 */
import type { Locale } from './core/messages';
import type { InputFile } from './cli';

export interface CliEnv {
  readInputs(args: readonly string[]): InputFile[];
  readonly locale: Locale;
}

export type CliCommand = (args: string[], out: (s: string) => void, env: CliEnv) => number;

export const CLI_COMMANDS: Record<string, CliCommand> = {};
