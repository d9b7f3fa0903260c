/**
 * The catalog (corpus/catalog.json) is input from outside the code: validate
 * it at the boundary and say exactly what is wrong, entry by entry.
 */
import { z } from 'zod';
import { CatalogEntrySchema, type CatalogEntry } from '../model';
import { fail, ok, type Result } from '../result';

/** Parse and validate catalog JSON (already decoded): an array of entries with unique ids and sources. */
export function parseCatalog(json: unknown): Result<CatalogEntry[]> {
  const parsed = z.array(CatalogEntrySchema).safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = first.path.length > 0 ? first.path.join('.') : 'catalog';
    return fail(`catalog.json: ${where}: ${first.message}`);
  }
  const ids = new Set<string>();
  const sources = new Set<string>();
  for (const e of parsed.data) {
    if (ids.has(e.id)) return fail(`catalog.json: document id "${e.id}" appears twice`);
    if (sources.has(e.source)) return fail(`catalog.json: source "${e.source}" is used by two entries`);
    ids.add(e.id);
    sources.add(e.source);
  }
  return ok(parsed.data);
}
