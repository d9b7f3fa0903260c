import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../common/align';
import { classifyOffSpine } from '../../../common/align/moved';
import { heaviestIncreasingChain, type SpineCandidate } from '../../../common/align/spine';
import { makeDoc } from './make-doc';
import { P, UNRELATED } from './paragraphs';

const ORDER = [P.retour, P.capacites, P.droits, P.traite, P.sante, P.diaspora, P.climat, P.enfants];

describe('classifyOffSpine', () => {
  it('marks a pair against the spine order as crossing, a repeat as not, and passages without candidates as unmatched', () => {
    const c: SpineCandidate[] = [
      { left: 0, right: 0, weight: 0.9 },
      { left: 1, right: 1, weight: 0.9 },
      { left: 2, right: 2, weight: 0.9 },
      { left: 3, right: 0, weight: 0.5 }, // left 3 says what right 0 says: goes back, crosses
      { left: 4, right: 2, weight: 0.4 }, // left 4 repeats right 2 after pair (2,2): no crossing
    ];
    const spine = heaviestIncreasingChain(c, 4);
    expect(spine).toEqual([0, 1, 2]);
    const out = classifyOffSpine(c, spine, 6, 4);
    expect(out.offSpine).toEqual([
      { candidate: 3, crosses: true },
      { candidate: 4, crosses: false },
    ]);
    expect(out.unmatchedLeft).toEqual([5]);
    expect(out.unmatchedRight).toEqual([3]);
  });
});

describe('alignDocuments: what the view draws', () => {
  it('draws a swapped passage as moved, never as a crossing pair, and marks the unrelated passage on each side', () => {
    const left = makeDoc('left', [...ORDER, UNRELATED[0]!]);
    // The right text moves "enfants" to the front and has a passage of its own.
    const right = makeDoc('right', [
      { kind: 'paragraph' as const, text: P.enfants, id: 'r-enfants' },
      ...ORDER.slice(0, 7).map((text, i) => ({ kind: 'paragraph' as const, text, id: `r-${i}` })),
      { kind: 'paragraph' as const, text: UNRELATED[1]!, id: 'r-own' },
    ]);
    const a = alignDocuments(left, right);
    const li = (id: string) => left.blocks.findIndex((b) => b.id === id);
    const ri = (id: string) => right.blocks.findIndex((b) => b.id === id);
    for (let n = 1; n < a.spine.length; n++) {
      expect(li(a.spine[n]!.leftId)).toBeGreaterThan(li(a.spine[n - 1]!.leftId));
      expect(ri(a.spine[n]!.rightId)).toBeGreaterThan(ri(a.spine[n - 1]!.rightId));
    }
    expect(a.spine).toHaveLength(7);
    expect(a.offSpine).toContainEqual({ leftId: 'p-8', rightId: 'r-enfants', score: expect.closeTo(1, 6), crosses: true });
    expect(a.unmatchedLeft).toEqual(['p-9']);
    expect(a.unmatchedRight).toEqual(['r-own']);
  });
});
