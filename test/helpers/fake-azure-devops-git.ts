// A loopback fake of the slice of the Azure DevOps Git REST API that release-branch uses (refs,
// annotated tags, commits, commitsBatch), for collection /org, project proj, repository ml-repo.
import { startFakeServer, type FakeServer, type RecordedRequest } from './fake-server';
import { GitGraph } from './fake-git-graph';

export interface FakeAzureDevOpsGit extends FakeServer {
  graph: GitGraph;
  /** The collection URL (System.CollectionUri). */
  collection: string;
  /** Which write the build service may not do. */
  deny?: 'create-branch' | 'create-tag';
  writes(): RecordedRequest[];
}

const LOCATIONS = {
  refs: [
    '2d874a60-a811-4f62-9c9f-963a6ea0a55b',
    '{project}/_apis/{area}/repositories/{repositoryId}/{resource}',
  ],
  annotatedTags: [
    '5e8a8081-3851-4626-b677-9891cc04102e',
    '{project}/_apis/{area}/repositories/{repositoryId}/{resource}/{objectId}',
  ],
  commits: [
    'c2570c3b-5b3f-41b8-98bf-5407bfde8d58',
    '{project}/_apis/{area}/repositories/{repositoryId}/{resource}/{commitId}',
  ],
  commitsBatch: [
    '6400dfb2-0bcb-462b-b992-5a57f8f1416c',
    '{project}/_apis/{area}/repositories/{repositoryId}/{resource}',
  ],
};
const ZERO = '0'.repeat(40);

export async function startFakeAzureDevOpsGit(token: string): Promise<FakeAzureDevOpsGit> {
  const graph = new GitGraph();
  const box: { self?: FakeAzureDevOpsGit } = {};
  const base = '/org/proj/_apis/git/repositories/ml-repo';
  const refJson = (name: string) => {
    const objectId = graph.refs.get(name) as string;
    const tag = graph.tagObjects.get(objectId);
    return { name, objectId, ...(tag ? { peeledObjectId: tag.object } : {}) };
  };
  const server = await startFakeServer((req) => {
    // For tests whose task runs in another process: what the repository holds now.
    if (req.method === 'GET' && req.url === '/_test/state')
      return {
        status: 200,
        body: {
          refs: Object.fromEntries(graph.refs),
          tags: Object.fromEntries(graph.tagObjects),
        },
      };
    if (req.headers.authorization !== `Bearer ${token}`)
      return {
        status: 401,
        body: { message: 'TF400813: The user is not authorized to access this resource.' },
      };
    const u = new URL(req.url, 'http://x');
    const p = decodeURIComponent(u.pathname);
    const body = req.body ? (JSON.parse(req.body) as unknown) : undefined;
    if (req.method === 'OPTIONS' && p === '/org/_apis/git')
      return {
        status: 200,
        body: {
          count: 4,
          value: Object.entries(LOCATIONS).map(([resourceName, [id, routeTemplate]]) => ({
            id,
            area: 'git',
            resourceName,
            routeTemplate,
            resourceVersion: 2,
            minVersion: '1.0',
            maxVersion: '7.2',
            releasedVersion: '7.1',
          })),
        },
      };
    if (!p.startsWith(base)) return { status: 404, body: { message: `no route ${p}` } };
    const rest = p.slice(base.length);
    if (req.method === 'GET' && rest === '/refs') {
      const filter = `refs/${u.searchParams.get('filter') ?? ''}`;
      const value = [...graph.refs.keys()]
        .filter((r) => r.startsWith(filter))
        .sort()
        .map(refJson);
      return { status: 200, body: { count: value.length, value } };
    }
    if (req.method === 'POST' && rest === '/refs') {
      const updates = body as Array<{ name: string; oldObjectId: string; newObjectId: string }>;
      const value = updates.map((up) => {
        const current = graph.refs.get(up.name) ?? ZERO;
        const result = (updateStatus: string, success = false) => ({
          name: up.name,
          oldObjectId: up.oldObjectId,
          newObjectId: up.newObjectId,
          success,
          updateStatus,
          rejectedBy: null,
          customMessage: null,
        });
        if (current !== up.oldObjectId) return result('staleOldObjectId');
        if (current === ZERO && box.self?.deny === 'create-branch')
          return result('createBranchPermissionRequired');
        graph.refs.set(up.name, up.newObjectId);
        return result('succeeded', true);
      });
      return { status: 200, body: { count: value.length, value } };
    }
    if (req.method === 'POST' && rest === '/annotatedTags') {
      if (box.self?.deny === 'create-tag')
        return {
          status: 403,
          body: {
            $id: '1',
            message:
              "TF401027: You need the Git 'CreateTag' permission to perform this action. Details: identity 'Build\\1234', scope 'repository'.",
            typeKey: 'GitNeedsPermissionException',
          },
        };
      const t = body as { name: string; message: string; taggedObject: { objectId: string } };
      if (graph.refs.has(`refs/tags/${t.name}`))
        return { status: 409, body: { message: `TF401035: tag ${t.name} already exists` } };
      const obj = graph.createTagObject(t.name, t.message, t.taggedObject.objectId);
      graph.refs.set(`refs/tags/${t.name}`, obj.sha);
      return {
        status: 201,
        body: {
          name: t.name,
          objectId: obj.sha,
          message: t.message,
          taggedObject: { objectId: obj.object, objectType: 'commit' },
        },
      };
    }
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = /^\/commits\/([0-9a-f]{40})$/.exec(rest))) {
      const c = graph.commits.get(m[1]);
      return c
        ? { status: 200, body: { commitId: c.sha, comment: c.message } }
        : { status: 404, body: { message: `TF401175: commit ${m[1]} not found` } };
    }
    if (req.method === 'POST' && rest === '/commitsBatch') {
      const q = body as {
        itemVersion?: { version: string };
        compareVersion?: { version: string };
        $top?: number;
      };
      const to = graph.peel(q.itemVersion?.version ?? 'main');
      const from = q.compareVersion ? graph.peel(q.compareVersion.version) : undefined;
      if (!to) return { status: 404, body: { message: 'TF401175: version not found' } };
      const top = Number(u.searchParams.get('$top') ?? q.$top ?? 100);
      const value = graph
        .between(from, to)
        .slice(0, top)
        .map((c) => ({ commitId: c.sha, comment: c.message }));
      return { status: 200, body: { count: value.length, value } };
    }
    return { status: 404, body: { message: `no route ${req.method} ${rest}` } };
  });
  const self: FakeAzureDevOpsGit = Object.assign(server, {
    graph,
    collection: `${server.url}/org`,
    writes: () =>
      server.requests.filter((r) => r.method === 'POST' && !r.url.includes('commitsBatch')),
  });
  box.self = self;
  return self;
}
