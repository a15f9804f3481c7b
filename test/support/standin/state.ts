// The stand-in's in-memory repository. Tests read it to assert and call its add/set methods to seed it.
import type {
  CheckRunRecord,
  CommentRecord,
  CommitStatusRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueRecord,
  WorkflowRunRecord,
  LabelRecord,
  UserRecord,
} from './records.js';
import {
  DEFAULT_AUTHOR,
  DEFAULT_LABEL_COLOR,
  branchOf,
  fakeSha,
  fileRecord,
  isoSeconds,
  userRecord,
  type IssueSeed,
  type LabelSeed,
  type PullFileSeed,
  type PullSeed,
} from './seeds.js';

export interface RepositorySettings {
  id: number;
  defaultBranch: string;
  private: boolean;
  description: string | null;
  createdAt: string;
}

type IdKind =
  'issue' | 'label' | 'comment' | 'checkRun' | 'checkSuite' | 'status' | 'deployment' | 'deploymentStatus' | 'user';

// Each kind counts up from its own base, like GitHub's global ids, so ids of different kinds never collide.
const ID_BASES: Record<IdKind, number> = {
  issue: 1_000_000,
  label: 2_000_000,
  comment: 3_000_000,
  checkRun: 4_000_000,
  checkSuite: 5_000_000,
  status: 6_000_000,
  deployment: 7_000_000,
  deploymentStatus: 8_000_000,
  user: 9_000_000,
};

export class StandinState {
  /** The token's user; everything the client writes is authored by it. */
  actor = 'github-actions[bot]';
  /** Source of timestamps; tests may replace it to freeze time. */
  clock: () => Date = () => new Date();
  repository!: RepositorySettings;
  readonly users = new Map<string, UserRecord>();
  /** Branch name → commit sha. */
  readonly branches = new Map<string, string>();
  /** Names of protected branches. */
  readonly protectedBranches = new Set<string>();
  readonly labels: LabelRecord[] = [];
  /** Issues and pull requests by number. */
  readonly issues = new Map<number, IssueRecord>();
  readonly comments: CommentRecord[] = [];
  readonly checkRuns: CheckRunRecord[] = [];
  readonly statuses: CommitStatusRecord[] = [];
  readonly deployments: DeploymentRecord[] = [];
  readonly deploymentStatuses: DeploymentStatusRecord[] = [];
  /** Workflow runs by id, as tests seed them. */
  readonly workflowRuns = new Map<number, WorkflowRunRecord>();
  private counters = new Map<IdKind, number>();

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {
    this.clear();
  }

  /** Back to an empty repository with only its default branch. */
  clear(): void {
    for (const list of [
      this.labels,
      this.comments,
      this.checkRuns,
      this.statuses,
      this.deployments,
      this.deploymentStatuses,
    ]) {
      list.length = 0;
    }
    for (const map of [this.users, this.branches, this.issues, this.workflowRuns]) map.clear();
    this.protectedBranches.clear();
    this.counters = new Map();
    this.actor = 'github-actions[bot]';
    this.clock = () => new Date();
    this.repository = {
      id: 700_000_001,
      defaultBranch: 'main',
      private: true,
      description: null,
      createdAt: this.now(),
    };
    this.branches.set('main', fakeSha('main'));
  }

  nextId(kind: IdKind): number {
    const next = (this.counters.get(kind) ?? ID_BASES[kind]) + 1;
    this.counters.set(kind, next);
    return next;
  }

  now(): string {
    return isoSeconds(this.clock());
  }

  user(login: string): UserRecord {
    let user = this.users.get(login);
    if (!user) {
      user = userRecord(login, this.owner, () => this.nextId('user'));
      this.users.set(login, user);
    }
    return user;
  }

  setBranch(name: string, sha: string): void {
    this.branches.set(name, sha);
  }

  /** A branch name (optionally `refs/heads/…` or `heads/…`) or a commit sha → the sha; undefined if unknown. */
  resolveRef(ref: string): string | undefined {
    const branch = ref.replace(/^refs\/heads\//, '').replace(/^heads\//, '');
    return this.branches.get(branch) ?? (/^[0-9a-f]{7,40}$/i.test(ref) ? ref : undefined);
  }

  findLabel(name: string): LabelRecord | undefined {
    return this.labels.find((label) => label.name.toLowerCase() === name.toLowerCase());
  }

  addLabel(seed: LabelSeed): LabelRecord {
    const label: LabelRecord = {
      id: this.nextId('label'),
      name: seed.name,
      color: seed.color ?? DEFAULT_LABEL_COLOR,
      description: seed.description ?? null,
      default: seed.default ?? false,
    };
    this.labels.push(label);
    return label;
  }

  /** The repository label of that name, created as GitHub does when a client applies an unknown one. */
  ensureLabel(name: string): LabelRecord {
    return this.findLabel(name) ?? this.addLabel({ name });
  }

  labelsOf(issue: IssueRecord): LabelRecord[] {
    return issue.labelIds
      .map((id) => this.labels.find((label) => label.id === id))
      .filter((l): l is LabelRecord => !!l);
  }

  findIssue(number: number): IssueRecord | undefined {
    return this.issues.get(number);
  }

  addIssue(seed: IssueSeed = {}): IssueRecord {
    const number = seed.number ?? Math.max(0, ...this.issues.keys()) + 1;
    const createdAt = seed.createdAt ?? this.now();
    const issue: IssueRecord = {
      id: this.nextId('issue'),
      number,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      stateReason: seed.state === 'closed' ? 'completed' : null,
      labelIds: (seed.labels ?? []).map((name) => this.ensureLabel(name).id),
      author: seed.author ?? DEFAULT_AUTHOR,
      assignees: seed.assignees ?? [],
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: seed.state === 'closed' ? createdAt : null,
    };
    this.issues.set(number, issue);
    return issue;
  }

  /** Adds a pull request (an issue with head, base and files); its head branch becomes known. */
  addPull(seed: PullSeed): IssueRecord {
    const issue = this.addIssue({ ...seed, title: seed.title ?? `Pull request for ${branchName(seed.head)}` });
    const head = branchOf(seed.head, (ref) => this.branches.get(ref), `pull-${issue.number}`);
    const base = branchOf(seed.base ?? this.repository.defaultBranch, (ref) => this.branches.get(ref), 'base');
    this.branches.set(head.ref, head.sha);
    if (!this.branches.has(base.ref)) this.branches.set(base.ref, base.sha);
    issue.pull = {
      head,
      base,
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      mergedAt: seed.merged ? issue.createdAt : null,
      mergeable: seed.mergeable ?? null,
      files: (seed.files ?? []).map(fileRecord),
    };
    return issue;
  }

  setPullFiles(number: number, files: PullFileSeed[]): void {
    const pull = this.issues.get(number)?.pull;
    if (!pull) throw new Error(`stand-in: no pull request #${number} to set files on`);
    pull.files = files.map(fileRecord);
  }

  /** Label names on an issue or pull request, for assertions. */
  labelNames(number: number): string[] {
    const issue = this.issues.get(number);
    return issue ? this.labelsOf(issue).map((label) => label.name) : [];
  }

  commentsOn(number: number): CommentRecord[] {
    return this.comments.filter((comment) => comment.issueNumber === number);
  }

  statusesOf(deploymentId: number): DeploymentStatusRecord[] {
    return this.deploymentStatuses.filter((status) => status.deploymentId === deploymentId);
  }
}

function branchName(seed: PullSeed['head']): string {
  return typeof seed === 'string' ? seed : seed.ref;
}
