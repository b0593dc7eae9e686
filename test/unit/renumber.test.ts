/** The renumber command rewrites numerals inside markers only, and is idempotent. */
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/services/analyze';
import { applyEdits } from '../../server/src/core/services/fixes';
import { parseDocument } from '../../server/src/core/model/parse';
import { renumber } from '../../server/src/core/services/renumber';
import { realDocuments } from './realDocuments';

const NUMERAL = /^[0-9一二三四五六七八九十百零〇①-⑳]+$/;

describe('renumber', () => {
  const messy =
    '某市2025年工作要点\n一、总体要求\n三、主要目标\n（一）外贸\n（三）内贸\n（三）外经\n二、保障措施\n1、加强领导。一是建机制；三是压责任；四是严考核。\n3、狠抓落实\n';

  it('renumbers the whole document', () => {
    const out = applyEdits(messy, renumber(parseDocument(messy)));
    assert.equal(
      out,
      '某市2025年工作要点\n一、总体要求\n二、主要目标\n（一）外贸\n（二）内贸\n（三）外经\n三、保障措施\n1、加强领导。一是建机制；二是压责任；三是严考核。\n2、狠抓落实\n',
    );
    assert.deepEqual(
      analyze(out).findings.map((f) => f.rule),
      [],
    );
  });

  it('renumbers only the list at the cursor', () => {
    const at = messy.indexOf('（三）内贸');
    const out = applyEdits(messy, renumber(parseDocument(messy), at));
    assert.equal(out, messy.replace('（三）内贸', '（二）内贸'));
    const inSeries = messy.indexOf('三是压');
    assert.equal(
      applyEdits(messy, renumber(parseDocument(messy), inSeries)),
      messy.replace('三是压', '二是压').replace('四是严', '三是严'),
    );
  });

  it('changes nothing but numerals inside markers, and is idempotent, on every real document', () => {
    for (const doc of realDocuments()) {
      const model = parseDocument(doc.text);
      const edits = renumber(model);
      for (const e of edits) {
        assert.ok(
          NUMERAL.test(doc.text.slice(e.start, e.end)),
          `${doc.name}: edit replaces ${JSON.stringify(doc.text.slice(e.start, e.end))}`,
        );
        assert.ok(NUMERAL.test(e.newText), `${doc.name}: edit writes ${e.newText}`);
        assert.ok(
          model.headings.some((h) => h.start <= e.start && e.end <= h.markerEnd) ||
            model.enumerations.some((x) => x.start <= e.start && e.end <= x.markerEnd),
          `${doc.name}: edit outside a marker`,
        );
      }
      const once = applyEdits(doc.text, edits);
      assert.deepEqual(renumber(parseDocument(once)), [], `${doc.name}: not idempotent`);
    }
  });
});
