/** The search service over the real built corpus: added documents, cross-links, suggestions. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShard } from '../../../common/search';
import { Corpus } from '../../../main/services/corpus';
import { SearchService } from '../../../main/services/search';
import { entryOf, makeDoc } from './fixtures';

const corpusDir = resolve(import.meta.dirname, '../../../corpus/out');

function added(id: string, symbol: string | undefined, text: string) {
  const doc = makeDoc(id, [['paragraph', text, { number: '1' }]]);
  if (symbol) doc.symbol = symbol;
  return { entry: entryOf(doc), shard: JSON.parse(JSON.stringify(buildShard(doc))) };
}

describe('SearchService', () => {
  it('makes an added document searchable at once, and removes it', () => {
    const s = new SearchService(new Corpus(corpusDir));
    expect(s.search('hippopotame').total).toBe(0);
    const d = added('added-one', undefined, 'Un hippopotame dans le rapport.');
    s.addDocument(d.entry, d.shard);
    expect(s.search('hippopotame').hits.map((h) => h.docId)).toEqual(['added-one']);
    expect(s.removeDocument('added-one')).toBe(true);
    expect(s.search('hippopotame').total).toBe(0);
  });

  it('refuses a malformed shard when it is added', () => {
    const s = new SearchService(new Corpus(corpusDir));
    const d = added('added-bad', undefined, 'Texte.');
    expect(() => s.addDocument(d.entry, { ...d.shard, version: 1 })).toThrow(/version 1 is not supported/);
  });

  it('lists the passages of other documents that cite a document, by its symbol', () => {
    const s = new SearchService(new Corpus(corpusDir));
    // The 2017 concept note's footnote cites A/71/L.58: add that draft to the library.
    const draft = added('draft-71-l58', 'A/71/L.58', 'Projet de résolution sur les migrants.');
    s.addDocument(draft.entry, draft.shard);
    expect(s.citedBy('draft-71-l58').map((h) => [h.docId, h.blockId, h.note])).toEqual([['idm-2017-note-conceptuelle', 'fn-fn-1', '1']]);
    // Another added paper cites A/68/370 (bundled).
    const citing = added('citing', undefined, 'Comme le rapport A/ 68/370 le montre.');
    s.addDocument(citing.entry, citing.shard);
    expect(s.citedBy('a-68-370').map((h) => h.docId)).toEqual(['citing']);
    expect(s.citedBy('idm-2017-vulnerabilites-conclusions')).toEqual([]); // no symbol
    expect(() => s.citedBy('nope')).toThrow(/no document "nope"/);
  });

  it('says what a symbol is, whether the library has it, and how often it is cited', () => {
    const s = new SearchService(new Corpus(corpusDir));
    expect(s.symbolInfo('A/68/370')).toEqual({ symbol: 'A/68/370', kind: 'report', docId: 'a-68-370', citations: 0 });
    expect(s.symbolInfo('A/ 71/ L.58')).toEqual({ symbol: 'A/71/L.58', kind: 'draft', citations: 1 });
    expect(s.symbolInfo('A/RES/67/219')).toMatchObject({ kind: 'resolution', citations: 2 });
    expect(() => s.symbolInfo('MICIC')).toThrow(/not a document symbol/);
  });

  it('suggests words and symbols from the index', () => {
    const s = new SearchService(new Corpus(corpusDir));
    expect(s.suggest('migr').map((x) => x.text)).toEqual(expect.arrayContaining(['migration', 'migrants']));
    expect(s.suggest('a/71')).toEqual([{ text: 'A/71/L.58', count: 1, symbol: true }]);
    expect(s.suggest('MIC').map((x) => x.text)).toEqual(['MICIC']);
    expect(s.suggest('m')).toEqual([]);
  });
});
