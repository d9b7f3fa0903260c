/**
 * The five real documents, end to end. Golden files (tests/fixtures/ingest/golden/<id>.json)
 * pin the heading outline, the numbering, the notes and the block ids; the
 * other tests state the requirements directly so a failure says what broke.
 *
 * To accept an intended change: UPDATE_GOLDEN=1 npx vitest run tests/unit/ingest/corpus.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlockIdSchema } from '../../../common/model';
import { FIXTURE_DIR, formatGolden, ingestCorpus, summarise, type Ingested } from '../../fixtures/ingest/load';

const docs = ingestCorpus();
const byId = (id: string): Ingested => {
  const d = docs.find((x) => x.doc.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
};
const block = (docId: string, blockId: string) => {
  const b = byId(docId).doc.blocks.find((x) => x.id === blockId);
  if (!b) throw new Error(`no block ${blockId} in ${docId}`);
  return b;
};
/** The one block whose text contains the phrase. */
const blocksWith = (docId: string, phrase: string) => byId(docId).doc.blocks.filter((b) => b.text.includes(phrase));
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));

describe('golden files', () => {
  for (const d of docs) {
    it(`matches the golden outline of ${d.doc.id}`, () => {
      const file = join(FIXTURE_DIR, 'golden', `${d.doc.id}.json`);
      const actual = summarise(d);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, formatGolden(actual));
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});

describe('headings', () => {
  it('gives A/68/370 chapters level 1 and lettered sections level 2, with the annex and its programme title', () => {
    const headings = byId('a-68-370').doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.filter((h) => h.level === 1).map((h) => h.label ?? h.text)).toEqual([
      'I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.', 'VIII.', 'IX.', 'X.', 'Annexe',
    ]);
    expect(headings.find((h) => h.label === 'VIII.')?.text).toBe('Thème 3 : Développement humain et rôle de la diaspora');
    const ix = headings.find((h) => h.label === 'IX.')!;
    const ixA = headings.find((h) => h.text.startsWith('Approche de la problématique des migrations'))!;
    expect(ixA).toMatchObject({ level: 2, label: 'A.', headingPath: [ix.id] });
    expect(ixA.text).toBe(
      'Approche de la problématique des migrations et du développement fondée sur les droits, attentive à la problématique hommes-femmes et centrée sur les migrants',
    );
    const annexTitle = headings[headings.length - 1]!;
    expect(annexTitle).toMatchObject({ level: 2 });
    expect(annexTitle.text).toMatch(/^Programme des auditions informelles interactives avec des représentants/);
  });

  it('treats bold, italic and bulleted standalone lines of IOM papers as headings', () => {
    const ic = byId('ic-2009-1').doc.blocks.filter((b) => b.kind === 'heading');
    expect(ic.map((h) => [h.level, h.text.slice(0, 20)])).toEqual([
      [1, 'IDM 2008: Enseigneme'],
      [1, "IDM 2009: Droits de "],
      [2, 'Premier atelier: Le '],
      [2, 'Deuxième atelier: Tr'],
      [2, 'Financement'],
    ]);
    const paper = byId('idm-2008-retour-document-de-travail').doc.blocks.filter((b) => b.kind === 'heading');
    expect(paper.filter((h) => h.level === 1)).toHaveLength(4);
    expect(paper.filter((h) => h.level === 2).map((h) => h.text)).toContain('Questions de capacité');
  });

  it('keeps the title block out of the blocks', () => {
    for (const d of docs) {
      const first = d.doc.blocks[0]!;
      for (const line of [d.entry.title, d.entry.subtitle, d.entry.symbol, ...(d.entry.header ?? [])]) {
        if (line) expect(d.doc.blocks.some((b) => b.text === line), `${d.doc.id}: "${line}"`).toBe(false);
      }
      expect(first.text).not.toMatch(/^(IOM|OIM|Dialogue international sur la migration)/);
    }
    expect(byId('idm-2017-note-conceptuelle').doc.blocks[0]!.kind).toBe('quote');
    expect(byId('idm-2008-retour-document-de-travail').doc.blocks[0]!.text).toBe(
      'Le retour dans le contexte plus large des migrations contemporaines',
    );
  });

  it('lists enclosing headings, outermost first, on every block', () => {
    for (const d of docs) {
      const seen = new Set<string>();
      for (const b of d.doc.blocks) {
        for (const h of b.headingPath) expect(seen.has(h), `${d.doc.id}/${b.id}`).toBe(true);
        if (b.kind === 'heading') seen.add(b.id);
      }
    }
    const p27 = block('a-68-370', 'p-27');
    expect(p27.headingPath.map((id) => block('a-68-370', id).label)).toEqual(['V.', 'A.']);
  });
});

describe('numbering', () => {
  it('numbers A/68/370 paragraphs 1 to 59, none missing or doubled', () => {
    const nums = byId('a-68-370').doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.number);
    expect(nums).toEqual(range(1, 59));
    expect(block('a-68-370', 'p-23')).toMatchObject({ number: '23', label: '23.' });
  });

  it('numbers the 2009 paper 1 to 12 with items a) to k) under 3', () => {
    const nums = byId('ic-2009-1').doc.blocks.map((b) => b.number).filter(Boolean);
    expect(nums).toEqual([...range(1, 3), ...'abcdefghijk'.split('').map((l) => `3-${l}`), ...range(4, 12)]);
    expect(block('ic-2009-1', 'p-3-a')).toMatchObject({ kind: 'list-item', label: 'a)' });
  });

  it('keeps the ten points of the 2017 summary, with or without a leading "- "', () => {
    const pts = byId('idm-2017-vulnerabilites-conclusions').doc.blocks.filter((b) => b.number !== undefined);
    expect(pts.map((b) => [b.number, b.label, b.id])).toEqual(range(1, 10).map((n) => [n, `${n}.`, `p-${n}`]));
  });
});

describe('footnotes', () => {
  const expected: Record<string, number> = {
    'ic-2009-1': 3,
    'idm-2008-retour-document-de-travail': 6,
    'idm-2017-note-conceptuelle': 1,
    'a-68-370': 1,
    'idm-2017-vulnerabilites-conclusions': 0,
  };

  it.each(Object.entries(expected))('finds %s notes: %i', (id, n) => {
    expect(byId(id).doc.footnotes).toHaveLength(n);
  });

  it('references every note exactly once, from the block its refBlockId names', () => {
    for (const d of docs) {
      for (const f of d.doc.footnotes) {
        const token = `[^${f.id}]`;
        const holders = d.doc.blocks.filter((b) => b.md.split(token).length > 1);
        expect(holders.map((b) => b.id), `${d.doc.id} ${f.id}`).toEqual([f.refBlockId]);
        expect(holders[0]!.md.split(token)).toHaveLength(2);
        expect(holders[0]!.footnoteRefs).toContain(f.id);
      }
      for (const b of d.doc.blocks) {
        const tokens = [...b.md.matchAll(/\[\^([A-Za-z0-9_-]+)\]/g)].map((m) => m[1]);
        expect(tokens, `${d.doc.id}/${b.id}`).toEqual(b.footnoteRefs ?? []);
      }
    }
  });

  it('places the marks where they were printed', () => {
    expect(block('ic-2009-1', 'p-1').md).toContain('la Constitution[^fn-1], et');
    expect(block('ic-2009-1', 'p-2').md).toContain('(7-8 juillet).[^fn-2] Des');
    expect(block('ic-2009-1', 'p-2').md).toContain('du Conseil[^fn-3] sur');
    const paper = byId('idm-2008-retour-document-de-travail').doc;
    expect(paper.blocks.find((b) => b.footnoteRefs?.includes('fn-1'))!.md).toContain('dans quelles conditions.[^fn-1] Cette');
    expect(paper.footnotes.map((f) => f.mark)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(byId('idm-2017-note-conceptuelle').doc.blocks.find((b) => b.footnoteRefs)!.md).toContain('régulières[^fn-1], les');
  });

  it('keeps an ordinal superscript as a superscript, not a note', () => {
    const p2 = block('ic-2009-1', 'p-2');
    expect(p2.md).toContain('96<sup>ème</sup> session');
    expect(p2.text).toContain('96ème session');
    expect(byId('ic-2009-1').doc.footnotes[2]!.text).toContain('la 96ème session du Conseil');
  });

  it('keeps link text and plain addresses in notes', () => {
    const [, fn2, fn3] = byId('ic-2009-1').doc.footnotes;
    expect(fn2!.text).toContain("site web de l’OIM (www.iom.int/idm).");
    expect(fn3!.text).toContain('(http://www.iom.int/jahia/Jahia/policy-research/');
  });

  it('attaches the A/68/370 "*" note, whose mark was on the missing title block, to the first block and says so', () => {
    const d = byId('a-68-370');
    expect(d.doc.footnotes).toEqual([{ id: 'fn-1', mark: '*', text: 'A/68/150.', md: 'A/68/150.', refBlockId: d.doc.blocks[0]!.id }]);
    expect(d.warnings).toEqual(['line 30: note "*" has no reference mark in the text; attached to the first block']);
  });
});

describe('rejoined paragraphs', () => {
  const cases: [string, string][] = [
    ['idm-2008-retour-document-de-travail', 'à entrer et à rester sur leur territoire, pour quelles raisons'],
    ['idm-2008-retour-document-de-travail', 'un élément important du processus migratoire dans de nombreux types'],
    ['idm-2008-retour-document-de-travail', 'dans le cas des retours assistés, les migrants'],
    ['idm-2017-note-conceptuelle', 'stimuler des échanges de vues entre les Etats Membres'],
    ['idm-2017-vulnerabilites-conclusions', "les vulnérabilités et les capacités des migrants, d'orienter"],
    ['idm-2017-vulnerabilites-conclusions', 'ancrée dans les cadres et principes existants, afin'],
    ['idm-2017-vulnerabilites-conclusions', 'au Canada, en 1993, et a exprimé sa gratitude'],
    ['idm-2017-vulnerabilites-conclusions', 'obtenir un permis de conduire ou accéder aux services'],
    ['idm-2017-vulnerabilites-conclusions', 'Des mesures ciblées sur les risques potentiels'],
    ['idm-2017-vulnerabilites-conclusions', 'de nombreux autres orateurs. L'],
    ['idm-2017-vulnerabilites-conclusions', 'de la République populaire du Bangladesh'],
    ['ic-2009-1', 'en ce compris celui de réguler l'],
    ['ic-2009-1', 'habituellement le problème de la traite'],
    ['a-68-370', 'La proposition de liste d’organisations de la société civile participantes'],
    ['a-68-370', 'qui tienne compte de la problématique hommes-femmes. Les droits'],
    ['a-68-370', 'englober les principes de non-discrimination, de non-refoulement et d’unité familiale'],
    ['a-68-370', 'y intégrer les principes de non-discrimination, de non-refoulement et d’unité familiale'],
    ['a-68-370', 'pour l’après-2015. En effet'],
    ['a-68-370', 'Initiative conjointe Commission européenne-Nations Unies pour le développement'],
  ];
  it.each(cases)('%s: "%s" is in exactly one block', (id, phrase) => {
    expect(blocksWith(id, phrase)).toHaveLength(1);
  });

  it('splits A/68/370 paragraphs at their numbers even without a blank line ("… naturelles." then " 14. ")', () => {
    expect(block('a-68-370', 'p-13').text.endsWith('à de graves conflits ou à des catastrophes naturelles.')).toBe(true);
    expect(block('a-68-370', 'p-14').text.startsWith('Les participants ont mis en évidence')).toBe(true);
  });
});

describe('the A/68/370 annex programme', () => {
  it('is a schedule: one entry per time slot, sub-items under their slot', () => {
    const items = byId('a-68-370').doc.blocks.filter((b) => b.kind === 'schedule-item');
    expect(items).toHaveLength(14);
    expect(items.filter((b) => b.level === 1).map((b) => `${b.label} ${b.text}`)).toEqual([
      '10 heures-13 heures Séance de la matinée',
      '10 heures-10 h 15 Ouverture des auditions',
      '10 h 15-10 h 50 Premier groupe : dialogue de haut niveau de 2013 : bilan et perspectives',
      '10 h 50-11 h 55 Thème 1 : Travail et mobilité des migrants',
      '11 h 55-13 heures Thème 2 : Droits et protection des migrants',
      '15 heures-18 heures Séance de l’après-midi',
      '15 heures-15 h 35 Point de vue de la jeunesse : les voix du changement',
      '15 h 35-16 h 40 Thème 3 : Développement humain et rôle de la diaspora',
      '16 h 40-17 h 45 Thème 4 : Gouvernance des migrations et partenariats',
      '17 h 45-18 heures Clôture des auditions',
    ]);
    expect(items.filter((b) => b.level === 2).map((b) => b.text)).toEqual([
      'Allocution du Président de l’Assemblée générale',
      'Allocution du Vice-Secrétaire général',
      'Allocution de la rapporteuse',
      'Allocution d’un représentant du cabinet du Président de l’Assemblée générale',
    ]);
  });
});

describe('clean text', () => {
  const FURNITURE = [/A\/68\/370/, /13-46142/, /undocs\.org/, /^https?:\/\/\S+$/, /\*\*/, /<\/?sup>/, /---/, /\[\^/];
  it('has no page furniture, bare URL, Markdown marker, HTML tag or rule in any text', () => {
    for (const d of docs) {
      for (const x of [...d.doc.blocks, ...d.doc.footnotes]) {
        for (const re of FURNITURE) expect(x.text, `${d.doc.id}/${x.id} ${re}`).not.toMatch(re);
        expect(x.text.trim()).toBe(x.text);
        expect(x.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('never leaks an unbalanced "**", and recovers the bold lead-in whose opener was lost', () => {
    const p1 = block('idm-2017-vulnerabilites-conclusions', 'p-1');
    expect(p1.md.startsWith('**Les migrants ne sont pas intrinsèquement vulnérables.** Il a été')).toBe(true);
    expect(p1.text.startsWith('Les migrants ne sont pas intrinsèquement vulnérables. Il a été')).toBe(true);
    expect(block('idm-2017-vulnerabilites-conclusions', 'p-9').md).toMatch(/^\*\*Reconnaissance des domaines présentant des difficultés :\*\* La/);
    for (const d of docs) for (const b of d.doc.blocks) expect(b.text, `${d.doc.id}/${b.id}`).not.toMatch(/\*/);
  });

  it('keeps typography as written: apostrophes, guillemets, en dashes', () => {
    expect(block('a-68-370', 'p-24').text).toContain('« dialogue transformateur »');
    expect(block('a-68-370', 'p-1').text).toContain('l’Assemblée générale');
    expect(blocksWith('ic-2009-1', "l'homme").length).toBeGreaterThan(0);
    expect(blocksWith('ic-2009-1', 'l’homme').length).toBeGreaterThan(0);
    expect(blocksWith('idm-2017-note-conceptuelle', '18–19 avril 2017')).toHaveLength(1);
    expect(blocksWith('idm-2017-vulnerabilites-conclusions', '40 orateurs – responsables')).toHaveLength(1);
  });
});

describe('ids', () => {
  it('are valid, unique, and numbered blocks are named by their number', () => {
    for (const d of docs) {
      const ids = d.doc.blocks.map((b) => b.id);
      expect(new Set(ids).size, d.doc.id).toBe(ids.length);
      for (const b of d.doc.blocks) {
        expect(BlockIdSchema.safeParse(b.id).success, b.id).toBe(true);
        if (b.number !== undefined) expect(b.id).toBe(`p-${b.number}`);
        else expect(b.id).toMatch(new RegExp(`^${b.kind}-[0-9a-z]{7}(?:-\\d+)?$`));
      }
    }
  });

  it('are the same on a rebuild', () => {
    const again = ingestCorpus();
    expect(again.map((d) => d.doc.blocks.map((b) => b.id))).toEqual(docs.map((d) => d.doc.blocks.map((b) => b.id)));
  });
});

describe('warnings', () => {
  it('are empty except the one unanchored note of A/68/370', () => {
    expect(Object.fromEntries(docs.map((d) => [d.doc.id, d.warnings.length]))).toEqual({
      'ic-2009-1': 0,
      'idm-2017-vulnerabilites-conclusions': 0,
      'idm-2008-retour-document-de-travail': 0,
      'idm-2017-note-conceptuelle': 0,
      'a-68-370': 1,
    });
  });
});
