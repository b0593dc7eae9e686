/**
 * The LSP base protocol, reading side: `Content-Length: N\r\n` (and optionally
 * `Content-Type: …; charset=utf-8\r\n`), an empty line, then N bytes of UTF-8 JSON. A pure parser
 * fed chunks as they come off a stream (split anywhere, several messages in one chunk, a character
 * split across chunks), used by the server's stdin reader (stdioReader.ts) and driven by tests.
 */

/**
 * One result of the parser: a parsed message, an error to report before going on, or the raw
 * body of a message at least `largeBody` bytes long (decoded elsewhere: decodeBody).
 */
export type Frame = { message: unknown } | { error: string } | { body: Buffer };

const TERMINATOR = Buffer.from('\r\n\r\n', 'latin1');
const EMPTY = Buffer.alloc(0);

export class FrameParser {
  /** The start of a header block whose terminating empty line has not come yet. */
  private header: Buffer = EMPTY;
  /** The body being filled (its length is the Content-Length), and how much of it is there. */
  private body: Buffer | undefined;
  private filled = 0;
  /** Bytes of a body to drop (a message already reported as an error). */
  private skip = 0;

  /**
   * `maxHeaderBytes`: a longer header block is not a header; it is reported and dropped.
   * `largeBody`: bodies of this many bytes or more come out undecoded.
   */
  constructor(
    private readonly maxHeaderBytes = 8192,
    private readonly largeBody = Infinity,
  ) {}

  /** Feeds a chunk; returns what it completes, in order. */
  push(chunk: Uint8Array): Frame[] {
    const out: Frame[] = [];
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    while (pos < data.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length - pos);
        this.skip -= n;
        pos += n;
      } else if (this.body) {
        const n = Math.min(this.body.length - this.filled, data.length - pos);
        data.copy(this.body, this.filled, pos, pos + n);
        this.filled += n;
        pos += n;
        if (this.filled === this.body.length) {
          out.push(this.body.length >= this.largeBody ? { body: this.body } : decodeBody(this.body));
          this.body = undefined;
        }
      } else {
        pos = this.readHeader(data, pos, out);
      }
    }
    return out;
  }

  /** End of input: an error if it cut a message short. */
  end(): Frame[] {
    const cut = this.body
      ? `${this.filled} of ${this.body.length} bytes of a message body`
      : this.header.some((b) => b !== 0x0d && b !== 0x0a)
        ? 'a message header'
        : '';
    this.header = EMPTY;
    this.body = undefined;
    this.skip = 0;
    return cut ? [{ error: `Input ended in the middle of ${cut}` }] : [];
  }

  /** Reads header bytes from `data` at `pos`; returns where reading stopped. */
  private readHeader(data: Buffer, pos: number, out: Frame[]): number {
    // A header already begun is joined to the new bytes: the empty line may straddle them.
    const joined = this.header.length > 0 ? Buffer.concat([this.header, data.subarray(pos)]) : data.subarray(pos);
    const before = this.header.length;
    const end = joined.indexOf(TERMINATOR);
    if (end < 0) {
      if (joined.length <= this.maxHeaderBytes) {
        this.header = Buffer.from(joined); // a copy: small, and the chunk is not ours to keep
        return data.length;
      }
      out.push({ error: `No message header in ${joined.length} bytes: dropped` });
      // Keep the last three bytes: the start of an empty line split across chunks.
      this.header = Buffer.from(joined.subarray(joined.length - 3));
      return data.length;
    }
    this.header = EMPTY;
    const next = pos + end + TERMINATOR.length - before;
    if (end > this.maxHeaderBytes) {
      out.push({ error: `Message header longer than ${this.maxHeaderBytes} bytes: dropped` });
      return next;
    }
    const parsed = parseHeader(joined.toString('latin1', 0, end));
    if (parsed === undefined) return next; // blank lines between messages
    if ('error' in parsed) {
      out.push({ error: parsed.error });
      if (parsed.length !== undefined) this.skip = parsed.length;
      return next;
    }
    if (parsed.length === 0) {
      out.push(decodeBody(EMPTY));
      return next;
    }
    try {
      this.body = Buffer.allocUnsafe(parsed.length);
      this.filled = 0;
    } catch {
      out.push({ error: `Content-Length ${parsed.length}: cannot hold a body that large; skipped` });
      this.skip = parsed.length;
    }
    return next;
  }
}

/**
 * The header block (without its empty line): the body's length, or an error (with the length
 * when it is known, so the body can be skipped); undefined for a block of blank lines.
 */
export function parseHeader(text: string): { length: number } | { error: string; length?: number } | undefined {
  let length: number | undefined;
  let charset: string | undefined;
  const lines = text.split('\r\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { error: `Message header must separate name and value with ':': ${JSON.stringify(line)}` };
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
        return { error: `Content-Length must be a number of bytes, got ${JSON.stringify(value)}` };
      length = Number(value);
    } else if (name === 'content-type') {
      const param = value
        .split(';')
        .slice(1)
        .map((p) => p.trim())
        .find((p) => p.toLowerCase().startsWith('charset='));
      if (param)
        charset = param
          .slice('charset='.length)
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .toLowerCase();
    }
  }
  if (length === undefined) return { error: `Message header must provide a Content-Length: ${JSON.stringify(text)}` };
  // The protocol knows UTF-8 only ('utf8' is accepted for old clients, as vscode-jsonrpc does).
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
    return { error: `Unsupported charset ${JSON.stringify(charset)}: message skipped`, length };
  return { length };
}

/** A message body: its UTF-8 JSON parsed, or the error. */
export function decodeBody(body: Uint8Array): { message: unknown } | { error: string } {
  try {
    return { message: JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')) };
  } catch (e) {
    return { error: `Message body is not JSON (${body.length} bytes): ${e instanceof Error ? e.message : String(e)}` };
  }
}
