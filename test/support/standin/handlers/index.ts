// Every operation the stand-in implements, by GitHub's operationId.
import type { Handler } from '../http.js';
import { actionsHandlers } from './actions.js';
import { branchHandlers } from './branches.js';
import { checkHandlers } from './checks.js';
import { commentHandlers } from './comments.js';
import { deploymentHandlers } from './deployments.js';
import { issueHandlers } from './issues.js';
import { labelHandlers } from './labels.js';
import { pullHandlers } from './pulls.js';
import { repositoryHandlers } from './repos.js';
import { statusHandlers } from './statuses.js';

export const HANDLERS: ReadonlyMap<string, Handler> = new Map(
  Object.entries({
    ...repositoryHandlers,
    ...branchHandlers,
    ...pullHandlers,
    ...checkHandlers,
    ...commentHandlers,
    ...labelHandlers,
    ...statusHandlers,
    ...issueHandlers,
    ...deploymentHandlers,
    ...actionsHandlers,
  }),
);
