// Users and the GitHub Actions app, as GitHub renders them inside other objects.
import type { UserRecord } from '../records.js';
import type { Urls } from '../urls.js';

/** GitHub's legacy node ids are base64 of "<length>:<Type><id>"; clients treat them as opaque. */
export function nodeId(type: string, id: number): string {
  const text = `${type}${id}`;
  return Buffer.from(`0${text.length}:${text}`).toString('base64');
}

export function simpleUser(user: UserRecord, urls: Urls): Record<string, unknown> {
  const api = urls.userApi(user.login);
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'Bot' : user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: urls.userHtml(user.login),
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const GITHUB_ORG: UserRecord = { login: 'github', id: 9919, type: 'Organization' };

/** The app that owns check runs made with GITHUB_TOKEN. */
export function githubActionsApp(urls: Urls): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    owner: simpleUser(GITHUB_ORG, urls),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: 'https://github.com/apps/github-actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'pull_request', 'push', 'status'],
  };
}
