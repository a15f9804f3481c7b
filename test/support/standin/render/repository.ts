// The repository object, in its short form (inside pull requests) and its full form (GET /repos/{owner}/{repo}).
import type { StandinState } from '../state.js';
import type { Urls } from '../urls.js';
import { nodeId, simpleUser } from './users.js';

// URL templates GitHub puts in every repository object, relative to the repository's API URL.
const REPOSITORY_URL_TEMPLATES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

export function repositoryJson(state: StandinState, urls: Urls): Record<string, unknown> {
  const settings = state.repository;
  const openIssues = [...state.issues.values()].filter((issue) => issue.state === 'open').length;
  const templated = Object.fromEntries(
    Object.entries(REPOSITORY_URL_TEMPLATES).map(([key, path]) => [key, urls.repoApi + path]),
  );
  return {
    id: settings.id,
    node_id: nodeId('Repository', settings.id),
    name: state.repo,
    full_name: `${state.owner}/${state.repo}`,
    private: settings.private,
    visibility: settings.private ? 'private' : 'public',
    owner: simpleUser(state.user(state.owner), urls),
    html_url: urls.repoHtml,
    description: settings.description,
    fork: false,
    url: urls.repoApi,
    ...templated,
    ...cloneUrls(urls),
    ...repositoryCounters(openIssues),
    created_at: settings.createdAt,
    updated_at: settings.createdAt,
    pushed_at: state.now(),
    homepage: null,
    language: 'Python',
    mirror_url: null,
    license: null,
    default_branch: settings.defaultBranch,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** The full form adds counters and merge settings; GitHub answers GET /repos/{owner}/{repo} with it. */
export function fullRepositoryJson(state: StandinState, urls: Urls): Record<string, unknown> {
  return {
    ...repositoryJson(state, urls),
    network_count: 0,
    subscribers_count: 0,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
  };
}

function cloneUrls(urls: Urls): Record<string, string> {
  const host = new URL(urls.web).host;
  return {
    git_url: `git://${host}/${urls.owner}/${urls.repo}.git`,
    ssh_url: `git@${host}:${urls.owner}/${urls.repo}.git`,
    clone_url: `${urls.repoHtml}.git`,
    svn_url: urls.repoHtml,
  };
}

function repositoryCounters(openIssues: number): Record<string, unknown> {
  return {
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    forks_count: 0,
    forks: 0,
    open_issues_count: openIssues,
    open_issues: openIssues,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
  };
}
