import { describe, expect, it } from 'vitest';
import { toLines } from '../../../common/ingest';
import { findTitleBlock } from '../../../common/ingest/title-block';
import type { CatalogEntry } from '../../../common/model';

const entry: CatalogEntry = {
  id: 'x',
  source: 'x.txt',
  symbol: 'IC/2009/1',
  shortName: 'IC/2009/1',
  title: 'Dialogue international sur la migration 2009',
  subtitle: 'Droits de l’homme et migration : œuvrer de concert',
  date: '2009-02-10',
  place: 'Genève',
  organizer: 'OIM',
  docType: 'working-paper',
  language: 'fr',
  header: ['Consultations informelles sur le Dialogue international sur la migration', 'Genève, 10 février 2009'],
};

describe('findTitleBlock', () => {
  it('consumes leading lines found in the title, subtitle, symbol or header, however they wrap', () => {
    const lines = toLines(
      ['---', '', '**CONSULTATIONS INFORMELLES  ', 'SUR LE DIALOGUE INTERNATIONAL  ', 'SUR LA MIGRATION**', '', '**IC/2009/1**', 'Genève, 10 février 2009', '', '***“Droits de l’homme et migration:  ', 'œuvrer de concert”***', '', '1. Ce document…'].join('\n'),
    );
    const tb = findTitleBlock(lines, entry);
    expect(lines[tb.bodyStart]!.text).toBe('1. Ce document…');
    expect(tb.lines).toHaveLength(7);
  });
  it('stops at the first line the catalog does not describe, so a section heading right after the title survives', () => {
    const lines = toLines('DIALOGUE INTERNATIONAL SUR LA MIGRATION 2009\n\nLe retour dans le contexte plus large\n\nTexte.');
    expect(lines[findTitleBlock(lines, entry).bodyStart]!.text).toBe('Le retour dans le contexte plus large');
  });
  it('consumes nothing when the extraction starts with the body', () => {
    const lines = toLines('  I. Introduction \n\n1. Les auditions…');
    expect(findTitleBlock(lines, entry)).toEqual({ bodyStart: 0, lines: [] });
  });
  it('does not let a short line match a title by accident', () => {
    const lines = toLines('Dialogue\n\nTexte.');
    expect(findTitleBlock(lines, entry).bodyStart).toBe(0);
  });
});
