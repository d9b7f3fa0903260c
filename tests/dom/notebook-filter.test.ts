/** The notebook's filter: accent-insensitive text over quote, note and tags; an edited note is found by its new words. */
import { describe, expect, it } from 'vitest';
import { filterAnnotations, type NotebookFilter } from '../../renderer/annotations/Notebook';
import { annotation } from './annotation-fixture';

const ALL: NotebookFilter = { docId: '', color: '', tag: '', text: '', sort: 'document' };
const order = new Map([
  ['ic-2009-1', 0],
  ['a-68-370', 1],
]);

describe('filterAnnotations', () => {
  const a = annotation('ann-aaaa-1', { quote: { type: 'TextQuoteSelector', exact: 'la vulnérabilité des enfants', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 50, end: 78 } });
  const b = annotation('ann-bbbb-2', { note: 'À revoir **avant** la séance', tags: ['Sécurité'], color: 'red', modified: '2026-02-01T00:00:00.000Z' });
  const c = annotation('ann-cccc-3', { docId: 'ic-2009-1', position: { type: 'TextPositionSelector', start: 900, end: 905 } });

  it('matches quote, note and tags without accents or case', () => {
    expect(filterAnnotations([a, b, c], { ...ALL, text: 'VULNERABILITE' }, order).map((x) => x.id)).toEqual(['ann-aaaa-1']);
    expect(filterAnnotations([a, b, c], { ...ALL, text: 'seance' }, order).map((x) => x.id)).toEqual(['ann-bbbb-2']);
    expect(filterAnnotations([a, b, c], { ...ALL, text: 'securite' }, order).map((x) => x.id)).toEqual(['ann-bbbb-2']);
  });

  it('sorts by document order then position, or newest first', () => {
    expect(filterAnnotations([a, b, c], ALL, order).map((x) => x.id)).toEqual(['ann-cccc-3', 'ann-bbbb-2', 'ann-aaaa-1']);
    expect(filterAnnotations([a, b, c], { ...ALL, sort: 'date' }, order)[0]!.id).toBe('ann-bbbb-2');
  });

  it('an edited annotation (a new object) is found by its new note, not its old one', () => {
    expect(filterAnnotations([b], { ...ALL, text: 'revoir' }, order)).toHaveLength(1);
    const edited = { ...b, note: 'Point clos' };
    expect(filterAnnotations([edited], { ...ALL, text: 'revoir' }, order)).toHaveLength(0);
    expect(filterAnnotations([edited], { ...ALL, text: 'clos' }, order)).toHaveLength(1);
  });

  it('filters by document, colour and tag', () => {
    expect(filterAnnotations([a, b, c], { ...ALL, docId: 'ic-2009-1' }, order).map((x) => x.id)).toEqual(['ann-cccc-3']);
    expect(filterAnnotations([a, b, c], { ...ALL, color: 'red' }, order).map((x) => x.id)).toEqual(['ann-bbbb-2']);
    expect(filterAnnotations([a, b, c], { ...ALL, tag: 'Sécurité' }, order).map((x) => x.id)).toEqual(['ann-bbbb-2']);
  });
});
