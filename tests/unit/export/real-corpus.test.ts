/**
 * The exports on the real corpus, as built by the unit global setup
 * (corpus/out/docs). Hand-made fixtures pin the formats; this checks that
 * real documents, with their real damage, go through every format and back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../common/export/brief';
import { citationFor } from '../../../common/export/citation';
import { toCsv } from '../../../common/export/csv';
import { toHtml } from '../../../common/export/html';
import { parseImport } from '../../../common/export/import';
import { toMarkdown } from '../../../common/export/markdown';
import { toJson } from '../../../common/export/webanno';
import { DEFAULT_LEGEND, type Annotation, type StructuredDocument } from '../../../common/model';
import { toDocx } from '../../../main/export/docx';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus/out/docs');
const docs: StructuredDocument[] = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as StructuredDocument)
  : [];
const byId = new Map(docs.map((d) => [d.id, d]));

/** An annotation on the first 60 code points of every 4th non-heading block of every document. */
function sample(): Annotation[] {
  const out: Annotation[] = [];
  for (const doc of docs) {
    let offset = 0;
    doc.blocks.forEach((b, i) => {
      const start = offset;
      const len = [...b.text].length;
      offset += len + 2;
      if (b.kind === 'heading' || i % 4 !== 0 || len === 0) return;
      const exact = [...b.text].slice(0, 60).join('');
      out.push({
        id: `real-${doc.id}-${i}`.slice(0, 64),
        docId: doc.id,
        blockId: b.id,
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + [...exact].length },
        color: (['yellow', 'green', 'red', 'blue', 'purple'] as const)[i % 5]!,
        note: i % 8 === 0 ? `Note on block ${i}` : '',
        tags: i % 3 === 0 ? ['corpus'] : [],
        author: 'Tester',
        created: '2024-03-01T09:00:00.000Z',
        modified: '2024-03-01T09:00:00.000Z',
      });
    });
  }
  return out;
}

describe.skipIf(docs.length === 0)('exports on the real corpus', () => {
  it('cites numbered paragraphs and sections of the real texts', () => {
    const a68 = byId.get('a-68-370');
    const p23 = a68?.blocks.find((b) => b.number === '23');
    if (a68 && p23) expect(citationFor(a68, p23.id)).toBe('A/68/370, para. 23');
    const note = byId.get('idm-2017-note-conceptuelle');
    const results = note?.blocks.find((b) => b.kind === 'heading' && b.text === 'Résultats');
    const first = note?.blocks.find((b) => results && b.kind !== 'heading' && b.headingPath.at(-1) === results.id);
    if (note && first) expect(citationFor(note, first.id)).toBe('IDM 2017 – Note conceptuelle, «\u00a0Résultats\u00a0», passage 1');
  });

  it('runs every format and reads the JSON back unchanged', async () => {
    const annotations = sample();
    expect(annotations.length).toBeGreaterThan(20);
    const brief = buildBrief({ annotations, docs, legend: DEFAULT_LEGEND, grouping: 'document', title: 'Corpus', date: '2024-03-15' });
    expect(brief.count).toBe(annotations.length);
    expect(toMarkdown(brief).length).toBeGreaterThan(1000);
    expect(toHtml(brief)).toContain('<!DOCTYPE html>');
    expect(toCsv(brief, ';').startsWith('\uFEFF')).toBe(true);
    expect((await toDocx(brief)).subarray(0, 2).toString()).toBe('PK');
    const r = parseImport(toJson(annotations), { docs: byId, existing: [] });
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.toAdd).toEqual(annotations);
  });
});
