import fs from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
let t0=performance.now();
const spec = JSON.parse(fs.readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json','utf8'));
const body = spec.paths['/repos/{owner}/{repo}/check-runs'].post.requestBody.content['application/json'].schema;
console.log('annot maxItems', body.properties.output.properties.annotations.maxItems);
function fix(o){ if (Array.isArray(o)) { for (const x of o) fix(x); return;} if (!o || typeof o!=='object') return;
  if (o.nullable===true) { if (Array.isArray(o.enum) && !o.enum.includes(null)) o.enum.push(null);
    if (!('type' in o)) { const rest={...o}; delete rest.nullable; for (const k of Object.keys(o)) delete o[k]; o.anyOf=[{type:'null'}, rest]; fix(rest); return; } }
  for (const v of Object.values(o)) fix(v); }
fix(spec.components); fix(spec.paths);
let t1=performance.now(); console.log('load+fix', t1-t0);
const ajv = new Ajv({strict:false, validateSchema:false, allErrors:true, addUsedSchema:false});
addFormats(ajv);
for (const f of ['int64','int32','double','uri-template','repo.nwo','binary']) ajv.addFormat(f, true);
ajv.addSchema(spec, 'gh');
let t2=performance.now(); console.log('addSchema', t2-t1);
const v = ajv.compile({$ref:'gh#/components/schemas/check-run'});
let t3=performance.now(); console.log('compile check-run', t3-t2);
const enc = s => encodeURIComponent(s.replace(/~/g,'~0').replace(/\//g,'~1'));
const ptr = '/paths/' + enc('/repos/{owner}/{repo}/check-runs') + '/post/requestBody/content/' + enc('application/json') + '/schema';
const vb = ajv.compile({$ref:'gh#'+ptr});
let t4=performance.now(); console.log('compile body', t4-t3);
console.log(vb({name:'x'}), vb.errors);
console.log(vb({name:'x', head_sha:'abc', output:{title:'t', summary:'s'.repeat(70000)}}), vb.errors);
console.log(v({}), v.errors?.length);
for (const s of ['pull-request','issue','deployment','deployment-status','full-repository','issue-comment','label','status','pull-request-simple','diff-entry','check-annotation']) { const a=performance.now(); ajv.compile({$ref:'gh#/components/schemas/'+s}); console.log(s, performance.now()-a); }
