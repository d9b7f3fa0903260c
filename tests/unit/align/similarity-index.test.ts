import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, relatedPassages, SimilarityIndex } from '../../../common/align';
import { makeDoc } from './make-doc';
import { P, UNRELATED } from './paragraphs';

const a = makeDoc('a', [P.retour, P.capacites, P.droits, P.traite]);
const b = makeDoc('b', [P.sante, P.droits, P.diaspora]);
const c = makeDoc('c', UNRELATED);

describe('relatedPassages', () => {
  it('finds the same passage in another document and never returns the passage itself', () => {
    const index = buildSimilarityIndex([a, b, c]);
    const hits = relatedPassages(index, 'a', 'p-3', 5);
    expect(hits[0]).toEqual({ docId: 'b', blockId: 'p-2', score: expect.closeTo(1, 6) });
    expect(hits.some((h) => h.docId === 'a' && h.blockId === 'p-3')).toBe(false);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  });

  it('returns nothing for an unknown document or block, or a passage with no neighbour', () => {
    const index = buildSimilarityIndex([a, b, c]);
    expect(relatedPassages(index, 'zz', 'p-1', 5)).toEqual([]);
    expect(relatedPassages(index, 'a', 'nope', 5)).toEqual([]);
    expect(relatedPassages(index, 'c', 'p-1', 5)).toEqual([]);
  });

  it('down-weights passages of the same document, or leaves them out', () => {
    const twice = makeDoc('twice', [P.enfants, P.climat, P.enfants]);
    const other = makeDoc('other', [P.enfants]);
    const index = buildSimilarityIndex([twice, other]);
    const hits = relatedPassages(index, 'twice', 'p-1', 5);
    expect(hits.map((h) => [h.docId, h.blockId])).toEqual([
      ['other', 'p-1'],
      ['twice', 'p-3'],
    ]);
    expect(hits[1]!.score).toBeCloseTo(0.8, 6);
    expect(relatedPassages(index, 'twice', 'p-1', 5, { sameDocumentWeight: 0 })).toHaveLength(1);
  });

  it('grows one document at a time and replaces a document added again', () => {
    const index = new SimilarityIndex();
    index.addDocument(a);
    expect(relatedPassages(index, 'a', 'p-3', 5)).toEqual([]);
    index.addDocument(b);
    expect(relatedPassages(index, 'a', 'p-3', 5)[0]).toMatchObject({ docId: 'b', blockId: 'p-2' });
    expect(index.documentIds).toEqual(['a', 'b']);
    expect(index.passageCount).toBe(7);
    index.addDocument(makeDoc('b', [P.sante]));
    expect(index.passageCount).toBe(5);
    expect(relatedPassages(index, 'a', 'p-3', 5)).toEqual([]);
    expect(index.removeDocument('b')).toBe(true);
    expect(index.documentIds).toEqual(['a']);
  });
});
