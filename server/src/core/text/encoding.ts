/**
 * Decoding files: UTF-8 with or without BOM, UTF-16 with BOM, and GBK/GB18030 (detected when the
 * bytes are not valid UTF-8). Used by the CLI and the server's workspace index; takes bytes,
 * never touches the file system. Decoding uses the platform's TextDecoder (Node ships full ICU),
 * so the server bundle carries no code-page tables; only the CLI's `--fix` encodes GB18030 back.
 */

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
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', binary: false };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', binary: false };
  if (hasNul(bytes, 0)) return { text: '', encoding: 'utf8', binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8', binary: false };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    // Random bytes decode to junk with many replacement characters: call that binary.
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    return { text, encoding: 'gb18030', binary: bad > Math.max(8, text.length / 50) };
  }
}

function hasNul(bytes: Uint8Array, from: number): boolean {
  const n = Math.min(bytes.length, from + 8192);
  for (let i = from; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
