/**
 * Extra CLI commands (next-year, compare), registered by name so each lives beside its feature.
 */
import type { Locale } from './core/messages';
import type { InputFile } from './cli';
import { NEXT_YEAR_COMMANDS } from './nextYearCli';
import { TASK_COMMANDS } from './tasksCli';

export interface CliEnv {
  readInputs(args: readonly string[]): InputFile[];
  readonly locale: Locale;
}

export type CliCommand = (args: string[], out: (s: string) => void, env: CliEnv) => number;

export const CLI_COMMANDS: Record<string, CliCommand> = { ...NEXT_YEAR_COMMANDS, ...TASK_COMMANDS };
