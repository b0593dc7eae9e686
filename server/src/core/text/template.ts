/**
 * Message templates of both catalogues (the server's and the client's). Besides `{0}`:
 * - `{0|one|other}` picks a word by the number in argument 0 (`{0} {0|problem|problems}`);
 * - `{0~1|one|other}` picks by whether arguments 0 and 1 are the same line;
 * - `{lines:0:1}` writes a line range, one line as one line: `第 5 行` / `第 5–7 行`,
 *   `line 5` / `lines 5–7` (`{Lines:0:1}` at the start of an English sentence).
 */
export type TemplateLanguage = 'zh' | 'en';

const TOKEN = /\{(\d+)(?:~(\d+))?\|([^|{}]*)\|([^|{}]*)\}|\{([Ll]ines):(\d+):(\d+)\}|\{(\d+)\}/g;

/** Fills `template` with `args`; `show` writes one argument (numbers grouped as the caller likes). */
export function fillTemplate(
  template: string,
  args: readonly (string | number)[],
  language: TemplateLanguage,
  show: (value: string | number) => string = String,
): string {
  const arg = (i: string) => args[Number(i)] ?? '';
  return template.replace(
    TOKEN,
    (_m, pa: string, pb: string, one: string, other: string, word: string, ra: string, rb: string, plain: string) => {
      if (plain !== undefined) return show(arg(plain));
      if (pa !== undefined) {
        const single = pb !== undefined ? String(arg(pa)) === String(arg(pb)) : Number(arg(pa)) === 1;
        return single ? one : other;
      }
      const from = arg(ra);
      const to = arg(rb);
      const same = String(from) === String(to);
      const span = same ? show(from) : `${show(from)}–${show(to)}`;
      if (language === 'zh') return `第 ${span} 行`;
      const noun = same ? 'line' : 'lines';
      return `${word === 'Lines' ? noun[0].toUpperCase() + noun.slice(1) : noun} ${span}`;
    },
  );
}
