/** Deploy's vocabulary and settings: colours, routers, health, soak, per environment; raw config → typed. */
import { parseDuration } from './duration.js';

export const COLORS = ['blue', 'green'] as const;
export type Color = (typeof COLORS)[number];

export function otherColor(color: Color): Color {
  return color === 'blue' ? 'green' : 'blue';
}

export const ROUTER_TYPES = ['haproxy', 'nginx', 'kubernetes', 'command'] as const;
export type RouterType = (typeof ROUTER_TYPES)[number];

export interface HaproxyRouterSettings {
  type: 'haproxy';
  /** the admin socket: a Unix socket path, or host:port for a TCP stats socket */
  socket: string;
  backend: string;
  /** the server name of each colour in the backend */
  servers: Record<Color, string>;
  timeoutMs: number;
}

export interface NginxRouterSettings {
  type: 'nginx';
  /** the file shipgate writes, included by the nginx config, holding `upstream <name> { … }` */
  upstreamFile: string;
  upstream: string;
  /** host:port of each colour */
  servers: Record<Color, string>;
  /** the nginx binary and, when not the default, its main config file (`-c`) */
  binary: string;
  config?: string;
  timeoutMs: number;
}

export interface KubernetesRouterSettings {
  type: 'kubernetes';
  namespace: string;
  service: string;
  /** the selector key whose value is the colour */
  label: string;
  /** a kubeconfig file; without one, KUBECONFIG, ~/.kube/config, then in-cluster credentials */
  kubeconfig?: string;
  context?: string;
  timeoutMs: number;
}

export interface CommandRouterSettings {
  type: 'command';
  /** switches traffic to SHIPGATE_TARGET_COLOR */
  switch: string;
  /** prints the colour that receives traffic */
  live: string;
  timeoutMs: number;
}

export type RouterSettings =
  HaproxyRouterSettings | NginxRouterSettings | KubernetesRouterSettings | CommandRouterSettings;

export interface HealthCheck {
  path: string;
  status: number;
  /** text the answer's body must contain */
  body?: string;
}

export interface HealthSettings {
  checks: HealthCheck[];
  timeoutMs: number;
  /** the whole wait for readiness gives up after this */
  deadlineMs: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** the circuit breaker opens after this many consecutive wrong answers */
  failureThreshold: number;
}

export interface SoakSettings {
  durationMs: number;
  intervalMs: number;
  /** percent of probes that must succeed */
  successRate: number;
  p95Ms: number;
  /** the path probed on the live colour; default the first health check's */
  path?: string;
  /** a command that prints "<success rate %> <p95 ms>" instead of shipgate's own probes */
  command?: string;
}

export interface EnvironmentSettings {
  name: string;
  router: RouterSettings;
  /** the base URL of each colour, for health checks and soak probes */
  colors: Record<Color, string>;
  /** deploys the ref to SHIPGATE_COLOR; none: the colours are deployed by other means */
  deploy?: string;
  deployTimeoutMs: number;
  health: HealthSettings;
  soak: SoakSettings;
  /** the URL users reach the environment at, shown in GitHub's Deployments tab */
  url?: string;
  production: boolean;
  transient: boolean;
  requireQualityGate: boolean;
  keepWarmMs: number;
  scaleDown?: string;
}

export interface DeploySettings {
  environments: Record<string, EnvironmentSettings>;
}

/** How users write durations in the config ("2s", "500ms", "5m"). */
type RawDuration = string;

interface RawRouterBase {
  timeout?: RawDuration;
}

export type RawRouter = RawRouterBase &
  (
    | { type: 'haproxy'; socket: string; backend: string; servers: Record<Color, string> }
    | {
        type: 'nginx';
        'upstream-file': string;
        upstream: string;
        servers: Record<Color, string>;
        binary?: string;
        config?: string;
      }
    | { type: 'kubernetes'; namespace?: string; service: string; label?: string; kubeconfig?: string; context?: string }
    | { type: 'command'; switch: string; live: string }
  );

export interface RawHealth {
  checks?: (Omit<HealthCheck, 'status'> & { status?: number })[];
  timeout?: RawDuration;
  deadline?: RawDuration;
  backoff?: { initial?: RawDuration; max?: RawDuration };
  'failure-threshold'?: number;
}

export interface RawSoak {
  duration?: RawDuration;
  interval?: RawDuration;
  'success-rate'?: number;
  p95?: RawDuration;
  path?: string;
  command?: string;
}

export interface RawEnvironment {
  router: RawRouter;
  colors: Record<Color, string>;
  deploy?: string;
  'deploy-timeout'?: RawDuration;
  health?: RawHealth;
  soak?: RawSoak;
  url?: string;
  production?: boolean;
  transient?: boolean;
  'require-quality-gate'?: boolean;
  'keep-warm'?: RawDuration;
  'scale-down'?: string;
}

/** The `deploy:` section once validated against schema/deploy.schema.json (keys as users write them). */
export interface RawDeployConfig {
  environments?: Record<string, RawEnvironment>;
}

/** Every key of the section and of an environment, by type: the schema test checks the schema against them. */
const SECTION_KEYS: Record<keyof RawDeployConfig, true> = { environments: true };
export const DEPLOY_CONFIG_KEYS = Object.keys(SECTION_KEYS);
const ENVIRONMENT_KEYS: Record<keyof RawEnvironment, true> = {
  router: true,
  colors: true,
  deploy: true,
  'deploy-timeout': true,
  health: true,
  soak: true,
  url: true,
  production: true,
  transient: true,
  'require-quality-gate': true,
  'keep-warm': true,
  'scale-down': true,
};
export const ENVIRONMENT_CONFIG_KEYS = Object.keys(ENVIRONMENT_KEYS);

export const DEFAULTS = {
  routerTimeout: '10s',
  deployTimeout: '30m',
  health: { timeout: '2s', deadline: '2m', initial: '250ms', max: '5s', failureThreshold: 5 },
  soak: { duration: '1m', interval: '1s', successRate: 99, p95: '500ms' },
  keepWarm: '0s',
} as const;

function routerFrom(raw: RawRouter): RouterSettings {
  const timeoutMs = parseDuration(raw.timeout ?? DEFAULTS.routerTimeout);
  switch (raw.type) {
    case 'haproxy':
      return { type: 'haproxy', socket: raw.socket, backend: raw.backend, servers: raw.servers, timeoutMs };
    case 'nginx': {
      const { upstream, servers } = raw;
      const settings = { type: 'nginx', upstreamFile: raw['upstream-file'], upstream, servers, timeoutMs } as const;
      return { ...settings, binary: raw.binary ?? 'nginx', ...written({ config: raw.config }) };
    }
    case 'kubernetes': {
      const { service, kubeconfig, context } = raw;
      const where = { namespace: raw.namespace ?? 'default', label: raw.label ?? 'color' };
      return { type: 'kubernetes', service, ...where, timeoutMs, ...written({ kubeconfig, context }) };
    }
    case 'command':
      return { type: 'command', switch: raw.switch, live: raw.live, timeoutMs };
  }
}

function healthFrom(raw: RawHealth = {}): HealthSettings {
  const d = DEFAULTS.health;
  return {
    checks: (raw.checks ?? [{ path: '/' }]).map((check) => ({ ...check, status: check.status ?? 200 })),
    timeoutMs: parseDuration(raw.timeout ?? d.timeout),
    deadlineMs: parseDuration(raw.deadline ?? d.deadline),
    initialDelayMs: parseDuration(raw.backoff?.initial ?? d.initial),
    maxDelayMs: parseDuration(raw.backoff?.max ?? d.max),
    failureThreshold: raw['failure-threshold'] ?? d.failureThreshold,
  };
}

function soakFrom(raw: RawSoak = {}): SoakSettings {
  const d = DEFAULTS.soak;
  return {
    durationMs: parseDuration(raw.duration ?? d.duration),
    intervalMs: parseDuration(raw.interval ?? d.interval),
    successRate: raw['success-rate'] ?? d.successRate,
    p95Ms: parseDuration(raw.p95 ?? d.p95),
    ...(raw.path === undefined ? {} : { path: raw.path }),
    ...(raw.command === undefined ? {} : { command: raw.command }),
  };
}

/** Keeps only the optional settings that were written, so absent ones stay absent. */
function written<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function environmentFrom(name: string, raw: RawEnvironment): EnvironmentSettings {
  return {
    name,
    router: routerFrom(raw.router),
    colors: raw.colors,
    deployTimeoutMs: parseDuration(raw['deploy-timeout'] ?? DEFAULTS.deployTimeout),
    health: healthFrom(raw.health),
    soak: soakFrom(raw.soak),
    production: raw.production ?? name === 'production',
    transient: raw.transient ?? false,
    requireQualityGate: raw['require-quality-gate'] ?? false,
    keepWarmMs: parseDuration(raw['keep-warm'] ?? DEFAULTS.keepWarm),
    ...written({ deploy: raw.deploy, url: raw.url, scaleDown: raw['scale-down'] }),
  };
}

/** Resolves the validated `deploy:` section; an environment is only what the config describes. */
export function deploySettingsFrom(raw: RawDeployConfig = {}): DeploySettings {
  const entries = Object.entries(raw.environments ?? {}).map(([name, env]) => [name, environmentFrom(name, env)]);
  return { environments: Object.fromEntries(entries) as Record<string, EnvironmentSettings> };
}
