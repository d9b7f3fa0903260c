/**
 * Where an imported annotation points, and who wrote it: the small
 * decisions that let files from other Web Annotation tools land on our
 * documents.
 */
import { DOC_URN, ANNOTATION_URN } from './webanno';

const DOC_ID = /^[a-z0-9][a-z0-9-]*$/;
const ANNOTATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The known document a target source names: `urn:plenary:doc:<id>`, a URL
 * whose fragment is `#/doc/<id>`, or a URL/path whose last segment is the id
 * (with or without one file extension).
 */
export function resolveDocId(source: string, known: ReadonlyMap<string, unknown>): string | null {
  const s = source.trim();
  const candidates: string[] = [];
  if (s.startsWith(DOC_URN)) candidates.push(s.slice(DOC_URN.length));
  const frag = /#\/doc\/([^/?#]+)/.exec(s);
  if (frag?.[1]) candidates.push(safeDecode(frag[1]));
  const path = s.replace(/[?#].*$/s, '').replace(/\/+$/, '');
  const last = safeDecode(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1));
  candidates.push(last, last.replace(/\.[A-Za-z0-9]{1,5}$/, ''));
  for (const c of candidates) if (DOC_ID.test(c) && known.has(c)) return c;
  return null;
}

/** FNV-1a over the key, 2 × 32 bits: a stable id for annotations that bring none we can use. */
function stableHash(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Our id for an imported annotation: its own when usable, else one derived from what it marks. */
export function importedId(rawId: string | undefined, placeKey: string): string {
  if (rawId) {
    const s = rawId.trim();
    const tail = s.startsWith(ANNOTATION_URN)
      ? s.slice(ANNOTATION_URN.length)
      : s.startsWith('urn:uuid:')
        ? s.slice('urn:uuid:'.length)
        : /^[a-z][a-z0-9+.-]*:/i.test(s)
          ? s.replace(/[?#].*$/s, '').replace(/\/+$/, '').split(/[/:]/).pop() ?? ''
          : s;
    if (ANNOTATION_ID.test(tail)) return tail;
  }
  return `imp-${stableHash(placeKey)}`;
}

/**
 * A Hypothesis account (`acct:name@host`) as the person's name: the part
 * before the host. Applied wherever a name arrives (`user`, a `creator`
 * string, a Person's name or id), so one colleague is one author.
 */
export function normalizeAccount(name: string): string {
  const m = /^acct:([^@]+)@[^@]+$/i.exec(name.trim());
  return m?.[1] ?? name;
}

/** A person's name from a W3C `creator` (string, Person, or a list) or a Hypothesis `user`. */
export function authorOf(creator: unknown, user: unknown): string {
  const first = Array.isArray(creator) ? creator[0] : creator;
  let name = '';
  if (typeof first === 'string') name = first;
  else if (first && typeof first === 'object') {
    const o = first as Record<string, unknown>;
    name = [o.name, o.nickname, o.id].find((v): v is string => typeof v === 'string') ?? '';
  }
  if (!name && typeof user === 'string') name = user;
  return normalizeAccount(name).trim().slice(0, 200);
}
