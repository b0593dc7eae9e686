/**
 * Word's number formats (w:numFmt, ECMA-376 §17.18.59) rendered as the text Word shows: the
 * automatic heading numbers of a Chinese plan are written out with these (一、（一）1.（1）①).
 * Formats beyond a table's range fall back to decimal, as Word does.
 */

const CN_DIGITS = '〇一二三四五六七八九';
/** Counting writes 零 for a skipped place (一百零一); digit-by-digit forms write 〇. */
const CN_COUNT_DIGITS = '零一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 1000 → 一千, 10000 → 一万. */
function chineseCounting(n: number, digits: string, units: readonly string[]): string {
  if (n <= 0) return digits[0];
  if (n >= 100_000_000) return String(n);
  const wan = Math.floor(n / 10_000);
  const rest = n % 10_000;
  if (wan > 0) {
    const head = belowTenThousand(wan, digits, units) + units[3];
    if (rest === 0) return head;
    return head + (rest < 1000 ? digits[0] : '') + belowTenThousand(rest, digits, units);
  }
  return belowTenThousand(n, digits, units);
}

function belowTenThousand(n: number, digits: string, units: readonly string[]): string {
  // units: 十 百 千 万 (or 拾 佰 仟 万)
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i];
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十一 not 一十一 when ten is the leading unit (Word writes 十一, 二十, 一百一十).
    if (i === 2 && !out && d === 1) out += units[0];
    else out += digits[d] + (i < 3 ? units[2 - i] : '');
  }
  return out;
}

const CN_UNITS = ['十', '百', '千', '万'] as const;
const CN_LEGAL_UNITS = ['拾', '佰', '仟', '万'] as const;

/** Digit by digit: 105 → 一〇五. */
function ideographDigital(n: number): string {
  return String(n)
    .split('')
    .map((d) => CN_DIGITS[Number(d)] ?? d)
    .join('');
}

function letters(n: number, base: string): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  if (n <= 0) return String(n);
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** A character of a run of consecutive code points (①…⑳), or decimal beyond it. */
function enclosed(n: number, first: number, count: number): string | undefined {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : undefined;
}

const TIAN_GAN = '甲乙丙丁戊己庚辛壬癸';
const DI_ZHI = '子丑寅卯辰巳午未申酉戌亥';

/** The number `n` in Word's format `fmt` (unknown formats: decimal). `bullet` and `none` give ''. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      // ①…⑳, then ㉑…㉟ and ㊱…㊿ (Word's table stops at 20; the Unicode runs read the same)
      return enclosed(n, 0x2460, 20) ?? enclosed(n - 20, 0x3251, 15) ?? enclosed(n - 35, 0x32b1, 15) ?? String(n);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20) ?? `(${n})`;
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20) ?? `${n}.`;
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10) ?? String(n);
    case 'ideographLegalTraditional':
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL_DIGITS, CN_LEGAL_UNITS);
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      // Below 100 counted (十一, 九十九); from 100 on Word writes the digits (一〇五).
      return n < 100 ? chineseCounting(n, CN_COUNT_DIGITS, CN_UNITS) : ideographDigital(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseDigitalTenThousand':
      return chineseCounting(n, CN_COUNT_DIGITS, CN_UNITS);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return ideographDigital(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? TIAN_GAN[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? DI_ZHI[n - 1] : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}
