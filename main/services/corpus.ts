/**
 * The bundled corpus as main sees it: the catalog and the structured
 * documents produced at build time (scripts/build-corpus.ts). Documents are
 * read from disk on first use and then kept; nothing is re-ingested at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CatalogEntrySchema, type CatalogEntry, type StructuredDocument } from '../../common/model';
import { UserError } from '../../common/result';

export const ManifestSchema = z.object({
  version: z.literal(1),
  documents: z.array(
    z.object({
      entry: CatalogEntrySchema,
      /** Files relative to the corpus output folder. */
      doc: z.string().regex(/^docs\/[a-z0-9-]+\.json$/),
      index: z.string().regex(/^index\/[a-z0-9-]+\.json$/),
      /** Hash of everything the build read for this document (incremental builds). */
      inputHash: z.string(),
    }),
  ),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export class Corpus {
  private readonly docs = new Map<string, StructuredDocument>();
  readonly manifest: Manifest;

  constructor(readonly dir: string) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    } catch (e) {
      throw new Error(
        `The corpus at ${dir} is missing or unreadable (${(e as Error).message}). Run "npm run build:corpus".`,
      );
    }
    this.manifest = ManifestSchema.parse(raw);
  }

  list(): CatalogEntry[] {
    return this.manifest.documents.map((d) => d.entry);
  }

  has(id: string): boolean {
    return this.manifest.documents.some((d) => d.entry.id === id);
  }

  get(id: string): StructuredDocument {
    const cached = this.docs.get(id);
    if (cached) return cached;
    const item = this.manifest.documents.find((d) => d.entry.id === id);
    if (!item) throw new UserError(`There is no document "${id}" in the library.`);
    const doc = JSON.parse(readFileSync(join(this.dir, item.doc), 'utf8')) as StructuredDocument;
    this.docs.set(id, doc);
    return doc;
  }

  all(): StructuredDocument[] {
    return this.list().map((e) => this.get(e.id));
  }

  readIndexShard(id: string): unknown {
    const item = this.manifest.documents.find((d) => d.entry.id === id);
    if (!item) throw new UserError(`There is no document "${id}" in the library.`);
    return JSON.parse(readFileSync(join(this.dir, item.index), 'utf8'));
  }
}
