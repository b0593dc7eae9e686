/**
 * Reading LSP/VS Code snippet syntax: a readable preview of a snippet body (what the drafter
 * gets if every field keeps its default), and the year a template should propose.
 */

/** Values for the snippet variables a preview resolves. */
export interface SnippetVariables {
  readonly CURRENT_YEAR: string;
  readonly [name: string]: string;
}

/**
 * The text a snippet inserts when every field keeps its default: `${1:x}` → `x`, `${1|a,b|}` →
 * `a`, `$1` → nothing, `${CURRENT_YEAR}` → the year, nested fields resolved, `\$` `\}` `\\`
 * unescaped. Unknown variables keep their name, as VS Code does.
 */
export function snippetPreview(body: string, vars: SnippetVariables): string {
  const defaults = new Map<string, string>();
  return new Reader(body, vars, defaults).read('');
}

class Reader {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly vars: SnippetVariables,
    private readonly defaults: Map<string, string>,
  ) {}

  /** Reads until `stop` (a character) or the end; returns the rendered text. */
  read(stop: string): string {
    let out = '';
    const { s } = this;
    while (this.i < s.length) {
      const c = s[this.i];
      if (stop && c === stop) return out;
      if (c === '\\' && this.i + 1 < s.length && '$}\\,|'.includes(s[this.i + 1])) {
        out += s[this.i + 1];
        this.i += 2;
      } else if (c === '$') out += this.field();
      else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  private field(): string {
    const { s } = this;
    const start = this.i;
    this.i++; // $
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(this.i));
    if (simple) {
      this.i += simple[0].length;
      return this.value(simple[0], undefined);
    }
    if (s[this.i] !== '{') return '$';
    const named = /^\{(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(this.i));
    if (!named) {
      this.i = start + 1;
      return '$';
    }
    this.i += named[0].length;
    const name = named[1];
    const next = s[this.i];
    if (next === '}') {
      this.i++;
      return this.value(name, undefined);
    }
    if (next === ':') {
      this.i++;
      const inner = this.read('}');
      this.i++;
      return this.value(name, inner);
    }
    if (next === '|') {
      const end = s.indexOf('|}', this.i + 1);
      if (end < 0) {
        this.i = start + 1;
        return '$';
      }
      const first = s
        .slice(this.i + 1, end)
        .split(/(?<!\\),/)[0]
        .replace(/\\(.)/g, '$1');
      this.i = end + 2;
      return this.value(name, first);
    }
    // `${1/regex/format/}` and anything else: shown as written.
    const close = s.indexOf('}', this.i);
    this.i = close < 0 ? s.length : close + 1;
    return s.slice(start, this.i);
  }

  /** A tab stop's text (its first default wins, as in the editor) or a variable's value. */
  private value(name: string, given: string | undefined): string {
    if (/^\d+$/.test(name)) {
      if (given !== undefined && !this.defaults.has(name)) this.defaults.set(name, given);
      return this.defaults.get(name) ?? '';
    }
    return this.vars[name] ?? given ?? name;
  }
}

/**
 * The year a new plan is most likely for: the plan's own year when the document names one;
 * otherwise next year from October on (the last quarter is when next year's plan is drafted),
 * else this year.
 */
export function draftingYear(planYear: number | undefined, today: { readonly year: number; readonly month: number }): number {
  if (planYear !== undefined) return planYear;
  return today.month >= 10 ? today.year + 1 : today.year;
}
