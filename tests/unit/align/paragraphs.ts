/** Distinct French paragraphs on migration topics, for hand-made documents. */
export const P = {
  retour:
    'Le retour volontaire est préférable au retour forcé, car il offre la plus grande convergence d’intérêts entre les migrants, les pays d’origine et les pays de destination.',
  capacites:
    'Les pays d’origine et de transit manquent souvent des capacités institutionnelles nécessaires pour accueillir les rapatriés et gérer leurs frontières.',
  droits:
    'Les droits humains des migrants doivent être respectés à chaque étape, quel que soit leur statut, y compris lors de la détention administrative.',
  traite:
    'La traite des êtres humains aux fins d’exploitation sexuelle ou de travail forcé constitue une violation grave des droits fondamentaux des victimes.',
  sante:
    'L’accès aux soins de santé pour les travailleurs saisonniers reste limité par la barrière de la langue et le coût des assurances médicales.',
  diaspora:
    'Les diasporas transfèrent des fonds, des compétences et des savoir-faire qui soutiennent l’investissement et l’entrepreneuriat dans leur pays natal.',
  climat:
    'La dégradation de l’environnement, les sécheresses et la montée des eaux poussent des communautés entières à quitter leurs terres agricoles.',
  enfants:
    'Les enfants non accompagnés ont besoin d’une tutelle, d’un hébergement adapté et d’un accès immédiat à l’école.',
} as const;

/** Paragraphs with nothing to do with the above (and with each other). */
export const UNRELATED = [
  'La recette de la tarte aux pommes demande du beurre, de la farine, du sucre et une pincée de cannelle.',
  'Le télescope spatial a photographié une galaxie spirale lointaine dont la lumière a voyagé des milliards d’années.',
  'Le club de football local a remporté le championnat régional grâce à un but marqué à la dernière minute.',
  'Les orchidées sauvages fleurissent au printemps dans les prairies humides des montagnes calcaires.',
];
