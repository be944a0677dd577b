import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
if (process.argv.includes('x')) { const a = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true }); formats.default(a); }
console.log(typeof Ajv2020);
