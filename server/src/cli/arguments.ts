/** Command-line arguments: flags and options taken out of the argument list as they are read. */

/** A wrong command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** Removes `name` from `args`; true when it was there. */
export function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

/** Removes `name VALUE` or `name=VALUE` from `args` and returns the value. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) {
    const eq = args.findIndex((a) => a.startsWith(name + '='));
    if (eq < 0) return undefined;
    const v = args[eq].slice(name.length + 1);
    args.splice(eq, 1);
    return v;
  }
  const v = args[i + 1];
  if (v === undefined) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return v;
}
