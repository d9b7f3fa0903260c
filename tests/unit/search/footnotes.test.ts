import { describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../../common/model';
import { buildShard, SearchEngine, type SerializedShard } from '../../../common/search';
import { entryOf, makeDoc } from './fixtures';

/** A paper whose second paragraph calls a footnote, and an unnumbered one with a page. */
function paper(): StructuredDocument {
  const doc = makeDoc('doc-notes', [
    ['heading', 'Retour et réintégration', { level: 1 }],
    ['paragraph', 'Les programmes de retour se multiplient.', { number: '1' }],
    ['paragraph', 'Le suivi après le retour reste rare.', { number: '2' }],
    ['heading', 'Annexe', { level: 1 }],
    ['paragraph', 'Un passage sans numéro.'],
    ['paragraph', 'Un autre passage sans numéro, sur la téléconférence.'],
  ]);
  doc.blocks[2]!.footnoteRefs = ['fn-1'];
  (doc.blocks[5] as { page?: number }).page = 4;
  doc.footnotes = [
    { id: 'fn-1', mark: '5', text: 'Le retour virtuel par téléconférence, voir A/71/L.58.', md: 'Le retour virtuel par téléconférence, voir A/71/L.58.', refBlockId: 'b3' },
    { id: 'fn-2', mark: '*', text: 'Publié sous la cote A/68/150.', md: 'Publié sous la cote A/68/150.', refBlockId: 'b1' },
  ];
  return doc;
}

const viaJson = (s: SerializedShard): SerializedShard => JSON.parse(JSON.stringify(s)) as SerializedShard;

function engine(): SearchEngine {
  const e = new SearchEngine();
  const doc = paper();
  e.addShard(viaJson(buildShard(doc)), entryOf(doc));
  return e;
}

describe('footnotes in the index', () => {
  it('indexes each footnote as a passage after the blocks, with its mark and the headings of the block that calls it', () => {
    const s = buildShard(paper());
    expect(s.blocks.ids.slice(-2)).toEqual(['fn-fn-1', 'fn-fn-2']);
    expect(s.blocks.kinds.slice(-2)).toBe('nn');
    expect(s.blocks.numbers.slice(-2)).toEqual(['5', '*']);
    // The note called from paragraph 2 sits under "Retour et réintégration" (block 0);
    // the one called from that heading itself too.
    expect(s.blocks.parents.slice(-2)).toEqual([0, 0]);
  });

  it('finds a phrase printed only in a footnote, cited by its mark', () => {
    const r = engine().search('retour virtuel');
    expect(r.total).toBe(1);
    expect(r.hits[0]).toMatchObject({ docId: 'doc-notes', blockId: 'fn-fn-1', note: '5', sectionPath: ['Retour et réintégration'] });
    expect(r.hits[0]?.number).toBeUndefined();
    expect(r.hits[0]?.segments?.filter((s) => s.match).map((s) => s.text)).toEqual(['retour', 'virtuel']);
  });

  it('finds a symbol cited in a footnote marked "*"', () => {
    const r = engine().search('A/68/150');
    expect(r.hits.map((h) => [h.blockId, h.note])).toEqual([['fn-fn-2', '*']]);
  });

  it('gives every hit a citation: its paragraph, else its page, else its rank in its section', () => {
    const e = engine();
    expect(e.search('suivi').hits[0]).toMatchObject({ number: '2', passage: 2 });
    const p = e.search('passage').hits.map((h) => [h.blockId, h.passage, h.page]);
    expect(p).toEqual(expect.arrayContaining([['b5', 1, undefined], ['b6', 2, 4]]));
  });

  it('does not index footnotes of a document that has none', () => {
    const doc = makeDoc('plain', [['paragraph', 'Texte.']]);
    expect(buildShard(doc).blocks.ids).toEqual(['b1']);
  });
});

describe('empty results', () => {
  it('names the words that matched nothing, and counts the passages found without filters', () => {
    const e = engine();
    const r = e.search('retour hippopotame');
    expect(r.total).toBe(0);
    expect(r.unmatched).toEqual(['hippopotame']);
    expect(r.totalWithoutFilters).toBeUndefined();
    const filtered = e.search('retour', { years: [1999] });
    expect(filtered.total).toBe(0);
    expect(filtered.unmatched).toEqual(['retour']);
    expect(filtered.totalWithoutFilters).toBeGreaterThan(0);
    // Every word exists, only not together: nothing is named.
    expect(e.search('virtuel suivi').unmatched).toBeUndefined();
  });
});
