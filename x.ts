import { Corpus } from './main/services/corpus';
import { prepareImport } from './common/export/import';
import { parseUntrustedJson } from './common/export/json-guard';
const corpus = new Corpus('corpus/out');
const docs = new Map(corpus.list().map((e) => [e.id, corpus.get(e.id)]));
const text = docs.get('a-68-370')!.blocks.map((b) => b.text).join('\n\n');
console.log('doc chars', text.length);
const items: unknown[] = []; let size = 0;
const note = 'Observation de la délégation sur ce passage. '.repeat(22);
for (let i = 0; size < 20 * 1024 * 1024 - 2048; i++) { const start = (i * 997) % (text.length - 80); const exact = text.slice(start, start + 40 + (i % 40));
  const item = { type: 'Annotation', id: `urn:uuid:10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, body: { type: 'TextualBody', value: `${note}${i}` }, target: { source: 'urn:plenary:doc:a-68-370', selector: [{ type: 'TextQuoteSelector', exact }] } };
  size += JSON.stringify(item).length + 1; items.push(item); }
const data = JSON.stringify({ type: 'AnnotationCollection', items });
let t = Date.now(); parseUntrustedJson(data); console.log('parse+guard', Date.now() - t);
t = Date.now(); const p = prepareImport(data, { docs, existing: [] }); console.log('prepare', Date.now() - t);
if (p.ok) { t = Date.now(); p.planner.step(Infinity); console.log('plan', Date.now() - t); const r = p.planner.result(); console.log(r.ok && r.plan.toAdd.length, r.ok && r.plan.items.filter(i=>i.status==='unplaceable').slice(0,2)); }
