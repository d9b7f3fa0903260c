/**
 * The W3C Web Annotation test suite's assertions (draft-04 JSON Schemas in
 * ../shared/validators/web-annotation), loaded into Ajv 8. Ajv speaks
 * draft-06+, so each schema is lifted: `id` → `$id`, `$schema` dropped, and
 * draft-04's boolean exclusiveMinimum/Maximum turned into the numeric form.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** `../shared/validators` beside the checkout (a worktree may sit one level deeper). */
export const W3C_DIR =
  [path.join(ROOT, '../shared/validators/web-annotation'), path.join(ROOT, '../../shared/validators/web-annotation')].find((d) =>
    existsSync(path.join(d, 'definitions')),
  ) ?? path.join(ROOT, '../shared/validators/web-annotation');
/** The validators live beside the project; say so clearly where they are absent. */
export const W3C_PRESENT = existsSync(path.join(W3C_DIR, 'definitions'));

function lift(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(lift);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === '$schema') continue;
    if (k === 'id' && typeof v === 'string' && v.endsWith('.json')) out.$id = v;
    else if ((k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') {
      const bound = k === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (v && typeof o[bound] === 'number') out[k] = o[bound];
    } else out[k] = lift(v);
  }
  if (typeof out.exclusiveMinimum === 'number') delete out.minimum;
  if (typeof out.exclusiveMaximum === 'number') delete out.maximum;
  return out;
}

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

export interface Assertion {
  file: string;
  level: string;
  message: string;
  validate: ValidateFunction;
}

let ajv: Ajv | undefined;
function engine(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, validateSchema: false, allErrors: false });
  // ajv-formats is CommonJS: its default export arrives wrapped in ESM.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;
  addFormats(ajv);
  const defs = path.join(W3C_DIR, 'definitions');
  for (const f of readdirSync(defs).filter((n) => n.endsWith('.json'))) ajv.addSchema(lift(readJson(path.join(defs, f))) as object);
  return ajv;
}

/** Every assertion a `.test` file lists (e.g. "annotations/annotationMusts.test"). */
export function assertionsOf(testFile: string): Assertion[] {
  const list = readJson(path.join(W3C_DIR, testFile)).assertions as string[];
  return list.map((rel) => {
    const raw = readJson(path.join(W3C_DIR, rel));
    const schema = lift(raw) as Record<string, unknown>;
    const id = String(schema.$id);
    const a = engine();
    const validate = a.getSchema(id) ?? a.compile(schema);
    return { file: rel, level: String(raw.assertionType), message: String(raw.errorMessage), validate };
  });
}

/** One assertion file by path (e.g. a "may" one the export means to meet). */
export function assertion(rel: string): Assertion {
  const raw = readJson(path.join(W3C_DIR, rel));
  const schema = lift(raw) as Record<string, unknown>;
  const a = engine();
  const validate = a.getSchema(String(schema.$id)) ?? a.compile(schema);
  return { file: rel, level: String(raw.assertionType), message: String(raw.errorMessage), validate };
}

/** The assertions an object fails, by file name, with their message. */
export function failures(list: Assertion[], value: unknown): string[] {
  return list.filter((a) => a.validate(value) !== (true as boolean)).map((a) => `${a.file}: ${a.message}`);
}
