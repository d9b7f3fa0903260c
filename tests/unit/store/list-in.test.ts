import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../main/store';
import { UserError } from '../../../common/result';
import { newAnnotation, tempDir } from './helpers';

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

describe('listAnnotationsIn', () => {
  it('lists the live annotations of the given blocks only, in reading order, from real files', async () => {
    const dir = tempDir('list-in');
    const store = createStore(dir);
    const a = store.createAnnotation(newAnnotation({ blockId: 'p-2', position: { type: 'TextPositionSelector', start: 900, end: 910 } }));
    const b = store.createAnnotation(newAnnotation({ blockId: 'p-1', position: { type: 'TextPositionSelector', start: 100, end: 110 } }));
    store.createAnnotation(newAnnotation({ blockId: 'p-3' }));
    const gone = store.createAnnotation(newAnnotation({ blockId: 'p-1', position: { type: 'TextPositionSelector', start: 200, end: 210 } }));
    store.createAnnotation(newAnnotation({ docId: 'ic-2009-1', blockId: 'p-1' }));
    store.deleteAnnotation(gone.id);
    await store.close();
    const again = createStore(dir);
    open.push(again);
    expect(again.listAnnotationsIn('a-68-370', ['p-1', 'p-2']).map((x) => x.id)).toEqual([b.id, a.id]);
    expect(again.listAnnotationsIn('a-68-370', ['p-9'])).toEqual([]);
    expect(again.listAnnotationsIn('idm-2017-note-conceptuelle', ['p-1'])).toEqual([]);
  });

  it('refuses an empty or oversized block list with a clear message', () => {
    const store = createStore(tempDir('list-in'));
    open.push(store);
    expect(() => store.listAnnotationsIn('a-68-370', [])).toThrow(UserError);
    expect(() => store.listAnnotationsIn('a-68-370', Array.from({ length: 501 }, (_, i) => `p-${i}`))).toThrow(/500|too big|at most/i);
  });
});
