/* global fetch, AbortSignal */
// The demo's (and the tests') deploy command: tells the colour's app instance (SHIPGATE_COLOR_URL) which commit it now runs and
// how to behave. Usage: node deploy-app.mjs [healthy|unhealthy|degrade] [healthyFor]
const [mode = 'healthy', healthyFor = '0'] = process.argv.slice(2);
const url = new URL('/__deploy', process.env.SHIPGATE_COLOR_URL);
const body = JSON.stringify({ sha: process.env.SHIPGATE_SHA, mode, healthyFor: Number(healthyFor) });
const response = await fetch(url, { method: 'POST', body, signal: AbortSignal.timeout(5000) });
console.log(`deployed ${process.env.SHIPGATE_REF} to ${process.env.SHIPGATE_COLOR} (${mode}): ${response.status}`);
process.exitCode = response.ok ? 0 : 1;
