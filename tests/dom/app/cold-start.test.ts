import { describe, expect, it } from 'vitest';
import { firstScreen } from '../../../renderer/app/first-screen';
import type { StructuredDocument } from '../../../common/model';

const doc = {
  id: 'd',
  blocks: Array.from({ length: 30 }, (_, i) => ({ id: `b-${i}`, number: i > 0 ? String(i) : undefined })),
} as unknown as StructuredDocument;

describe('firstScreen', () => {
  it('takes the blocks around the linked paragraph, the linked block, the reading position, or the start', () => {
    expect(firstScreen(doc, { view: 'doc', docId: 'd', para: '10' }, 'b-20')).toEqual(['b-9', 'b-10', 'b-11', 'b-12', 'b-13', 'b-14', 'b-15']);
    expect(firstScreen(doc, { view: 'doc', docId: 'd', blockId: 'b-29' }, null)).toEqual(['b-28', 'b-29']);
    expect(firstScreen(doc, { view: 'doc', docId: 'd' }, 'b-20')[1]).toBe('b-20');
    expect(firstScreen(doc, { view: 'doc', docId: 'd' }, null)).toEqual(['b-0', 'b-1', 'b-2', 'b-3', 'b-4', 'b-5']);
  });
  it('falls back to the start for a paragraph or position the document does not have', () => {
    expect(firstScreen(doc, { view: 'doc', docId: 'd', para: '99' }, 'gone')[0]).toBe('b-0');
  });
});
