import fs from 'node:fs';
const spec = JSON.parse(fs.readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json','utf8'));
const S = spec.components.schemas;
function show(name){ const s=S[name]; const props = s.properties||{}; console.log(`\n## ${name} required=${JSON.stringify(s.required)}`);
 for (const r of s.required||[]) { const p = props[r]; console.log('  ', r, JSON.stringify(p).replace(/"description":"[^"]*",?/g,'').replace(/"example":("[^"]*"|[^,}]*),?/g,'').slice(0,160)); } }
for (const n of process.argv.slice(2)) show(n);
