import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../common/export/filename';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('safeFileName', () => {
  it('keeps a plain French title readable', () => {
    expect(safeFileName('Pacte mondial : notes de séance', 'md')).toBe('Pacte mondial - notes de séance.md');
  });

  it('turns separators into dashes and drops the other reserved characters', () => {
    expect(safeFileName('A/68/370 <brief> "draft" | v2? *final*\\x', 'docx')).toBe('A-68-370 brief draft - v2 final-x.docx');
  });

  it('drops control and direction characters that could hide the real extension', () => {
    expect(safeFileName('note\u0000\u0007\ttab', 'txt')).toBe('note tab.txt');
    expect(safeFileName('rapport\u202Egpj.exe', 'html')).toBe('rapportgpj.exe.html');
  });

  it('strips leading and trailing dots and spaces', () => {
    expect(safeFileName('  ..notes...  ', 'csv')).toBe('notes.csv');
  });

  it('avoids Windows device names, with or without an extension', () => {
    expect(safeFileName('CON', 'md')).toBe('_CON.md');
    expect(safeFileName('nul.backup', 'md')).toBe('_nul.backup.md');
    expect(safeFileName('com1', 'csv')).toBe('_com1.csv');
    expect(safeFileName('LPT9 ', 'csv')).toBe('_LPT9.csv');
    expect(safeFileName('console', 'md')).toBe('console.md');
  });

  it('normalises to NFC', () => {
    expect(safeFileName('se\u0301ance', 'md')).toBe('séance.md');
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName('???', 'md')).toBe('plenary-export.md');
    expect(safeFileName('', 'json', 'notes')).toBe('notes.json');
  });

  it('caps length at 120 characters and 240 UTF-8 bytes, never splitting a character', () => {
    expect(safeFileName('a'.repeat(500), 'docx')).toBe('a'.repeat(115) + '.docx');
    const emoji = safeFileName('🌍'.repeat(200), 'md');
    expect(utf8(emoji)).toBeLessThanOrEqual(240);
    expect(emoji).toMatch(/^(🌍)+\.md$/u);
  });

  it('sanitises the extension', () => {
    expect(safeFileName('x', '.DOCX')).toBe('x.docx');
    expect(safeFileName('x', '../../evil')).toBe('x.evil');
  });

  it('is always portable (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('md', 'html', 'docx'), (title, ext) => {
        const name = safeFileName(title, ext);
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(name).not.toMatch(/^[ .]|[ .]\.(md|html|docx)$/);
        expect([...name].length).toBeLessThanOrEqual(120);
        expect(utf8(name)).toBeLessThanOrEqual(240);
        expect(name.normalize('NFC')).toBe(name);
        expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      }),
      { numRuns: 500 },
    );
  });
});
