import { describe, expect, it } from 'vitest';
import { headingPaths } from '../../../common/ingest/outline';

describe('headingPaths', () => {
  it('lists enclosing headings outermost first, closing them at the same or a higher level', () => {
    const blocks = [
      { id: 'V', kind: 'heading', level: 1 },
      { id: 'VA', kind: 'heading', level: 2 },
      { id: 'p27', kind: 'paragraph' },
      { id: 'VB', kind: 'heading', level: 2 },
      { id: 'p28', kind: 'paragraph' },
      { id: 'VI', kind: 'heading', level: 1 },
      { id: 'p32', kind: 'paragraph' },
    ];
    expect(headingPaths(blocks)).toEqual([[], ['V'], ['V', 'VA'], ['V'], ['V', 'VB'], [], ['VI']]);
  });
  it('gives an empty path before the first heading', () => {
    expect(headingPaths([{ id: 'q', kind: 'quote' }])).toEqual([[]]);
  });
});
