import { describe, expect, it } from 'vitest';
import { citationFor, documentCitation, formatParaNumber, headingTitle } from '../../../common/export/citation';
import { A68, NOTE } from '../../fixtures/export/fixture';

const NBSP = '\u00a0';

describe('citationFor', () => {
  it('cites a numbered paragraph by symbol and number', () => {
    expect(citationFor(A68, 'a-p23')).toBe('A/68/370, para. 23');
  });

  it('prints a sub-item number the way the texts do', () => {
    expect(citationFor(A68, 'a-p23a')).toBe('A/68/370, para. 23 a)');
    expect(formatParaNumber('3-a-ii')).toBe('3 a) ii)');
  });

  it('cites a range of numbered paragraphs', () => {
    expect(citationFor(A68, 'a-p23', { endBlockId: 'a-p24' })).toBe('A/68/370, paras. 23–24');
  });

  it('cites an unnumbered passage by short name, heading and position in the section', () => {
    expect(citationFor(NOTE, 'n-r3')).toBe(`IDM 2017 – Note conceptuelle, «${NBSP}Résultats${NBSP}», passage 3`);
  });

  it('counts passages before the first heading from the start of the document', () => {
    expect(citationFor(NOTE, 'n-p0')).toBe('IDM 2017 – Note conceptuelle, passage 1');
  });

  it('cites passages within one section as a range', () => {
    expect(citationFor(NOTE, 'n-r1', { endBlockId: 'n-r2' })).toBe(
      `IDM 2017 – Note conceptuelle, «${NBSP}Résultats${NBSP}», passages 1–2`,
    );
  });

  it('cites a heading by its title, label included', () => {
    expect(citationFor(A68, 'a-h2')).toBe(`Auditions HLD 2013, «${NBSP}II. Débats${NBSP}»`);
    expect(headingTitle({ id: 'x', kind: 'heading', text: 'IV. Résultats', md: '', label: 'IV.', headingPath: [] })).toBe(
      'IV. Résultats',
    );
  });

  it('takes translated labels', () => {
    expect(citationFor(A68, 'a-p1', { labels: { para: 'par.' } })).toBe('A/68/370, par. 1');
    expect(citationFor(NOTE, 'n-r3', { labels: { quoteOpen: '“', quoteClose: '”', passage: 'pasaje' } })).toBe(
      'IDM 2017 – Note conceptuelle, “Résultats”, pasaje 3',
    );
  });

  it('falls back to the document for an unknown block', () => {
    expect(citationFor(A68, 'nope')).toBe('A/68/370');
  });
});

describe('documentCitation', () => {
  it('gives symbol, title and date', () => {
    expect(documentCitation(A68)).toMatch(/^A\/68\/370 – Résumé des auditions .* \(2013-07-15\)$/);
    expect(documentCitation(NOTE)).toBe(
      'IDM 2017 – Note conceptuelle – Renforcer la coopération internationale en matière migratoire et la gouvernance des migrations: Note conceptuelle (2017-04-18)',
    );
  });
});
