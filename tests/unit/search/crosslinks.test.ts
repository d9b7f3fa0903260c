import { describe, expect, it } from 'vitest';
import { symbolDirectory, symbolRefs, symbolTerm } from '../../../common/search/crosslinks';

const directory = symbolDirectory([
  { id: 'a-68-370', symbol: 'A/68/370' },
  { id: 'ic-2009-1', symbol: 'IC/2009/1' },
  { id: 'res-71-1', symbol: 'A/RES/71/1' },
  { id: 'no-symbol' },
]);

describe('symbolDirectory and symbolRefs', () => {
  it('resolves a cited symbol to the library document bearing it, however it is spaced or cased', () => {
    const text = 'Voir A/68/370, le document ic/ 2009/ 1 et A/71/L.58.';
    const refs = symbolRefs(text, directory);
    expect(refs.map((r) => [r.text, r.docId, r.kind])).toEqual([
      ['A/68/370', 'a-68-370', 'report'],
      ['ic/ 2009/ 1', 'ic-2009-1', 'report'],
      ['A/71/L.58', null, 'draft'],
    ]);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('resolves a resolution cited by its number to the resolution in the library', () => {
    const refs = symbolRefs('conformément à la résolution 71/1 de l’Assemblée', directory);
    expect(refs.map((r) => [r.text, r.docId, r.kind])).toEqual([['71/1', 'res-71-1', 'resolution-number']]);
  });

  it('finds nothing in a text without symbols', () => {
    expect(symbolRefs('MICIC et AVRR, et/ou 10/02/2009', directory)).toEqual([]);
  });

  it('turns what a person types into the symbol term, or null', () => {
    expect(symbolTerm(' A/ 68/370 ')).toBe('a/68/370');
    expect(symbolTerm('MICIC')).toBeNull();
  });
});
