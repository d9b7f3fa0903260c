/** A complete, schema-valid Annotation for DOM tests: the given fields over plain defaults. */
import type { Annotation } from '../../common/model';

export function annotation(id: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    docId: 'a-68-370',
    blockId: 'p-1',
    quote: { type: 'TextQuoteSelector', exact: 'texte', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    color: 'yellow',
    note: '',
    tags: [],
    author: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}
