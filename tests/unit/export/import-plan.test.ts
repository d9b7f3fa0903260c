import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ITEMS, parseImport, prepareImport } from '../../../common/export/import';
import { MAX_CANDIDATES } from '../../../common/export/import-match';
import { toJson } from '../../../common/export/webanno';
import type { Annotation, StructuredDocument } from '../../../common/model';
import { A68, DOC_MAP, LIVE, NOTE, plainText } from '../../fixtures/export/fixture';

const NOW = '2024-04-01T00:00:00.000Z';
const planOf = (text: string, existing: readonly Annotation[] = [], docs: ReadonlyMap<string, StructuredDocument> = DOC_MAP) => {
  const r = parseImport(text, { docs, existing }, { now: NOW });
  if (!r.ok) throw new Error(r.error);
  return r.plan;
};
const anno = (doc: StructuredDocument, selector: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Annotation',
  target: { source: `urn:plenary:doc:${doc.id}`, selector },
  ...extra,
});
const cp = (doc: StructuredDocument, s: string) => [...plainText(doc).slice(0, plainText(doc).indexOf(s))].length;
const base = LIVE.find((a) => a.id === 'ann-n-r3-bilan')!;

describe('ImportPlanner: duplicates are recognised by id or identical content only', () => {
  it('keeps two different notes on the same passage (round trip)', () => {
    const other: Annotation = { ...base, id: 'ann-colleague-0001', note: 'Mon avis diffère', author: 'Luis' };
    const plan = planOf(toJson([base, other]));
    expect(plan.toAdd.map((a) => a.note)).toEqual([base.note, 'Mon avis diffère']);
    // And importing the colleague's note next to one's own keeps both.
    const again = planOf(toJson([other]), [base]);
    expect(again.toAdd).toHaveLength(1);
    expect(again.alreadyPresent).toBe(0);
  });

  it('offers a different annotation under an existing id with a new id', () => {
    const clash: Annotation = { ...base, note: 'Une autre note', color: 'red' };
    const plan = planOf(toJson([clash]), [base]);
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.toAdd[0]!.id).not.toBe(base.id);
    expect(plan.toAdd[0]!.id).toMatch(/^imp-[0-9a-f]{16}$/);
    expect(plan.items[0]).toMatchObject({ status: 'new', renamed: true });
    // Two different items under one id in the same file: both kept.
    const twice = planOf(toJson([base, clash]));
    expect(new Set(twice.toAdd.map((a) => a.id)).size).toBe(2);
  });

  it('counts an identical annotation as already present, whatever its id', () => {
    const plan = planOf(toJson([{ ...base, id: 'ann-renamed-0001' }]), [base]);
    expect(plan.toAdd).toEqual([]);
    expect(plan.alreadyPresent).toBe(1);
    expect(plan.items).toEqual([{ item: 1, status: 'present', docId: base.docId, quote: base.quote.exact }]);
  });
});

describe('ImportPlanner: placing quotes', () => {
  it('falls back to the quote when the position is beyond the document', () => {
    const quote = 'se sont tenues';
    const plan = planOf(
      JSON.stringify(anno(A68, [{ type: 'TextPositionSelector', start: 90_000, end: 90_014 }, { type: 'TextQuoteSelector', exact: quote }])),
    );
    expect(plan.toAdd[0]?.position).toMatchObject({ start: cp(A68, quote), end: cp(A68, quote) + quote.length });
  });

  it('matches straight vs typographic apostrophes, no-break spaces and runs of white space', () => {
    // The document has "l’Assemblée générale se sont" (typographic apostrophe).
    const quote = "de l'Assemblée\u00a0générale \n  se sont";
    const plan = planOf(JSON.stringify(anno(A68, { type: 'TextQuoteSelector', exact: quote })));
    const want = 'de l’Assemblée générale se sont';
    expect(plan.toAdd[0]?.quote.exact).toBe(want);
    expect(plan.toAdd[0]?.position.start).toBe(cp(A68, want));
    expect(plan.items[0]).toMatchObject({ how: 'folded' });
  });

  it('re-anchors a lightly edited quote fuzzily', () => {
    const quote = 'notre reponse au phénomène mondial de la migation a trop souvent';
    const plan = planOf(JSON.stringify(anno(NOTE, { type: 'TextQuoteSelector', exact: quote })));
    expect(plan.toAdd[0]?.quote.exact).toBe('notre réponse au phénomène mondial de la migration a trop souvent');
    expect(plan.items[0]).toMatchObject({ how: 'fuzzy' });
  });

  it('calls a quote with too many occurrences ambiguous without enumerating them', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Le mot droit revient ${i}.`).join(' ');
    const doc: StructuredDocument = { ...A68, id: 'many-doc', blocks: [{ id: 'm1', kind: 'paragraph', text, md: text, headingPath: [] }] };
    const docs = new Map([['many-doc', doc]]);
    const started = Date.now();
    const plan = planOf(JSON.stringify(Array.from({ length: 200 }, () => anno(doc, { type: 'TextQuoteSelector', exact: 'droit' }))), [], docs);
    expect(plan.unplaceable[0]?.reason).toBe(`the quoted text occurs more than ${MAX_CANDIDATES} times in the document and nothing says which`);
    expect(plan.unplaceable).toHaveLength(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('normalises a Hypothesis acct: user the same way for user and creator', () => {
    const sel = { type: 'TextQuoteSelector', exact: 'se sont tenues' };
    const a = planOf(JSON.stringify({ rows: [{ ...anno(A68, sel), user: 'acct:alice@hypothes.is', target: [{ source: 'https://x/#/doc/a-68-370', selector: [sel] }] }] }));
    const b = planOf(JSON.stringify(anno(A68, sel, { creator: 'acct:alice@hypothes.is' })));
    expect(a.toAdd[0]?.author).toBe('alice');
    expect(b.toAdd[0]?.author).toBe('alice');
  });
});

describe('ImportPlanner: bounded work', () => {
  it('plans in steps, reporting progress, and gives the same plan as one pass', () => {
    const text = toJson(LIVE);
    const prepared = prepareImport(text, { docs: DOC_MAP, existing: [] }, { now: NOW });
    if (!prepared.ok) throw new Error(prepared.error);
    const { planner } = prepared;
    expect(planner.total).toBe(LIVE.length);
    let steps = 0;
    // A deadline already past still plans one slice per step.
    while (!planner.step(0)) steps++;
    expect(steps).toBeGreaterThanOrEqual(0);
    expect(planner.done).toBe(LIVE.length);
    const r = planner.result();
    expect(r.ok && r.plan.toAdd).toEqual(planOf(text).toAdd);
  });

  it('states the item limit when a file has too many items', () => {
    const text = `[${Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => '{}').join(',')}]`;
    const r = prepareImport(text, { docs: DOC_MAP, existing: [] });
    expect(r.ok ? '' : r.error).toBe('The file holds 100,001 annotations; imports are limited to 100,000 per file.');
  });
});
