/**
 * The base protocol parser of the stdin reader (server/src/runtime/frameParser.ts): messages come out
 * whole and in order however the bytes are cut (inside a header, inside the empty line, inside a
 * multi-byte character), several from one chunk, with or without Content-Type; malformed headers
 * and bodies are reported and the messages after them still parsed. And the reader
 * (server/src/runtime/stdioReader.ts): large bodies decoded by its worker, every message in its order,
 * and decoded on the main thread when the worker cannot start.
 */
import { strict as assert } from 'assert';
import * as path from 'node:path';
import fc from 'fast-check';
import { FrameParser, parseHeader, type Frame } from '../../server/src/runtime/frameParser';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { StdioReader } from '../../server/src/runtime/stdioReader';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261130) });

/** A message as a client writes it (`headers` before the empty line; Content-Length first by default). */
function frame(message: unknown, headers?: (length: number) => string): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const head = headers ? headers(body.length) : `Content-Length: ${body.length}\r\n`;
  return Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), body]);
}

/** Feeds `bytes` cut at `cuts` (sorted offsets) and returns everything, `end()` included. */
function parse(bytes: Buffer, cuts: number[] = [], parser = new FrameParser()): Frame[] {
  const out: Frame[] = [];
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...parser.push(bytes.subarray(at, cut)));
    at = cut;
  }
  out.push(...parser.end());
  return out;
}

const messages = (frames: Frame[]) =>
  frames.map((f) => ('message' in f ? f.message : 'error' in f ? { error: f.error } : { body: f.body.length }));

const didOpen = (text: string) => ({
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: { textDocument: { uri: 'file:///计划.workplan', languageId: 'workplan', version: 1, text } },
});
// 2-, 3- and 4-byte UTF-8 (é, 工, 😀), a full-width space, CRLF and a JSON escape in the body.
const TEXT = 'é 一、工作目标\r\n\u3000（一）完成 😀 “100%”\\n';

describe('LSP frame parser (stdin worker)', () => {
  it('parses one message; Content-Length counts UTF-8 bytes, not characters', () => {
    const bytes = frame(didOpen(TEXT));
    assert.ok(Buffer.byteLength(JSON.stringify(didOpen(TEXT))) > JSON.stringify(didOpen(TEXT)).length);
    assert.deepEqual(messages(parse(bytes)), [didOpen(TEXT)]);
  });

  it('gives the same message cut at every single byte, and cut into 1-byte chunks', () => {
    const bytes = frame(didOpen(TEXT));
    for (let cut = 0; cut <= bytes.length; cut++) assert.deepEqual(messages(parse(bytes, [cut])), [didOpen(TEXT)], `cut at ${cut}`);
    assert.deepEqual(
      messages(
        parse(
          bytes,
          Array.from({ length: bytes.length }, (_, i) => i),
        ),
      ),
      [didOpen(TEXT)],
    );
  });

  it('cuts inside a multi-byte character and inside the empty line after the header', () => {
    const bytes = frame(didOpen('😀工'));
    const emoji = bytes.indexOf(Buffer.from('😀'));
    const emptyLine = bytes.indexOf('\r\n\r\n');
    for (const cuts of [
      [emoji + 1],
      [emoji + 2, emoji + 3],
      [emoji + 5],
      [emptyLine + 1],
      [emptyLine + 2],
      [emptyLine + 3],
      [emptyLine + 1, emptyLine + 2, emptyLine + 3, emoji + 1],
    ]) {
      assert.deepEqual(
        messages(
          parse(
            bytes,
            cuts.sort((a, b) => a - b),
          ),
        ),
        [didOpen('😀工')],
        `cuts ${cuts}`,
      );
    }
  });

  it('parses two messages from one chunk, and a third begun in it', () => {
    const a = { jsonrpc: '2.0', id: 1, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///a' } } };
    const b = { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } };
    const c = didOpen(TEXT);
    const bytes = Buffer.concat([frame(a), frame(b), frame(c)]);
    const parser = new FrameParser();
    const cut = frame(a).length + frame(b).length + 10;
    assert.deepEqual(messages(parser.push(bytes.subarray(0, cut))), [a, b]);
    assert.deepEqual(messages(parser.push(bytes.subarray(cut))), [c]);
    assert.deepEqual(parser.end(), []);
  });

  it('accepts a Content-Type header, before or after Content-Length, with utf-8 or utf8, in any case', () => {
    const m = didOpen(TEXT);
    for (const headers of [
      (n: number) => `Content-Length: ${n}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n`,
      (n: number) => `Content-Type: application/vscode-jsonrpc; charset=utf8\r\nContent-Length: ${n}\r\n`,
      (n: number) => `content-type: application/vscode-jsonrpc;charset="UTF-8"\r\ncontent-length:${n}\r\n`,
      (n: number) => `CONTENT-LENGTH:   ${n}  \r\nContent-Type: application/json\r\n`,
    ]) {
      const bytes = frame(m, headers);
      assert.deepEqual(messages(parse(bytes)), [m], headers(0));
      assert.deepEqual(messages(parse(bytes, [7, 30, 31, 60])), [m], headers(0));
    }
  });

  it('reports a body that is not JSON, and parses the next message', () => {
    const bad = Buffer.from('Content-Length: 9\r\n\r\n{"id": 1,', 'latin1');
    const out = parse(Buffer.concat([bad, frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' })]));
    assert.equal(out.length, 2);
    assert.match((out[0] as { error: string }).error, /not JSON/);
    assert.deepEqual(messages(out.slice(1)), [{ jsonrpc: '2.0', id: 2, method: 'shutdown' }]);
  });

  it('reports malformed headers and an unsupported charset, and parses the messages after them', () => {
    const ok = { jsonrpc: '2.0', id: 7, method: 'shutdown' };
    const cases: Array<[string, RegExp]> = [
      ['Content-Type: application/vscode-jsonrpc\r\n\r\n', /must provide a Content-Length/],
      ['Content-Length: ten\r\n\r\n', /must be a number/],
      ['Content-Length: -1\r\n\r\n', /must be a number/],
      ['Content-Length 12\r\n\r\n', /separate name and value/],
      ['Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-16\r\n\r\n{}', /Unsupported charset "utf-16"/],
    ];
    for (const [bad, error] of cases) {
      const out = parse(Buffer.concat([Buffer.from(bad, 'latin1'), frame(ok)]), [3]);
      assert.equal(out.length, 2, bad);
      assert.match((out[0] as { error: string }).error, error, bad);
      assert.deepEqual(messages(out.slice(1)), [ok], bad);
    }
  });

  it('skips blank lines between messages and drops a header that never ends', () => {
    const ok = { jsonrpc: '2.0', method: 'initialized', params: {} };
    assert.deepEqual(messages(parse(Buffer.concat([Buffer.from('\r\n\r\n'), frame(ok), Buffer.from('\r\n'), frame(ok)]))), [ok, ok]);
    const garbage = Buffer.alloc(20_000, 'x');
    const out = parse(Buffer.concat([garbage, Buffer.from('\r\n\r\n'), frame(ok)]), [5000, 12_000]);
    assert.ok(out.length >= 2 && out.slice(0, -1).every((f) => 'error' in f), JSON.stringify(messages(out)).slice(0, 300));
    assert.deepEqual(messages(out.slice(-1)), [ok]);
  });

  it('reports input that ends inside a message, and nothing for input that ends between messages', () => {
    const bytes = frame(didOpen(TEXT));
    assert.match(
      (parse(bytes.subarray(0, bytes.length - 1)).at(-1) as { error: string }).error,
      /ended in the middle of \d+ of \d+ bytes of a message body/,
    );
    assert.match((parse(bytes.subarray(0, 8)).at(-1) as { error: string }).error, /ended in the middle of a message header/);
    assert.deepEqual(parse(Buffer.alloc(0)), []);
    assert.deepEqual(parse(Buffer.from('\r\n')), []);
  });

  it('parseHeader: the length, or an error with the length when it is known', () => {
    assert.deepEqual(parseHeader('Content-Length: 42'), { length: 42 });
    assert.deepEqual(parseHeader('Content-Length: 0\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8'), { length: 0 });
    assert.equal(parseHeader('\r\n'), undefined);
    const latin = parseHeader('Content-Length: 5\r\nContent-Type: text/plain; charset=latin1');
    assert.ok(latin && 'error' in latin && latin.length === 5);
  });

  it('property: any sequence of messages, cut anywhere, comes out whole and in order', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const message = fc.record({
      jsonrpc: fc.constant('2.0'),
      id: fc.nat(),
      method: fc.string({ unit: 'binary', maxLength: 20 }),
      params: json,
    });
    fc.assert(
      fc.property(
        fc.array(message, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        (ms, rawCuts, contentType) => {
          const bytes = Buffer.concat(
            ms.map((m) =>
              frame(
                m,
                contentType ? (n) => `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: ${n}\r\n` : undefined,
              ),
            ),
          );
          const cuts = [...new Set(rawCuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          // JSON.parse(JSON.stringify(m)): what the other side can see (-0 becomes 0, and the like).
          assert.deepEqual(
            messages(parse(bytes, cuts)),
            ms.map((m) => JSON.parse(JSON.stringify(m))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('stdin reader: large bodies off the main thread, order kept', () => {
  const DIST = path.join(__dirname, '../../../dist/stdio-reader.js');
  const big = (n: number) => didOpen('字'.repeat(n));
  const small = (id: number) => ({
    jsonrpc: '2.0',
    id,
    method: 'textDocument/documentSymbol',
    params: { textDocument: { uri: 'file:///x' } },
  });

  /** Writes `msgs` in one go, ends the input, and resolves with what the reader delivered before closing. */
  function read(script: string, msgs: unknown[], largeBody = 1000): Promise<{ delivered: Message[]; errors: string[] }> {
    const input = new PassThrough();
    const reader = new StdioReader(input, script, largeBody);
    const delivered: Message[] = [];
    const errors: string[] = [];
    reader.listen((m) => delivered.push(m));
    reader.onError((e) => errors.push(e.message));
    const closed = new Promise<{ delivered: Message[]; errors: string[] }>((resolve) =>
      reader.onClose(() => resolve({ delivered, errors })),
    );
    input.end(Buffer.concat(msgs.map((m) => frame(m))));
    return closed;
  }

  it('the frame parser gives a body of at least largeBody bytes undecoded, smaller ones parsed', () => {
    const out = parse(Buffer.concat([frame(small(1)), frame(big(400))]), [], new FrameParser(8192, 1000));
    assert.deepEqual(messages(out), [small(1), { body: Buffer.byteLength(JSON.stringify(big(400))) }]);
  });

  it('decodes large bodies in its worker and delivers every message in its order', async () => {
    const msgs = [small(1), big(1000), small(2), big(2000), small(3)];
    const { delivered, errors } = await read(DIST, msgs);
    assert.deepEqual(errors, []);
    assert.deepEqual(delivered, msgs);
  });

  it('decodes on the main thread when its worker cannot start, in the same order', async () => {
    const msgs = [small(1), big(1000), small(2)];
    const { delivered } = await read(path.join(__dirname, 'no-such-worker-script.js'), msgs);
    assert.deepEqual(delivered, msgs);
  });
});
