/**
 * Extra CLI commands (next-year, compare, import, export, tasks), registered by name so each lives beside its feature.
 */
import type { CliCommand } from './command';
import { NEXT_YEAR_COMMANDS } from './nextYearCli';
import { DOCX_COMMANDS } from './docxCli';
import { TASK_COMMANDS } from './tasksCli';

export type { CliCommand, CliEnv } from './command';

export const CLI_COMMANDS: Record<string, CliCommand> = { ...NEXT_YEAR_COMMANDS, ...DOCX_COMMANDS, ...TASK_COMMANDS };
