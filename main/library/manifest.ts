/**
 * The added-documents manifest (`<dataDir>/library/manifest.json`): the only
 * file read at start-up, so the library's cost at start is one small JSON
 * parse whatever the number of documents. It lists each added document's
 * catalog entry, and remembers removed documents by content hash with the
 * annotations their removal sent to the Trash, so adding the same file again
 * brings them back under the same id.
 *
 * A manifest that cannot be read never stops the app: it is kept aside
 * (`manifest.json.corrupt-<time>`), the list is rebuilt from the entry file
 * each document folder carries, and a notice says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AddedEntrySchema, DocIdSchema } from '../../common/model';
import type { StoreNotice } from '../../common/contract';
import { moveAside } from '../store/files';
import { writeFileAtomic } from './atomic';

export const RemovedRecordSchema = z
  .object({
    id: DocIdSchema,
    contentHash: z.string().regex(/^[a-f0-9]{64}$/),
    removedAt: z.iso.datetime({ offset: true }),
    /** Annotations this removal moved to the Trash (not those already there). */
    annotationIds: z.array(z.string().max(64)).max(100_000),
  })
  .strict();
export type RemovedRecord = z.infer<typeof RemovedRecordSchema>;

export const LibraryManifestSchema = z
  .object({
    version: z.literal(1),
    documents: z.array(AddedEntrySchema).max(100_000),
    removed: z.array(RemovedRecordSchema).max(100_000),
  })
  .strict();
export type LibraryManifest = z.infer<typeof LibraryManifestSchema>;

export const MANIFEST = 'manifest.json';
/** Each document's folder under `docs/` holds a copy of its entry, for rebuilding a lost manifest. */
export const ENTRY_FILE = 'entry.json';

const empty = (): LibraryManifest => ({ version: 1, documents: [], removed: [] });

function describe(e: unknown): string {
  if (e instanceof z.ZodError) {
    const i = e.issues[0]!;
    return `${i.path.join('.') || 'manifest'}: ${i.message}`;
  }
  return (e as Error).message;
}

/** Rebuilds the document list from the folders' entry files (a folder whose entry is unreadable is left as is). */
function rebuild(docsDir: string): LibraryManifest {
  const m = empty();
  if (!fs.existsSync(docsDir)) return m;
  for (const name of fs.readdirSync(docsDir).sort()) {
    try {
      const entry = AddedEntrySchema.parse(JSON.parse(fs.readFileSync(path.join(docsDir, name, ENTRY_FILE), 'utf8')));
      if (entry.id === name) m.documents.push(entry);
    } catch {
      // Not a complete document folder: it stays on disk, untouched.
    }
  }
  return m;
}

/** Reads the manifest; a missing one is an empty library, a bad one is kept aside and rebuilt. */
export function readManifest(dir: string, notices: StoreNotice[], now: () => Date): LibraryManifest {
  const file = path.join(dir, MANIFEST);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return empty();
    text = '';
  }
  try {
    return LibraryManifestSchema.parse(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    const aside = moveAside(file, now());
    const rebuilt = rebuild(path.join(dir, 'docs'));
    writeManifest(dir, rebuilt);
    notices.push({
      docId: null,
      file: `library/${MANIFEST}`,
      message:
        `The list of added documents could not be read (${describe(e)}). It was kept as ${path.basename(aside)} ` +
        `and rebuilt from the document folders: ${rebuilt.documents.length} added document(s) found.`,
    });
    return rebuilt;
  }
}

export function writeManifest(dir: string, m: LibraryManifest): void {
  writeFileAtomic(path.join(dir, MANIFEST), `${JSON.stringify(m, null, 1)}\n`);
}
