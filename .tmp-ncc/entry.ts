import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export function get(): unknown {
  const m = require('ajv/dist/2020.js') as { Ajv2020: new (o: object) => { compile(s: object): unknown } };
  return new m.Ajv2020({}).compile({ type: 'string' });
}
console.log(process.argv.includes('x') ? typeof get() : 'skip');
