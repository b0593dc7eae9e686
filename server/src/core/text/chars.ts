/**
 * Character classes by UTF-16 unit, one name per meaning: the predicates more than one module
 * uses, and the builder of the 64K class tables the hot loops read (a table lookup instead of a
 * chain of range tests or a `Set.has(text[i])`, which costs ~4× as much and allocates a string
 * per CJK character). Classes that only one module needs stay there, under names that say what
 * they hold. (core/model/parse.ts keeps its own table and predicates for now.)
 */

/** CJK ideographs of the BMP: Extension A, the Unified block, the compatibility block (astral ones arrive as surrogates). */
export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * U+3400–U+9FFF: Extension A, the Yijing symbols between them and the Unified block (wider than isIdeograph's BMP ranges, which
 * leave out U+4DC0–U+4DFF and take the compatibility block in): the range the quantity scanner's and the target rules' lookaheads
 * (`[\u3400-\u9fff]`) name.
 */
export function inCjkRange(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** ASCII or full-width digits. */
export const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

/** Blanks inside a line: space, tab, ideographic space, no-break space. */
export const isLineBlank = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

/** ECMAScript's white space and line terminators (`\s`, all in the BMP), by char code: no one-character string and regex test. */
export const isWhiteSpace = (c: number): boolean => WHITE_SPACE[c] === 1;
const WHITE_SPACE = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')
  WHITE_SPACE[c.charCodeAt(0)] = 1;

/** A table of bit flags for every UTF-16 unit. */
export function classTable(): Uint8Array {
  return new Uint8Array(0x10000);
}

/** Sets `bit` for each character of `chars`. */
export function addChars(table: Uint8Array, chars: string, bit: number): void {
  for (const c of chars) table[c.charCodeAt(0)] |= bit;
}

/**
 * How many code points `s` holds, as `Array.from(s).length` counts them (a lead surrogate followed
 * by a trail is one, a lone surrogate one), without building the array.
 */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}
