/**
 * Property tests of describe → anchor over the five real documents (through
 * the real ingestion) and the hand-made ones: thousands of random selections,
 * on the unchanged document and after the document changed.
 */
import search from 'approx-string-match';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anchor, describeRange, docText, type Selectors } from '../../../common/anchoring';
import type { StructuredDocument } from '../../../common/model';
import { HAND_DOCS, loadCorpus } from './fixtures';

const corpus = await loadCorpus();
const DOCS = [...corpus.docs, ...HAND_DOCS];
const SEED = 424242;

const textAt = (doc: StructuredDocument, a: { start: number; end: number }) => {
  const m = docText(doc);
  return m.text.slice(m.toUtf16(a.start), m.toUtf16(a.end));
};

/** A random selection of a document, in document code points: mostly short, some across blocks. */
const selection = (doc: StructuredDocument) => {
  const n = docText(doc).length;
  const length = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 4, arbitrary: fc.integer({ min: 41, max: 400 }) },
    { weight: 1, arbitrary: fc.integer({ min: 401, max: 3000 }) },
  );
  return fc.tuple(fc.integer({ min: 0, max: Math.max(0, n - 1) }), length).map(([start, len]) => ({
    start,
    end: Math.min(n, start + len),
  }));
};

const withTexts = (doc: StructuredDocument, edit: (id: string, text: string) => string | null, insertAt?: { index: number; text: string }) => {
  const blocks = doc.blocks.flatMap((b) => {
    const text = edit(b.id, b.text);
    return text === null ? [] : [{ ...b, text, md: text }];
  });
  if (insertAt) blocks.splice(insertAt.index, 0, { ...blocks[0]!, id: 'inserted-block', text: insertAt.text, md: insertAt.text });
  return { ...doc, blocks };
};

/** Edits between two strings, relative to the first one's length. */
const distance = (a: string, b: string) => {
  const m = search(b, a, a.length);
  return m.length ? Math.min(...m.map((x) => x.errors)) / a.length : 1;
};

const rates: string[] = [];
afterAll(() => console.info(`anchoring success rates:\n  ${rates.join('\n  ')}`));

describe('describe → anchor on the real corpus', () => {
  it('has the five real documents (ingested by common/ingest)', () => {
    expect(corpus.missing).toBeUndefined();
    expect(corpus.docs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(DOCS.map((d) => [d.id, d] as const))('%s: any selection anchors back by position to the same text', (_id, doc) => {
    let runs = 0;
    fc.assert(
      fc.property(selection(doc), ({ start, end }) => {
        const s = describeRange(doc, start, end);
        if (!s) return; // only separator selected
        runs++;
        expect(textAt(doc, s.position)).toBe(s.quote.exact);
        const a = anchor(doc, s);
        expect(a).toEqual({ blockId: s.blockId, start: s.position.start, end: s.position.end, method: 'position' });
      }),
      { numRuns: 1000, seed: SEED },
    );
    expect(runs).toBeGreaterThan(900);
  });

  it('finds every selection again after text is inserted before it', () => {
    let total = 0;
    let samePlace = 0;
    for (const doc of DOCS) {
      fc.assert(
        fc.property(selection(doc), fc.string({ minLength: 1, maxLength: 80 }), fc.nat(), ({ start, end }, inserted, k) => {
          const s = describeRange(doc, start, end);
          if (!s) return;
          const model = docText(doc);
          const blockIndex = model.byId.get(s.blockId)!.index;
          const words = `Ajout ${inserted.replace(/\s+/g, ' ')} `;
          const changed = withTexts(doc, (id, t) => (id === s.blockId ? words + t : t), {
            index: k % (blockIndex + 1),
            text: 'Paragraphe inséré avant la sélection.',
          });
          const a = anchor(changed, s);
          expect(a, JSON.stringify(s.quote.exact.slice(0, 60))).not.toBeNull();
          expect(textAt(changed, a!)).toBe(s.quote.exact);
          total++;
          const shift = [...words].length + [...'Paragraphe inséré avant la sélection.\n\n'].length;
          if (a!.start === s.position.start + shift) samePlace++;
        }),
        { numRuns: 150, seed: SEED },
      );
    }
    rates.push(`text inserted before: ${total}/${total} found, ${((samePlace / total) * 100).toFixed(1)}% at the same place (the rest: an identical repeat)`);
    expect(samePlace / total).toBeGreaterThan(0.97);
  });

  it('finds a selection again after a few of its characters were corrected', () => {
    let total = 0;
    let found = 0;
    let overlapping = 0;
    for (const doc of DOCS) {
      fc.assert(
        fc.property(selection(doc), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), ({ start, end }, picks) => {
          const s = describeRange(doc, start, end);
          const model = docText(doc);
          if (!s || s.quote.exact.length < 32 || s.quote.exact.includes('\n')) return;
          const block = model.byId.get(s.blockId)!;
          const from = model.toUtf16(s.position.start) - block.start;
          const len = s.quote.exact.length;
          // Replace about one character in 20 of the quote (at least one).
          const edits = picks.slice(0, Math.max(1, Math.floor(len / 20)));
          const changed = withTexts(doc, (id, t) => {
            if (id !== s.blockId) return t;
            const chars = t.split('');
            for (const p of edits) chars[from + (p % len)] = '#';
            return chars.join('');
          });
          total++;
          const a = anchor(changed, s);
          if (!a) return;
          found++;
          expect(distance(s.quote.exact, textAt(changed, a))).toBeLessThanOrEqual(0.25);
          const lo = Math.max(a.start, s.position.start);
          const hi = Math.min(a.end, s.position.end);
          if (hi - lo >= 0.8 * (s.position.end - s.position.start)) overlapping++;
        }),
        { numRuns: 300, seed: SEED },
      );
    }
    rates.push(`~5% of the quote's characters changed: ${found}/${total} found (${((found / total) * 100).toFixed(1)}%), ${overlapping} over the original passage`);
    expect(found / total).toBeGreaterThan(0.95);
    expect(overlapping).toBe(found);
  });

  it('when the block is removed: null, or a passage within the error budget of the quote', () => {
    let total = 0;
    let orphans = 0;
    for (const doc of DOCS) {
      fc.assert(
        fc.property(selection(doc), ({ start, end }) => {
          const s: Selectors | null = describeRange(doc, start, end);
          if (!s || s.quote.exact.includes('\n')) return;
          const changed = withTexts(doc, (id, t) => (id === s.blockId ? null : t));
          total++;
          const a = anchor(changed, s);
          if (!a) {
            orphans++;
            return;
          }
          expect(a.method).toBe('quote-fuzzy');
          expect(distance(s.quote.exact, textAt(changed, a))).toBeLessThanOrEqual(0.2);
        }),
        { numRuns: 120, seed: SEED },
      );
    }
    rates.push(`block removed: ${orphans}/${total} orphaned (${((orphans / total) * 100).toFixed(1)}%), the rest found as a near-identical passage elsewhere`);
  });
});
