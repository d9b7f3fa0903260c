import { describe, expect, it } from 'vitest';
import { ingestDocument, toLines } from '../../../common/ingest';
import type { CatalogEntry } from '../../../common/model';

const entry: CatalogEntry = {
  id: 'x',
  source: 'x.txt',
  shortName: 'X',
  title: 'Titre du document',
  date: '2020-01-01',
  place: 'Genève',
  organizer: 'OIM',
  docType: 'other',
  language: 'fr',
};

describe('ingestDocument', () => {
  it('returns the catalog entry with blocks and footnotes', () => {
    const { doc, warnings } = ingestDocument(entry, 'Titre du document\n\nPremier paragraphe.¹\n\n¹ Une note.\n');
    expect(warnings).toEqual([]);
    expect(doc).toMatchObject({ ...entry, footnotes: [{ id: 'fn-1', mark: '1', text: 'Une note.', md: 'Une note.' }] });
    expect(doc.blocks).toEqual([
      expect.objectContaining({ kind: 'paragraph', text: 'Premier paragraphe.', md: 'Premier paragraphe.[^fn-1]', headingPath: [], footnoteRefs: ['fn-1'] }),
    ]);
  });

  it('reports, never drops, what it cannot place', () => {
    const { doc, warnings } = ingestDocument(entry, 'Une phrase complète.\n\nsuite orpheline\n\nTexte avec un **marqueur perdu.\n\n<sup>9</sup> Note sans appel.');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Une phrase complète.', 'suite orpheline', 'Texte avec un marqueur perdu.']);
    expect(doc.footnotes).toHaveLength(1);
    expect(warnings).toEqual([
      'line 3: paragraph starts in lower case but follows a complete sentence; kept as its own paragraph',
      'line 5: removed unbalanced emphasis marker "**"',
      'line 3: paragraph ends mid-sentence and no continuation was found; kept as is',
      'line 7: note "9" has no reference mark in the text; attached to the first block',
    ]);
  });

  it('reads Windows line endings, form feeds and decomposed accents', () => {
    const { doc } = ingestDocument(entry, 'Un paragraphe coupe\u0301\r\n\f\r\ndans la page.\r\n');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Un paragraphe coupé dans la page.']);
  });

  it('copes with an empty source', () => {
    expect(ingestDocument(entry, '')).toEqual({ doc: { ...entry, blocks: [], footnotes: [] }, warnings: ['no body text after the title block'] });
  });

  it('numbers source lines from 1', () => {
    expect(toLines('a\nb').map((l) => l.lineNo)).toEqual([1, 2]);
  });
});
