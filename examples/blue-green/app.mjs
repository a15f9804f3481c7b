// A tiny app instance: one colour of a service, for the demo and the deploy tests. GET /healthz answers as its mode says;
// POST /__deploy with a JSON body {"sha", "mode"} is what deploy-app.mjs (the deploy command) sends it.
// Modes: healthy; unhealthy (503 on every path); degrade (healthy for `healthyFor` requests to /, then 500).
import http from 'node:http';

const [port, color] = process.argv.slice(2);
let state = { sha: 'none', mode: 'healthy', healthyFor: 0, served: 0 };

function answer(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain', 'x-color': color });
  response.end(text);
}

function failing() {
  if (state.mode === 'unhealthy') return true;
  return state.mode === 'degrade' && state.served > state.healthyFor;
}

const server = http.createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/__deploy') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      state = { healthyFor: 0, ...JSON.parse(body), served: 0 };
      answer(response, 200, 'deployed');
    });
    return;
  }
  if (request.url === '/__state') return answer(response, 200, JSON.stringify(state));
  state.served += 1;
  if (failing()) return answer(response, request.url === '/healthz' ? 503 : 500, `${color} is failing`);
  answer(response, 200, request.url === '/healthz' ? `ok ${color} ${state.sha}` : `hello from ${color} ${state.sha}`);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
