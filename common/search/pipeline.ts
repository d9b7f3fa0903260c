/**
 * Registers Plenary's analyses (French, English, Spanish) as lunr pipeline
 * functions.
 *
 * Importing this module registers them (idempotently), which is why every
 * module that builds or loads an index imports it first: lunr refuses to load
 * a serialized index whose pipeline names an unregistered function, and a
 * function registered under the same label but doing something else would
 * silently produce different stems. The analyzer version travels in every
 * shard for that second reason.
 */
import { lunr } from './lunr-fr';
import { tokenize } from './analyzer';
import { analyzerFor, LANGUAGES, type Language } from './languages';

/** Label of the French pipeline function, as stored in serialized indexes. */
export const PIPELINE_LABEL = 'plenary-fr';

/** Label of a language's pipeline function. */
export const pipelineLabel = (language: Language): string => `plenary-${language}`;

/**
 * Bumped whenever an analysis changes what it returns for some input: shards
 * built by another version are rejected (their terms would not match).
 * 2: document symbols are single terms; English and Spanish analyses.
 */
export const ANALYZER_VERSION = 'plenary@2';

/** The index terms of `text` in a language (French by default). */
export function analyzeIn(text: string, language: Language): string[] {
  const a = analyzerFor(language);
  const out: string[] = [];
  for (const w of tokenize(text)) {
    const t = a.analyzeFoldedWord(w);
    if (t !== null) out.push(t);
  }
  return out;
}

/**
 * lunr's tokenizer splits on white space and hyphens; this function then
 * runs the language's analysis on each piece, which may yield zero ("de"),
 * one ("l’homme" → "homm") or several ("A/RES/71/1" → "a/res/71/1", "71/1") terms.
 */
function pipelineFor(language: Language): lunr.PipelineFunction {
  const fn = (token: lunr.Token): lunr.Token[] => analyzeIn(token.toString(), language).map((s) => token.clone(() => s));
  return fn as unknown as lunr.PipelineFunction;
}

type Registry = Record<string, unknown>;
const registry = (): Registry => (lunr.Pipeline as unknown as { registeredFunctions: Registry }).registeredFunctions;

export function ensurePipelineRegistered(): void {
  for (const language of LANGUAGES) {
    const label = pipelineLabel(language);
    if (registry()[label] === undefined) lunr.Pipeline.registerFunction(pipelineFor(language), label);
  }
}

ensurePipelineRegistered();

/** The registered function of a language, for builders that set up their own pipelines. */
export function pipelineFunction(language: Language = 'fr'): lunr.PipelineFunction {
  ensurePipelineRegistered();
  return registry()[pipelineLabel(language)] as lunr.PipelineFunction;
}
