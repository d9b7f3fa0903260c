import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, relatedPassages } from '../../../common/align';
import { makeDoc } from './make-doc';
import { P } from './paragraphs';

describe('relatedPassages ranking', () => {
  it('lists other documents first, even when the same document scores higher', () => {
    // The same document repeats the passage word for word (0.8 after weighting); the other paraphrases it.
    const here = makeDoc('here', [P.enfants, P.climat, P.enfants]);
    const paraphrase = P.enfants.split(' ').slice(0, Math.ceil(P.enfants.split(' ').length * 0.6)).join(' ') + ' ' + P.droits;
    const other = makeDoc('other', [paraphrase]);
    const index = buildSimilarityIndex([here, other]);
    const hits = relatedPassages(index, 'here', 'p-1', 5);
    const sameScore = hits.find((h) => h.docId === 'here')!.score;
    const otherScore = hits.find((h) => h.docId === 'other')!.score;
    expect(otherScore).toBeLessThan(sameScore);
    expect(hits.map((h) => h.docId)).toEqual(['other', 'here']);
  });
  it('still keeps at most k hits', () => {
    const here = makeDoc('here', [P.enfants, P.enfants, P.enfants]);
    const other = makeDoc('other', [P.enfants, P.enfants]);
    expect(relatedPassages(buildSimilarityIndex([here, other]), 'here', 'p-1', 3).map((h) => h.docId)).toEqual(['other', 'other', 'here']);
  });
});

describe('relatedPassages on the corpus', () => {
  it('puts other documents before the same one for every passage of the corpus', async () => {
    const { loadCorpus } = await import('./corpus');
    const docs = [...loadCorpus().values()];
    const index = buildSimilarityIndex(docs);
    let withOther = 0;
    for (const d of docs)
      for (const b of d.blocks) {
        const hits = relatedPassages(index, d.id, b.id, 8);
        const firstSame = hits.findIndex((h) => h.docId === d.id);
        const lastOther = hits.map((h) => h.docId !== d.id).lastIndexOf(true);
        if (lastOther >= 0) withOther++;
        if (firstSame >= 0 && lastOther >= 0) expect(lastOther).toBeLessThan(firstSame);
      }
    expect(withOther).toBeGreaterThan(40);
  });
});
