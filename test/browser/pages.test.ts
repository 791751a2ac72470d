// The local workspace's links in a real browser (headless Chromium from Debian's `chromium`
// package, driven by puppeteer-core): a person opens the one-time login link, lands on the run
// page the link named, and reads the run's tasks and logs; another page opens on the same session.
import * as fs from 'fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startLocalWorkspace, type LocalWorkspace } from '../../local-workspace';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let ws: LocalWorkspace;
let browser: Browser;

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${ws.host}${path}`, {
    method,
    headers: { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  // Ids here exceed 2^53: keep them as the digits the server sent.
  return JSON.parse(text.replace(/:\s*(\d{16,})/g, ':"$1"')) as Record<string, unknown>;
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  ws = await startLocalWorkspace({ port: 0 });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in CI has no user namespace for Chromium's sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await ws?.close();
});

test('the login link opens the run page it names; tasks, states and the log are there', async () => {
  const script = Buffer.from(
    '# Databricks notebook source\nprint("scored 600 customers")\n',
  ).toString('base64');
  await api('POST', '/api/2.0/workspace/mkdirs', { path: '/Shared/browser' });
  await api('POST', '/api/2.0/workspace/import', {
    path: '/Shared/browser/score',
    format: 'SOURCE',
    language: 'PYTHON',
    content: script,
    overwrite: true,
  });
  const { run_id } = await api('POST', '/api/2.2/jobs/runs/submit', {
    run_name: 'nightly <scoring>',
    tasks: [{ task_key: 'score', notebook_task: { notebook_path: '/Shared/browser/score' } }],
  });
  let run: Record<string, unknown> = {};
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    run = await api('GET', `/api/2.2/jobs/runs/get?run_id=${String(run_id)}`);
    if ((run.state as Record<string, string>).life_cycle_state === 'TERMINATED') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect((run.state as Record<string, string>).result_state).toBe('SUCCESS');

  const link = new URL(String(run.run_page_url));
  const page = await browser.newPage();
  await page.goto(ws.loginUrl(`${link.pathname}${link.search}${link.hash}`));
  // Functions passed as strings run in the page: this project type-checks without the DOM lib.
  await page.waitForFunction("location.pathname.startsWith('/pages/job/')", { timeout: 10_000 });
  const text = (await page.evaluate('document.body.innerText')) as string;
  expect(await page.title()).toBe(`Run ${String(run_id)}: nightly <scoring>`);
  expect(text).toContain('State: TERMINATED SUCCESS');
  expect(text).toMatch(/score\tTERMINATED SUCCESS\t\d+\.\d s/);
  expect(text).toContain('scored 600 customers');

  // The same browser, the session cookie set: another page opens without logging in again.
  await page.goto(`${ws.host}/jobs/${String(run.job_id)}`);
  expect((await page.evaluate('document.body.innerText')) as string).toContain('nightly <scoring>');
  await page.close();
});

test('a fresh browser without the link gets the page that says how to log in', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const res = await page.goto(`${ws.host}/`);
  expect(res?.status()).toBe(401);
  expect(await page.evaluate("document.querySelector('h1').innerText")).toBe('Log in first');
  await context.close();
});
