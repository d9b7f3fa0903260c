/**
 * The library as main sees it: the bundled corpus (the catalog and the
 * structured documents produced at build time by scripts/build-corpus.ts)
 * and the documents the delegate added (main/library/store.ts). One answer
 * for both, so nothing above this needs to know where a document came from.
 * Documents are read from disk on first use and then kept; nothing is
 * re-ingested at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CatalogEntrySchema, type CatalogEntry, type StructuredDocument } from '../../common/model';
import { UserError } from '../../common/result';
import type { LibraryStore } from '../library/store';
import { currentShard } from '../library/shard-upgrade';

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
  private readonly addedDocs = new Map<string, { entry: CatalogEntry; doc: StructuredDocument }>();
  readonly manifest: Manifest;

  constructor(
    readonly dir: string,
    /** The added documents; absent when only the bundled corpus is served. */
    readonly added: LibraryStore | null = null,
  ) {
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

  private bundled(id: string) {
    return this.manifest.documents.find((d) => d.entry.id === id);
  }

  list(): CatalogEntry[] {
    const bundled = this.manifest.documents.map((d) => d.entry);
    return this.added ? [...bundled, ...this.added.entries()] : bundled;
  }

  has(id: string): boolean {
    return this.bundled(id) !== undefined || this.added?.entry(id) !== undefined;
  }

  /** The catalog entry of one document, without reading the document. */
  entry(id: string): CatalogEntry | undefined {
    return this.bundled(id)?.entry ?? this.added?.entry(id);
  }

  get(id: string): StructuredDocument {
    const cached = this.docs.get(id);
    if (cached) return cached;
    const item = this.bundled(id);
    if (item) {
      const doc = JSON.parse(readFileSync(join(this.dir, item.doc), 'utf8')) as StructuredDocument;
      this.docs.set(id, doc);
      return doc;
    }
    const entry = this.added?.entry(id);
    if (!entry) throw new UserError(`There is no document "${id}" in the library.`);
    // Cached with the entry it was made from: a corrected entry is a new object, so it makes a new document.
    const hit = this.addedDocs.get(id);
    if (hit && hit.entry === entry) return hit.doc;
    const { blocks, footnotes } = this.added!.body(id);
    const doc: StructuredDocument = { ...entry, blocks, footnotes };
    this.addedDocs.set(id, { entry, doc });
    return doc;
  }

  all(): StructuredDocument[] {
    return this.list().map((e) => this.get(e.id));
  }

  readIndexShard(id: string): unknown {
    const item = this.bundled(id);
    if (item) return JSON.parse(readFileSync(join(this.dir, item.index), 'utf8'));
    if (this.added?.entry(id)) return currentShard(this.added, id);
    throw new UserError(`There is no document "${id}" in the library.`);
  }
}
