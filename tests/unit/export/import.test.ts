import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../common/export/import';
import { toJson } from '../../../common/export/webanno';
import type { StructuredDocument } from '../../../common/model';
import { A68, DOC_MAP, LEGEND, LIVE, NOTE, plainText } from '../../fixtures/export/fixture';

const NOW = '2024-04-01T00:00:00.000Z';
const known = (existing = [] as typeof LIVE) => ({ docs: DOC_MAP, existing });
const exported = toJson(LIVE, { legend: LEGEND, generated: '2024-03-15T12:00:00.000Z' });

const errorOf = (text: string, docs: ReadonlyMap<string, StructuredDocument> = DOC_MAP): string => {
  const r = parseImport(text, { docs, existing: [] }, { now: NOW });
  if (r.ok) throw new Error('expected the import to be refused');
  return r.error;
};
const planOf = (text: string, existing = [] as typeof LIVE) => {
  const r = parseImport(text, known(existing), { now: NOW });
  if (!r.ok) throw new Error(r.error);
  return r.plan;
};

/** A Web Annotation on `doc` with the given selectors. */
const anno = (source: string, selector: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Annotation',
  target: { source, selector },
  ...extra,
});
const urn = (doc: StructuredDocument) => `urn:plenary:doc:${doc.id}`;
const cp = (doc: StructuredDocument, s: string) => [...plainText(doc).slice(0, plainText(doc).indexOf(s))].length;

describe('parseImport: round trip', () => {
  it('reads its own export back to identical annotations', () => {
    const plan = planOf(exported);
    expect(plan.toAdd).toEqual(LIVE);
    expect(plan.alreadyPresent).toBe(0);
    expect(plan.unplaceable).toEqual([]);
    expect(plan.legend).toEqual(LEGEND);
  });

  it('adds nothing the second time', () => {
    const first = planOf(exported);
    const second = planOf(exported, first.toAdd);
    expect(second.toAdd).toEqual([]);
    expect(second.alreadyPresent).toBe(LIVE.length);
  });

  it('counts the same passage under another id as already present', () => {
    const renamed = exported.replaceAll('urn:plenary:annotation:ann-', 'urn:plenary:annotation:other-');
    const plan = planOf(renamed, LIVE);
    expect(plan.toAdd).toEqual([]);
    expect(plan.alreadyPresent).toBe(LIVE.length);
  });

  it('keeps trashed annotations trashed when they were exported', () => {
    const trashed = { ...LIVE[0]!, id: 'ann-trashed-0001', deleted: '2024-03-20T08:00:00.000Z', position: { ...LIVE[0]!.position } };
    const plan = planOf(toJson([trashed], { includeDeleted: true }));
    expect(plan.toAdd[0]?.deleted).toBe('2024-03-20T08:00:00.000Z');
  });
});

describe('parseImport: other Web Annotation files', () => {
  const quote = 'réunion de bilan';
  const start = cp(NOTE, quote);

  it('reads a single Annotation with a quote only, keeping its author', () => {
    const plan = planOf(
      JSON.stringify(
        anno(
          'https://example.org/library/idm-2017-note-conceptuelle',
          { type: 'TextQuoteSelector', exact: quote },
          {
            id: 'urn:uuid:6a1f3c1e-8a7d-4f2b-9c1e-2f0a9b8c7d6e',
            creator: { type: 'Person', name: 'Chen Wei' },
            body: { type: 'TextualBody', value: 'À suivre', purpose: 'commenting' },
            created: '2024-02-01T08:00:00Z',
          },
        ),
      ),
    );
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.toAdd[0]).toMatchObject({
      id: '6a1f3c1e-8a7d-4f2b-9c1e-2f0a9b8c7d6e',
      docId: 'idm-2017-note-conceptuelle',
      blockId: 'n-r3',
      position: { start, end: start + quote.length },
      quote: { exact: quote, prefix: 't présentées à l\'occasion de la ' },
      color: 'yellow',
      note: 'À suivre',
      author: 'Chen Wei',
      created: '2024-02-01T08:00:00.000Z',
      modified: '2024-02-01T08:00:00.000Z',
    });
  });

  it('reads a Hypothesis-style export (target list, URL sources, text, tags, user)', () => {
    const row = {
      id: 'https://hypothes.is/a/Xy12Ab34Cd56',
      created: '2024-02-02T10:00:00.123456+00:00',
      updated: '2024-02-03T10:00:00.123456+00:00',
      user: 'acct:bob@hypothes.is',
      uri: 'https://plenary.local/#/doc/a-68-370',
      text: 'Voir **aussi** le para. 24',
      tags: ['retour', 'retour', ' droits '],
      target: [
        {
          source: 'https://plenary.local/#/doc/a-68-370',
          selector: [
            { type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 0, endContainer: '/div[1]/p[3]', endOffset: 10 },
            { type: 'TextPositionSelector', start: cp(A68, 'se sont tenues'), end: cp(A68, 'se sont tenues') + 14 },
            { type: 'TextQuoteSelector', exact: 'se sont tenues', prefix: 'générale ', suffix: ' le 15' },
          ],
        },
      ],
    };
    const plan = planOf(JSON.stringify({ total: 1, rows: [row] }));
    expect(plan.toAdd[0]).toMatchObject({
      id: 'Xy12Ab34Cd56',
      docId: 'a-68-370',
      blockId: 'a-p1',
      note: 'Voir **aussi** le para. 24',
      tags: ['retour', 'droits'],
      author: 'bob',
      created: '2024-02-02T10:00:00.123Z',
      modified: '2024-02-03T10:00:00.123Z',
    });
  });

  it('reads collections with first.items and AnnotationPages', () => {
    const item = anno(urn(NOTE), [{ type: 'TextQuoteSelector', exact: quote }], { id: 'page-item-0001' });
    expect(planOf(JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [item] } })).toAdd).toHaveLength(1);
    expect(planOf(JSON.stringify({ type: 'AnnotationPage', items: [item] })).toAdd).toHaveLength(1);
    expect(planOf(JSON.stringify([item])).toAdd).toHaveLength(1);
  });

  it('finds the source by the last path segment, with or without an extension', () => {
    for (const source of ['file:///corpus/sources/a-68-370.txt', 'https://x.example/docs/a-68-370/', 'a-68-370']) {
      const plan = planOf(JSON.stringify(anno(source, { type: 'TextQuoteSelector', exact: 'se sont tenues' })));
      expect(plan.toAdd[0]?.docId, source).toBe('a-68-370');
    }
  });

  it('moves an annotation whose position no longer matches to where its quote is', () => {
    const plan = planOf(
      JSON.stringify(anno(urn(NOTE), [{ type: 'TextQuoteSelector', exact: quote }, { type: 'TextPositionSelector', start: 3, end: 19 }])),
    );
    expect(plan.toAdd[0]?.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
  });

  it('uses prefix and suffix to choose between repeated quotes', () => {
    const plan = planOf(
      JSON.stringify(anno(urn(A68), { type: 'TextQuoteSelector', exact: 'Assemblée générale', prefix: 'Président de l’', suffix: ', en' })),
    );
    expect(plan.toAdd[0]?.blockId).toBe('a-p2');
  });

  it('derives the quote from a position alone', () => {
    const plan = planOf(JSON.stringify(anno(urn(NOTE), { type: 'TextPositionSelector', start, end: start + quote.length })));
    expect(plan.toAdd[0]?.quote.exact).toBe(quote);
    expect(plan.toAdd[0]?.id).toMatch(/^imp-[0-9a-f]{16}$/);
  });

  it('lists what it cannot place, and adds the rest', () => {
    const plan = planOf(
      JSON.stringify([
        anno(urn(NOTE), { type: 'TextQuoteSelector', exact: 'une phrase absente' }),
        anno(urn(A68), { type: 'TextQuoteSelector', exact: 'Assemblée générale' }),
        { type: 'Annotation', target: urn(A68) },
        anno(urn(NOTE), { type: 'TextQuoteSelector', exact: quote }),
      ]),
    );
    expect(plan.unplaceable).toEqual([
      { item: 1, reason: 'the quoted text is not in the document', quote: 'une phrase absente' },
      { item: 2, reason: 'the quoted text occurs 2 times in the document and nothing says which', quote: 'Assemblée générale' },
      { item: 3, reason: 'no TextQuoteSelector or TextPositionSelector', quote: '' },
    ]);
    expect(plan.toAdd).toHaveLength(1);
  });
});

describe('parseImport: the bad-file catalogue', () => {
  it('refuses a file that is not JSON', () => {
    expect(errorOf('Hello, these are my notes')).toBe('The file is not JSON: it starts with "Hello, these are my".');
    expect(errorOf("{'items': []}")).toBe("The file is not JSON: Expected property name or '}' (line 1, column 2).");
    expect(errorOf('   \n')).toBe('The file is empty.');
  });

  it('refuses a truncated file', () => {
    expect(errorOf(exported.slice(0, 700))).toMatch(/^The file is truncated: unexpected end of the JSON with a string still open \(line \d+, column \d+\)\.$/);
    expect(errorOf(exported.slice(0, exported.lastIndexOf('}')))).toMatch(/^The file is truncated: unexpected end of the JSON with a bracket still open/);
  });

  it('refuses the wrong shape', () => {
    expect(errorOf('{"hello": "world"}')).toBe(
      'Wrong shape: expected a W3C Web Annotation, a list of them, an AnnotationPage or an AnnotationCollection (found an object with keys hello).',
    );
    expect(errorOf('42')).toBe(
      'Wrong shape: expected a W3C Web Annotation, a list of them, an AnnotationPage or an AnnotationCollection (found a number).',
    );
    expect(errorOf('[{"type": "Annotation"}]')).toBe('item 1: target: missing (an annotation needs a target)');
    expect(errorOf('[{"type": "Annotation", "target": {"selector": []}}]')).toBe(
      'item 1: target: no source (nothing says which document it is on)',
    );
    expect(errorOf(JSON.stringify([anno(urn(A68), [{ type: 'TextPositionSelector', start: '3', end: 9 }])]))).toBe(
      'item 1: target.selector[0].start: Invalid input: expected number, received string',
    );
    expect(errorOf(JSON.stringify([anno(urn(A68), { type: 'TextQuoteSelector', exact: 42 })]))).toBe(
      'item 1: target.selector.exact: Invalid input: expected string, received number',
    );
    expect(errorOf('{"type": "AnnotationCollection", "first": "https://example.org/page1"}')).toBe(
      'The collection\'s annotations are not in the file: its "first" page is only a link.',
    );
    expect(errorOf(exported.replace('"yellow": "Point clé"', '"yellow": ""'))).toBe(
      'plenary:legend: yellow: Too small: expected string to have >=1 characters',
    );
  });

  it('refuses a huge file, saying what the limit is', () => {
    expect(errorOf(' '.repeat(20 * 1024 * 1024 + 1))).toBe('The file is too large (20.1 MB); imports are limited to 20 MB of text.');
  });

  it('refuses a deeply nested file before parsing it', () => {
    expect(errorOf('['.repeat(100_000) + ']'.repeat(100_000))).toBe(
      'The file is nested too deeply: more than 64 levels of brackets (at line 1, column 65).',
    );
    // Within the limit, depth is fine.
    expect(errorOf('['.repeat(64) + ']'.repeat(64))).toMatch(/^item 1: /);
  });

  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    expect(errorOf('{"type": "AnnotationCollection", "items": [{"__proto__": {"isAdmin": true}}]}')).toBe(
      'The file contains the forbidden key "__proto__" at items[0].__proto__; files with such keys are refused.',
    );
    expect(errorOf(exported.replace('"plenary:color": "blue"', '"plenary:color": "blue", "constructor": {"prototype": {}}'))).toMatch(
      /^The file contains the forbidden key "constructor" at (first\.)?items\[0\]\.constructor;/,
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses offsets outside the document, naming the item', () => {
    const big: StructuredDocument = { ...A68, id: 'big-doc', blocks: [{ id: 'b1', kind: 'paragraph', text: 'x'.repeat(48_000), md: '', headingPath: [] }] };
    const docs = new Map([['big-doc', big]]);
    const ok = anno('urn:plenary:doc:big-doc', { type: 'TextPositionSelector', start: 0, end: 5 });
    const bad = anno('urn:plenary:doc:big-doc', [{ type: 'TextPositionSelector', start: 10, end: 99999 }]);
    // One bad item among good ones is listed with its reason; the good ones are offered.
    const r = parseImport(JSON.stringify([ok, bad]), { docs, existing: [] }, { now: NOW });
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.toAdd).toHaveLength(1);
    expect(r.plan.unplaceable).toEqual([
      { item: 2, reason: "target.selector: TextPositionSelector end 99999 is beyond the document's 48,000 characters", quote: '' },
    ]);
    // Alone, it refuses the file with the same words.
    expect(errorOf(JSON.stringify([bad]), docs)).toBe(
      "item 1: target.selector: TextPositionSelector end 99999 is beyond the document's 48,000 characters",
    );
    const reversed = anno(urn(A68), [{ type: 'TextPositionSelector', start: 10, end: 10 }]);
    expect(errorOf(JSON.stringify([reversed]))).toBe('item 1: target.selector: TextPositionSelector start 10 is not before end 10');
    const negative = anno(urn(A68), [{ type: 'TextPositionSelector', start: -1, end: 10 }]);
    expect(errorOf(JSON.stringify([negative]))).toBe('item 1: target.selector[0].start: start is negative');
  });

  it('refuses unknown documents, naming them all', () => {
    const a = anno('urn:plenary:doc:a-69-999', { type: 'TextQuoteSelector', exact: 'x' });
    const b = anno('https://example.org/page.html', { type: 'TextQuoteSelector', exact: 'x' });
    const good = anno(urn(A68), { type: 'TextQuoteSelector', exact: 'se sont tenues' });
    expect(errorOf(JSON.stringify([a]))).toBe('Unknown document: "urn:plenary:doc:a-69-999" (item 1); this library has no such document.');
    expect(errorOf(JSON.stringify([a, b, a]))).toBe(
      'Unknown documents: "urn:plenary:doc:a-69-999" (items 1, 3), "https://example.org/page.html" (item 2); this library has no such document.',
    );
    // With a good item, the good one is offered and the others are listed.
    const plan = planOf(JSON.stringify([good, a]));
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.unplaceable).toEqual([
      { item: 2, reason: 'the document "urn:plenary:doc:a-69-999" is not in this library', quote: 'x' },
    ]);
  });

  it('refuses dates that are not dates', () => {
    const item = anno(urn(A68), { type: 'TextQuoteSelector', exact: 'se sont tenues' }, { created: 'yesterday' });
    expect(errorOf(JSON.stringify([item]))).toBe('item 1: created: "yesterday" is not an ISO date-time');
  });

  it('refuses fields the annotation model does not allow, naming the item', () => {
    const longTag = anno(urn(A68), { type: 'TextQuoteSelector', exact: 'se sont tenues' }, {
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 't'.repeat(65) }],
    });
    expect(errorOf(JSON.stringify([longTag]))).toBe('item 1: tags[0]: Too big: expected string to have <=64 characters');
  });
});
