/**
 * corpus/catalog.json: complete, valid, and saying what the title blocks say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../common/ingest';
import { findTitleBlock } from '../../../common/ingest/title-block';
import { toLines } from '../../../common/ingest';
import { foldForMatch } from '../../../common/ingest/text';
import { ROOT, loadCatalog } from '../../fixtures/ingest/load';

const catalog = loadCatalog(join(ROOT, 'corpus/catalog.json'));
const source = (file: string) => readFileSync(join(ROOT, 'corpus/sources', file), 'utf8');

describe('corpus/catalog.json', () => {
  it('has one valid entry per source file, in the documented order', () => {
    expect(catalog.map((e) => e.id)).toEqual([
      'ic-2009-1',
      'idm-2017-vulnerabilites-conclusions',
      'idm-2008-retour-document-de-travail',
      'idm-2017-note-conceptuelle',
      'a-68-370',
    ]);
    for (const e of catalog) {
      expect(e.source).toBe(`${e.id}.txt`);
      expect(existsSync(join(ROOT, 'corpus/sources', e.source))).toBe(true);
      expect(e.language).toBe('fr');
      for (const f of ['shortName', 'title', 'date', 'place', 'organizer', 'docType'] as const) expect(e[f], `${e.id}.${f}`).toBeTruthy();
    }
  });

  it('gives the key metadata of each document', () => {
    const pick = catalog.map(({ id, symbol, shortName, date, place, docType }) => ({ id, symbol, shortName, date, place, docType }));
    expect(pick).toEqual([
      { id: 'ic-2009-1', symbol: 'IC/2009/1', shortName: 'IC/2009/1', date: '2009-02-10', place: 'Genève', docType: 'working-paper' },
      {
        id: 'idm-2017-vulnerabilites-conclusions',
        symbol: undefined,
        shortName: 'IDM 2017 – Résumé des conclusions (Genève)',
        date: '2017-07-18',
        place: 'Genève',
        docType: 'summary-of-conclusions',
      },
      {
        id: 'idm-2008-retour-document-de-travail',
        symbol: undefined,
        shortName: 'IDM 2008 – Gestion de la migration de retour',
        date: '2008-04-21',
        place: 'Genève',
        docType: 'working-paper',
      },
      {
        id: 'idm-2017-note-conceptuelle',
        symbol: undefined,
        shortName: 'IDM 2017 – Note conceptuelle',
        date: '2017-04-18',
        place: 'New York et Genève',
        docType: 'concept-note',
      },
      { id: 'a-68-370', symbol: 'A/68/370', shortName: 'A/68/370', date: '2013-07-15', place: 'New York', docType: 'report' },
    ]);
    expect(catalog.find((e) => e.id === 'ic-2009-1')!.originalLanguage).toBe('en');
    expect(catalog.find((e) => e.id === 'a-68-370')!.organizer).toBe('Assemblée générale des Nations Unies');
  });

  it('takes dates, titles and symbols from the printed title blocks', () => {
    const printedDate: Record<string, string> = {
      'ic-2009-1': 'Genève, 10 février 2009',
      'idm-2017-vulnerabilites-conclusions': '18-19 juillet 2017',
      'idm-2008-retour-document-de-travail': '21 - 22 avril 2008',
      'idm-2017-note-conceptuelle': '18–19 avril 2017, Siège des Nations Unies, New York',
      'a-68-370': 'se sont tenues le 15 juillet 2013',
    };
    for (const e of catalog) {
      const text = source(e.source);
      expect(text, e.id).toContain(printedDate[e.id]);
      if (e.symbol) expect(text).toContain(e.symbol);
      if (e.id !== 'a-68-370') {
        // Every title-block field is printed in the title block; the whole block is consumed.
        const lines = toLines(text);
        const tb = findTitleBlock(lines, e);
        const printed = foldForMatch(tb.lines.map((l) => l.text).join(' '));
        for (const field of [e.title, e.subtitle, ...(e.header ?? [])]) {
          if (field) expect(printed, `${e.id}: ${field}`).toContain(foldForMatch(field));
        }
      }
    }
  });

  it('describes A/68/370 from what its text says about itself', () => {
    const e = catalog.find((x) => x.id === 'a-68-370')!;
    const text = source(e.source);
    expect(text).toContain('Les auditions informelles interactives de l’Assemblée générale avec des');
    expect(text).toContain('Dialogue de haut niveau sur les migrations');
    expect(text).toContain('soixante-huitième session de l’Assemblée générale');
    expect(text).toContain('3 et 4 octobre 2013');
    expect(e.title).toMatch(/^Résumé des auditions informelles interactives de l’Assemblée générale/);
  });
});

describe('parseCatalog', () => {
  const good = { id: 'x', source: 'x.txt', shortName: 'X', title: 'X', date: '2020-01-01', place: 'P', organizer: 'O', docType: 'other', language: 'fr' };
  it('accepts a valid catalog', () => {
    expect(parseCatalog([good])).toEqual({ ok: true, value: [good] });
  });
  it('names the field that is wrong', () => {
    expect(parseCatalog([{ ...good, date: '1 mars 2020' }])).toMatchObject({ ok: false, error: expect.stringMatching(/^catalog\.json: 0\.date: /) });
    expect(parseCatalog({})).toMatchObject({ ok: false });
  });
  it('rejects a doubled id or source', () => {
    expect(parseCatalog([good, good])).toEqual({ ok: false, error: 'catalog.json: document id "x" appears twice' });
    expect(parseCatalog([good, { ...good, id: 'y' }])).toEqual({ ok: false, error: 'catalog.json: source "x.txt" is used by two entries' });
  });
});
