/**
 * Extra CLI commands (next-year, compare), registered by name so each lives beside its feature.
 */
import type { CliCommand } from './command';
import { NEXT_YEAR_COMMANDS } from './nextYearCli';

export type { CliCommand, CliEnv } from './command';

export const CLI_COMMANDS: Record<string, CliCommand> = { ...NEXT_YEAR_COMMANDS };
