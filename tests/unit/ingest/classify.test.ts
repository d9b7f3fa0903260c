import { describe, expect, it } from 'vitest';
import { toLines } from '../../../common/ingest';
import { classify } from '../../../common/ingest/classify';
import { rejoinPageCuts } from '../../../common/ingest/rejoin';
import { segment } from '../../../common/ingest/segment';

const run = (text: string) =>
  classify(rejoinPageCuts(segment(toLines(text), {}, () => undefined), () => undefined)).map(({ lineNo: _l, ...d }) => d);

describe('classify', () => {
  it('makes chapters level 1 and lettered sections level 2', () => {
    expect(run('I. Introduction\n\nA. Contexte\n\n1. Texte.')).toEqual([
      { kind: 'heading', level: 1, label: 'I.', src: 'Introduction', unwrap: true },
      { kind: 'heading', level: 2, label: 'A.', src: 'Contexte', unwrap: true },
      { kind: 'paragraph', number: '1', label: '1.', src: 'Texte.' },
    ]);
  });

  it('numbers lettered items under the paragraph before them', () => {
    expect(run('3. Principes :\n\na) **Un** premier.\n- b) Un second.').slice(1)).toEqual([
      { kind: 'list-item', level: 1, number: '3-a', label: 'a)', src: '**Un** premier.' },
      { kind: 'list-item', level: 1, number: '3-b', label: 'b)', src: 'Un second.' },
    ]);
  });

  it('reads IOM heading styles: bold 1, italic 2, ordinal 2, bulleted emphasis 2, "##" as written', () => {
    const ds = run(
      '**IDM 2008: Enseignements**\n\n**Premier atelier: Le respect**\n\n*Deuxième atelier: Traite*\n\n## **Financement**\n\n- ***Adoption d’une approche***\n\nTexte.',
    );
    expect(ds.map((d) => [d.kind, d.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['heading', 2],
      ['heading', 2],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });

  it('takes a short unpunctuated standalone line for a heading, and a sentence for a paragraph', () => {
    expect(run('Partage de bonnes pratiques\n\nTout en reconnaissant :\n\nTexte.').map((d) => d.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(run('**Un paragraphe entièrement en gras.**\n\nTexte.')[0]!.kind).toBe('paragraph');
  });

  it('recognises an epigraph by its attribution', () => {
    expect(run('Nous prêtons trop d’attention aux problèmes. – W.L. Swing, Conseil de l’OIM, décembre 2016.')[0]!.kind).toBe('quote');
  });

  it('reads a programme: time slots, indented sub-items, and the annex title', () => {
    const ds = run('Annexe\n\n  Programme des auditions  \navec des représentants\n\n10 heures-13 heures Séance\n\n  Allocution du \nPrésident');
    expect(ds).toEqual([
      { kind: 'heading', level: 1, src: 'Annexe' },
      { kind: 'heading', level: 2, src: 'Programme des auditions avec des représentants', unwrap: true },
      { kind: 'schedule-item', level: 1, label: '10 heures-13 heures', src: 'Séance' },
      { kind: 'schedule-item', level: 2, src: 'Allocution du Président' },
    ]);
  });

  it('makes plain bullets list items', () => {
    expect(run('- Réponse aux besoins ;\n- Coopération.')[0]).toEqual({ kind: 'list-item', level: 1, label: '•', src: 'Réponse aux besoins ;' });
  });
});
