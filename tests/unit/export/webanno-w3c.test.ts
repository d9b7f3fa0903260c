/**
 * The JSON export against the W3C Web Annotation test suite: every MUST
 * assertion for collections, their first page and each annotation, plus the
 * language assertions the export means to meet on bodies and targets.
 */
import { describe, expect, it } from 'vitest';
import { toWebAnnotationCollection } from '../../../common/export/webanno';
import { ANNOTATIONS, DOCS, LEGEND } from '../../fixtures/export/fixture';
import { assertion, assertionsOf, failures, W3C_DIR, W3C_PRESENT } from './w3c-schemas';

const collection = () =>
  toWebAnnotationCollection(ANNOTATIONS, {
    legend: LEGEND,
    label: 'Pacte mondial : notes de séance',
    generated: '2024-03-15T12:00:00.000Z',
    id: 'urn:plenary:export:test-1',
    noteLanguage: 'fr',
    docLanguages: Object.fromEntries(DOCS.map((d) => [d.id, d.language])),
  });

describe.skipIf(!W3C_PRESENT)(`W3C web-annotation schemas (${W3C_DIR})`, () => {
  it('the collection meets every MUST of the collection tests', () => {
    const c = collection();
    expect(failures(assertionsOf('collections/collectionMusts.test'), c)).toEqual([]);
  });

  it('the first AnnotationPage meets every MUST of the page tests', () => {
    const c = collection();
    // A page embedded in its collection takes the collection's context, as JSON-LD does.
    const page = { '@context': c['@context'], ...c.first };
    expect(failures(assertionsOf('collections/pages/pageMusts.test'), page)).toEqual([]);
  });

  it('every exported annotation meets every MUST of the annotation tests', () => {
    const c = collection();
    const musts = assertionsOf('annotations/annotationMusts.test');
    expect(c.first?.items.length).toBeGreaterThan(0);
    for (const item of c.first?.items ?? []) {
      expect(failures(musts, { '@context': c['@context'], ...item }), item.id).toEqual([]);
    }
  });

  it('bodies and targets carry their language', () => {
    const c = collection();
    const body = assertion('annotations/bodiesTargets/3.2.1-bodyLanguage.json');
    const target = assertion('annotations/bodiesTargets/3.2.1-targLanguage.json');
    for (const item of c.first?.items ?? []) {
      expect(target.validate(item), item.id).toBe(true);
      expect(item.target.language).toBe('fr');
      if (item.body) {
        expect(body.validate(item), item.id).toBe(true);
        for (const b of item.body) expect(b.language).toBe('fr');
      }
    }
  });

  it('a collection without an id or page fails, so the test can fail', () => {
    const c = collection() as unknown as Record<string, unknown>;
    const bad = { ...c, id: undefined, first: undefined, items: (c.first as { items: unknown[] }).items };
    expect(failures(assertionsOf('collections/collectionMusts.test'), JSON.parse(JSON.stringify(bad))).length).toBeGreaterThan(0);
  });
});
