import fs from 'node:fs';
const spec = JSON.parse(fs.readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json','utf8'));
const res = r => { while (r && r.$ref) { r = r.$ref.slice(2).split('/').reduce((o,k)=>o[k.replace(/~1/g,'/')], spec); } return r; };
const ops = [['get','/repos/{owner}/{repo}'],['get','/repos/{owner}/{repo}/pulls'],['get','/repos/{owner}/{repo}/pulls/{pull_number}'],['get','/repos/{owner}/{repo}/pulls/{pull_number}/files'],
['post','/repos/{owner}/{repo}/check-runs'],['patch','/repos/{owner}/{repo}/check-runs/{check_run_id}'],['get','/repos/{owner}/{repo}/check-runs/{check_run_id}'],['get','/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations'],['get','/repos/{owner}/{repo}/commits/{ref}/check-runs'],
['get','/repos/{owner}/{repo}/issues/{issue_number}/comments'],['post','/repos/{owner}/{repo}/issues/{issue_number}/comments'],['patch','/repos/{owner}/{repo}/issues/comments/{comment_id}'],['delete','/repos/{owner}/{repo}/issues/comments/{comment_id}'],
['get','/repos/{owner}/{repo}/issues/{issue_number}/labels'],['post','/repos/{owner}/{repo}/issues/{issue_number}/labels'],['delete','/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],['get','/repos/{owner}/{repo}/labels/{name}'],['post','/repos/{owner}/{repo}/labels'],
['post','/repos/{owner}/{repo}/statuses/{sha}'],['get','/repos/{owner}/{repo}/commits/{ref}/statuses'],
['get','/repos/{owner}/{repo}/issues'],['post','/repos/{owner}/{repo}/issues'],['get','/repos/{owner}/{repo}/issues/{issue_number}'],['patch','/repos/{owner}/{repo}/issues/{issue_number}'],
['post','/repos/{owner}/{repo}/deployments'],['get','/repos/{owner}/{repo}/deployments'],['get','/repos/{owner}/{repo}/deployments/{deployment_id}'],['post','/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],['get','/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],['get','/rate_limit']];
for (const [m,p] of ops) { const op = spec.paths[p][m];
  const params = (op.parameters||[]).map(res).map(x=>`${x.in}:${x.name}${x.required?'!':''}:${JSON.stringify(x.schema).slice(0,80)}`);
  const body = op.requestBody ? res(op.requestBody.content['application/json'].schema) : null;
  console.log(`\n${m.toUpperCase()} ${p} ${op.operationId}\n  params: ${params.join(' | ')}`);
  if (body) console.log('  body required:', JSON.stringify(body.required), 'props:', Object.keys(body.properties||{}).join(','), body.oneOf? 'ONEOF':'' );
  for (const [c, r] of Object.entries(op.responses)) { const rr=res(r); const s = rr.content?.['application/json']?.schema; console.log('  ', c, s? JSON.stringify(s).slice(0,150):'(no body)', rr.headers? Object.keys(rr.headers):''); }
}
