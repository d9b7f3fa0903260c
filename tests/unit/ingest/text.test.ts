import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  endsSentence,
  endsWithDanglingWord,
  foldForMatch,
  joinLines,
  startsLowercase,
  trimAscii,
} from '../../../common/ingest/text';

describe('joinLines', () => {
  it('joins wrapped lines with one space', () => {
    expect(joinLines('les droits de ', ' l’homme')).toBe('les droits de l’homme');
  });
  it('keeps a real hyphen cut at the margin and adds no space', () => {
    expect(joinLines('la problématique hommes-', 'femmes.')).toBe('la problématique hommes-femmes.');
    expect(joinLines('pour l’après-', '2015. En effet')).toBe('pour l’après-2015. En effet');
    expect(joinLines('Commission européenne-', ' Nations Unies')).toBe('Commission européenne-Nations Unies');
  });
  it('drops a soft hyphen, which only marks a syllable break', () => {
    expect(joinLines('dévelop\u00ad', 'pement')).toBe('développement');
  });
  it('treats a spaced dash as punctuation, not a compound', () => {
    expect(joinLines('le retour -', 'volontaire')).toBe('le retour - volontaire');
  });
});

describe('trimAscii and collapseSpaces', () => {
  it('never touch non-breaking spaces', () => {
    expect(trimAscii('  «\u00a0oui\u00a0»  ')).toBe('«\u00a0oui\u00a0»');
    expect(collapseSpaces('10 h 15-10 h 50  Premier\u202f:')).toBe('10 h 15-10 h 50 Premier\u202f:');
  });
});

describe('endsSentence', () => {
  it('sees a sentence end through closing quotes and brackets', () => {
    expect(endsSentence('… (Maroc).')).toBe(true);
    expect(endsSentence('… « transformateur ».')).toBe(true);
    expect(endsSentence('…vulnérables.**')).toBe(true);
    expect(endsSentence('… conditions.¹')).toBe(true);
  });
  it('knows a page cut when it sees one', () => {
    expect(endsSentence('à entrer et à rester sur leur')).toBe(false);
    expect(endsSentence('(7-8 juillet)')).toBe(false);
    expect(endsSentence('facteurs de vulnérabilité,')).toBe(false);
  });
});

describe('startsLowercase and endsWithDanglingWord', () => {
  it('look through quotes and emphasis', () => {
    expect(startsLowercase('territoire, pour quelles raisons')).toBe(true);
    expect(startsLowercase('« dialogue »')).toBe(true);
    expect(startsLowercase('Une large place')).toBe(false);
    expect(startsLowercase('2015. En effet')).toBe(false);
  });
  it('spot function words that never end a paragraph', () => {
    expect(endsWithDanglingWord('de l’Organisation des')).toBe(true);
    expect(endsWithDanglingWord('de la diaspora')).toBe(false);
  });
});

describe('foldForMatch', () => {
  it('ignores case, accents, punctuation, Markdown and superscript tags', () => {
    expect(foldForMatch('***“Droits de l’homme et migration:  ')).toBe('droits de l homme et migration');
    expect(foldForMatch('1<sup>er</sup> mars 2019')).toBe('1er mars 2019');
    expect(foldForMatch('GENÈVE')).toBe('geneve');
  });
});
