import { describe, expect, it } from 'vitest';
import { parseInline, stripLinks, wholeEmphasis } from '../../../common/ingest/inline-parse';

const opts = (marks: string[] = [], refs = true) => ({ noteMarks: new Set(marks), refs });

describe('parseInline', () => {
  it('builds bold, italic and bold-italic spans', () => {
    expect(parseInline('a **b** *c* ***d***', opts()).nodes).toEqual([
      { t: 'text', s: 'a ' },
      { t: 'emph', n: 2, children: [{ t: 'text', s: 'b' }] },
      { t: 'text', s: ' ' },
      { t: 'emph', n: 1, children: [{ t: 'text', s: 'c' }] },
      { t: 'text', s: ' ' },
      { t: 'emph', n: 3, children: [{ t: 'text', s: 'd' }] },
    ]);
  });

  it('pairs emphasis around quotes and punctuation', () => {
    const { nodes } = parseInline('était **“Migration de retour”**. Deux', opts());
    expect(nodes[1]).toEqual({ t: 'emph', n: 2, children: [{ t: 'text', s: '“Migration de retour”' }] });
  });

  it('recovers a bold lead-in whose opener was lost, once, at the start of the block', () => {
    const r = parseInline('Les migrants ne sont pas vulnérables.** Il a été admis', opts());
    expect(r.nodes).toEqual([
      { t: 'emph', n: 2, children: [{ t: 'text', s: 'Les migrants ne sont pas vulnérables.' }] },
      { t: 'text', s: ' Il a été admis' },
    ]);
    expect(r.recovered).toBe(true);
  });

  it('drops and reports any other unbalanced marker', () => {
    const r = parseInline('un **début sans fin', opts());
    expect(r.nodes).toEqual([{ t: 'text', s: 'un début sans fin' }]);
    expect(r.dropped).toEqual(['**']);
  });

  it('keeps a star between spaces as a literal character', () => {
    expect(parseInline('5 * 3', opts()).nodes).toEqual([{ t: 'text', s: '5 * 3' }]);
  });

  it('tells note references from ordinal superscripts', () => {
    expect(parseInline('Constitution<sup>1</sup>, la 96<sup>ème</sup> session', opts(['1'])).nodes).toEqual([
      { t: 'text', s: 'Constitution' },
      { t: 'ref', mark: '1', raw: '1', via: 'sup' },
      { t: 'text', s: ', la 96' },
      { t: 'sup', s: 'ème' },
      { t: 'text', s: ' session' },
    ]);
  });

  it('reads Unicode superscripts as references, and a star only when a star note exists', () => {
    expect(parseInline('conditions.¹² Cette', opts(['12'])).nodes[1]).toEqual({ t: 'ref', mark: '12', raw: '¹²', via: 'unicode' });
    expect(parseInline('provisoire* suite', opts(['*'])).nodes[1]).toEqual({ t: 'ref', mark: '*', raw: '*', via: 'star' });
    expect(parseInline('provisoire* suite', opts()).dropped).toEqual(['*']);
  });

  it('never makes references inside notes', () => {
    expect(parseInline('m² et<sup>1</sup>', opts(['1', '2'], false)).nodes).toEqual([
      { t: 'text', s: 'm² et' },
      { t: 'sup', s: '1' },
    ]);
  });
});

describe('stripLinks', () => {
  it('keeps the visible text of links and the address of autolinks', () => {
    expect(stripLinks('([www.iom.int/idm](http://www.iom.int/idm))')).toBe('(www.iom.int/idm)');
    expect(stripLinks('(<http://x.org/a;b=c>)')).toBe('(http://x.org/a;b=c)');
  });
});

describe('wholeEmphasis', () => {
  it('finds a line that is all emphasis, and only that', () => {
    expect(wholeEmphasis(parseInline('***Adoption d’une approche***', opts()).nodes)?.n).toBe(3);
    expect(wholeEmphasis(parseInline('**Gras** puis romain', opts()).nodes)).toBeUndefined();
  });
});
