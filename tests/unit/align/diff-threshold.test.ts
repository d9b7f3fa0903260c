/**
 * Pins the facts DIFF_OPEN_SIMILARITY was chosen on (see its comment in
 * common/align/word-diff.ts): with the app's alignment (corpus idf), the
 * related IOM papers have spine pairs whose word diff opens by default.
 */
import { describe, expect, it } from 'vitest';
import { alignDocuments, buildSimilarityIndex, DIFF_OPEN_SIMILARITY, similarity } from '../../../common/align';
import { corpusDoc, loadCorpus } from './corpus';

const text = (docId: string, id: string) => corpusDoc(docId).blocks.find((b) => b.id === id)!.text;

function opened(left: string, right: string): number[] {
  const a = alignDocuments(corpusDoc(left), corpusDoc(right), { index: buildSimilarityIndex([...loadCorpus().values()]) });
  return a.spine.map((p) => similarity(text(left, p.leftId), text(right, p.rightId))).filter((s) => s >= DIFF_OPEN_SIMILARITY);
}

describe('DIFF_OPEN_SIMILARITY', () => {
  it('opens the diff of most spine pairs of IC/2009/1 against the 2008 return paper', () => {
    expect(opened('ic-2009-1', 'idm-2008-retour-document-de-travail').length).toBeGreaterThanOrEqual(4);
  });
  it('opens the diff of some spine pairs of the two 2017 papers', () => {
    expect(opened('idm-2017-note-conceptuelle', 'idm-2017-vulnerabilites-conclusions').length).toBeGreaterThanOrEqual(3);
  });
  it('opens at most one on documents about other subjects', () => {
    expect(opened('idm-2017-vulnerabilites-conclusions', 'idm-2008-retour-document-de-travail')).toHaveLength(0);
    expect(opened('idm-2017-vulnerabilites-conclusions', 'a-68-370')).toHaveLength(0);
    expect(opened('idm-2008-retour-document-de-travail', 'a-68-370').length).toBeLessThanOrEqual(1);
  });
});
