import { describe, expect, it } from 'vitest';
import { pairNotes, type RefSite } from '../../../common/ingest/footnotes';

const ref = (mark: string, block: number, lineNo: number): RefSite => ({
  node: { t: 'ref', mark, raw: mark, via: 'sup' },
  block,
  lineNo,
});

describe('pairNotes', () => {
  it('pairs each note with the nearest reference printed before it', () => {
    const refs = [ref('*', 0, 5), ref('*', 3, 40)];
    const warnings: string[] = [];
    const p = pairNotes([{ mark: '*', src: 'a', lineNo: 10 }, { mark: '*', src: 'b', lineNo: 50 }], refs, () => -1, (m) => warnings.push(m));
    expect(p.notes).toEqual([
      { id: 'fn-1', block: 0, orphan: false },
      { id: 'fn-2', block: 3, orphan: false },
    ]);
    expect(refs.map((r) => r.node.id)).toEqual(['fn-1', 'fn-2']);
    expect(warnings).toEqual([]);
  });

  it('falls back to the first reference after the note', () => {
    const refs = [ref('1', 2, 30)];
    expect(pairNotes([{ mark: '1', src: 'a', lineNo: 10 }], refs, () => -1, () => undefined).notes[0]!.block).toBe(2);
  });

  it('attaches a note without reference where the caller says, and reports it', () => {
    const warnings: string[] = [];
    const p = pairNotes([{ mark: '*', src: 'A/68/150.', lineNo: 30 }], [], () => 0, (m) => warnings.push(m));
    expect(p.notes).toEqual([{ id: 'fn-1', block: 0, orphan: true }]);
    expect(warnings).toEqual(['line 30: note "*" has no reference mark in the text; attached to the first block']);
  });

  it('reports a reference without note', () => {
    const warnings: string[] = [];
    pairNotes([], [ref('7', 0, 3)], () => 0, (m) => warnings.push(m));
    expect(warnings).toEqual(['line 3: mark "7" matches no note; kept as printed']);
  });
});
