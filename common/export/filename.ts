/**
 * File names that are valid on Windows, macOS and Linux alike, so that an
 * export saved on one machine can be copied to any other.
 */

export const MAX_NAME_CHARS = 120;
/** ext4 and APFS count bytes (255 max); 120 emoji would be 480 bytes. */
const MAX_NAME_BYTES = 240;

/** Windows device names, reserved with any extension ("con.txt") and with superscript digits. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const utf8Length = (s: string): number => {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
};

const trimEnds = (s: string): string => s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');

/**
 * `title` made safe as a file name, with `ext` ("md", "docx") appended.
 * Reserved characters become "-" or disappear, control and invisible
 * direction characters are dropped, the result is NFC (macOS would otherwise
 * decompose accents), has no leading or trailing dots or spaces, is not a
 * Windows device name, and is at most 120 characters and 240 UTF-8 bytes.
 */
export function safeFileName(title: string, ext: string, fallback = 'plenary-export'): string {
  const safeExt = ext.replace(/^\.+/, '').toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 10);
  const suffix = safeExt ? `.${safeExt}` : '';

  let base = title
    .normalize('NFC')
    // Lone surrogates cannot be encoded as UTF-8 names.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    // Bidi overrides can disguise an extension ("txt.exe" shown reversed); zero-width marks hide text.
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[/\\:|]/g, '-')
    .replace(/[<>"?*]/g, '')
    .replace(/\s+/g, ' ');
  base = trimEnds(base);

  const limitChars = MAX_NAME_CHARS - suffix.length;
  const limitBytes = MAX_NAME_BYTES - suffix.length;
  const points = [...base];
  if (points.length > limitChars || utf8Length(base) > limitBytes) {
    let kept = points.slice(0, limitChars);
    while (utf8Length(kept.join('')) > limitBytes) kept = kept.slice(0, -1);
    base = trimEnds(kept.join(''));
  }

  if (!base) base = fallback;
  const stem = base.split('.')[0] ?? '';
  if (RESERVED.test(stem.trim())) base = `_${base}`;
  return base + suffix;
}
