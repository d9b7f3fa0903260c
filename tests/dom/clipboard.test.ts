import { describe, expect, it } from 'vitest';
import { citationTexts } from '../../renderer/reader/clipboard';

describe('citationTexts', () => {
  it('gives the quote with its citation as plain text and as escaped rich text', () => {
    const { plain, html } = citationTexts('  les « migrants » <script> ', 'A/68/370, para. 23');
    expect(plain).toBe('« les « migrants » <script> » (A/68/370, para. 23)');
    expect(html).toContain('<blockquote><p>« les « migrants » &#60;script&#62; »</p></blockquote>');
    expect(html).toContain('<p>(A/68/370, para. 23)</p>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('script')).toBeNull();
  });
});
