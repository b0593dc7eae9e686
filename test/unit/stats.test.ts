/** 字数: the count the status bar shows for the document (server) and the selection (client). */
import { strict as assert } from 'assert';
import { countCharacters } from '../../server/src/core/text/stats';

describe('countCharacters', () => {
  it('counts every non-whitespace character as Word does', () => {
    assert.equal(countCharacters('一、总体要求\r\n\u3000\u3000坚持稳中求进。'), 6 + 7);
    assert.equal(countCharacters('增长 12% ，A b'), 2 + 3 + 1 + 2);
    assert.equal(countCharacters('\uFEFF \t\n'), 0);
  });

  it('counts a character outside the BMP once', () => {
    assert.equal(countCharacters('𠀀𠀁'), 2);
  });
});
