/** `owner/name` handling, apart from the client so that code naming a repository does not load Octokit. */

/** `owner/name` of a repository split into the parameters Octokit expects. */
export function repoParams(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) throw new Error(`repository must be owner/name, got '${repository}'`);
  return { owner, repo };
}
