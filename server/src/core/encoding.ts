/**
 * Decoding files: UTF-8 with or without BOM, UTF-16 with BOM, and GBK/GB18030 (detected when the
 * bytes are not valid UTF-8). Used by the CLI and the server's workspace index; takes bytes,
 * never touches the file system.
 */
import * as iconv from 'iconv-lite';

export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gb18030';
  /** True when the bytes look binary (NUL bytes in UTF-8-like data). */
  readonly binary: boolean;
}

/** Decodes bytes, detecting the encoding. */
export function decodeBuffer(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8-bom', binary: hasNul(bytes, 3) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'utf16le', binary: false };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'utf16be', binary: false };
  if (hasNul(bytes, 0)) return { text: '', encoding: 'utf8', binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8', binary: false };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    // Random bytes decode to junk with many replacement characters: call that binary.
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    return { text, encoding: 'gb18030', binary: bad > Math.max(8, text.length / 50) };
  }
}

/** Encodes text back in the encoding it was read in. */
export function encodeText(text: string, encoding: Decoded['encoding']): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

function hasNul(bytes: Uint8Array, from: number): boolean {
  const n = Math.min(bytes.length, from + 8192);
  for (let i = from; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
