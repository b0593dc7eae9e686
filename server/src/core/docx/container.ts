/**
 * The container of a Word document: a zip (OOXML .docx) or an OLE compound file (.doc, .wps,
 * or a password-protected .docx). Reads only the parts the text needs, and checks every part's
 * declared size before inflating it, so a zip bomb is refused without allocating its output.
 */
import { unzipSync } from 'fflate';

export type DocxErrorCode = 'notWord' | 'corrupt' | 'noDocument' | 'encrypted' | 'legacyBinary' | 'tooLarge';

/** A document the import cannot read; `code` picks the message (`docx.<code>` in the catalogue). */
export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DocxError';
  }
}

/**
 * Uncompressed size limits. A plan of 1 MB of text is a document.xml of 5–15 MB; a part past
 * 96 MB, or parts past 160 MB together, is not a plan (or is a zip bomb).
 */
export const MAX_PART_BYTES = 96 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 160 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) &&
    bytes[3] === bytes[2] + 1
  );
}

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** True when `bytes` hold `name` in UTF-16LE (an OLE directory entry name). */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + name.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Throws the DocxError for an OLE compound file: encrypted OOXML, or a binary .doc/.wps. */
export function oleError(bytes: Uint8Array): DocxError {
  // A password-protected .docx is an OLE file with the streams EncryptionInfo and EncryptedPackage.
  if (holdsUtf16(bytes, 'EncryptionInfo') || holdsUtf16(bytes, 'EncryptedPackage')) return new DocxError('encrypted');
  return new DocxError('legacyBinary');
}

export type Parts = Map<string, Uint8Array>;

/**
 * The named parts of the zip `bytes` (names compared case-insensitively; missing parts absent).
 * Throws DocxError: `corrupt` for a damaged zip, `tooLarge` past the limits.
 */
export function readParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: { readonly part: number; readonly total: number } = { part: MAX_PART_BYTES, total: MAX_TOTAL_BYTES },
): Parts {
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name.toLowerCase())) return false;
        if (file.originalSize > limits.part || total + file.originalSize > limits.total) {
          tooLarge = true;
          return false;
        }
        // A deflated part cannot be more than ~1032 times its compressed size; a declared size
        // beyond that is a lie, and inflating into it would only waste the allocation.
        if (file.compression === 8 && file.originalSize > file.size * 1100 + 1024) {
          tooLarge = true;
          return false;
        }
        total += file.originalSize;
        return true;
      },
    });
  } catch (e) {
    throw new DocxError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (tooLarge) throw new DocxError('tooLarge');
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(files)) parts.set(name.toLowerCase(), data);
  return parts;
}

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

/** An XML part as a string (UTF-8, or UTF-16 with its BOM). */
export function partText(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return utf16.decode(data.subarray(2));
  return utf8.decode(data);
}
