import { describe, expect, it } from 'vitest';
import { moveId, orderAnnotations } from '../../../common/export/order';
import { ANNOTATIONS } from '../../fixtures/export/fixture';

const live = ANNOTATIONS.filter((a) => !a.deleted);
const DOC_ORDER = ['a-68-370', 'idm-2017-note-conceptuelle'];

describe('orderAnnotations', () => {
  it('orders by document, then position', () => {
    const out = orderAnnotations(live, 'document', DOC_ORDER);
    const firstNote = out.findIndex((a) => a.docId !== 'a-68-370');
    expect(out.slice(firstNote).every((a) => a.docId === 'idm-2017-note-conceptuelle')).toBe(true);
    for (let i = 1; i < firstNote; i++) expect(out[i]!.position.start).toBeGreaterThanOrEqual(out[i - 1]!.position.start);
  });

  it('orders by colour in legend order', () => {
    const colors = orderAnnotations(live, 'color', DOC_ORDER).map((a) => a.color);
    const rank = (c: string) => ['yellow', 'green', 'red', 'blue', 'purple'].indexOf(c);
    for (let i = 1; i < colors.length; i++) expect(rank(colors[i]!)).toBeGreaterThanOrEqual(rank(colors[i - 1]!));
  });

  it('orders by tag, untagged last', () => {
    const out = orderAnnotations(live, 'tag', DOC_ORDER);
    const firstUntagged = out.findIndex((a) => a.tags.length === 0);
    expect(firstUntagged).toBeGreaterThan(0);
    expect(out.slice(firstUntagged).every((a) => a.tags.length === 0)).toBe(true);
  });

  it('keeps a hand order as given', () => {
    const reversed = [...live].reverse();
    expect(orderAnnotations(reversed, 'manual', DOC_ORDER)).toEqual(reversed);
  });
});

describe('moveId', () => {
  it('moves one place up or down, clamped at the ends', () => {
    expect(moveId(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
