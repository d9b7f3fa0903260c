/**
 * Added documents on disk, in `<dataDir>/library/`:
 *
 *   manifest.json              the list (see manifest.ts); the only file read at start
 *   docs/<id>/original.<ext>   the file as the delegate gave it
 *   docs/<id>/document.json    its blocks and footnotes (read on first use)
 *   docs/<id>/shard.json       its search index shard (read when search loads)
 *   docs/<id>/entry.json       a copy of its entry, to rebuild a lost manifest
 *
 * A document is written into a staging folder (`.staging-<random>`), every
 * file fsync'ed, then the folder is renamed into place and only then does the
 * manifest name it. A crash at any point leaves either no trace the app reads
 * (staging folders are removed at the next start) or the whole document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { StoreNotice } from '../../common/contract';
import type { AddedEntry, Block, Footnote } from '../../common/model';
import { UserError } from '../../common/result';
import { fsyncDir } from '../store/files';
import { writeFileAtomic } from './atomic';
import { ENTRY_FILE, readManifest, writeManifest, type LibraryManifest, type RemovedRecord } from './manifest';

export interface DocumentBody {
  blocks: Block[];
  footnotes: Footnote[];
  warnings: string[];
}

const STAGING = '.staging-';
const EXT: Record<AddedEntry['format'], string> = { pdf: 'pdf', docx: 'docx', html: 'html', markdown: 'md', text: 'txt' };
export const originalName = (e: Pick<AddedEntry, 'format'>) => `original.${EXT[e.format]}`;

export class LibraryStore {
  readonly dir: string;
  private readonly docsDir: string;
  private manifest: LibraryManifest;
  private readonly bodies = new Map<string, DocumentBody>();

  constructor(dataDir: string, readonly notices: StoreNotice[] = [], private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(dataDir, 'library');
    this.docsDir = path.join(this.dir, 'docs');
    fs.mkdirSync(this.docsDir, { recursive: true });
    this.removeLeftovers();
    this.manifest = readManifest(this.dir, notices, now);
  }

  /** Staging folders and temporary files of an interrupted add or save. */
  private removeLeftovers(): void {
    for (const name of fs.readdirSync(this.docsDir)) {
      if (name.startsWith(STAGING)) fs.rmSync(path.join(this.docsDir, name), { recursive: true, force: true });
    }
    for (const name of fs.readdirSync(this.dir)) {
      if (name.includes('.tmp-')) fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }

  entries(): readonly AddedEntry[] {
    return this.manifest.documents;
  }

  entry(id: string): AddedEntry | undefined {
    return this.manifest.documents.find((d) => d.id === id);
  }

  byHash(hash: string): AddedEntry | undefined {
    return this.manifest.documents.find((d) => d.contentHash === hash);
  }

  removedByHash(hash: string): RemovedRecord | undefined {
    return this.manifest.removed.find((r) => r.contentHash === hash);
  }

  private folder(id: string): string {
    return path.join(this.docsDir, id);
  }

  private must(id: string): AddedEntry {
    const e = this.entry(id);
    if (!e) throw new UserError(`There is no added document "${id}" in the library.`);
    return e;
  }

  private save(next: LibraryManifest): void {
    writeManifest(this.dir, next);
    this.manifest = next;
  }

  /** Stores a new document: staged, renamed into place, then named in the manifest. */
  add(entry: AddedEntry, original: Uint8Array, body: DocumentBody, shard: unknown): void {
    if (this.entry(entry.id)) throw new UserError(`A document with id "${entry.id}" is already in the library.`);
    const staging = path.join(this.docsDir, `${STAGING}${randomBytes(6).toString('hex')}`);
    fs.mkdirSync(staging);
    try {
      writeFileAtomic(path.join(staging, originalName(entry)), original);
      writeFileAtomic(path.join(staging, 'document.json'), JSON.stringify(body));
      writeFileAtomic(path.join(staging, 'shard.json'), JSON.stringify(shard));
      writeFileAtomic(path.join(staging, ENTRY_FILE), JSON.stringify(entry));
      // A folder left by a removal that crashed before deleting it is replaced.
      fs.rmSync(this.folder(entry.id), { recursive: true, force: true });
      fs.renameSync(staging, this.folder(entry.id));
      fsyncDir(this.docsDir);
    } catch (e) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw e;
    }
    try {
      this.save({
        ...this.manifest,
        documents: [...this.manifest.documents, entry],
        removed: this.manifest.removed.filter((r) => r.contentHash !== entry.contentHash),
      });
    } catch (e) {
      fs.rmSync(this.folder(entry.id), { recursive: true, force: true });
      throw e;
    }
    this.bodies.set(entry.id, body);
  }

  /** Takes a document out: the manifest first (so it is gone even if deleting files fails), then its folder. */
  remove(id: string, annotationIds: readonly string[]): AddedEntry {
    const entry = this.must(id);
    const record: RemovedRecord = { id, contentHash: entry.contentHash, removedAt: this.now().toISOString(), annotationIds: [...annotationIds] };
    this.save({
      ...this.manifest,
      documents: this.manifest.documents.filter((d) => d.id !== id),
      removed: [...this.manifest.removed.filter((r) => r.contentHash !== entry.contentHash), record],
    });
    this.bodies.delete(id);
    fs.rmSync(this.folder(id), { recursive: true, force: true });
    fsyncDir(this.docsDir);
    return entry;
  }

  /** Replaces a document's entry (corrected metadata). */
  update(next: AddedEntry): void {
    this.must(next.id);
    writeFileAtomic(path.join(this.folder(next.id), ENTRY_FILE), JSON.stringify(next));
    this.save({ ...this.manifest, documents: this.manifest.documents.map((d) => (d.id === next.id ? next : d)) });
  }

  body(id: string): DocumentBody {
    this.must(id);
    let b = this.bodies.get(id);
    if (!b) {
      b = JSON.parse(fs.readFileSync(path.join(this.folder(id), 'document.json'), 'utf8')) as DocumentBody;
      this.bodies.set(id, b);
    }
    return b;
  }

  shard(id: string): unknown {
    this.must(id);
    return JSON.parse(fs.readFileSync(path.join(this.folder(id), 'shard.json'), 'utf8'));
  }

  /** Replaces a document's shard in one step (a rebuilt index, see shard-upgrade.ts). */
  replaceShard(id: string, shard: unknown): void {
    this.must(id);
    writeFileAtomic(path.join(this.folder(id), 'shard.json'), JSON.stringify(shard));
  }

  originalPath(id: string): string {
    return path.join(this.folder(id), originalName(this.must(id)));
  }
}
