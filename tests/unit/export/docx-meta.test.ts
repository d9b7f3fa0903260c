import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../common/export/brief';
import { toDocx } from '../../../main/export/docx';
import { ANNOTATIONS, BRIEF_DATE, DOCS, LEGEND } from '../../fixtures/export/fixture';

const brief = (author?: string) =>
  buildBrief({ annotations: ANNOTATIONS, docs: DOCS, legend: LEGEND, grouping: 'document', title: 'Note', date: BRIEF_DATE, lang: 'es', ...(author ? { author } : {}) });

const part = async (buf: Buffer, name: string): Promise<string> => (await (await JSZip.loadAsync(buf)).file(name)?.async('string')) ?? '';

describe('toDocx metadata', () => {
  it('names the delegate as author and last editor, never "Un-named"', async () => {
    const core = await part(await toDocx(brief('Amina Diallo')), 'docProps/core.xml');
    expect(core).toMatch(/<dc:creator>Amina Diallo<\/dc:creator>/);
    expect(core).toMatch(/<cp:lastModifiedBy>Amina Diallo<\/cp:lastModifiedBy>/);
    expect(core).not.toContain('Un-named');
  });

  it('falls back to the application when no author is set', async () => {
    const core = await part(await toDocx(brief()), 'docProps/core.xml');
    expect(core).not.toContain('Un-named');
    expect(core).toMatch(/<dc:creator>Plenary<\/dc:creator>/);
  });

  it('sets the brief\'s language and prints Spanish labels', async () => {
    const buf = await toDocx(brief('Amina Diallo'));
    expect(await part(buf, 'word/styles.xml')).toMatch(/<w:lang w:val="es"/);
    const body = await part(buf, 'word/document.xml');
    expect(body).toContain('Leyenda de colores');
    expect(body).toContain('A/68/370, párr. 23');
  });
});
