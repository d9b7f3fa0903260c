import { describe, expect, it } from 'vitest';
import {
  fromSuperscript,
  isAnnexLine,
  parseAtx,
  parseLettered,
  parseNoteDef,
  parseNumbered,
  parseScheduleTime,
  parseSectionLabel,
  romanValue,
  startsWithOrdinal,
} from '../../../common/ingest/markers';

describe('romanValue', () => {
  it('reads canonical numerals and rejects the rest', () => {
    expect(['I', 'IV', 'IX', 'X', 'XIV', 'XL', 'C'].map(romanValue)).toEqual([1, 4, 9, 10, 14, 40, 100]);
    expect(['IIII', 'VX', 'A', ''].map(romanValue)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('line starts', () => {
  it('parse section labels, paragraph numbers and lettered items, with or without a bullet', () => {
    expect(parseSectionLabel('  VIII. Thème 3 : Développement')).toEqual({ token: 'VIII', rest: 'Thème 3 : Développement' });
    expect(parseNumbered(' 14. Les participants')).toEqual({ n: 14, rest: 'Les participants' });
    expect(parseNumbered('- 1. Les migrants')).toEqual({ n: 1, rest: 'Les migrants' });
    expect(parseLettered('- b) La plupart')).toEqual({ letter: 'b', rest: 'La plupart' });
    expect(parseNumbered('10 points pour la protection')).toBeUndefined();
  });
  it('parse Markdown headings and annex lines', () => {
    expect(parseAtx('## **Financement**')).toEqual({ level: 2, rest: '**Financement**' });
    expect(isAnnexLine(' Annexe ')).toBe(true);
    expect(isAnnexLine('Annexe II')).toBe(true);
    expect(isAnnexLine('Annexe au rapport')).toBe(false);
  });
  it('parse a programme time range and normalise its spacing', () => {
    expect(parseScheduleTime('10 h 15-10 h 50  Premier groupe')).toEqual({ time: '10 h 15-10 h 50', rest: 'Premier groupe' });
    expect(parseScheduleTime('11 h 55-13 heures Thème 2')?.time).toBe('11 h 55-13 heures');
    expect(parseScheduleTime('10 heures de travail par jour')).toBeUndefined();
  });
  it('recognise ordinal sub-section titles', () => {
    expect(startsWithOrdinal('Premier atelier: Le respect')).toBe(true);
    expect(startsWithOrdinal('Deuxième atelier: Traite')).toBe(true);
    expect(startsWithOrdinal('Premièrement, il faut')).toBe(false);
  });
});

describe('parseNoteDef', () => {
  it('reads the three notations of the corpus', () => {
    expect(parseNoteDef('<sup>2</sup> Les exposés')).toEqual({ raw: '2', mark: '2', rest: 'Les exposés' });
    expect(parseNoteDef('¹ Bien entendu')).toEqual({ raw: '¹', mark: '1', rest: 'Bien entendu' });
    expect(parseNoteDef(' * A/68/150. ')).toEqual({ raw: '*', mark: '*', rest: 'A/68/150.' });
  });
  it('does not take emphasis or an ordinal for a note', () => {
    expect(parseNoteDef('*Deuxième atelier: Traite*')).toBeUndefined();
    expect(parseNoteDef('***Adoption***')).toBeUndefined();
    expect(parseNoteDef('<sup>ème</sup> session')).toBeUndefined();
  });
  it('converts superscript digits', () => {
    expect(fromSuperscript('¹²')).toBe('12');
  });
});
