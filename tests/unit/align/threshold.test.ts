/**
 * Pins the facts DEFAULT_THRESHOLD and CORPUS_THRESHOLD were chosen on (see
 * their comment in common/align/align.ts): every judged true pair passes, and
 * documents on different subjects yield only a few pairs.
 */
import { describe, expect, it } from 'vitest';
import {
  alignDocuments,
  buildSimilarityIndex,
  CORPUS_THRESHOLD,
  DEFAULT_THRESHOLD,
  type AlignOptions,
} from '../../../common/align';
import { corpusDoc, loadCorpus } from './corpus';
import { JUDGMENTS, PAPER_2008, PRINCIPLES_2009 } from './judgments';

/** Pairs of documents on different subjects: what they align is noise. */
const UNRELATED: Array<[string, string]> = [
  ['idm-2017-vulnerabilites-conclusions', 'idm-2008-retour-document-de-travail'],
  ['idm-2008-retour-document-de-travail', 'idm-2017-note-conceptuelle'],
  ['idm-2008-retour-document-de-travail', 'a-68-370'],
  ['idm-2017-vulnerabilites-conclusions', 'a-68-370'],
  ['ic-2009-1', 'idm-2017-vulnerabilites-conclusions'],
];

const modes: Array<[string, () => AlignOptions, number, number]> = [
  ['idf over the two documents', () => ({}), DEFAULT_THRESHOLD, 0.03],
  ['corpus idf', () => ({ index: buildSimilarityIndex([...loadCorpus().values()]) }), CORPUS_THRESHOLD, 0.015],
];

describe.each(modes)('alignment threshold, %s', (_name, options, threshold, maxNoise) => {
  it('keeps every judged principle → passage pair', () => {
    const paper = corpusDoc(PAPER_2008);
    const a = alignDocuments(corpusDoc(PRINCIPLES_2009), paper, options());
    expect(a.threshold).toBe(threshold);
    for (const [id, j] of Object.entries(JUDGMENTS)) {
      const found = a.leftToRight[id]!.find((m) =>
        j.expected.some((p) => paper.blocks.find((b) => b.id === m.id)!.text.startsWith(p)),
      );
      expect(found, `${id}: ${j.why}`).toBeDefined();
    }
  });

  it(`aligns fewer than ${maxNoise * 100}% of the passages of documents on different subjects`, () => {
    const opts = options();
    let passages = 0;
    let noise = 0;
    for (const [l, r] of UNRELATED) {
      const a = alignDocuments(corpusDoc(l), corpusDoc(r), opts);
      passages += Object.keys(a.leftToRight).length + Object.keys(a.rightToLeft).length;
      noise += a.pairs.length;
    }
    expect(noise / passages).toBeLessThan(maxNoise);
  });
});
