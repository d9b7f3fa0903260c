/**
 * The library can grow: a sixth document needs a text file and a catalog
 * entry, nothing else. This fixture mixes the damage of the real corpus.
 */
import { describe, expect, it } from 'vitest';
import { ingestFixture } from '../../fixtures/ingest/load';

const [fx] = ingestFixture();
const { doc, warnings } = fx!;

describe('a sixth document (tests/fixtures/ingest)', () => {
  it('ingests without warnings, title block left to the catalog', () => {
    expect(warnings).toEqual([]);
    expect(doc.title).toBe('Atelier fictif sur la mobilité des données');
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', label: 'I.', text: 'Contexte' });
  });

  it('builds its outline, numbering and schedule', () => {
    expect(doc.blocks.map((b) => [b.id.replace(/-[0-9a-z]{7}$/, ''), b.kind, b.level ?? null, b.label ?? null])).toEqual([
      ['heading', 'heading', 1, 'I.'],
      ['p-1', 'paragraph', null, '1.'],
      ['p-2', 'paragraph', null, '2.'],
      ['heading', 'heading', 2, 'A.'],
      ['p-2-a', 'list-item', 1, 'a)'],
      ['p-2-b', 'list-item', 1, 'b)'],
      ['p-2-c', 'list-item', 1, 'c)'],
      ['p-3', 'paragraph', null, '3.'],
      ['heading', 'heading', 1, null],
      ['heading', 'heading', 2, null],
      ['schedule-item', 'schedule-item', 1, '9 h 30-10 heures'],
      ['schedule-item', 'schedule-item', 2, null],
      ['schedule-item', 'schedule-item', 1, '10 heures-12 h 30'],
    ]);
  });

  it('handles the three note notations, furniture, hyphens and the page cut', () => {
    expect(doc.footnotes.map((f) => [f.mark, f.refBlockId, f.text])).toEqual([
      ['*', 'p-1', 'Document fictif, sans valeur officielle.'],
      ['1', 'p-1', 'Note en exposant HTML, avec un lien site de l’atelier.'],
      ['2', 'p-2', 'Note en exposant Unicode, « guillemets » compris.'],
    ]);
    expect(doc.blocks[1]!.md).toBe(
      'Ce document sert de banc d’essai[^fn-1] : il est coupé à la ligne comme un PDF, avec des traits d’union réels (non-discrimination, après-2015) et un renvoi en exposant HTML[^fn-2].',
    );
    expect(doc.blocks[2]!.text).toBe('Un paragraphe coupé par un saut de page continue sur la page suivante, puis cite une note en exposant Unicode.');
  });

  it('escapes literal Markdown characters and recovers a lost bold opener', () => {
    const c = doc.blocks.find((b) => b.id === 'p-2-c')!;
    expect(c).toMatchObject({ text: 'Troisième point et un soulignement_littéral & [crochets].', md: '***Troisième point*** et un soulignement\\_littéral \\& \\[crochets\\].' });
    expect(doc.blocks.find((b) => b.id === 'p-3')!.md).toBe(
      '**Un point en gras dont l’ouverture s’est perdue.** Le reste est en romain, y compris la 2<sup>e</sup> mention.',
    );
  });
});
