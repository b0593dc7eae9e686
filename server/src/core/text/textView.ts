/**
 * The text view: what a reader sees of a document that arrived as markup. A raw HTML body copied
 * from a government site (`<p style=…><span>…</span></p>`, `&nbsp;`) is read with its tags
 * blanked, its entities decoded and its block boundaries (`<p>` `<br>` `<div>` `<tr>` `<li>` …)
 * turned into line breaks; YAML front matter of a Markdown copy is blanked the same way.
 *
 * The view has exactly the length of the source and every character of the view that is text
 * sits at the offset of that character in the source, so the map back to the source is the
 * identity: outline items, diagnostics and fixes computed on the view land on the real
 * characters of the raw file, and no offset table is built or consulted. Tags become spaces (a
 * run of three or more, which ends no title), a decoded entity is its character followed by
 * spaces, a block boundary is a line break followed by spaces. Source line breaks inside HTML are
 * blanks, as a browser reads them. Plain text has no view: detection looks at two `indexOf`s.
 */

export type ViewKind = 'html' | 'front-matter';

export interface TextView {
  readonly kind: ViewKind;
  /** Same length as the source; see the file comment. */
  readonly text: string;
}

/** Elements whose start or end begins a new line of text. */
const BLOCK = new Set([
  'p',
  'br',
  'div',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'center',
  'pre',
  'hr',
  'caption',
  'form',
  'nav',
  'body',
  'html',
  'title',
]);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'noscript']);
/** Tag names counted when deciding whether a document is an HTML body. */
const RE_TAG =
  /<\/?(p|br|div|span|td|tr|th|table|tbody|li|ul|ol|font|strong|b|em|h[1-6]|a|img|html|body|meta|style|script|section|center|u)(?=[\s/>])[^<>]{0,2000}>/gi;

const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  copy: '©',
  reg: '®',
  bull: '•',
  laquo: '«',
  raquo: '»',
  yen: '¥',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  shy: '',
};

/** The view of `source`, or undefined when the source is read as it is (plain text, the usual case). */
export function textView(source: string): TextView | undefined {
  if (looksLikeHtml(source)) return { kind: 'html', text: htmlView(source) };
  const fm = frontMatterEnd(source);
  if (fm > 0) return { kind: 'front-matter', text: blank(source, 0, fm) };
  return undefined;
}

/**
 * True when the document's body is markup, not a plan that mentions `<`: at least four tags of
 * common HTML elements in its first 20,000 characters, closing tags among them, and tags standing
 * at the very start or making up a tenth of that sample.
 */
export function looksLikeHtml(source: string): boolean {
  const lt = source.indexOf('<');
  if (lt < 0 || lt > 20000 || source.indexOf('</', lt) < 0) return false;
  const sample = source.slice(lt, lt + 20000);
  let tags = 0;
  let closing = 0;
  let tagChars = 0;
  RE_TAG.lastIndex = 0;
  for (let m = RE_TAG.exec(sample); m; m = RE_TAG.exec(sample)) {
    tags++;
    tagChars += m[0].length;
    if (m[0].charCodeAt(1) === 47 /* / */) closing++;
  }
  if (tags < 4 || closing < 2) return false;
  const atStart = source.slice(0, lt).trim() === '';
  return atStart || tagChars * 10 >= Math.min(sample.length, source.length - lt);
}

/** The HTML view (see the file comment); linear in the source length. */
export function htmlView(source: string): string {
  const n = source.length;
  const parts: string[] = [];
  let pos = 0; // source copied up to here
  let hidden = '';
  const blankTo = (end: number, lineBreak: boolean) => {
    if (end <= pos) return;
    parts.push(lineBreak ? '\n' + ' '.repeat(end - pos - 1) : ' '.repeat(end - pos));
    pos = end;
  };
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 60 /* < */) {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        const end = close < 0 ? n : close + 3;
        copyText(source, pos, i, parts, hidden !== '');
        pos = i;
        blankTo(end, false);
        i = end;
        continue;
      }
      const close = source.indexOf('>', i + 1);
      const next = source.indexOf('<', i + 1);
      const name = tagName(source, i + 1);
      if (close < 0 || (next >= 0 && next < close) || !name) {
        i++; // a lone `<` in the text
        continue;
      }
      copyText(source, pos, i, parts, hidden !== '');
      pos = i;
      const isClosing = source.charCodeAt(i + 1) === 47;
      if (hidden) {
        if (isClosing && name === hidden) hidden = '';
      } else if (!isClosing && HIDDEN.has(name) && source.charCodeAt(close - 1) !== 47) hidden = name;
      blankTo(close + 1, BLOCK.has(name));
      i = close + 1;
      continue;
    }
    if (c === 38 /* & */ && !hidden) {
      const semi = source.indexOf(';', i + 1);
      if (semi > i + 1 && semi - i <= 10) {
        const decoded = decodeEntity(source.slice(i + 1, semi));
        if (decoded !== undefined && decoded.length <= semi + 1 - i) {
          copyText(source, pos, i, parts, false);
          parts.push(decoded + ' '.repeat(semi + 1 - i - decoded.length));
          pos = semi + 1;
          i = semi + 1;
          continue;
        }
      }
    }
    i++;
  }
  copyText(source, pos, n, parts, hidden !== '');
  return parts.join('');
}

/** Copies source text into the view: line breaks become blanks; hidden content all blanks. */
function copyText(source: string, from: number, to: number, parts: string[], hidden: boolean): void {
  if (to <= from) return;
  if (hidden) {
    parts.push(' '.repeat(to - from));
    return;
  }
  const s = source.slice(from, to);
  parts.push(s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace(/[\r\n]/g, ' '));
}

/** The lower-case element name of a tag whose `<` is before `at`, or '' when it is not a tag. */
function tagName(source: string, at: number): string {
  let i = at;
  if (source.charCodeAt(i) === 47 /* / */) i++;
  const s = i;
  while (i < source.length && i - s < 12) {
    const c = source.charCodeAt(i) | 0x20;
    if ((c >= 97 && c <= 122) || (i > s && c >= 48 && c <= 57)) i++;
    else break;
  }
  if (i === s) return source.charCodeAt(s) === 33 /* ! */ ? '!' : '';
  return source.slice(s, i).toLowerCase();
}

/** The text of an entity (`nbsp`, `#160`, `#xA0`), or undefined when it is not one. */
export function decodeEntity(body: string): string | undefined {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const digits = body.slice(hex ? 2 : 1);
    if (!digits || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
    const cp = parseInt(digits, hex ? 16 : 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return String.fromCodePoint(cp);
  }
  return Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
}

/**
 * The end of a YAML front matter block (`---` on the first line, `key: value` lines, `---`), or 0.
 * It is read as metadata, not as plan text.
 */
export function frontMatterEnd(source: string): number {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!source.startsWith('---', start)) return 0;
  const firstEnd = source.indexOf('\n', start);
  if (firstEnd < 0 || source.slice(start, firstEnd).trim() !== '---') return 0;
  let at = firstEnd + 1;
  let keys = 0;
  for (let k = 0; k < 60 && at < source.length; k++) {
    let end = source.indexOf('\n', at);
    if (end < 0) end = source.length;
    const line = source.slice(at, end).replace(/\r$/, '');
    if (line.trim() === '---' || line.trim() === '...') return keys > 0 ? end : 0;
    if (/^[\w\u4e00-\u9fff-]+\s*[:：]/.test(line)) keys++;
    else if (line.trim() && !/^\s+|^-\s/.test(line)) return 0;
    at = end + 1;
  }
  return 0;
}

/** `source` with [from, to) blanked, line breaks kept. */
function blank(source: string, from: number, to: number): string {
  return source.slice(0, from) + source.slice(from, to).replace(/[^\r\n]/g, ' ') + source.slice(to);
}
