import { ConfigurationError } from '../core/errors.js';
import { apiMessageOf, statusOf } from './request-error.js';

/** A permission the workflow token needs, as written under `permissions:` in a workflow. */
export type TokenPermission =
  | 'checks: read'
  | 'checks: write'
  | 'contents: read'
  | 'contents: write'
  | 'deployments: write'
  | 'deployments: read'
  | 'issues: read'
  | 'issues: write'
  | 'pull-requests: read'
  | 'pull-requests: write'
  | 'statuses: write';

/** GitHub refused a call for want of a token permission; the message says which one and how to grant it. */
export class GitHubPermissionError extends ConfigurationError {
  override name = 'GitHubPermissionError';

  constructor(
    message: string,
    readonly permission: TokenPermission,
    readonly status: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface PermissionOptions {
  /**
   * GitHub answers 404 instead of 403 when the token cannot see a private repository. Set this on
   * repository-level writes where "not found" can only mean that; leave it off where 404 means "absent".
   */
  notFoundMeansDenied?: boolean;
}

// "Resource not accessible by integration" (GITHUB_TOKEN, apps) or "... by personal access token".
const REFUSAL = /resource not accessible by|must have (admin|push) (rights|access)/i;

// Adding a label the repository lacks makes GitHub create it, which takes "issues: write" whatever the call.
const LABEL_CREATION_REFUSAL = /do not have permission to create labels/i;

// No workaround is offered: under pull_request_target the checkout is the base branch (a check would pass
// without scanning the pull request) and running its code there is unsafe; workflow_run events of fork
// pull requests carry no pull request.
const FORK_NOTE =
  ' On pull requests from forks GitHub gives the workflow a read-only token whatever it asks for, so this ' +
  "is not published there; the step's own annotations and its result still report the verdict.";

/**
 * Runs one GitHub call and, if GitHub refuses it for want of a permission, throws an error naming
 * the permission the workflow must grant. `action` reads as "GitHub refused to <action>".
 */
export async function withPermission<T>(
  permission: TokenPermission,
  action: string,
  call: () => Promise<T>,
  options: PermissionOptions = {},
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw explainRefusal(error, permission, action, options) ?? error;
  }
}

/** The permission error for `error`, or undefined when it is not a refusal. */
export function explainRefusal(
  error: unknown,
  permission: TokenPermission,
  action: string,
  options: PermissionOptions = {},
): GitHubPermissionError | undefined {
  const status = statusOf(error);
  if (status === 403 && LABEL_CREATION_REFUSAL.test(apiMessageOf(error))) {
    const message =
      `GitHub refused to ${action}: the workflow token lacks "issues: write" (GitHub creates a label that does ` +
      `not exist yet). Add "permissions: issues: write" to the job, or create the label beforehand.${FORK_NOTE}`;
    return new GitHubPermissionError(message, 'issues: write', status, { cause: error });
  }
  const grant = `Add "permissions: ${permission}" to the job.`;
  if (status === 403 && REFUSAL.test(apiMessageOf(error))) {
    const message = `GitHub refused to ${action}: the workflow token lacks "${permission}". ${grant}${FORK_NOTE}`;
    return new GitHubPermissionError(message, permission, status, { cause: error });
  }
  if (status === 404 && options.notFoundMeansDenied === true) {
    const message =
      `GitHub answered "Not Found" when asked to ${action}: the repository does not exist or the token ` +
      `cannot see it (GitHub hides private repositories from tokens lacking "${permission}"). ${grant}`;
    return new GitHubPermissionError(message, permission, status, { cause: error });
  }
  return undefined;
}
