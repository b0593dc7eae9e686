/** What a CLI command receives, so commands beside their feature need not import the front end. */
import type { Locale } from '../core/messages';
import type { InputFile } from './io';

export interface CliEnv {
  readInputs(args: readonly string[]): InputFile[];
  readonly locale: Locale;
}

export type CliCommand = (args: string[], out: (s: string) => void, env: CliEnv) => number | Promise<number>;
