// electron-builder.yml: fuses, packaged files, targets, icon, associations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(join(root, 'package.json'));
const yaml = require('js-yaml') as { load(s: string): unknown };
const raw = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));

const Target = z.array(z.string()).nonempty();
const Config = z.object({
  appId: z.string(),
  productName: z.string(),
  icon: z.string(),
  files: z.array(z.string()),
  asar: z.literal(true),
  extraResources: z.array(z.object({ from: z.string(), to: z.string(), filter: z.array(z.string()) })),
  fileAssociations: z.array(
    z.object({ ext: z.string(), name: z.string(), mimeType: z.string(), role: z.string(), description: z.string() }),
  ),
  electronFuses: z.record(z.string(), z.boolean()),
  linux: z.object({ target: Target, icon: z.string(), category: z.string(), maintainer: z.string() }),
  win: z.object({ target: Target, icon: z.string() }),
  mac: z.object({
    target: z.array(z.object({ target: z.string(), arch: z.array(z.string()) })).nonempty(),
    icon: z.string(),
    hardenedRuntime: z.boolean(),
  }),
});
const config = Config.parse(raw);

describe('electron-builder.yml', () => {
  it("is accepted by electron-builder's own JSON schema", () => {
    const Ajv = require('ajv') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(require('app-builder-lib/scheme.json'));
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    // And the schema does reject an unknown key, so the check above means something.
    expect(validate({ ...(raw as object), electronFusez: {} })).toBe(false);
  });

  it('flips the Electron fuses that close the Node/debug back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.plenary.reader');
    expect(config.productName).toBe('Plenary');
  });

  it('packages only the build output and package.json, without maps or TypeScript sources', () => {
    const include = config.files.filter((p) => !p.startsWith('!'));
    const exclude = config.files.filter((p) => p.startsWith('!'));
    expect(include.sort()).toEqual(['out/**', 'package.json']);
    // Nothing from the source tree: tests, sources, scripts, the raw corpus.
    for (const p of include) expect(p).not.toMatch(/^(tests|main|renderer|preload|common|scripts|corpus|bench)\b/);
    expect(exclude).toContain('!**/*.map');
    expect(exclude.some((p) => /^!out\/\*\*\/\*\.ts$|^!\*\*\/\*\.ts$/.test(p))).toBe(true);
  });

  it('ships the built corpus and its index as resources, never corpus/sources', () => {
    expect(config.extraResources).toHaveLength(1);
    const res = config.extraResources[0]!;
    expect(res).toMatchObject({ from: 'corpus/out', to: 'corpus' });
    expect(res.filter).toEqual(expect.arrayContaining(['manifest.json', 'docs/*.json', 'index/*.json']));
    expect(JSON.stringify(config.extraResources)).not.toContain('sources');
    // main/index.ts reads the packaged corpus from resourcesPath/corpus.
    expect(readFileSync(join(root, 'main/index.ts'), 'utf8')).toContain("join(process.resourcesPath, 'corpus')");
  });

  it('builds AppImage+deb, nsis and dmg, all with the app icon', () => {
    expect([...config.linux.target].sort()).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    for (const icon of [config.icon, config.linux.icon, config.win.icon, config.mac.icon]) expect(icon).toBe('build/icon.png');
  });

  it('associates Plenary annotation files on one distinct extension, which main opens', () => {
    // Windows and macOS match only the last extension: "plenary.json" would bind to ".json".
    expect(config.fileAssociations.map((f) => f.ext)).toEqual(['plenary']);
    expect(config.fileAssociations[0]).toMatchObject({ role: 'Viewer', mimeType: 'application/vnd.plenary.annotations+json' });
    const opened = readFileSync(join(root, 'main/opened-files.ts'), 'utf8');
    expect(opened).toContain("ASSOCIATED_EXTENSION = '.plenary'");
  });

  it('produces a launchable dmg on both architectures: ad-hoc signature reset after the fuses', () => {
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac.hardenedRuntime).toBe(true);
  });

  it('names the packaged app Plenary, in package.json too (data folder, About)', () => {
    // electron-builder copies package.json into the app; Electron names userData after its productName.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe(config.productName);
  });

  it('keeps the sandbox on and ships the minimal AppArmor profile for the AppImage', () => {
    const profile = readFileSync(join(root, 'build/linux/apparmor-plenary-appimage'), 'utf8');
    const rules = profile.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(rules).toContain('profile plenary-appimage /tmp/.mount_*/plenary flags=(unconfined) {');
    expect(rules.map((l) => l.trim())).toContain('userns,');
    expect(rules.filter((l) => /^\s+\w/.test(l) && !l.includes('include'))).toEqual(['  userns,']);
    for (const f of ['main/index.ts', 'package.json']) expect(readFileSync(join(root, f), 'utf8'), f).not.toContain('no-sandbox');
    expect(JSON.stringify(raw)).not.toContain('no-sandbox');
  });
});

describe('build/icon.png', () => {
  const png = readFileSync(join(root, 'build/icon.png'));

  it('is a 512×512 RGBA PNG with a transparent corner and an opaque centre', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    const [w, h, depth, colour] = [png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]];
    expect([w, h, depth, colour]).toEqual([512, 512, 8, 6]);
    // Collect IDAT chunks and look at two pixels (rows are filter-byte + 512*4, filter 0).
    const idat: Buffer[] = [];
    for (let off = 8; off < png.length; ) {
      const len = png.readUInt32BE(off);
      if (png.toString('latin1', off + 4, off + 8) === 'IDAT') idat.push(png.subarray(off + 8, off + 8 + len));
      off += 12 + len;
    }
    const pixels = inflateSync(Buffer.concat(idat));
    const stride = 1 + 512 * 4;
    expect(pixels.length).toBe(512 * stride);
    const alpha = (x: number, y: number) => pixels[y * stride + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(256, 256)).toBe(255);
  });
});
