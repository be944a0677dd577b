/**
 * Renders state records into GitHub's full REST objects (every field the OpenAPI schema requires,
 * URLs pointing at the emulator for the API and at github.com for HTML), so our own responses pass
 * the same validation as the requests.
 */
import type {
  CommentRecord,
  EmulatorState,
  IssueRecord,
  LabelRecord,
  Permission,
  TeamRecord,
  UserRecord,
} from './state.js';

/** What a renderer needs: the API root of this emulator and the state. */
export interface RenderContext {
  api: string;
  state: EmulatorState;
}

/** GitHub's web origin, as `GITHUB_SERVER_URL` on github.com. */
export const HTML = 'https://github.com';
/** A fixed, realistic timestamp for things that have no clock of their own (users, the repository). */
export const EPOCH = '2024-01-01T00:00:00Z';

/** GitHub's timestamp format (no milliseconds). */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A node id in GitHub's legacy format (`base64("0xx:TypeId")`). */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`${type}${id}`).toString('base64').replace(/=+$/, '');
}

/** The user record for a login, created on first sight (so tests can name any user). */
export function userRecord(state: EmulatorState, login: string): UserRecord {
  let user = state.users[login];
  if (!user) {
    user = { login, id: 5000 + Object.keys(state.users).length, type: 'User', name: null, email: null };
    state.users[login] = user;
  }
  return user;
}

/** `simple-user`. */
export function simpleUser(ctx: RenderContext, login: string): Record<string, unknown> {
  const user = userRecord(ctx.state, login);
  const url = `${ctx.api}/users/${encodeURIComponent(login)}`;
  const bot = user.type === 'Bot';
  return {
    login,
    id: user.id,
    node_id: nodeId(bot ? '04:Bot' : '04:User', user.id),
    avatar_url: bot
      ? 'https://avatars.githubusercontent.com/in/15368?v=4'
      : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: bot ? `${HTML}/apps/${login.replace(/\[bot\]$/, '')}` : `${HTML}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

/** `private-user` (what `GET /user` returns to a personal token). */
export function privateUser(ctx: RenderContext, login: string): Record<string, unknown> {
  const user = userRecord(ctx.state, login);
  return {
    ...simpleUser(ctx, login),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: EPOCH,
    updated_at: EPOCH,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** The `*_url` fields shared by every repository shape. */
function repositoryUrls(ctx: RenderContext): Record<string, string> {
  const full = `${ctx.state.owner}/${ctx.state.repo}`;
  const url = `${ctx.api}/repos/${full}`;
  return {
    url,
    html_url: `${HTML}/${full}`,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
  };
}

/** `minimal-repository`. */
export function minimalRepository(ctx: RenderContext): Record<string, unknown> {
  const { owner, repo, repoId } = ctx.state;
  return {
    id: repoId,
    node_id: nodeId('010:Repository', repoId),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: simpleUser(ctx, owner),
    private: false,
    description: null,
    fork: false,
    ...repositoryUrls(ctx),
  };
}

/** `repository` (the shape inside a pull request's head and base). */
export function repository(ctx: RenderContext): Record<string, unknown> {
  const { owner, repo } = ctx.state;
  const open = ctx.state.issues.filter((i) => i.state === 'open').length;
  return {
    ...minimalRepository(ctx),
    clone_url: `${HTML}/${owner}/${repo}.git`,
    git_url: `git://github.com/${owner}/${repo}.git`,
    ssh_url: `git@github.com:${owner}/${repo}.git`,
    svn_url: `${HTML}/${owner}/${repo}`,
    mirror_url: null,
    homepage: null,
    language: 'Python',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: ctx.state.defaultBranch,
    open_issues: open,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: EPOCH,
    created_at: EPOCH,
    updated_at: EPOCH,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

/** `full-repository`, with the permissions of the caller. */
export function fullRepository(ctx: RenderContext, permission: Permission): Record<string, unknown> {
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(permission);
  const base = repository(ctx);
  return {
    ...base,
    network_count: 0,
    subscribers_count: 0,
    permissions: {
      admin: rank >= 5,
      maintain: rank >= 4,
      push: rank >= 3,
      triage: rank >= 2,
      pull: rank >= 1,
    },
    organization: base.owner,
  };
}

/** `label`. */
export function labelObject(ctx: RenderContext, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('010:Label', label.id),
    url: `${repositoryUrls(ctx).url}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

/** The label record for a name, created with GitHub's default colour when missing (as adding a label does). */
export function labelRecord(state: EmulatorState, name: string, nextId: () => number): LabelRecord {
  let label = state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!label) {
    label = { id: nextId(), name, color: 'ededed', description: null };
    state.labels.push(label);
  }
  return label;
}

/** `author-association` of a login in this repository. */
export function authorAssociation(state: EmulatorState, login: string): string {
  if (login === state.owner) return 'OWNER';
  const permission = state.collaborators[login];
  if (permission && permission !== 'none') return 'COLLABORATOR';
  return 'NONE';
}

/** `issue` (pull requests carry a `pull_request` link, as on GitHub). */
export function issueObject(
  ctx: RenderContext,
  issue: IssueRecord,
  nextId: () => number,
): Record<string, unknown> {
  const repoUrl = repositoryUrls(ctx).url;
  const url = `${repoUrl}/issues/${issue.number}`;
  const html = `${HTML}/${ctx.state.owner}/${ctx.state.repo}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  const assignees = issue.assignees.map((login) => simpleUser(ctx, login));
  return {
    id: issue.id,
    node_id: nodeId(issue.pull ? '010:PullRequest' : '010:Issue', issue.id),
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(ctx, issue.author),
    labels: issue.labels.map((name) => labelObject(ctx, labelRecord(ctx.state, name, nextId))),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: ctx.state.comments.filter((c) => c.issueNumber === issue.number).length,
    ...(issue.pull
      ? {
          pull_request: {
            url: `${repoUrl}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: ctx.state.pulls.find((p) => p.number === issue.number)?.mergedAt ?? null,
          },
        }
      : {}),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    author_association: authorAssociation(ctx.state, issue.author),
  };
}

/** `issue-comment`. */
export function commentObject(ctx: RenderContext, comment: CommentRecord): Record<string, unknown> {
  const repoUrl = repositoryUrls(ctx).url;
  const issue = ctx.state.issues.find((i) => i.number === comment.issueNumber);
  const kind = issue?.pull ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: nodeId('012:IssueComment', comment.id),
    url: `${repoUrl}/issues/comments/${comment.id}`,
    html_url: `${HTML}/${ctx.state.owner}/${ctx.state.repo}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(ctx, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(ctx.state, comment.author),
  };
}

/** `team`. */
export function teamObject(ctx: RenderContext, team: TeamRecord): Record<string, unknown> {
  const url = `${ctx.api}/organizations/${ctx.state.users[team.org]?.id ?? 1}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId('04:Team', team.id),
    url,
    html_url: `${HTML}/orgs/${team.org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
    type: 'organization',
  };
}

/** The URL prefix of this repository in the API (`…/repos/{owner}/{repo}`). */
export function repoApiUrl(ctx: RenderContext): string {
  return `${ctx.api}/repos/${ctx.state.owner}/${ctx.state.repo}`;
}
