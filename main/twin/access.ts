/**
 * Who may use the browser twin. The twin's API can read and delete every
 * note, and any local user or program can connect to 127.0.0.1, so the page
 * itself is not a credential:
 *
 * - at start the CLI prints a URL carrying a random key (`/?key=…`); only
 *   whoever can read that terminal knows it;
 * - loading that URL once exchanges the key for a session cookie (HttpOnly:
 *   page scripts cannot read it; SameSite=Strict: other sites' pages do not
 *   send it) and redirects to the same address without the key, so the key
 *   leaves the address bar; the key is then spent;
 * - API calls need that cookie AND a custom request header, which a
 *   cross-site form or image cannot send (and a cross-site fetch would need
 *   a CORS preflight the twin never grants); the server's Host/Origin checks
 *   stay in front of all this.
 *
 * Cookies are not separated by port, so the cookie's name carries the port:
 * two twins on one machine do not see each other's sessions.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header every API call must carry (the bridge sends it). */
export const REQUEST_HEADER = 'x-plenary-request';

const sameSecret = (given: string, secret: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export class Access {
  /** The one-time key; null once spent. */
  #key: string | null = randomBytes(24).toString('base64url');
  readonly #sessions = new Set<string>();
  readonly key: string;

  constructor(private readonly port: () => number) {
    this.key = this.#key!;
  }

  get cookieName(): string {
    return `plenary-session-${this.port()}`;
  }

  /** Spends the key if `given` is it; returns the Set-Cookie header value of the new session, or null. */
  exchange(given: string): string | null {
    if (this.#key === null || !sameSecret(given, this.#key)) return null;
    this.#key = null;
    const session = randomBytes(32).toString('base64url');
    this.#sessions.add(session);
    return `${this.cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** True when the request carries a live session cookie. */
  hasSession(req: IncomingMessage): boolean {
    const given = readCookie(req, this.cookieName);
    if (!given) return false;
    for (const s of this.#sessions) if (sameSecret(given, s)) return true;
    return false;
  }
}

const PAGES = {
  en: {
    lang: 'en',
    title: 'Plenary: open the address printed by the server',
    body: 'This page needs the address that <code>npm run serve</code> printed when it started (it ends with <code>?key=…</code>). Open that address in this browser. It works once; to open Plenary in another browser, restart <code>npm run serve</code>.',
  },
  fr: {
    lang: 'fr',
    title: 'Plenary : ouvrez l’adresse affichée par le serveur',
    body: 'Cette page a besoin de l’adresse que <code>npm run serve</code> a affichée au démarrage (elle se termine par <code>?key=…</code>). Ouvrez cette adresse dans ce navigateur. Elle ne sert qu’une fois ; pour ouvrir Plenary dans un autre navigateur, relancez <code>npm run serve</code>.',
  },
  es: {
    lang: 'es',
    title: 'Plenary: abra la dirección que mostró el servidor',
    body: 'Esta página necesita la dirección que <code>npm run serve</code> mostró al iniciarse (termina en <code>?key=…</code>). Abra esa dirección en este navegador. Solo sirve una vez; para abrir Plenary en otro navegador, reinicie <code>npm run serve</code>.',
  },
} as const;

/** The access page's style sheet, served at ACCESS_CSS_PATH (the CSP allows no inline style). */
export const ACCESS_CSS_PATH = '/twin-access.css';
export const ACCESS_CSS = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f7f6f2; color: #1d1f22; }
main { max-width: 38rem; margin: 12vh auto; padding: 2rem; background: #fff; border: 1px solid #d9dad6; border-radius: 8px; }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
code { background: #eeede8; padding: 0 0.25em; border-radius: 3px; }
`;

/** The small page shown to a browser without a session. */
export function accessPage(lang: 'en' | 'fr' | 'es' = 'en'): string {
  const p = PAGES[lang];
  return (
    `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${p.title}</title><link rel="stylesheet" href="${ACCESS_CSS_PATH}"></head>` +
    `<body><main><h1>${p.title}</h1><p>${p.body}</p></main></body></html>`
  );
}
