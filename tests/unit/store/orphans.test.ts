/** Annotations of a document that is not in the library: kept, and a notice says where to find them. */
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../main/store';
import { newAnnotation, tempDir } from './helpers';

describe('annotations of a document not in the library', () => {
  it('are kept, listed, and named in a notice', async () => {
    const dir = tempDir('orphans');
    const before = createStore(dir);
    before.createAnnotation(newAnnotation({ docId: 'rapport-retire' }));
    before.createAnnotation(newAnnotation({ docId: 'rapport-retire' }));
    before.createAnnotation(newAnnotation({ docId: 'a-68-370' }));
    await before.close();

    const store = createStore(dir, { docIds: ['a-68-370', 'ic-2009-1'] });
    expect(store.listAnnotations('rapport-retire')).toHaveLength(2);
    expect(store.storeNotices()).toEqual([
      {
        docId: 'rapport-retire',
        file: 'annotations-rapport-retire.json',
        message:
          '2 annotations belong to the document "rapport-retire", which is not in the library. They are kept and listed in the Notebook under "Document missing", where they can be exported.',
      },
    ]);
    await store.close();
  });
});
