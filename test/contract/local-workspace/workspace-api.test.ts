import { start, Client, notebook } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('Workspace API', () => {
  it('imports a SOURCE notebook, reports it in get-status and list, and exports it', async () => {
    await api.ok('POST', '/api/2.0/workspace/mkdirs', { path: '/Users/me/proj/sub' });
    await api.ok('POST', '/api/2.0/workspace/import', {
      path: '/Users/me/proj/Train',
      format: 'SOURCE',
      language: 'PYTHON',
      content: b64('print(1)\n'),
    });
    const st = await api.ok('GET', '/api/2.0/workspace/get-status?path=/Users/me/proj/Train');
    expect(st).toMatchObject({
      object_type: 'NOTEBOOK',
      path: '/Users/me/proj/Train',
      language: 'PYTHON',
    });
    expect(typeof st.object_id === 'number' || typeof st.object_id === 'bigint').toBe(true);
    const list = await api.ok('GET', '/api/2.0/workspace/list?path=/Users/me/proj');
    expect(
      list.objects
        .map((o: { path: string; object_type: string }) => [o.path, o.object_type])
        .sort(),
    ).toEqual([
      ['/Users/me/proj/Train', 'NOTEBOOK'],
      ['/Users/me/proj/sub', 'DIRECTORY'],
    ]);
    const exp = await api.ok(
      'GET',
      '/api/2.0/workspace/export?path=/Users/me/proj/Train&format=SOURCE',
    );
    expect(Buffer.from(exp.content, 'base64').toString()).toBe('print(1)\n');
    expect(exp.file_type).toBe('py');
  });

  it('accepts the /Workspace prefix as an alias', async () => {
    const st = await api.ok(
      'GET',
      '/api/2.0/workspace/get-status?path=/Workspace/Users/me/proj/Train',
    );
    expect(st.path).toBe('/Users/me/proj/Train');
  });

  it('AUTO imports a source-format .py as a notebook without its extension, other files as FILE', async () => {
    await api.ok('POST', '/api/2.0/workspace/import', {
      path: '/Users/me/proj/Eval.py',
      format: 'AUTO',
      content: b64(notebook('x = 1')),
    });
    await api.ok('POST', '/api/2.0/workspace/import', {
      path: '/Users/me/proj/helper.py',
      format: 'AUTO',
      content: b64('X = 1\n'),
    });
    expect(
      (await api.ok('GET', '/api/2.0/workspace/get-status?path=/Users/me/proj/Eval')).object_type,
    ).toBe('NOTEBOOK');
    const file = await api.ok('GET', '/api/2.0/workspace/get-status?path=/Users/me/proj/helper.py');
    expect(file).toMatchObject({ object_type: 'FILE', size: 6 });
    expect(file.language).toBeUndefined();
    await api.ok('POST', '/api/2.0/workspace/import', {
      path: '/Users/me/proj/data.csv',
      format: 'RAW',
      content: b64('a,b\n'),
    });
    expect(
      (await api.ok('GET', '/api/2.0/workspace/get-status?path=/Users/me/proj/data.csv'))
        .object_type,
    ).toBe('FILE');
  });

  it('refuses to overwrite without overwrite=true (RESOURCE_ALREADY_EXISTS), and overwrites with it', async () => {
    const again = await api.post('/api/2.0/workspace/import', {
      path: '/Users/me/proj/helper.py',
      format: 'AUTO',
      content: b64('X = 2\n'),
    });
    expect(again.status).toBe(400);
    expect(again.json.error_code).toBe('RESOURCE_ALREADY_EXISTS');
    await api.ok('POST', '/api/2.0/workspace/import', {
      path: '/Users/me/proj/helper.py',
      format: 'AUTO',
      content: b64('X = 2\n'),
      overwrite: true,
    });
    const exp = await api.ok('GET', '/api/2.0/workspace/export?path=/Users/me/proj/helper.py');
    expect(Buffer.from(exp.content, 'base64').toString()).toBe('X = 2\n');
  });

  it('needs the parent folder to exist (RESOURCE_DOES_NOT_EXIST)', async () => {
    const r = await api.post('/api/2.0/workspace/import', {
      path: '/Users/me/missing/x.py',
      format: 'AUTO',
      content: b64(''),
    });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({
      error_code: 'RESOURCE_DOES_NOT_EXIST',
      message: 'The parent folder (/Users/me/missing) does not exist.',
    });
  });

  it('rejects SOURCE without a language, unknown formats and relative paths', async () => {
    const noLang = await api.post('/api/2.0/workspace/import', {
      path: '/Users/me/proj/N',
      format: 'SOURCE',
      content: b64(''),
    });
    expect(noLang.status).toBe(400);
    expect(noLang.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(
      (
        await api.post('/api/2.0/workspace/import', {
          path: '/Users/me/proj/N',
          format: 'WEIRD',
          content: '',
        })
      ).status,
    ).toBe(400);
    expect(
      (await api.post('/api/2.0/workspace/mkdirs', { path: 'relative/dir' })).json.error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
  });

  it('answers 404 RESOURCE_DOES_NOT_EXIST for missing paths', async () => {
    for (const p of [
      '/api/2.0/workspace/get-status?path=/nope',
      '/api/2.0/workspace/list?path=/nope',
    ]) {
      const r = await api.get(p);
      expect(r.status).toBe(404);
      expect(r.json.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
    }
    expect((await api.post('/api/2.0/workspace/delete', { path: '/nope' })).status).toBe(404);
  });

  it('mkdirs over a file fails; an empty folder lists without objects', async () => {
    const r = await api.post('/api/2.0/workspace/mkdirs', { path: '/Users/me/proj/helper.py/x' });
    expect(r.json.error_code).toBe('RESOURCE_ALREADY_EXISTS');
    await api.ok('POST', '/api/2.0/workspace/mkdirs', { path: '/Users/me/empty' });
    expect(await api.ok('GET', '/api/2.0/workspace/list?path=/Users/me/empty')).toEqual({});
  });

  it('deletes a non-empty folder only with recursive=true', async () => {
    const r = await api.post('/api/2.0/workspace/delete', { path: '/Users/me/proj' });
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe('DIRECTORY_NOT_EMPTY');
    await api.ok('POST', '/api/2.0/workspace/delete', { path: '/Users/me/proj', recursive: true });
    expect((await api.get('/api/2.0/workspace/get-status?path=/Users/me/proj/sub')).status).toBe(
      404,
    );
    expect((await api.get('/api/2.0/workspace/get-status?path=/Users/me')).status).toBe(200);
  });
});
