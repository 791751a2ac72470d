import type { Manifest } from './manifest';
import * as fs from 'fs';
import * as path from 'path';
import { InputError, inputRef, cutText, quoteValue } from '../../errors';
import type { Inputs } from '../../inputs';

/** One served entity asked for: a name for its route and the alias or version it serves. */
export interface TrafficShare {
  /** The served entity's name: the alias itself, or `version-N`. */
  name: string;
  ref: { kind: 'version'; version: string } | { kind: 'alias'; alias: string };
  percent: number;
}

export interface SmokeTest {
  file: string;
  payload: unknown;
  expected?: unknown;
  maxLatencyMs?: number;
}

export interface DeploySettings {
  endpointName: string;
  modelName: string;
  shares: TrafficShare[];
  workloadSize: string;
  scaleToZero: boolean;
  environmentVars: Record<string, string>;
  timeoutMs: number;
  rollbackOnFailure: boolean;
  smoke?: SmokeTest;
}

const VERSION = /^[1-9][0-9]{0,18}$/;
const ALIAS = /^[A-Za-z0-9_-]{1,255}$/;
const ENDPOINT = /^[A-Za-z0-9_-]{1,63}$/;
const UC_NAME = /^[^.\s]+\.[^.\s]+\.[^.\s]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The only way Model Serving takes a secret: a reference resolved at deployment. */
const SECRET_REF = /^\{\{secrets\/[^/{}\s]+\/[^/{}\s]+\}\}$/;
const SECRET_NAME =
  /SECRET|TOKEN|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL/i;
/** Shapes of well-known credentials: a Databricks PAT, GitHub, AWS, Slack, OpenAI keys, PEM blocks. */
const SECRET_VALUE =
  /^(dapi[0-9a-f]{32}|dose[0-9a-f]{32}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|AKIA[0-9A-Z]{16}|xox[abpr]-[\w-]{10,}|sk-[A-Za-z0-9_-]{20,})|-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** A share's key as the served entity's name: aliases keep theirs, numbers become `version-N`. */
function entityName(key: string): string {
  return VERSION.test(key) ? `version-${key}` : key;
}

function refOf(key: string): TrafficShare['ref'] {
  return VERSION.test(key) ? { kind: 'version', version: key } : { kind: 'alias', alias: key };
}

/** `champion=90,challenger=10` (commas or new lines) → shares adding up to 100. */
export function parseTraffic(text: string): TrafficShare[] {
  const items = text
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const fix =
    'Write it as champion=90,challenger=10: aliases or version numbers, whole percentages adding up to 100.';
  if (items.length === 0) throw new InputError('traffic', 'is empty', fix);
  const shares: TrafficShare[] = [];
  for (const item of items) {
    const m = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(item);
    if (!m)
      throw new InputError('traffic', `has ${quoteValue(item)}, which is not key=percent`, fix);
    const [, key, pct] = m;
    if (
      !VERSION.test(key) &&
      (!ALIAS.test(key) || key.length > 63 || key.toLowerCase() === 'latest')
    )
      throw new InputError(
        'traffic',
        `names ${quoteValue(key)}, which is neither a version number nor an alias usable as a served entity name`,
        "Use letters, digits, '_' or '-' (at most 63; 'latest' is reserved), or a version number.",
      );
    if (!/^\d{1,3}$/.test(pct) || Number(pct) > 100)
      throw new InputError(
        'traffic',
        `gives ${quoteValue(key)} ${cutText(pct)} percent, which is not a whole number from 0 to 100`,
        fix,
      );
    const name = entityName(key);
    if (shares.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new InputError('traffic', `names ${quoteValue(key)} twice`, fix);
    shares.push({ name, ref: refOf(key), percent: Number(pct) });
  }
  const total = shares.reduce((sum, s) => sum + s.percent, 0);
  if (total !== 100) throw new InputError('traffic', `adds up to ${total} percent, not 100`, fix);
  return shares;
}

/** `NAME=value` lines; a secret goes in only as a `{{secrets/scope/key}}` reference. */
export function parseEnvironmentVars(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    // Never echo the value: it may be the very secret being refused.
    if (!ENV_NAME.test(name))
      throw new InputError(
        'environment-vars',
        `has a line that is not NAME=value${name ? ` (name ${quoteValue(name)})` : ''}`,
        'Write one NAME=value per line; names are letters, digits and underscores.',
      );
    const value = line.slice(eq + 1).trim();
    if (!SECRET_REF.test(value) && (SECRET_NAME.test(name) || SECRET_VALUE.test(value)))
      throw new InputError(
        'environment-vars',
        `sets ${name} to a literal value that looks like a secret (the value is not shown)`,
        `Store it in a Databricks secret scope and write ${name}={{secrets/<scope>/<key>}}; the endpoint resolves it when it deploys.`,
      );
    if (out[name] !== undefined) throw new InputError('environment-vars', `sets ${name} twice`);
    out[name] = value;
  }
  return out;
}

function readPayload(file: string): unknown {
  const full = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch {
    throw new InputError(
      'smoke-test-payload',
      `names a file that cannot be read: ${cutText(file)} (resolved to ${cutText(full)})`,
      'Give the path of a JSON request body, relative to the working directory.',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new InputError(
      'smoke-test-payload',
      `is not valid JSON (${cutText(file)}: ${cutText((err as Error).message)})`,
    );
  }
}

export function readSettings(inputs: Inputs<Manifest>): DeploySettings {
  const endpointName = inputs.requiredString('endpoint-name');
  if (!ENDPOINT.test(endpointName))
    throw new InputError(
      'endpoint-name',
      `is not a valid endpoint name: ${quoteValue(endpointName)}`,
      'Use 1 to 63 letters, digits, dashes and underscores.',
    );
  const modelName = inputs.requiredString('model-name');
  if (!UC_NAME.test(modelName))
    throw new InputError(
      'model-name',
      `is not a Unity Catalog name: ${quoteValue(modelName)}`,
      'Write it as catalog.schema.model; Model Serving deploys Unity Catalog models.',
    );
  const trafficText = inputs.string('traffic');
  let shares: TrafficShare[];
  if (trafficText !== undefined) {
    shares = parseTraffic(trafficText);
  } else {
    const version = inputs.requiredString('version');
    if (!VERSION.test(version) && (!ALIAS.test(version) || version.length > 63))
      throw new InputError(
        'version',
        `must be a version number or an alias, got ${quoteValue(version)}`,
      );
    shares = [{ name: entityName(version), ref: refOf(version), percent: 100 }];
  }
  const payloadFile = inputs.string('smoke-test-payload');
  const expected = inputs.json('smoke-test-expected');
  const maxLatencyMs = inputs.number('smoke-test-max-latency-ms');
  if (!payloadFile && (expected !== undefined || maxLatencyMs !== undefined))
    throw new InputError(
      expected !== undefined ? 'smoke-test-expected' : 'smoke-test-max-latency-ms',
      `needs ${inputRef('smoke-test-payload')}`,
      'Give the JSON request to send, or remove this input.',
    );
  return {
    endpointName,
    modelName,
    shares,
    workloadSize: inputs.choice('workload-size'),
    scaleToZero: inputs.boolean('scale-to-zero'),
    environmentVars: parseEnvironmentVars(rawLines(inputs)),
    timeoutMs: inputs.number('wait-timeout') * 1000,
    rollbackOnFailure: inputs.boolean('rollback-on-failure'),
    smoke: payloadFile
      ? { file: payloadFile, payload: readPayload(payloadFile), expected, maxLatencyMs }
      : undefined,
  };
}

/** Lines, not `list()`: a comma may belong to a value. */
function rawLines(inputs: Inputs<Manifest>): string[] {
  return (inputs.raw('environment-vars') ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}
