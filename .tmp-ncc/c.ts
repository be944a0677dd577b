import { createRequire } from 'node:module';
type AjvModule = typeof import('ajv/dist/2020.js');
function load(): AjvModule {
  // ncc (webpack) bundles a plain require() and runs it on first call; native ESM has none.
  return typeof require === 'function'
    ? (require('ajv/dist/2020.js') as AjvModule)
    : (createRequire(import.meta.url)('ajv/dist/2020.js') as AjvModule);
}
if (process.argv.includes('x')) console.log(typeof new (load().Ajv2020)({}).compile({ type: 'string' }));
else console.log('skip');
