import { describe, expect, it } from 'vitest';
import { detectDocType, detectLanguage, detectMetadata, detectSymbol, findSymbols, parseDate } from '../../../common/ingest/detect';

describe('detectSymbol', () => {
  it('finds UN symbols of every shape, with or without spaces after the slashes', () => {
    expect(findSymbols('Voir A/68/370, A/C.3/78/L.60/Rev.1, IC/2009/1 et E/2013/45.')).toEqual(['A/68/370', 'A/C.3/78/L.60/Rev.1', 'IC/2009/1', 'E/2013/45']);
    expect(findSymbols('la résolution A/ RES/ 67/ 219 du 21 décembre')).toEqual(['A/RES/67/219']);
    expect(findSymbols('document A/71/L.58 adopté')).toEqual(['A/71/L.58']);
  });

  it('rejects slashed words that are not symbols', () => {
    expect(findSymbols('TCP/IP, and/or, km/h, 21/12/2012, et/ou, HCR/OIM')).toEqual([]);
  });

  it('prefers the masthead line to a symbol cited in the text', () => {
    expect(detectSymbol(['Nations Unies', 'Assemblée générale', 'A/68/370', 'Rappelant la résolution A/RES/67/219'])).toBe('A/68/370');
    expect(detectSymbol(['Distr. : Générale', 'Rapport publié sous la cote E/2013/45 le 3 mai'])).toBe('E/2013/45');
    expect(detectSymbol(['Aucun symbole ici'])).toBeUndefined();
  });
});

describe('parseDate', () => {
  it('reads French, English and Spanish dates, and ISO', () => {
    expect(parseDate('Genève, 10 février 2009')).toBe('2009-02-10');
    expect(parseDate('le 1er juillet 2013')).toBe('2013-07-01');
    expect(parseDate('21 - 22 avril 2008')).toBe('2008-04-21');
    expect(parseDate('10 February 2009')).toBe('2009-02-10');
    expect(parseDate('Geneva, February 10, 2009')).toBe('2009-02-10');
    expect(parseDate('Nueva York, 10 de febrero de 2009')).toBe('2009-02-10');
    expect(parseDate('Issued 2013-09-04')).toBe('2013-09-04');
  });

  it('refuses impossible dates and non-months', () => {
    expect(parseDate('31 février 2009')).toBeUndefined();
    expect(parseDate('10 personnes 2009')).toBeUndefined();
    expect(parseDate('résolution 67/219')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('tells French, English and Spanish apart, as two-letter codes', () => {
    expect(detectLanguage('Les participants ont souligné que les migrants devaient être protégés par les États.')).toBe('fr');
    expect(detectLanguage('The participants stressed that migrants must be protected by the States in all circumstances.')).toBe('en');
    expect(detectLanguage('Los participantes subrayaron que los migrantes deben ser protegidos por los Estados en cualquier circunstancia.')).toBe('es');
  });

  it('says "und" for a text too short to tell', () => {
    expect(detectLanguage('OK')).toBe('und');
  });
});

describe('detectDocType', () => {
  it('reads the type named on the first page', () => {
    expect(detectDocType('DOCUMENT DE TRAVAIL')).toBe('working-paper');
    expect(detectDocType('Note conceptuelle')).toBe('concept-note');
    expect(detectDocType('Summary of conclusions')).toBe('summary-of-conclusions');
    expect(detectDocType('Rapport du Secrétaire général')).toBe('report');
  });

  it('does not take "par rapport à" for a report; a General Assembly symbol is one', () => {
    expect(detectDocType('un meilleur rapport coût/efficacité')).toBe('other');
    expect(detectDocType('', 'A/68/370')).toBe('report');
    expect(detectDocType('', 'A/C.3/78/L.60/Rev.1')).toBe('other');
  });
});

describe('detectMetadata', () => {
  it('puts symbol, date, title, language and type together', () => {
    const m = detectMetadata({
      firstPageLines: ['A/68/370', 'Distr. générale', '4 septembre 2013', 'Rapport du Secrétaire général sur les migrations'],
      titleCandidates: [
        { text: 'A/68/370', prominence: 9 },
        { text: 'Rapport du Secrétaire général', prominence: 15 },
        { text: 'sur les migrations', prominence: 15 },
      ],
      fullText: 'Le Secrétaire général a l’honneur de transmettre aux membres de l’Assemblée générale le rapport sur les migrations.',
    });
    expect(m).toEqual({ symbol: 'A/68/370', date: '2013-09-04', title: 'Rapport du Secrétaire général sur les migrations', language: 'fr', docType: 'report' });
  });
});
