import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermTable, encodePostings, encodeVarint, TermTable, VarintReader } from '../../../common/search/codec';

describe('varint codec', () => {
  it('round-trips any list of non-negative integers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (nums) => {
        const out: string[] = [];
        for (const n of nums) encodeVarint(n, out);
        const s = out.join('');
        expect(s).toMatch(/^[A-Za-z0-9+/]*$/);
        const r = new VarintReader(s, 0, s.length);
        expect(nums.map(() => r.next())).toEqual(nums);
        expect(r.done).toBe(true);
      }),
    );
  });

  it('uses one character for values below 32', () => {
    const out: string[] = [];
    encodeVarint(31, out);
    expect(out.join('')).toHaveLength(1);
  });

  it('rejects negative numbers and malformed input', () => {
    expect(() => encodeVarint(-1, [])).toThrow(/non-negative/);
    expect(() => new VarintReader('g', 0, 1).next()).toThrow(/truncated/);
    expect(() => new VarintReader('#', 0, 1).next()).toThrow(/invalid character/);
  });
});

describe('TermTable', () => {
  const stems = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 0, maxLength: 60 });

  it('finds every stem and only those, like a sorted array would (property)', () => {
    fc.assert(
      fc.property(stems, fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 20 }), (words, probes) => {
        const entries = words.map((w, i): [string, string] => [w, encodePostings({ blocks: [i], tfText: [1], tfHeading: [0] })]);
        const { terms, postings } = buildTermTable(entries);
        const table = new TermTable(terms, postings);
        const sorted = [...words].sort();
        expect([...table.lines()].map(([, stem]) => stem)).toEqual(sorted);
        for (const w of sorted) expect(table.stem(table.find(w))).toBe(w);
        for (const p of probes) {
          expect(table.find(p) >= 0).toBe(sorted.includes(p));
          expect(table.withPrefix(p, 1000).map((i) => table.stem(i))).toEqual(sorted.filter((w) => w.startsWith(p)));
          const lb = table.lowerBound(p);
          const firstGe = sorted.find((w) => w >= p);
          expect(lb === -1 ? undefined : table.stem(lb)).toBe(firstGe);
        }
      }),
    );
  });

  it('decodes postings with block gaps and per-field frequencies', () => {
    const { terms, postings } = buildTermTable([
      ['retour', encodePostings({ blocks: [0, 3, 40, 1000], tfText: [1, 0, 5, 2], tfHeading: [0, 1, 1, 0] })],
      ['migrat', encodePostings({ blocks: [7], tfText: [1], tfHeading: [0] })],
    ]);
    expect(terms).toMatch(/^migrat:A\nretour:[A-Za-z0-9+/]+$/);
    const table = new TermTable(terms, postings);
    const seen: number[][] = [];
    const line = table.find('retour');
    table.forEachPosting(line, (b, t, h) => seen.push([b, t, h]));
    expect(seen).toEqual([
      [0, 1, 0],
      [3, 0, 1],
      [40, 5, 1],
      [1000, 2, 0],
    ]);
    // lunr counts a block once per field the term occurs in.
    expect(table.dfSum(line)).toBe(5);
    expect(table.find('migra')).toBe(-1);
    expect(table.find('migrats')).toBe(-1);
  });

  it('refuses stems that would break the table', () => {
    expect(() => buildTermTable([['a:b', '']])).toThrow(/cannot be stored/);
  });
});

describe('TermTable.firstBlock', () => {
  it('reads the first block of a line without decoding the rest', () => {
    const table = new TermTable(
      ...(Object.values(
        buildTermTable([
          ['alpha', encodePostings({ blocks: [3, 9, 40], tfText: [1, 2, 1], tfHeading: [0, 0, 1] })],
          ['beta', encodePostings({ blocks: [0], tfText: [1], tfHeading: [0] })],
        ]),
      ) as [string, string]),
    );
    expect(table.firstBlock(table.find('alpha'))).toBe(3);
    expect(table.firstBlock(table.find('beta'))).toBe(0);
  });
});
