import {fromMarkdown} from 'mdast-util-from-markdown';
const body = Array.from({ length: 10_000 }, (_, i) => `## Section ${i}\n\ntext ${i}\n`).join('\n');
let t=Date.now(); fromMarkdown(body); console.log('fromMarkdown', Date.now()-t);
const body2 = Array.from({ length: 1000 }, (_, i) => `## Section ${i}\n\ntext ${i}\n`).join('\n');
t=Date.now(); fromMarkdown(body2); console.log('1k', Date.now()-t);
