import { describe, expect, it } from 'vitest';
import { alignDocuments, buildSimilarityIndex, DEFAULT_THRESHOLD, wordDiff } from '../../../common/align';
import type { Alignment } from '../../../common/align';
import { makeDoc } from './make-doc';
import { P, UNRELATED } from './paragraphs';

const ORDER = [P.retour, P.capacites, P.droits, P.traite, P.sante, P.diaspora, P.climat, P.enfants];

function expectMonotoneSpine(a: Alignment, left: string[], right: string[]): void {
  for (let n = 1; n < a.spine.length; n++) {
    expect(left.indexOf(a.spine[n]!.leftId)).toBeGreaterThan(left.indexOf(a.spine[n - 1]!.leftId));
    expect(right.indexOf(a.spine[n]!.rightId)).toBeGreaterThan(right.indexOf(a.spine[n - 1]!.rightId));
  }
}

const ids = (doc: ReturnType<typeof makeDoc>): string[] => doc.blocks.map((b) => b.id);

describe('alignDocuments', () => {
  it('aligns every passage of identical documents with itself at score 1, along the diagonal', () => {
    const left = makeDoc('left', ['# Retour', ...ORDER.slice(0, 4), '# Autres', ...ORDER.slice(4)]);
    const right = makeDoc('right', ['# Retour', ...ORDER.slice(0, 4), '# Autres', ...ORDER.slice(4)]);
    const a = alignDocuments(left, right);
    const passages = left.blocks.filter((b) => b.kind !== 'heading').map((b) => b.id);
    expect(Object.keys(a.leftToRight)).toEqual(passages); // headings are not passages
    for (const id of passages) {
      expect(a.leftToRight[id]![0]!.id).toBe(id);
      expect(a.leftToRight[id]![0]!.score).toBeCloseTo(1, 6);
      expect(a.rightToLeft[id]![0]!.id).toBe(id);
    }
    expect(a.spine.map((p) => [p.leftId, p.rightId])).toEqual(passages.map((id) => [id, id]));
  });

  it('finds reordered passages and keeps the spine increasing on both sides', () => {
    const left = makeDoc('left', ORDER);
    const perm = [2, 0, 1, 5, 3, 4, 7, 6];
    const right = makeDoc(
      'right',
      perm.map((i) => ({ kind: 'paragraph' as const, text: ORDER[i]!, id: `r-${i}` })),
    );
    const a = alignDocuments(left, right);
    ORDER.forEach((_, i) => {
      expect(a.leftToRight[`p-${i + 1}`]![0]).toMatchObject({ id: `r-${i}` });
      expect(a.pairs).toContainEqual({ leftId: `p-${i + 1}`, rightId: `r-${i}`, score: expect.closeTo(1, 6) });
    });
    expectMonotoneSpine(a, ids(left), ids(right));
    // The longest increasing run of this permutation has 5 passages (0,1,3,4,6 or 0,1,3,4,7...).
    expect(a.spine).toHaveLength(5);
    for (const p of a.spine) expect(p.rightId).toBe(`r-${Number(p.leftId.slice(2)) - 1}`);
  });

  it('aligns an edited paragraph with a high score below 1, and the word diff shows the edit', () => {
    const edited = P.capacites.replace('institutionnelles', 'financières').replace('gérer', 'contrôler');
    const left = makeDoc('left', ORDER);
    const right = makeDoc('right', [ORDER[0]!, edited, ...ORDER.slice(2)]);
    const a = alignDocuments(left, right);
    const best = a.leftToRight['p-2']![0]!;
    expect(best.id).toBe('p-2');
    expect(best.score).toBeGreaterThan(0.5);
    expect(best.score).toBeLessThan(0.99);
    const changed = wordDiff(P.capacites, edited).filter((s) => s.type !== 'equal');
    expect(changed).toEqual([
      { type: 'delete', text: 'institutionnelles' },
      { type: 'insert', text: 'financières' },
      { type: 'delete', text: 'gérer' },
      { type: 'insert', text: 'contrôler' },
    ]);
  });

  it('finds no pair above the threshold between unrelated documents', () => {
    const a = alignDocuments(makeDoc('left', ORDER), makeDoc('right', UNRELATED));
    expect(a.threshold).toBe(DEFAULT_THRESHOLD);
    expect(a.pairs).toEqual([]);
    expect(a.spine).toEqual([]);
    expect(Object.values(a.leftToRight).every((m) => m.length === 0)).toBe(true);
  });

  it('keeps at most k matches per passage and direction, best first', () => {
    // Every right passage shares words with the left one, to different degrees.
    const left = makeDoc('left', [P.retour]);
    const right = makeDoc('right', [
      P.retour,
      P.retour.slice(0, 80),
      P.retour.slice(0, 60),
      P.retour.slice(0, 40),
      P.retour.slice(20, 100),
    ]);
    const a = alignDocuments(left, right, { k: 2, threshold: 0.01 });
    const m = a.leftToRight['p-1']!;
    expect(m).toHaveLength(2);
    expect(m[0]!.id).toBe('p-1');
    expect(m[0]!.score).toBeGreaterThanOrEqual(m[1]!.score);
    // pairs merge both directions: every right passage lists p-1 in its own top 2.
    expect(a.pairs).toHaveLength(5);
  });

  it('can take idf from a corpus index and agrees on the obvious matches', () => {
    const left = makeDoc('left', ORDER);
    const right = makeDoc('right', [...ORDER].reverse());
    const index = buildSimilarityIndex([left, right, makeDoc('other', UNRELATED)]);
    const a = alignDocuments(left, right, { index });
    ORDER.forEach((_, i) => expect(a.leftToRight[`p-${i + 1}`]![0]!.id).toBe(`p-${ORDER.length - i}`));
    // A document the index does not hold is analysed on the fly.
    const b = alignDocuments(left, makeDoc('new', [P.traite]), { index });
    expect(b.leftToRight['p-4']![0]).toMatchObject({ id: 'p-1', score: expect.closeTo(1, 6) });
  });
});
