/**
 * Shards of added documents across an upgrade of the index format: a shard
 * left on disk by an older build (version 1: no language, no pages) is
 * rebuilt at load from the stored structured document (not the original
 * file), replaced atomically, and the document stays searchable. Real data
 * folder, real services, real search engine.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARD_VERSION } from '../../../common/search/shard';
import { isCurrentShard } from '../../../main/library/shard-upgrade';
import { add, servicesClosedAfterEach } from './services';

const { open, start } = servicesClosedAfterEach();

const SAMPLE = `# Note on cooperation for the return of migrants

1. The working group examined the quintessential arrangements for dignified return and reintegration.

2. Delegations stressed that readmission agreements must respect the rights of every returnee.
`;

describe('shard upgrade', () => {
  it('rebuilds a version-1 shard from the stored document at load; the document stays searchable', async () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'plenary-shard-upgrade-'));
    const first = await start(dir);
    const job = await add(first, 'note.md', SAMPLE);
    expect(job.state).toBe('done');
    const id = job.entry!.id;
    await open.pop()!.close();

    // What an older build left: a version-1 shard (before footnote passages, the language and pages).
    const folder = join(dir, 'library/docs', id);
    const v2 = JSON.parse(fs.readFileSync(join(folder, 'shard.json'), 'utf8')) as Record<string, unknown> & { blocks: Record<string, unknown> };
    const { language: _language, ...rest } = v2;
    const { pages: _pages, ...blocks } = v2.blocks;
    fs.writeFileSync(join(folder, 'shard.json'), JSON.stringify({ ...rest, version: 1, blocks }));
    // The stored structured document is the source of the rebuild, not the original file: a word only it has.
    const doc = JSON.parse(fs.readFileSync(join(folder, 'document.json'), 'utf8')) as { blocks: { text: string; md: string }[] };
    doc.blocks[1]!.text = doc.blocks[1]!.md = `${doc.blocks[1]!.text} Zanzibarite clause.`;
    fs.writeFileSync(join(folder, 'document.json'), JSON.stringify(doc));

    const s = await start(dir);
    const hits = await s.handlers.search('quintessential');
    expect(hits.total).toBe(1);
    expect(hits.hits[0]!.docId).toBe(id);
    expect((await s.handlers.search('zanzibarite')).hits.map((h) => h.docId)).toEqual([id]);
    // Bundled documents are still searched alongside it.
    expect((await s.handlers.search('migration')).total).toBeGreaterThan(1);

    const onDisk = JSON.parse(fs.readFileSync(join(folder, 'shard.json'), 'utf8')) as { version: number; language: string };
    expect(isCurrentShard(onDisk)).toBe(true);
    expect(onDisk.version).toBe(SHARD_VERSION);
    expect(onDisk.language).toBe('en');
    // Replaced in one step: no temporary file left beside it.
    expect(fs.readdirSync(folder).sort()).toEqual(['document.json', 'entry.json', 'original.md', 'shard.json']);
  });

  it('rebuilds a shard file that no longer parses, and leaves a current one untouched', async () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'plenary-shard-upgrade-'));
    const first = await start(dir);
    const a = (await add(first, 'note.md', SAMPLE)).entry!.id;
    const b = (await add(first, 'other.md', SAMPLE.replace('quintessential', 'paramount'))).entry!.id;
    await open.pop()!.close();
    fs.writeFileSync(join(dir, 'library/docs', a, 'shard.json'), '{"format":"plenary-search-sh');
    const untouched = fs.statSync(join(dir, 'library/docs', b, 'shard.json')).mtimeMs;

    const s = await start(dir);
    expect((await s.handlers.search('quintessential')).hits.map((h) => h.docId)).toEqual([a]);
    expect((await s.handlers.search('paramount')).hits.map((h) => h.docId)).toEqual([b]);
    expect(fs.statSync(join(dir, 'library/docs', b, 'shard.json')).mtimeMs).toBe(untouched);
  });
});
