/**
 * `workplan import FILE.docx [--out FILE]` prints (or writes) the plan text of a Word document;
 * `workplan export --docx OUT.docx [--issuer …] [--doc-number …] [--char-grid] FILE` writes a plan as a Word
 * document laid out as a 公文. Both load the Word bundle on first use (docxOnDemand.ts).
 */
import * as fs from 'node:fs';
import type { CliCommand } from './command';
import { formatMessage } from '../core/messages';
import { docx } from '../runtime/docxOnDemand';

function takeOption(args: string[], name: string): string | undefined | null {
  const i = args.indexOf(name);
  if (i >= 0) {
    const v = args[i + 1];
    args.splice(i, 2);
    return v === undefined ? null : v;
  }
  const eq = args.findIndex((a) => a.startsWith(name + '='));
  if (eq < 0) return undefined;
  const v = args[eq].slice(name.length + 1);
  args.splice(eq, 1);
  return v;
}

const importCommand: CliCommand = (args, out, env) => {
  const outFile = takeOption(args, '--out');
  if (args.length !== 1 || outFile === null) {
    process.stderr.write(formatMessage(env.locale, 'docx.importUsage') + '\n');
    return 2;
  }
  // readInputs imports .docx files (and turns a DocxError into a one-line usage error).
  const [input] = env.readInputs(args);
  if (outFile) {
    fs.writeFileSync(outFile, input.text);
    process.stderr.write(formatMessage(env.locale, 'docx.imported', [outFile, ...(input.stats ?? [0, 0, 0])]) + '\n');
  } else out(input.text.endsWith('\n') ? input.text.slice(0, -1) : input.text);
  return 0;
};

const exportCommand: CliCommand = async (args, _out, env) => {
  const target = takeOption(args, '--docx');
  const issuer = takeOption(args, '--issuer');
  const docNumber = takeOption(args, '--doc-number');
  const charGrid = args.indexOf('--char-grid');
  if (charGrid >= 0) args.splice(charGrid, 1);
  if (!target || issuer === null || docNumber === null || args.length !== 1) {
    process.stderr.write(formatMessage(env.locale, 'docx.exportUsage') + '\n');
    return 2;
  }
  const [input] = env.readInputs(args);
  const bytes = await docx().exportDocx(input.text, {
    issuer: issuer ?? undefined,
    docNumber: docNumber ?? undefined,
    characterGrid: charGrid >= 0,
  });
  try {
    fs.writeFileSync(target, bytes);
  } catch (e) {
    process.stderr.write(formatMessage(env.locale, 'cli.notFound', [target, (e as NodeJS.ErrnoException).code ?? String(e)]) + '\n');
    return 2;
  }
  const paragraphs = input.text.split('\n').filter((l) => l.trim()).length;
  process.stderr.write(formatMessage(env.locale, 'docx.exported', [target, paragraphs]) + '\n');
  return 0;
};

export const DOCX_COMMANDS: Record<string, CliCommand> = { import: importCommand, export: exportCommand };
