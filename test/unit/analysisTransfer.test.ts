/** The worker's analysis, sent in pieces, arrives equal to the analysis itself: links and all. */
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/services/analyze';
import { packAnalysis, PIECE_SIZE, Unpacker, type Piece } from '../../server/src/runtime/analysisTransfer';
import { realDocuments } from './realDocuments';

/** Pieces as the worker posts them: structured-cloned, the line table transferred. */
function roundTrip(text: string, size = PIECE_SIZE): { analysis: ReturnType<typeof analyze>; pieces: Piece[] } {
  const unpacker = new Unpacker(text);
  const pieces: Piece[] = [];
  for (const piece of packAnalysis(analyze(text), size)) {
    const copy = structuredClone(piece, piece.kind === 'lines' ? { transfer: [piece.lines.buffer as ArrayBuffer] } : undefined);
    pieces.push(copy);
    assert.equal(unpacker.done, false);
    unpacker.add(copy);
  }
  assert.equal(unpacker.done, true);
  return { analysis: unpacker.analysis(), pieces };
}

describe('analysis transfer: worker → main thread in pieces', () => {
  it('rebuilds every real document’s analysis exactly (model links, targets, findings)', () => {
    for (const d of realDocuments()) assert.deepStrictEqual(roundTrip(d.text).analysis, analyze(d.text), d.name);
  });

  it('cuts a large analysis into pieces of at most the piece size, and keeps the links across pieces', () => {
    const text = realDocuments()
      .map((d) => d.text)
      .join('\n');
    const size = 100;
    const { analysis, pieces } = roundTrip(text, size);
    const direct = analyze(text);
    assert.ok(
      direct.targets.length > size && direct.model.headings.length > size && direct.model.enumerations.length > size,
      'the input needs several pieces',
    );
    for (const p of pieces) if ('items' in p) assert.ok(p.items.length <= size);
    assert.ok(pieces.filter((p) => p.kind === 'targets').length > 1);
    assert.deepStrictEqual(analysis, direct);
    // The same heading object, not a copy, behind a target and in the outline.
    const t = analysis.targets.find((x) => x.heading);
    assert.ok(t?.heading && t.heading === analysis.model.headings[t.heading.index]);
    const child = analysis.model.headings.find((h) => h.parent);
    assert.ok(child && child.parent!.children.includes(child));
  });

  it('an empty document still ends', () => {
    assert.deepStrictEqual(roundTrip('').analysis, analyze(''));
  });
});
