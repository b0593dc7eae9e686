/**
 * CLI command `repair FILE [--write] [--json]`: the repairs of "修复断行 / Repair line breaks"
 * (core/services/lineBreaks.ts). Prints the repaired text, or with `--write` writes it back in the
 * file's own encoding; `--json` lists the changes. A summary goes to stderr.
 */
import * as fs from 'node:fs';
import type { CliCommand } from './command';
import { takeFlag } from './arguments';
import { encodeText } from './io';
import { formatMessage } from '../core/messages';
import { repairChanges } from '../core/services/lineBreaks';
import { applyEdits } from '../core/services/fixes';

const repair: CliCommand = (args, out, env) => {
  const write = takeFlag(args, '--write');
  const json = takeFlag(args, '--json');
  if (args.length !== 1) {
    process.stderr.write(formatMessage(env.locale, 'lineBreaks.usage') + '\n');
    return 2;
  }
  const [input] = env.readInputs(args);
  if (!input) return 2;
  const changes = repairChanges(input.text);
  const repaired = applyEdits(
    input.text,
    changes.flatMap((c) => c.edits),
  );
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  if (json)
    out(JSON.stringify({ file: input.file, changes: changes.map((c) => ({ kind: c.kind, line: c.line + 1, edits: c.edits })) }, null, 2));
  else if (!write) out(repaired.endsWith('\n') ? repaired.slice(0, -1) : repaired);
  if (write && changes.length) fs.writeFileSync(input.file, encodeText(repaired, input.encoding));
  process.stderr.write(
    formatMessage(env.locale, 'lineBreaks.summary', [input.file, count('join'), count('marker'), count('pageNumber'), count('quotes')]) +
      '\n',
  );
  return 0;
};

export const REPAIR_COMMANDS: Record<string, CliCommand> = { repair };
