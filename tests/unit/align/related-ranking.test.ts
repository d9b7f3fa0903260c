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
