/**
 * Numerals used by markers: Chinese (一…九十九, also 百/零/〇/两), circled (①…㊿) and back.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters that may appear in a Chinese numeral (for regexes). */
export const CN_NUMERAL_CHARS = '一二三四五六七八九十百零〇';

/** Parses a Chinese numeral up to 999 (`二十三` → 23, `十一` → 11, `一百零五` → 105); NaN when malformed. */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  let total = 0;
  let digit = -1; // pending digit, -1 when none
  let lastUnit = 1000;
  for (const ch of s) {
    if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      if (unit >= lastUnit) return NaN;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      if (digit > 0) return NaN; // two digits in a row (一二) is not a numeral
      digit = d;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

const CN_DIGIT_STR = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1…999 as a Chinese numeral (23 → 二十三, 10 → 十, 105 → 一百零五). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 999) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = '';
  if (h) s += CN_DIGIT_STR[h] + '百';
  if (t) s += (t === 1 && !h ? '' : CN_DIGIT_STR[t]) + '十';
  else if (h && u) s += '零';
  if (u) s += CN_DIGIT_STR[u];
  return s;
}

const FORMAL_TO_PLAIN: Record<string, string> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  参: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
};
const PLAIN_TO_FORMAL: Record<string, string> = {
  一: '壹',
  二: '貳',
  三: '參',
  四: '肆',
  五: '伍',
  六: '陸',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  零: '零',
};

/** The formal (大写) numerals of Traditional-script plans: 壹、貳、參、 (for regexes). */
export const FORMAL_NUMERAL_CHARS = '壹贰貳叁參参肆伍陆陸柒捌玖拾佰';

/** Parses a formal numeral (`拾壹` → 11); NaN when malformed. */
export function parseFormalNumeral(s: string): number {
  let plain = '';
  for (const ch of s) {
    const p = FORMAL_TO_PLAIN[ch];
    if (!p) return NaN;
    plain += p;
  }
  return parseChineseNumeral(plain);
}

/** Writes 1…999 as a formal numeral in Traditional script (3 → 參, 11 → 拾壹). */
export function toFormalNumeral(n: number): string {
  let out = '';
  for (const ch of toChineseNumeral(n)) out += PLAIN_TO_FORMAL[ch] ?? ch;
  return out;
}

/** Circled numbers ① (1) … ⑳ (20), ㉑ … ㉟ (35), ㊱ … ㊿ (50). */
export function parseCircled(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return NaN;
}

/** Writes 1…50 as a circled number. */
export function toCircled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}
