import { describe, expect, it } from 'vitest';
import { toLines } from '../../../common/ingest';
import { segment } from '../../../common/ingest/segment';

function run(text: string, symbol?: string) {
  const warnings: string[] = [];
  const chunks = segment(toLines(text), symbol ? { symbol } : {}, (m) => warnings.push(m));
  return { chunks, warnings, texts: chunks.map((c) => c.lines.map((l) => l.text.trim()).join(' | ')) };
}

describe('segment', () => {
  it('starts a paragraph at the expected number even without a blank line', () => {
    const { texts, chunks } = run('1. Fin du premier.\n 2. Début du deuxième,\nsuite.');
    expect(texts).toEqual(['1. Fin du premier.', '2. Début du deuxième, | suite.']);
    expect(chunks.map((c) => c.marker)).toEqual([{ kind: 'number', n: 1 }, { kind: 'number', n: 2 }]);
  });

  it('does not take a year at the start of a wrapped line for a paragraph number', () => {
    const { texts } = run('23. Sur la lancée … pour l’après-\n2015. En effet, le programme…');
    expect(texts).toHaveLength(1);
  });

  it('splits chapter and section headings in sequence, and keeps their wrapped lines together', () => {
    const { chunks, texts } = run('1. … sur le terrain.\n  I. Thème 3 : Développement humain et rôle  \nde la diaspora \n\n A. Migrants et diaspora  \nde développement');
    expect(chunks.map((c) => c.marker?.kind)).toEqual(['number', 'roman', 'letter']);
    expect(texts[1]).toBe('I. Thème 3 : Développement humain et rôle | de la diaspora');
  });

  it('tells "C." the section from C the numeral by the sequence', () => {
    const { chunks } = run('I. Un\n\nA. Alpha\n\nB. Beta\n\nC. Gamma\n\nII. Deux');
    expect(chunks.map((c) => c.marker?.kind)).toEqual(['roman', 'letter', 'letter', 'letter', 'roman']);
  });

  it('drops page furniture and keeps notes as their own chunks', () => {
    const { chunks } = run('3. … La\n\n * A/68/150. \n\nhttp://undocs.org/fr/A/68/150\nA/68/370  \n13-461422/15 \n\nproposition de liste…', 'A/68/370');
    expect(chunks.map((c) => [c.type, c.lines[0]!.text.trim()])).toEqual([
      ['text', '3. … La'],
      ['note', '* A/68/150.'],
      ['text', 'proposition de liste…'],
    ]);
    expect(chunks[1]!.noteMark).toEqual({ raw: '*', mark: '*' });
  });

  it('never reads a note definition in the middle of a paragraph', () => {
    const { chunks } = run('Une phrase coupée\n¹ qui continue.');
    expect(chunks).toHaveLength(1);
  });

  it('starts a new chunk at every bullet, lettered item and schedule entry', () => {
    const { chunks } = run('- Un ;\n- Deux.\n\na) Premier\n- b) Second\n\n10 heures-13 heures Séance\n\n  Allocution du \nPrésident');
    expect(chunks.map((c) => c.marker?.kind)).toEqual(['bullet', 'bullet', 'item', 'item', 'schedule', undefined]);
    expect(chunks[5]!.indent).toBe(2);
  });

  it('reports numbering out of sequence instead of swallowing it', () => {
    const { chunks, warnings } = run('1. Un.\n\n3. Trois.');
    expect(chunks.map((c) => c.marker)).toEqual([{ kind: 'number', n: 1 }, { kind: 'number', n: 3 }]);
    expect(warnings).toEqual(['line 3: paragraph 3 where 2 was expected']);
  });
});
