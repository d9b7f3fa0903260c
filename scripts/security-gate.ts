/**
 * Security gate: runs Electronegativity over the app's code (main/, preload/,
 * renderer/ scanned together so its global checks see the whole app) and fails
 * on any HIGH or MEDIUM finding that `security-allowlist.json` does not cover.
 *
 *   node node_modules/tsx/dist/cli.mjs scripts/security-gate.ts
 *
 * Electronegativity always exits 0, so the gate reads its findings itself. It
 * uses the programmatic runner rather than the CLI because the SARIF it writes
 * drops each finding's severity (SARIF `level` only says "note" for manual
 * review, "warning" otherwise).
 *
 * The runner is NOT asked to write its report: it writes it with an
 * un-awaited fs.writeFile, so it returned while the file was still being
 * written, and removing the temp folder then failed now and then
 * (ENOTEMPTY) and left folders behind. The gate writes the SARIF report
 * itself, synchronously, to out/security/electronegativity.sarif, and removes
 * its temp copy of the app in a `finally`, whatever happens.
 *
 * The network-only check (Electron release notes from GitHub) is excluded:
 * the app builds offline and the version is pinned.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

export const SCANNED_DIRS = ['main', 'preload', 'renderer'] as const;
export const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
/** Needs api.github.com; meaningless offline and for a pinned Electron. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  rule: string;
  /** Path relative to the repo root with forward slashes; '' for app-wide (global) findings. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
}

const AllowlistEntry = z
  .object({
    rule: z.string().regex(/^[A-Z0-9_]+$/, 'rule must be an Electronegativity check id, e.g. SANDBOX_JS_CHECK'),
    /** Repo-relative file; '' (or omitted never: it is required) for app-wide findings. */
    file: z.string(),
    /** Optional: pin to one line; otherwise the entry covers every hit of the rule in the file. */
    line: z.number().int().positive().optional(),
    reason: z.string().trim().min(10, 'every allowlist entry needs a reviewed reason'),
  })
  .strict();

export const Allowlist = z
  .object({
    $comment: z.string().optional(),
    entries: z.array(AllowlistEntry),
  })
  .strict();
export type Allowlist = z.infer<typeof Allowlist>;
export type AllowlistEntry = z.infer<typeof AllowlistEntry>;

/** Parse and validate the allowlist; throws a readable error listing every bad entry. */
export function parseAllowlist(json: string): Allowlist {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`security-allowlist.json is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = Allowlist.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`security-allowlist.json is invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function entryCovers(entry: AllowlistEntry, f: Finding): boolean {
  return entry.rule === f.rule && entry.file === f.file && (entry.line === undefined || entry.line === f.line);
}

export interface GateResult {
  blocking: Finding[];
  allowed: Finding[];
  ignored: Finding[];
  unusedEntries: AllowlistEntry[];
}

export function evaluate(findings: Finding[], allowlist: Allowlist): GateResult {
  const result: GateResult = { blocking: [], allowed: [], ignored: [], unusedEntries: [] };
  const used = new Set<AllowlistEntry>();
  for (const f of findings) {
    if (!BLOCKING_SEVERITIES.has(f.severity)) {
      result.ignored.push(f);
      continue;
    }
    const entry = allowlist.entries.find((e) => entryCovers(e, f));
    if (entry) {
      used.add(entry);
      result.allowed.push(f);
    } else {
      result.blocking.push(f);
    }
  }
  result.unusedEntries = allowlist.entries.filter((e) => !used.has(e));
  return result;
}

export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}:${f.line}:${f.column}` : '(app-wide)';
  return `${where}  ${f.rule}  [${f.severity}/${f.confidence}]  ${f.description}`;
}

/** The shape of the runner's issues that the gate relies on (validated, the runner is untyped). */
const RunnerIssue = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }),
  severity: z.object({ name: z.string() }),
  confidence: z.object({ name: z.string() }),
  description: z.unknown(),
});
const RunnerResult = z.object({ issues: z.array(RunnerIssue), errors: z.array(z.unknown()) });

/** Issues carry paths relative to the scanned copy, which mirrors the repo layout. */
export function toFinding(issue: z.infer<typeof RunnerIssue>): Finding {
  const file = issue.file.replace(/\\/g, '/');
  const global = file === '' || file === 'N/A' || file.startsWith('file://') || file === '.';
  return {
    rule: issue.id,
    file: global ? '' : file,
    line: issue.location.line,
    column: issue.location.column,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    description: typeof issue.description === 'string' ? issue.description : JSON.stringify(issue.description),
  };
}

/** A SARIF 2.1.0 report of the findings, with each finding's severity and confidence kept as properties. */
export function toSarif(findings: Finding[]): string {
  const level = (f: Finding) => (BLOCKING_SEVERITIES.has(f.severity) ? 'error' : 'note');
  const results = findings.map((f) => ({
    ruleId: f.rule,
    level: level(f),
    message: { text: f.description },
    ...(f.file
      ? { locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column + 1) } } }] }
      : {}),
    properties: { severity: f.severity, confidence: f.confidence },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Electronegativity', informationUri: 'https://github.com/doyensec/electronegativity' } }, results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * Scans `dirs` of `repoRoot` (a temp copy, removed before returning or
 * throwing). The runner's packages are resolved from this script's project.
 */
export async function scan(repoRoot: string, dirs: readonly string[] = SCANNED_DIRS): Promise<{ findings: Finding[]; errors: unknown[] }> {
  const require = createRequire(import.meta.url);
  const pkgDir = resolve(require.resolve('@doyensec/electronegativity/package.json'), '..');
  // Its own i18n bootstrap downloads translations; configure the bundled English ones instead (offline, instant).
  const pkgRequire = createRequire(join(pkgDir, 'package.json'));
  const i18n = pkgRequire('i18n') as { configure(o: object): void; setLocale(l: string): void };
  // The runner starts by fetching translations from GitHub (got, two retries: about 3 s per scan offline, and a
  // network call the gate must not make). Its i18n module is pre-loaded with one that only uses the bundled
  // English strings, which runQuietly configures; the scan itself is untouched.
  const i18nModule = pkgRequire.resolve('./dist/locales/i18n.js');
  if (!require.cache[i18nModule]) {
    const offline = () => Promise.resolve();
    require.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: Object.assign(offline, { default: offline }) } as NodeJS.Module;
  }
  const run = require(join(pkgDir, 'dist/runner.js')) as (opts: object, forCli: boolean) => Promise<unknown>;
  const electronVersion = (require('electron/package.json') as { version: string }).version;

  const work = mkdtempSync(join(tmpdir(), 'plenary-security-'));
  try {
    const input = join(work, 'app');
    for (const dir of dirs) cpSync(join(repoRoot, dir), join(input, dir), { recursive: true });
    const raw = await runQuietly(run, i18n, pkgDir, input, electronVersion);
    const parsed = RunnerResult.parse(raw);
    return { findings: parsed.issues.map(toFinding), errors: parsed.errors };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runQuietly(
  run: (opts: object, forCli: boolean) => Promise<unknown>,
  i18n: { configure(o: object): void; setLocale(l: string): void },
  pkgDir: string,
  input: string,
  electronVersion: string,
): Promise<unknown> {
  // The tool chats on stdout (translation download attempt, progress): keep the gate's output clean.
  const log = console.log;
  const warn = console.warn;
  console.log = () => {};
  console.warn = () => {};
  try {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: join(pkgDir, 'dist/locales'),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
    return await run(
      {
        input,
        // No output file: see the header (the runner's write is not awaited).
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const repoRoot = resolve(import.meta.dirname, '..');
  let allowlist: Allowlist;
  try {
    allowlist = parseAllowlist(readFileSync(join(repoRoot, 'security-allowlist.json'), 'utf8'));
  } catch (e) {
    console.error(`security gate: ${(e as Error).message}`);
    return 1;
  }
  const { findings, errors } = await scan(repoRoot);
  const sarif = join(repoRoot, 'out/security/electronegativity.sarif');
  mkdirSync(dirname(sarif), { recursive: true });
  writeFileSync(sarif, toSarif(findings));
  if (errors.length > 0) {
    console.error(`security gate: Electronegativity could not parse ${errors.length} file(s):`);
    for (const e of errors) console.error(`  ${JSON.stringify(e)}`);
    return 1;
  }
  const r = evaluate(findings, allowlist);
  for (const e of r.unusedEntries) {
    console.warn(`security gate: allowlist entry matches nothing any more, remove it: ${e.rule} ${e.file || '(app-wide)'}`);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.blocking.length > 0) {
    console.error(`security gate: FAILED, ${r.blocking.length} HIGH/MEDIUM finding(s) not in security-allowlist.json:`);
    for (const f of r.blocking) console.error(`  ${formatFinding(f)}`);
    console.error(`(full report: ${sarif})`);
    return 1;
  }
  console.log(
    `security gate: OK, ${findings.length} finding(s): 0 blocking, ${r.allowed.length} allowlisted, ${r.ignored.length} low/informational (${secs}s); report: ${sarif}`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`security gate: crashed: ${(e as Error).stack ?? String(e)}`);
      process.exit(1);
    },
  );
}
