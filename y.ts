import { scanDepth, findForbiddenKey } from './common/export/json-guard';
const s = JSON.stringify(Array.from({length: 16000}, (_, i) => ({ a: 'Observation de la délégation sur ce passage. '.repeat(22) + i, b: [1,2,{c:'x'}] })));
console.log(s.length);
for (let k=0;k<3;k++){ let t=performance.now(); scanDepth(s); console.log('scan', performance.now()-t); t=performance.now(); const v=JSON.parse(s); console.log('parse', performance.now()-t); t=performance.now(); findForbiddenKey(v); console.log('walk', performance.now()-t);}
let t=performance.now(); try { JSON.parse('['.repeat(100000)+']'.repeat(100000)); console.log('deep ok', performance.now()-t) } catch(e) { console.log('deep fail', (e as Error).message) }
