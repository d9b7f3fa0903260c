/**
 * Relevance on the real corpus: judged French queries, each with the passage
 * a careful reader would want (found by reading the ingested documents).
 * Every expected passage must rank in the top 3. The quote pins what the
 * block says, so a change of block ids in ingestion fails with a clear
 * message instead of silently testing another passage.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchOptions, SearchResult, StructuredDocument } from '../../../common/model';
import { buildShard, foldForMatch, SearchEngine, type SerializedShard } from '../../../common/search';
import { loadCorpus } from './corpus';
import { entryOf } from './fixtures';

const IC = 'ic-2009-1';
const VULN = 'idm-2017-vulnerabilites-conclusions';
const RET = 'idm-2008-retour-document-de-travail';
const NOTE = 'idm-2017-note-conceptuelle';
const UN = 'a-68-370';

type Case = [query: string, docId: string, blockId: string, quote: string, kind: string];

// prettier-ignore
const CASES: Case[] = [
  // accents, or none
  ['vulnerabilite des enfants', VULN, 'p-3', 's’attaquer aux vulnérabilités des enfants', 'no accents'],
  ['vulnérabilité des enfants', VULN, 'p-3', 's’attaquer aux vulnérabilités des enfants', 'accents'],
  ['xenophobie racisme', UN, 'p-20', 'la xénophobie et le racisme', 'no accents'],
  ['xénophobie', UN, 'p-35', 'lutter contre la xénophobie', 'accents'],
  ['cooperation transfrontaliere', NOTE, 'list-item-0qyn5n5', 'Coopération transfrontalière en matière de collecte', 'no accents'],
  ['DURABILITE DES RETOURS', RET, 'paragraph-08khyzn', 'plus durables que les retours forcés', 'capitals, no accents'],
  ['catastrophe dégradation environnement', VULN, 'paragraph-07tw1xv', 'conflit, catastrophe, dégradation de l', 'accents'],
  // straight and curly apostrophes
  ["droits de l'homme", UN, 'p-32', 'lien étroit entre droits de l’homme', 'straight apostrophe'],
  ['droits de l’homme', UN, 'p-32', 'lien étroit entre droits de l’homme', 'curly apostrophe'],
  ["droits de l'homme et migration", IC, 'p-4', 'Droits de l\'homme et migration: œuvrer de concert', 'straight apostrophe'],
  ["Convention relative aux droits de l'enfant", UN, 'p-37', 'Convention relative aux droits de l’enfant', 'straight apostrophe, curly in text'],
  ['l’exploitation et la violation des droits des migrants', IC, 'p-9', 'L\'exploitation et la violation des droits', 'curly apostrophe, straight in text'],
  // plurals and other inflections
  ['diasporas', UN, 'p-46', 'contribution des membres de la diaspora', 'plural'],
  ['accord de réadmission', RET, 'paragraph-1gz09x4', 'accords de réadmission bilatéraux', 'singular for plural'],
  ['mineur non accompagné', RET, 'paragraph-13pnhit', 'mineurs d\'âge non accompagnés', 'singular for plural'],
  ['migrant intrinsèquement vulnérable', VULN, 'p-1', 'Les migrants ne sont pas intrinsèquement vulnérables', 'singular for plural'],
  ['durabilité du retour', RET, 'paragraph-08khyzn', 'plus durables que les retours forcés', 'noun for adjective'],
  // typos
  ['migrtion de retour', IC, 'p-3-a', 'La migration de retour n’est un phénomène ni secondaire', 'typo'],
  ['xénophobbie racisme', UN, 'p-20', 'la xénophobie et le racisme', 'typo'],
  ['recrutment éthique', UN, 'p-30', 'réglementations plus strictes dans le secteur du recrutement', 'typo'],
  // exact phrases
  ['"retour volontaire assisté"', IC, 'p-3-f', 'Les programmes de retour volontaire assisté et de réintégration (AVRR)', 'phrase'],
  ['"migrations sûres, ordonnées et régulières"', NOTE, 'list-item-1nb2416', 'faciliter des migrations sûres, ordonnées et régulières', 'phrase'],
  ['« travail decent »', UN, 'p-28', 'principe d’un travail décent pour tous', 'phrase, guillemets, no accents'],
  ['"enfants non accompagnés"', VULN, 'p-3', 'les enfants non accompagnés sont exposés', 'phrase'],
  // exclusion
  ['retour volontaire -forcé', RET, 'paragraph-1gfaejq', 'Le retour volontaire est le choix que fait une personne', 'exclusion'],
  ['traite êtres humains -trafic', IC, 'p-9', 'la traite des êtres humains en particulier', 'exclusion'],
  // prefix
  ['réadmiss*', RET, 'paragraph-1gz09x4', 'accords de réadmission bilatéraux', 'prefix'],
  ['vulnér* enfant*', VULN, 'p-3', 's’attaquer aux vulnérabilités des enfants', 'prefix'],
  ['xénopho* rhétoriq*', UN, 'p-35', 'attaques rhétoriques', 'prefix'],
  // one per document, plain
  ['AVRR', IC, 'p-3-f', 'retour volontaire assisté et de réintégration (AVRR)', 'IC/2009/1'],
  ['cohérence politique', IC, 'p-3-g', 'La cohérence politique entre les différentes sphères', 'IC/2009/1'],
  ['William Lacy Swing', VULN, 'paragraph-1rzz9vj', 'William Lacy Swing', 'IDM 2017 conclusions'],
  ['Ghana culture de la migration', VULN, 'paragraph-0kozwpe', 'Vice-Ministre des affaires étrangères du Ghana', 'IDM 2017 conclusions'],
  ['retour forcé', RET, 'paragraph-1jiopdl', 'Les retours forcés, en revanche, concernent les personnes', 'IDM 2008 retour'],
  ['Dialogue 5+5', RET, 'paragraph-1hxyk8q', 'Dialogue 5+5 sur la migration en Méditerranée', 'IDM 2008 retour'],
  ['besoins des enfants migrants', NOTE, 'list-item-106zhif', 'Réponse aux besoins des enfants migrants', 'IDM 2017 note'],
  ['ateliers New York Genève', NOTE, 'paragraph-0fyi14d', 'un atelier aura lieu dans chacune des deux villes', 'IDM 2017 note'],
  ['recrutement éthique', UN, 'p-30', 'réglementations plus strictes dans le secteur du recrutement', 'A/68/370'],
  ['données ventilées', UN, 'p-52', 'ventilées selon l', 'A/68/370'],
  ['enfants migrants rétention', UN, 'p-37', 'les placer en rétention', 'A/68/370'],
];

let engine: SearchEngine;
let docs: StructuredDocument[];

beforeAll(() => {
  docs = loadCorpus();
  engine = new SearchEngine();
  // Through JSON, as the app loads them.
  for (const d of docs) engine.addShard(JSON.parse(JSON.stringify(buildShard(d))) as SerializedShard, entryOf(d));
});

const ids = (r: SearchResult): string[] => r.hits.map((h) => `${h.docId}/${h.blockId}`);
const rankOf = (q: string, target: string, options?: SearchOptions): number => ids(engine.search(q, options)).indexOf(target) + 1;

describe('relevance on the real corpus', () => {
  it('covers every document and at least 30 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c[1]))).toEqual(new Set(docs.map((d) => d.id)));
  });

  it.each(CASES)('%s → %s/%s (%s)', (query, docId, blockId, quote) => {
    const doc = docs.find((d) => d.id === docId);
    const block = doc?.blocks.find((b) => b.id === blockId);
    expect(block, `block ${docId}/${blockId} no longer exists; it said “${quote}”`).toBeDefined();
    expect(foldForMatch(block?.text ?? '')).toContain(foldForMatch(quote));
    const r = engine.search(query);
    const rank = ids(r).indexOf(`${docId}/${blockId}`) + 1;
    expect(rank, `top 3 for “${query}”: ${ids(r).slice(0, 3).join(', ')}`).toBeGreaterThanOrEqual(1);
    expect(rank).toBeLessThanOrEqual(3);
  });

  it('"migration de retour" finds the 2008 and the 2009 IOM papers in its top 3', () => {
    const top = engine.search('migration de retour').hits.slice(0, 3).map((h) => h.docId);
    expect(top).toContain(RET);
    expect(top).toContain(IC);
    expect(rankOf('migration de retour', `${IC}/p-3-a`)).toBeLessThanOrEqual(3);
  });

  it('"migrtion" is corrected to "migration" and finds what "migration" finds', () => {
    const typo = engine.search('migrtion');
    const right = engine.search('migration');
    expect(typo.correctedQuery).toBe('migration');
    expect(right.correctedQuery).toBeUndefined();
    expect(right.total).toBeGreaterThan(100);
    expect(ids(typo)).toEqual(ids(right));
    expect(typo.total).toBe(right.total);
  });

  it('gives the same ten results for l’homme and l\'homme', () => {
    const curly = ids(engine.search('l’homme', { limit: 10 }));
    expect(curly).toHaveLength(10);
    expect(ids(engine.search("l'homme", { limit: 10 }))).toEqual(curly);
    expect(ids(engine.search('homme', { limit: 10 }))).toEqual(curly);
  });

  it('matches vulnérabilité, vulnerabilite and vulnérables alike', () => {
    const a = engine.search('vulnérabilité');
    expect(a.total).toBeGreaterThan(20);
    expect(ids(engine.search('vulnerabilite'))).toEqual(ids(a));
    expect(ids(engine.search('vulnérables'))).toEqual(ids(a));
    expect(engine.search('vulnerables').total).toBe(a.total);
  });

  it('excludes what it is told to', () => {
    const r = engine.search('retour volontaire -forcé');
    expect(r.total).toBeGreaterThan(0);
    expect(ids(r)).not.toContain(`${IC}/p-3-e`); // "Le retour volontaire est préférable au retour forcé"
    for (const h of r.hits) expect(foldForMatch(docs.find((d) => d.id === h.docId)?.blocks.find((b) => b.id === h.blockId)?.text ?? '')).not.toMatch(/\bforce/);
  });

  it('never ranks a heading above the paragraph under it that says the same thing', () => {
    // "Durabilité des retours; aide à la réinsertion" is a heading of the 2008 paper.
    const r = ids(engine.search('durabilité des retours réinsertion'));
    const heading = r.indexOf(`${RET}/heading-043ndj1`);
    expect(r[0]).toBe(`${RET}/paragraph-08khyzn`);
    if (heading !== -1) expect(heading).toBeGreaterThan(0);
    // The paragraph is found through its section heading even for a word it does not contain.
    expect(rankOf('réinsertion', `${RET}/paragraph-08khyzn`)).toBeGreaterThan(0);
  });

  it('scopes to the open document', () => {
    const r = engine.search('droits de l’homme', { docIds: [IC] });
    expect(r.hits.length).toBeGreaterThan(3);
    expect(r.hits.every((h) => h.docId === IC)).toBe(true);
    expect(ids(r)[0]).toBe(`${IC}/p-4`);
  });
});

/** Footnotes, symbols and resolution numbers (issue 15): the passage may be a footnote (`fn-<id>`). */
// prettier-ignore
const REF_CASES: Case[] = [
  ['retour virtuel', RET, 'fn-fn-5', 'choisir le retour virtuel de préférence au retour réel', 'footnote text'],
  ['téléconférence', RET, 'fn-fn-5', 'par le biais d\'une téléconférence', 'footnote text'],
  ['"retour virtuel"', RET, 'fn-fn-5', 'le retour virtuel', 'footnote phrase'],
  ['A/71/L.58', NOTE, 'fn-fn-1', 'Voir le document des Nations Unies A/71/L.58', 'symbol, exact'],
  ['a/ 71/ l.58', NOTE, 'fn-fn-1', 'A/71/L.58', 'symbol, spaces after the slashes, lowercase'],
  ['A/68/', UN, 'fn-fn-1', 'A/68/150', 'symbol prefix'],
  ['A/68/150', UN, 'fn-fn-1', 'A/68/150', 'symbol in a note marked *'],
  ['IC/2008/6', IC, 'fn-fn-2', 'IC/2008/6', 'symbol in parentheses'],
  ['EC/GC/01/11', RET, 'fn-fn-4', 'EC/GC/01/11', 'symbol inside a citation'],
  ['résolution 67/219', UN, 'p-1', 'conformément à la résolution 67/219', 'resolution number'],
  ['A/RES/67/219', UN, 'p-1', 'conformément à la résolution 67/219', 'resolution symbol for a number'],
  ['67/219', UN, 'p-3', 'Conformément à la résolution 67/219', 'bare resolution number'],
  ['MICIC', VULN, 'paragraph-0or64xb', 'MICIC', 'acronym still a word'],
];

describe('relevance of footnotes, symbols and resolution numbers', () => {
  const passageText = (docId: string, id: string): string | undefined => {
    const doc = docs.find((d) => d.id === docId);
    return doc?.blocks.find((b) => b.id === id)?.text ?? doc?.footnotes.find((f) => `fn-${f.id}` === id)?.text;
  };

  it.each(REF_CASES)('%s → %s/%s (%s)', (query, docId, passageId, quote) => {
    const text = passageText(docId, passageId);
    expect(text, `passage ${docId}/${passageId} no longer exists; it said “${quote}”`).toBeDefined();
    expect(foldForMatch(text ?? '')).toContain(foldForMatch(quote));
    const r = engine.search(query);
    const rank = ids(r).indexOf(`${docId}/${passageId}`) + 1;
    expect(rank, `top 3 for “${query}”: ${ids(r).slice(0, 3).join(', ')}`).toBeGreaterThanOrEqual(1);
    expect(rank).toBeLessThanOrEqual(3);
  });

  it('finds nothing for a symbol no passage cites, instead of its pieces', () => {
    // Before symbols were terms, "A/71/L.59" found every passage with "71" and "59".
    expect(engine.search('A/71/L.59').total).toBe(0);
    expect(engine.search('A/69/').total).toBe(0);
  });
});
