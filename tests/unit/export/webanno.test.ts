import { describe, expect, it } from 'vitest';
import { annotationToW3C, toJson, toWebAnnotationCollection } from '../../../common/export/webanno';
import { ANNOTATIONS, LEGEND } from '../../fixtures/export/fixture';
import { expectGolden } from './golden';

const OPTIONS = { legend: LEGEND, label: 'Pacte mondial : notes de séance', generated: '2024-03-15T12:00:00.000Z' };

describe('toJson', () => {
  it('matches the golden file', () => {
    expectGolden('annotations.jsonld', toJson(ANNOTATIONS, OPTIONS));
  });

  it('is a W3C AnnotationCollection with the legend, trash left out', () => {
    const c = toWebAnnotationCollection(ANNOTATIONS, OPTIONS);
    expect(c['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(9);
    expect(c.first?.items.map((i) => i.id)).not.toContain('urn:plenary:annotation:ann-a-p2-trashed');
    expect(c['plenary:legend']).toEqual(LEGEND);
    expect(toWebAnnotationCollection(ANNOTATIONS, { includeDeleted: true }).total).toBe(10);
  });
});

describe('annotationToW3C', () => {
  it('maps an annotation onto the Web Annotation model', () => {
    const a = ANNOTATIONS.find((x) => x.id === 'ann-a-p23-guillemets')!;
    const w = annotationToW3C(a);
    expect(w).toMatchObject({
      id: 'urn:plenary:annotation:ann-a-p23-guillemets',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-03-02T09:00:00.000Z',
      modified: '2024-03-02T10:30:00.000Z',
      creator: { type: 'Person', name: 'Amina Diallo' },
      'plenary:color': 'red',
      target: {
        source: 'urn:plenary:doc:a-68-370',
        'plenary:blockId': 'a-p23',
        selector: [
          { type: 'TextQuoteSelector', exact: '« les migrants ne sont pas une marchandise »' },
          { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
        ],
      },
    });
    expect(w.body).toEqual([
      { type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'droits', purpose: 'tagging' },
      { type: 'TextualBody', value: 'citation, à vérifier', purpose: 'tagging' },
    ]);
  });

  it('leaves out an empty body and an unknown author', () => {
    const a = ANNOTATIONS.find((x) => x.id === 'ann-n-p0-jusqua')!;
    const w = annotationToW3C({ ...a, note: '', tags: [] });
    expect(w.body).toBeUndefined();
    expect(w.creator).toBeUndefined();
    expect(w.motivation).toBe('highlighting');
  });
});
