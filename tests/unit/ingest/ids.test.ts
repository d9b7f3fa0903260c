import { describe, expect, it } from 'vitest';
import { assignIds, BLOCK_ID, fnv1a, idKey, shortHash } from '../../../common/ingest/ids';

describe('assignIds', () => {
  it('names numbered blocks by their number', () => {
    expect(assignIds([{ kind: 'paragraph', number: '23', text: 'x' }, { kind: 'list-item', number: '3-a', text: 'y' }], () => undefined)).toEqual([
      'p-23',
      'p-3-a',
    ]);
  });

  it('names other blocks by kind and a hash of their own text, so edits elsewhere do not move them', () => {
    const a = { kind: 'heading', label: 'IV.', text: 'Débat général' };
    const before = assignIds([a, { kind: 'paragraph', text: 'Autre.' }], () => undefined);
    const after = assignIds([{ kind: 'paragraph', text: 'Inséré avant.' }, a, { kind: 'paragraph', text: 'Autre, modifié.' }], () => undefined);
    expect(after[1]).toBe(before[0]);
    expect(before[0]).toMatch(/^heading-[0-9a-z]{7}$/);
  });

  it('ignores typographic variants in the hash', () => {
    expect(idKey('L’homme  «a»')).toBe(idKey("l'homme \"a\""));
  });

  it('suffixes repeats in reading order and reports a doubled paragraph number', () => {
    const warnings: string[] = [];
    const ids = assignIds(
      [{ kind: 'schedule-item', text: 'Allocution' }, { kind: 'schedule-item', text: 'Allocution' }, { kind: 'paragraph', number: '5', text: 'a' }, { kind: 'paragraph', number: '5', text: 'b' }],
      (m) => warnings.push(m),
    );
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids.slice(2)).toEqual(['p-5', 'p-5-2']);
    expect(warnings).toEqual(['paragraph number 5 appears 2 times; id p-5-2 given']);
    for (const id of ids) expect(id).toMatch(BLOCK_ID);
  });

  it('hashes deterministically', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });
});
