import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../common/export/brief';
import { citationFor } from '../../../common/export/citation';
import { defaultLegend, exportLabels, formatDateIn, localizeLegend } from '../../../common/export/locale';
import { DEFAULT_LEGEND } from '../../../common/model';
import { A68, ANNOTATIONS, BRIEF_DATE, DOCS, LEGEND } from '../../fixtures/export/fixture';

describe('exportLabels', () => {
  it('cites in UN style in each language', () => {
    expect(citationFor(A68, 'a-p23', { labels: exportLabels('fr') })).toBe('A/68/370, par. 23');
    expect(citationFor(A68, 'a-p23', { labels: exportLabels('en') })).toBe('A/68/370, para. 23');
    expect(citationFor(A68, 'a-p23', { labels: exportLabels('es') })).toBe('A/68/370, párr. 23');
    expect(citationFor(A68, 'a-p23', { labels: exportLabels('es'), endBlockId: 'a-p24' })).toBe('A/68/370, párrs. 23–24');
    expect(citationFor(A68, 'a-p23', { labels: exportLabels('fr'), endBlockId: 'a-p24' })).toBe('A/68/370, par. 23–24');
  });

  it('makes plurals with i18next', () => {
    expect(exportLabels('fr').count(1)).toBe('1 surlignage');
    expect(exportLabels('fr').count(0)).toBe('0 surlignage');
    expect(exportLabels('fr').count(4)).toBe('4 surlignages');
    expect(exportLabels('en').count(1)).toBe('1 highlight');
    expect(exportLabels('en').count(4)).toBe('4 highlights');
    expect(exportLabels('es').count(4)).toBe('4 resaltados');
    // CLDR's "many" form (round millions) in French and Spanish.
    expect(exportLabels('fr').count(1_000_000)).toBe('1000000 surlignages');
    expect(exportLabels('es').count(1_000_000)).toBe('1000000 resaltados');
  });

  it('formats dates in the locale', () => {
    expect(formatDateIn('fr', '2013-07-15')).toBe('15 juillet 2013');
    expect(formatDateIn('en', '2013-07-15T10:00:00Z')).toBe('15 July 2013');
    expect(formatDateIn('es', '2013-07-15')).toBe('15 de julio de 2013');
    expect(formatDateIn('fr', 'n.d.')).toBe('n.d.');
  });

  it('translates the CSV headers and the page footer', () => {
    expect(exportLabels('fr').csv.meaning).toBe('Sens de la couleur');
    expect(exportLabels('es').csv.quote).toBe('Cita');
    expect(exportLabels('fr').page(2, 7)).toBe('Page 2 sur 7');
  });
});

describe('localizeLegend', () => {
  it('names a default legend in the asked language', () => {
    expect(localizeLegend(DEFAULT_LEGEND, 'fr')).toEqual(defaultLegend('fr'));
    expect(localizeLegend(defaultLegend('fr'), 'es').red).toBe('Preocupación');
    expect(localizeLegend(defaultLegend('es'), 'en')).toEqual(DEFAULT_LEGEND);
  });

  it('keeps a colour the delegate renamed, exactly as written', () => {
    const edited = { ...DEFAULT_LEGEND, red: 'À contester' };
    const fr = localizeLegend(edited, 'fr');
    expect(fr.red).toBe('À contester');
    expect(fr.yellow).toBe('Point clé');
  });
});

describe('buildBrief with a language', () => {
  it('prints every label in that language', () => {
    const b = buildBrief({ annotations: ANNOTATIONS, docs: DOCS, legend: DEFAULT_LEGEND, grouping: 'color', title: 't', date: BRIEF_DATE, lang: 'fr' });
    expect(b.labels.legend).toBe('Légende des couleurs');
    expect(b.groups[0]?.heading).toBe('Point clé (Jaune)');
    expect(b.legend.map((e) => e.meaning)).toEqual(Object.values(defaultLegend('fr')));
  });

  it('keeps an edited legend as written', () => {
    const b = buildBrief({ annotations: ANNOTATIONS, docs: DOCS, legend: LEGEND, grouping: 'document', title: 't', date: BRIEF_DATE, lang: 'es' });
    // The fixture's legend is the delegate's own (French words, but not Plenary's defaults in full).
    expect(b.legend.find((e) => e.color === 'yellow')?.name).toBe('Amarillo');
  });
});
