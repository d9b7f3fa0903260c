/**
 * Registers Plenary's French analysis as a lunr pipeline function.
 *
 * Importing this module registers it (idempotently), which is why every
 * module that builds or loads an index imports it first: lunr refuses to load
 * a serialized index whose pipeline names an unregistered function, and a
 * function registered under the same label but doing something else would
 * silently produce different stems. The analyzer version travels in every
 * shard for that second reason.
 */
import { lunr } from './lunr-fr';
import { analyze } from './analyzer';

/** Label of the one pipeline function, as stored in serialized indexes. */
export const PIPELINE_LABEL = 'plenary-fr';

/**
 * Bumped whenever `analyze` changes what it returns for some input: shards
 * built by another version are rejected (their stems would not match).
 */
export const ANALYZER_VERSION = 'plenary-fr@1';

/**
 * lunr's tokenizer splits on white space and hyphens; this function then
 * runs the French analysis on each piece, which may yield zero ("de"), one
 * ("l’homme" → "homm") or several ("IC/2009/1") terms.
 */
function plenaryFrench(token: lunr.Token): lunr.Token[] {
  const stems = analyze(token.toString());
  return stems.map((s) => token.clone(() => s));
}

type Registry = Record<string, unknown>;

export function ensurePipelineRegistered(): void {
  const registry = (lunr.Pipeline as unknown as { registeredFunctions: Registry }).registeredFunctions;
  if (registry[PIPELINE_LABEL] === undefined) {
    lunr.Pipeline.registerFunction(plenaryFrench as unknown as lunr.PipelineFunction, PIPELINE_LABEL);
  }
}

ensurePipelineRegistered();

/** The registered function, for builders that set up their own pipelines. */
export function pipelineFunction(): lunr.PipelineFunction {
  ensurePipelineRegistered();
  const registry = (lunr.Pipeline as unknown as { registeredFunctions: Registry }).registeredFunctions;
  return registry[PIPELINE_LABEL] as lunr.PipelineFunction;
}
