// The GitHub layer: one place per GitHub concept, all taking a client, a repository and a logger.
export { createGitHubClient, resolveBaseUrl, type GitHubClient, type GitHubClientOptions } from './client.js';
export { parseRepo, repoFromEnv, repoName, type RepoRef } from './repo.js';
export { GitHubRequestError, apiMessageOf, isNotFound, statusOf, type RequestFailure } from './request-error.js';
export { GitHubPermissionError, explainRefusal, withPermission, type TokenPermission } from './permissions.js';
export { LIMITS, truncateBytes, truncateLine, truncateMarkdown } from './text-limits.js';
export * from './checks.js';
export * from './comments.js';
export { stickyBody, stickyMarker } from './sticky-text.js';
export * from './labels.js';
export * from './statuses.js';
export * from './issues.js';
export * from './deployments.js';
export * from './pulls.js';
