/**
 * Hand judgments, made by reading both texts: the 2009 summary of the IDM
 * 2008 return-migration principles (IC/2009/1, items 3 a)–k)) against the
 * 2008 working paper the principles came out of. For each principle, the
 * opening words of the 2008 passage(s) it restates.
 *
 * Principles i) (return and development) and j) (capacities) are left out:
 * their 2008 counterparts ("Pour une bonne part…", "Le manque de capacité…")
 * share too few words with them for a lexical measure (ranks 5 and 7).
 */
export const PRINCIPLES_2009 = 'ic-2009-1';
export const PAPER_2008 = 'idm-2008-retour-document-de-travail';

export const JUDGMENTS: Record<string, { why: string; expected: string[] }> = {
  'p-3-a': {
    why: 'return concerns practically every State, "même si c’est à des degrés divers"',
    expected: ["A l'heure actuelle, avec la facilité"],
  },
  'p-3-b': {
    why: 'most returns are spontaneous, without States or other national or international actors',
    expected: ['Le retour volontaire est le choix', 'Pour une bonne part, les retours', 'Du fait des différences'],
  },
  'p-3-c': {
    why: 'a comprehensive approach; fair, transparent return keeps immigration and asylum systems whole',
    expected: ["Lorsque l'entrée ou le séjour", 'La migration de retour est rarement'],
  },
  'p-3-d': {
    why: 'sovereign prerogative to regulate entry, to be exercised with respect for human rights',
    expected: ["L'élément à prendre en compte"],
  },
  'p-3-e': {
    why: 'voluntary return is preferable: "la plus grande convergence d’intérêts"',
    expected: ["Le retour volontaire est l'option"],
  },
  'p-3-f': {
    why: 'assisted voluntary return: financial and/or logistical support of a State or other actor',
    expected: ['Le retour volontaire est le choix'],
  },
  'p-3-g': {
    why: 'return is linked to other policy domains (development, trade, health…)',
    expected: ["Par ailleurs, à l'instar de la migration"],
  },
  'p-3-h': {
    why: 'coherence at the national, regional and international levels',
    expected: ["Il est essentiel de s'assurer", "Les pays d'origine, de transit et de destination ne sont"],
  },
  'p-3-k': {
    why: 'partnership of origin and destination countries; bilateral, regional, international dialogue',
    expected: [
      "Il est essentiel de s'assurer",
      "Faire en sorte que les pays d'origine",
      "Les pays d'origine, de transit et de destination ne sont",
      'Les mécanismes de consultations',
    ],
  },
};
