/**
 * The HTTP edges of the twin's API: the request body (bounded: an oversized
 * one gets a 413 with a message the client can read, not a reset
 * connection), the content type (exactly application/json, with at most a
 * UTF-8 charset) and the method name in the path (percent-decoded; a
 * malformed encoding is the caller's error, not the server's).
 */
import type { IncomingMessage } from 'node:http';

/** Largest API request body: an imported annotation file of up to 20 MB, JSON-encoded. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

/** A request the client got wrong: the status to answer and why. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = (limit: number) =>
  new HttpError(413, `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB; send a smaller file.`);

/**
 * Reads the body, or rejects with a 413 HttpError as soon as it passes the
 * limit (at once when Content-Length says so). The rest of an oversized body
 * is read and thrown away, so the client is still reading when the answer
 * comes and gets it instead of a reset.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return readBytes(req, limit).then((b) => b.toString('utf8'));
}

/** The body as bytes, under the same limit and with the same 413 as `readBody`. */
export function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume(); // drain
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/** Checks the Content-Type: `application/json`, optionally `; charset=utf-8`, nothing else. */
export function checkJsonContentType(header: string | undefined): void {
  const [type = '', ...params] = (header ?? '').split(';').map((s) => s.trim().toLowerCase());
  const okParams = params.every((p) => /^charset\s*=\s*"?utf-8"?$/.test(p));
  if (type !== 'application/json' || !okParams) {
    throw new HttpError(415, 'The API takes application/json bodies only (charset utf-8).');
  }
}

/** The method name of `/api/<name>`, percent-decoded. */
export function methodName(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    throw new HttpError(400, 'Bad request: the method name in the address is not valid percent-encoding.');
  }
}

/**
 * A document's bytes sent as they are (`application/octet-stream`), so the
 * page neither base64-encodes nor JSON-encodes megabytes on its thread: only
 * `addDocument` takes such a body, and its file name comes percent-encoded
 * in this header.
 */
export const FILE_NAME_HEADER = 'x-plenary-file-name';

/** Is this an upload of raw bytes (rather than a JSON call)? */
export function isOctetStream(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]!.trim().toLowerCase() === 'application/octet-stream';
}

/** The uploaded file's name, from its header; a missing or malformed one is the caller's error. */
export function uploadFileName(header: string | string[] | undefined): string {
  if (typeof header !== 'string' || header === '') throw new HttpError(400, `Bad request: an upload needs its file name in ${FILE_NAME_HEADER}.`);
  try {
    return decodeURIComponent(header);
  } catch {
    throw new HttpError(400, `Bad request: the file name in ${FILE_NAME_HEADER} is not valid percent-encoding.`);
  }
}
