import { describe, expect, it } from 'vitest';
import { buildBrief, briefItems } from '../../../common/export/brief';
import { ANNOTATIONS, BRIEF_DATE, DOCS, LEGEND } from '../../fixtures/export/fixture';

const base = { annotations: ANNOTATIONS, docs: DOCS, legend: LEGEND, title: 'Brief', date: BRIEF_DATE };

describe('buildBrief', () => {
  it('lists documents in the given order and items in reading order, trash left out', () => {
    const b = buildBrief({ ...base, grouping: 'document' });
    expect(b.groups).toHaveLength(1);
    expect(b.groups[0]?.documents.map((d) => d.docId)).toEqual(['a-68-370', 'idm-2017-note-conceptuelle']);
    expect(briefItems(b).map((x) => x.item.id)).toEqual([
      'ann-a-p1-juillet',
      'ann-a-p23-guillemets',
      'ann-a-p23-span',
      'ann-a-p24-formula',
      'ann-n-p0-jusqua',
      'ann-n-r1-pratiques',
      'ann-n-r2-markdown',
      'ann-n-r3-bilan',
      'ann-n-r4-etapes',
    ]);
    expect(b.count).toBe(9);
  });

  it('groups items into sections by heading trail', () => {
    const b = buildBrief({ ...base, grouping: 'document' });
    const a = b.groups[0]?.documents[0];
    expect(a?.sections.map((s) => [s.trail, s.items.length])).toEqual([
      [['I. Introduction'], 1],
      [['II. Débats', 'A. Migrations et développement'], 3],
    ]);
    const n = b.groups[0]?.documents[1];
    expect(n?.sections.map((s) => s.trail)).toEqual([[], ['Résultats']]);
  });

  it('gives each item its quote, citation, colour meaning, tags and note', () => {
    const b = buildBrief({ ...base, grouping: 'document' });
    const span = briefItems(b).find((x) => x.item.id === 'ann-a-p23-span')?.item;
    expect(span).toMatchObject({
      citation: 'A/68/370, paras. 23–23 a)',
      color: 'green',
      colorName: 'Green',
      meaning: 'Appui',
      tags: ['développement'],
    });
    expect(span?.quote).toContain('\n\nréduire');
  });

  it('groups by colour in legend order', () => {
    const b = buildBrief({ ...base, grouping: 'color' });
    expect(b.groups.map((g) => g.heading)).toEqual([
      'Point clé (Yellow)',
      'Appui (Green)',
      'Préoccupation (Red)',
      'Question (Blue)',
      'Suivi (Purple)',
    ]);
  });

  it('groups by tag, an item under each of its tags, untagged last, counted once', () => {
    const b = buildBrief({ ...base, grouping: 'tag' });
    expect(b.groups.map((g) => g.heading)).toEqual(['@mention', 'citation, à vérifier', 'développement', 'droits', 'méthode', 'No tag']);
    const droits = b.groups.find((g) => g.tag === 'droits');
    expect(droits?.documents.flatMap((d) => d.sections.flatMap((s) => s.items.map((i) => i.id)))).toEqual([
      'ann-a-p23-guillemets',
      'ann-n-r2-markdown',
    ]);
    expect(b.count).toBe(9);
    expect(briefItems(b)).toHaveLength(9);
  });

  it('applies the scope and records its description', () => {
    const b = buildBrief({
      ...base,
      grouping: 'document',
      scope: { description: 'Red, one document', docIds: ['idm-2017-note-conceptuelle'], colors: ['red'] },
    });
    expect(briefItems(b).map((x) => x.item.id)).toEqual(['ann-n-r2-markdown']);
    expect(b.scope).toBe('Red, one document');
    expect(buildBrief({ ...base, grouping: 'document', scope: { includeDeleted: true } }).count).toBe(10);
    expect(buildBrief({ ...base, grouping: 'document', scope: { tags: ['méthode'] } }).count).toBe(2);
  });

  it('reports annotations whose document was not given', () => {
    const b = buildBrief({ ...base, docs: [DOCS[0]!], grouping: 'document' });
    expect(b.missingDocuments).toEqual(['idm-2017-note-conceptuelle']);
    expect(b.count).toBe(4);
  });

  it('uses translated labels', () => {
    const b = buildBrief({ ...base, grouping: 'color', labels: { colors: { yellow: 'Jaune', green: 'Vert', red: 'Rouge', blue: 'Bleu', purple: 'Violet' } } });
    expect(b.groups[0]?.heading).toBe('Point clé (Jaune)');
    expect(b.labels.legend).toBe('Colour legend');
  });
});
