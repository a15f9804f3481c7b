// schema/deploy.schema.json and the deploy vocabulary must agree, and configs must read as users write them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/load.js';
import { ConfigurationError } from '../../src/core/errors.js';
import {
  COLORS,
  DEPLOY_CONFIG_KEYS,
  ENVIRONMENT_CONFIG_KEYS,
  ROUTER_TYPES,
  type EnvironmentSettings,
} from '../../src/deploy/settings.js';

type Node = {
  properties?: Record<string, Node>;
  definitions?: Record<string, Node>;
  enum?: string[];
  required?: string[];
};
const schema = JSON.parse(readFileSync(new URL('../../schema/deploy.schema.json', import.meta.url), 'utf8')) as Node;
const sorted = (values: readonly string[]): string[] => [...values].sort();
const definition = (name: string): Node => schema.definitions![name]!;

describe('schema/deploy.schema.json', () => {
  it('has exactly the keys of the deploy section and of an environment', () => {
    expect(sorted(Object.keys(schema.properties!))).toEqual(sorted(DEPLOY_CONFIG_KEYS));
    expect(sorted(Object.keys(definition('environment').properties!))).toEqual(sorted(ENVIRONMENT_CONFIG_KEYS));
  });
  it('offers exactly the router types and colours the engine knows', () => {
    expect(sorted(definition('router').properties!.type!.enum!)).toEqual(sorted(ROUTER_TYPES));
    expect(sorted(definition('colorMap').required!)).toEqual(sorted(COLORS));
  });
});

const HAPROXY = `
deploy:
  environments:
    production:
      router: { type: haproxy, socket: /run/haproxy/admin.sock, backend: app, servers: { blue: app_blue, green: app_green } }
      colors: { blue: "http://10.0.0.5:8080", green: "http://10.0.0.6:8080" }
      deploy: ./deploy.sh
      health:
        checks: [{ path: /healthz, status: 200, body: ok }]
        deadline: 90s
        backoff: { initial: 100ms, max: 2s }
      soak: { duration: 2m, interval: 2s, success-rate: 99.5, p95: 300ms }
      keep-warm: 15m
      scale-down: ./scale-down.sh
`;

function environment(text: string, name = 'production'): EnvironmentSettings {
  return parseSettings(text, '.github/shipgate.yml').deploy.environments[name]!;
}

function problems(text: string): string {
  try {
    parseSettings(text, '.github/shipgate.yml');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
  return '';
}

describe('deploy settings from the config', () => {
  it('reads an environment with durations, defaults and GitHub flags', () => {
    expect(environment(HAPROXY)).toMatchObject({
      router: { type: 'haproxy', socket: '/run/haproxy/admin.sock', servers: { blue: 'app_blue' }, timeoutMs: 10_000 },
      health: {
        checks: [{ path: '/healthz', status: 200, body: 'ok' }],
        deadlineMs: 90_000,
        initialDelayMs: 100,
        maxDelayMs: 2000,
      },
      soak: { durationMs: 120_000, intervalMs: 2000, successRate: 99.5, p95Ms: 300 },
      keepWarmMs: 900_000,
      scaleDown: './scale-down.sh',
      production: true,
      transient: false,
      requireQualityGate: false,
      deployTimeoutMs: 1_800_000,
    });
  });

  it('places mistakes at their line and column and says what was expected', () => {
    const text = HAPROXY.replace('deadline: 90s', 'deadline: 90 seconds').replace(
      'backend: app,',
      'backend: app, weight: 3,',
    );
    const message = problems(text);
    expect(message).toContain(
      '.github/shipgate.yml:10:19: deploy.environments.production.health.deadline must be a duration such as 500ms, 2s, 5m or 1h',
    );
    expect(message).toMatch(
      /\.github\/shipgate\.yml:5:\d+: unknown key "weight" in deploy\.environments\.production\.router/,
    );
    expect(message).not.toMatch(/must match "then" schema/);
  });

  it('requires what each router needs', () => {
    const nginx = HAPROXY.replace(/router: .*\n/, 'router: { type: nginx, upstream: app }\n');
    expect(problems(nginx)).toMatch(/router is missing the required key "upstream-file"/);
    const unknown = HAPROXY.replace(/router: .*\n/, 'router: { type: traefik }\n');
    expect(problems(unknown)).toMatch(/router\.type must be one of: haproxy, nginx, kubernetes, command/);
  });

  it('expects status 200 of a health check that names none', () => {
    const text = HAPROXY.replace('checks: [{ path: /healthz, status: 200, body: ok }]', 'checks: [{ path: /healthz }]');
    expect(environment(text).health.checks).toEqual([{ path: '/healthz', status: 200 }]);
  });

  it('defaults the Kubernetes namespace and selector label', () => {
    const kube = HAPROXY.replace(/router: .*\n/, 'router: { type: kubernetes, service: web }\n');
    expect(environment(kube).router).toEqual({
      type: 'kubernetes',
      service: 'web',
      namespace: 'default',
      label: 'color',
      timeoutMs: 10_000,
    });
  });
});
