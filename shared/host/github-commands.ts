// The part of @actions/core a step uses, taken from the library's own modules. `@actions/core`'s
// index also loads its OIDC helper, and with it @actions/http-client and undici (about 1 MB of
// code evaluated before the step can make its first request: bench/cold-start.bench.ts). We make
// our own requests and read the OIDC token ourselves, so the index is not needed. Each function
// does what the same-named one in @actions/core 2.x does.
import * as os from 'os';
import { issue, issueCommand } from '@actions/core/lib/command';
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command';
import { summary } from '@actions/core/lib/summary';
import { toCommandProperties, toCommandValue } from '@actions/core/lib/utils';
import type { AnnotationProperties } from '@actions/core';

export { summary, type AnnotationProperties };

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) {
    issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    return;
  }
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup');
  }
}
