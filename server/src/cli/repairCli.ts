/**
 * CLI command `repair FILE [--write] [--json]`: the repairs of core/services/repair.ts (the editor's
 * "修复断行与抓取文本 / Repair line breaks and scraped text"; `check --repair` makes the same ones and
 * then checks). Prints the repaired text, or with `--write` writes it back in the file's own
 * encoding; `--json` lists the changes. A summary goes to stderr.
 */
import * as fs from 'node:fs';
import type { CliCommand } from './command';
import { takeFlag } from './arguments';
import { encodeText } from './io';
import { formatMessage } from '../core/messages';
import { REPAIR_KINDS, repairChanges } from '../core/services/repair';
import { applyEdits } from '../core/services/fixes';

const repair: CliCommand = (args, out, env) => {
  const write = takeFlag(args, '--write');
  const json = takeFlag(args, '--json');
  if (args.length !== 1) {
    process.stderr.write(formatMessage(env.locale, 'repair.usage') + '\n');
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
  process.stderr.write(formatMessage(env.locale, 'repair.summary', [input.file, ...REPAIR_KINDS.map(count)]) + '\n');
  return 0;
};

export const REPAIR_COMMANDS: Record<string, CliCommand> = { repair };
