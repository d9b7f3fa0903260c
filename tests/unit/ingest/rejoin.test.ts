import { describe, expect, it } from 'vitest';
import { toLines } from '../../../common/ingest';
import { rejoinPageCuts } from '../../../common/ingest/rejoin';
import { segment } from '../../../common/ingest/segment';

function run(text: string) {
  const warnings: string[] = [];
  const chunks = rejoinPageCuts(segment(toLines(text), {}, () => undefined), (m) => warnings.push(m));
  return { warnings, texts: chunks.map((c) => `${c.type}: ${c.lines.map((l) => l.text.trim()).join(' ')}`) };
}

describe('rejoinPageCuts', () => {
  it('joins a paragraph cut mid-sentence with its lower-case continuation, across the notes printed between', () => {
    const { texts } = run('à rester sur leur\n\n¹ Bien entendu.\n\n² Certaines normes.\n\nterritoire, pour quelles raisons.');
    expect(texts).toEqual(['text: à rester sur leur territoire, pour quelles raisons.', 'note: ¹ Bien entendu.', 'note: ² Certaines normes.']);
  });

  it('joins after a dangling function word even when the next half starts with a capital', () => {
    expect(run('au Siège de l’Organisation des\n\nNations Unies à New York.').texts).toEqual([
      'text: au Siège de l’Organisation des Nations Unies à New York.',
    ]);
  });

  it('joins the continuation into a numbered point', () => {
    expect(run('- 10. … de la République\n\npopulaire du Bangladesh.').texts).toEqual(['text: - 10. … de la République populaire du Bangladesh.']);
  });

  it('leaves complete sentences, headings and new numbered paragraphs apart', () => {
    expect(run('Fin.\n\nDébut.').texts).toHaveLength(2);
    expect(run('I. Introduction\n\nles auditions').texts).toHaveLength(2);
    expect(run('Une phrase sans fin\n\n2. Suite numérotée.').texts).toHaveLength(2);
  });

  it('keeps and reports a lower-case start it cannot attach', () => {
    const { texts, warnings } = run('Fin.\n\nsuite orpheline.');
    expect(texts).toHaveLength(2);
    expect(warnings).toEqual(['line 3: paragraph starts in lower case but follows a complete sentence; kept as its own paragraph']);
  });
});
