import { defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'release-branch',
  description:
    'Cuts a release: works out the version (given, or bumped from the latest vX.Y.Z tag and the Conventional Commits since it), creates the release branch or moves the long-lived one forward, and writes an annotated tag and release notes.',
  task: {
    name: 'CreateReleaseBranch',
    id: '6ca9ffe4-c4ad-454f-b02a-c30254a73d73',
    friendlyName: 'Databricks: create release branch',
    category: 'Deploy',
    instanceNameFormat: 'Create release branch',
  },
  groups: {
    version: { title: 'Version' },
    branch: { title: 'Branch and tag' },
  },
  inputs: {
    version: {
      ado: 'version',
      description:
        'The version to release, such as 1.4.0 (a leading v is allowed). When empty, it is bumped from the latest vX.Y.Z tag as bump says.',
      type: 'string',
      group: 'version',
    },
    bump: {
      ado: 'bump',
      description:
        'How to bump the latest vX.Y.Z tag when version is empty: auto reads the Conventional Commits since that tag (a breaking change bumps major, feat minor, anything else patch; below 1.0.0 a breaking change bumps minor and feat patch).',
      type: 'choice',
      options: ['auto', 'major', 'minor', 'patch'],
      default: 'auto',
      group: 'version',
    },
    'initial-version': {
      ado: 'initialVersion',
      description: 'The version of the first release, when the repository has no vX.Y.Z tag yet.',
      type: 'string',
      default: '0.1.0',
      group: 'version',
    },
    ref: {
      ado: 'ref',
      description:
        'The commit to release: a branch, a tag or a commit SHA. When empty: the commit of this CI run (the CLI: HEAD).',
      type: 'string',
      group: 'branch',
    },
    style: {
      ado: 'style',
      description:
        'versioned creates one branch per release (release/v1.4.0); long-lived moves the single release branch of MLOps Stacks forward to the commit, fast-forward only.',
      type: 'choice',
      options: ['versioned', 'long-lived'],
      default: 'versioned',
      group: 'branch',
    },
    branch: {
      ado: 'branch',
      description:
        'The branch name. versioned: a pattern where {version} stands for the version (when empty: release/v{version}); long-lived: the branch itself (when empty: release).',
      type: 'string',
      group: 'branch',
    },
    force: {
      ado: 'force',
      description:
        'long-lived: move the branch even when the commit is not a fast-forward of it (history on the branch that is not in the commit is dropped).',
      type: 'boolean',
      default: 'false',
      group: 'branch',
    },
    'dry-run': {
      ado: 'dryRun',
      description: 'Work out the version, branch, tag and notes and print them; write nothing.',
      type: 'boolean',
      default: 'false',
      group: 'branch',
    },
    'github-token': {
      ado: 'githubToken',
      description:
        'GitHub: the token that writes the branch, tag and release; the job needs permissions: contents: write.',
      type: 'string',
      secret: true,
      githubDefault: '${{ github.token }}',
      githubOnly: true,
      group: 'branch',
    },
    'repository-path': {
      ado: 'repositoryPath',
      description:
        'CLI: the local git repository to create the branch and tag in (push them yourself). GitHub and Azure DevOps use the repository of the run through its REST API.',
      type: 'string',
      default: '.',
      group: 'branch',
    },
  },
  outputs: {
    version: { ado: 'version', description: 'The released version, such as 1.4.0.' },
    branch: { ado: 'branch', description: 'The release branch.' },
    tag: { ado: 'tag', description: 'The annotated tag, such as v1.4.0.' },
    sha: { ado: 'sha', description: 'The released commit: pin deployments to it or to the tag.' },
    'previous-tag': {
      ado: 'previousTag',
      description: 'The vX.Y.Z tag before this release; empty for the first release.',
    },
    'release-url': {
      ado: 'releaseUrl',
      description:
        'GitHub: the release page; Azure DevOps: the tag in the repository; empty in the CLI.',
    },
    notes: { ado: 'notes', description: 'The release notes (markdown).' },
    created: {
      ado: 'created',
      description:
        'false when the branch and tag were already there at this commit (nothing written).',
    },
  },
});

export type Manifest = typeof manifest;
