/** Alignment and related passages on the real corpus, as ingested. */
import { describe, expect, it } from 'vitest';
import {
  alignDocuments,
  buildSimilarityIndex,
  isClose,
  relatedPassages,
  wordDiff,
} from '../../../common/align';
import type { StructuredDocument } from '../../../common/model';
import { blockStartingWith, corpusDoc, loadCorpus } from './corpus';
import { JUDGMENTS, PAPER_2008, PRINCIPLES_2009 } from './judgments';

const startsWithAny = (doc: StructuredDocument, id: string, prefixes: string[]): boolean =>
  prefixes.some((p) => doc.blocks.find((b) => b.id === id)!.text.startsWith(p));

describe('alignDocuments on the corpus', () => {
  const principles = corpusDoc(PRINCIPLES_2009);
  const paper = corpusDoc(PAPER_2008);
  const a = alignDocuments(principles, paper);

  it.each(Object.entries(JUDGMENTS))('aligns principle %s with the 2008 passage it restates', (id, j) => {
    const top3 = a.leftToRight[id]!.slice(0, 3).map((m) => m.id);
    expect(top3.some((rid) => startsWithAny(paper, rid, j.expected)), j.why).toBe(true);
  });

  it('aligns the 2008 case for voluntary return back with principle e)', () => {
    const option = blockStartingWith(paper, "Le retour volontaire est l'option");
    expect(a.rightToLeft[option.id]![0]!.id).toBe('p-3-e');
  });

  it('keeps the spine increasing on both sides', () => {
    const li = new Map(principles.blocks.map((b, i) => [b.id, i]));
    const ri = new Map(paper.blocks.map((b, i) => [b.id, i]));
    expect(a.spine.length).toBeGreaterThanOrEqual(3);
    for (let n = 1; n < a.spine.length; n++) {
      expect(li.get(a.spine[n]!.leftId)!).toBeGreaterThan(li.get(a.spine[n - 1]!.leftId)!);
      expect(ri.get(a.spine[n]!.rightId)!).toBeGreaterThan(ri.get(a.spine[n - 1]!.rightId)!);
    }
    for (const p of a.spine) expect(a.pairs).toContainEqual(p);
  });

  it('aligns a document with itself along the diagonal', () => {
    const doc = corpusDoc('a-68-370');
    const self = alignDocuments(doc, doc);
    const passages = Object.keys(self.leftToRight);
    expect(passages.length).toBeGreaterThan(50);
    expect(self.spine.map((p) => p.leftId)).toEqual(passages);
    for (const p of self.spine) {
      expect(p.rightId).toBe(p.leftId);
      expect(p.score).toBeCloseTo(1, 6);
    }
  });

  it('aligns an edited copy with high scores below 1 where it was edited, and diffs the edit', () => {
    const original = blockStartingWith(principles, 'Le retour volontaire est préférable');
    const editedText = original.text
      .replace('préférable', 'nettement préférable')
      .replace('concernées', 'concernees')
      .replace(', peuvent', '; peuvent');
    const edited: StructuredDocument = {
      ...principles,
      id: 'ic-2009-1-edited',
      blocks: principles.blocks.map((b) => (b.id === original.id ? { ...b, text: editedText, md: editedText } : b)),
    };
    const e = alignDocuments(principles, edited);
    const best = e.leftToRight[original.id]![0]!;
    expect(best.id).toBe(original.id);
    expect(best.score).toBeGreaterThan(0.9);
    expect(best.score).toBeLessThan(1);
    expect(isClose(original.text, editedText)).toBe(true);
    expect(wordDiff(original.text, editedText).filter((s) => s.type !== 'equal')).toEqual([
      { type: 'insert', text: ' nettement' },
      { type: 'delete', text: 'concernées' },
      { type: 'insert', text: 'concernees' },
      { type: 'delete', text: ',' },
      { type: 'insert', text: ';' },
    ]);
  });
});

describe('relatedPassages on the corpus', () => {
  const docs = [...loadCorpus().values()];
  const index = buildSimilarityIndex(docs);

  it('finds the 2008 case for voluntary return from principle e)', () => {
    const hits = relatedPassages(index, PRINCIPLES_2009, 'p-3-e', 5);
    const option = blockStartingWith(corpusDoc(PAPER_2008), "Le retour volontaire est l'option");
    expect(hits.map((h) => [h.docId, h.blockId])).toContainEqual([PAPER_2008, option.id]);
    expect(hits.some((h) => h.docId === PRINCIPLES_2009 && h.blockId === 'p-3-e')).toBe(false);
  });

  it('indexes every passage of the five documents', () => {
    expect(index.documentIds.sort()).toEqual(docs.map((d) => d.id).sort());
    const passages = docs.reduce((n, d) => n + d.blocks.filter((b) => b.kind !== 'heading').length, 0);
    expect(index.passageCount).toBe(passages);
  });
});
