import * as net from 'net';
import {
  AUTH_TYPES,
  AZURE_AUTHORITIES,
  CONNECTION_SETTINGS,
  PUBLIC_AZURE_AUTHORITY,
  connectionSetting,
  type AuthType,
  type SettingKey,
} from '../connection-settings';
import { InputError, UserError, inputRef, quoteValue } from '../errors';

/**
 * The connection settings a host reads from its inputs (GitHub inputs, ADO task inputs, CLI flags),
 * by the client's names; `CONNECTION_SETTINGS` maps them to input names and environment variables.
 */
export type ConnectionInputs = Partial<Record<SettingKey, string>>;

export { AUTH_TYPES, type AuthType };

export interface GitHubOidcSettings {
  requestUrl?: string;
  requestToken?: string;
}

export interface AzureDevOpsOidcSettings {
  /** SYSTEM_OIDCREQUESTURI, or built from the collection URI, project, plan and job ids. */
  oidcRequestUri?: string;
  accessToken?: string;
  serviceConnectionId?: string;
}

/** Everything the client needs, normalised and validated. */
export interface DatabricksConfig {
  /** `https://host[:port]` (or `http://` for loopback), no trailing slash or path. */
  host: string;
  /** Set when the user chose one; otherwise the client detects it. */
  authType?: AuthType;
  token?: string;
  clientId?: string;
  clientSecret?: string;
  azureTenantId?: string;
  azureClientId?: string;
  azureClientSecret?: string;
  azureResourceId?: string;
  /** Entra ID authority, `https://login.microsoftonline.com` unless set (sovereign clouds, tests). */
  azureAuthorityHost: string;
  oidcAudience?: string;
  github: GitHubOidcSettings;
  azureDevOps: AzureDevOpsOidcSettings;
  profile?: string;
  /** Where each setting came from, e.g. `host: "input 'databricks-host'"`, for error messages. */
  sources: Partial<Record<SettingKey, string>>;
}

/** How a setting is named to the user: its input and its environment variables. */
export function describeSetting(key: SettingKey): string {
  const s = connectionSetting(key);
  return `${inputRef(s.input)} (${s.env.join(' or ')})`;
}

export interface ResolveOptions {
  /** Where `~/.databrickscfg` lives; without it profiles are read only from DATABRICKS_CONFIG_FILE. */
  homeDir?: string;
  /** Reads a file; `undefined` when it does not exist. */
  readFile?: (path: string) => string | undefined;
  /**
   * Where an entry of `inputs` came from when it was not the input itself, e.g. the ADO service
   * connection; messages then name that source instead of the input.
   */
  inputSources?: Partial<Record<SettingKey, string>>;
}

/**
 * Resolves the connection settings with the Databricks unified-auth names: explicit inputs first,
 * then environment variables, then a `~/.databrickscfg` profile. The only code that reads the
 * environment for them; each value keeps its source, so that every mistake is a UserError naming
 * where the value came from and how to fix it.
 */
export function resolveConfig(
  inputs: ConnectionInputs,
  env: Record<string, string | undefined>,
  opts: ResolveOptions = {},
): DatabricksConfig {
  const values: Partial<Record<SettingKey, string>> = {};
  const sources: Partial<Record<SettingKey, string>> = {};

  for (const s of CONNECTION_SETTINGS) {
    const fromInput = clean(inputs[s.key]);
    if (fromInput !== undefined) {
      values[s.key] = fromInput;
      sources[s.key] = opts.inputSources?.[s.key] ?? `input ${inputRef(s.input)}`;
      continue;
    }
    for (const name of s.env) {
      const fromEnv = clean(env[name]);
      if (fromEnv !== undefined) {
        values[s.key] = fromEnv;
        sources[s.key] = name;
        break;
      }
    }
  }

  const profileName = values.profile;
  // An implicit DEFAULT profile only fills in when no host was given at all, so that a developer's
  // personal profile never mixes with a CI's explicit settings.
  if (profileName !== undefined || values.host === undefined) {
    applyProfile(profileName, sources.profile ?? '', env, opts, values, sources);
  }

  if (values.host === undefined) {
    throw new InputError(
      'databricks-host',
      'is not set',
      `Set it to your workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net, or set ${connectionSetting('host').env.join(' or ')}.`,
    );
  }
  const host = normalizeHost(values.host, 'databricks-host', sources.host!);
  checkWorkspaceHostName(host, values.host, sources.host!);

  let authType: AuthType | undefined;
  if (values.authType !== undefined) {
    const wanted = values.authType.toLowerCase();
    if (!(AUTH_TYPES as readonly string[]).includes(wanted)) {
      const problem = `is ${quoteValue(values.authType)}, which is not an authentication type this suite supports`;
      const fix = `Use one of: ${AUTH_TYPES.join(', ')}; or leave it empty to pick the first whose settings are present.`;
      throw settingError('auth-type', sources.authType!, problem, fix);
    }
    authType = wanted as AuthType;
  }

  let authority = PUBLIC_AZURE_AUTHORITY;
  if (values.azureAuthorityHost !== undefined) {
    authority = normalizeHost(
      values.azureAuthorityHost,
      'azure-authority-host',
      sources.azureAuthorityHost!,
    );
  } else {
    const armEnv = clean(env.ARM_ENVIRONMENT)?.toLowerCase();
    if (armEnv !== undefined) {
      const known = AZURE_AUTHORITIES[armEnv];
      if (!known) {
        throw new UserError(
          `ARM_ENVIRONMENT is ${quoteValue(env.ARM_ENVIRONMENT ?? '')}, which is not a known Azure cloud. Use public, usgovernment or china, or set ${describeSetting('azureAuthorityHost')} to the Entra ID login URL.`,
        );
      }
      authority = known;
    }
  }

  const githubUrl = clean(env.ACTIONS_ID_TOKEN_REQUEST_URL);
  const github: GitHubOidcSettings = {
    requestUrl:
      githubUrl === undefined
        ? undefined
        : checkEndpointUrl(githubUrl, 'ACTIONS_ID_TOKEN_REQUEST_URL'),
    requestToken: clean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
  };

  const config: DatabricksConfig = {
    host,
    authType,
    token: values.token,
    clientId: values.clientId,
    clientSecret: values.clientSecret,
    azureTenantId: values.azureTenantId,
    azureClientId: values.azureClientId,
    azureClientSecret: values.azureClientSecret,
    azureResourceId: values.azureResourceId,
    azureAuthorityHost: authority,
    oidcAudience: values.oidcAudience,
    github,
    azureDevOps: {
      oidcRequestUri: adoOidcRequestUri(env),
      accessToken: clean(env.SYSTEM_ACCESSTOKEN),
      serviceConnectionId: values.azureDevOpsServiceConnectionId,
    },
    profile: profileName,
    sources,
  };
  return config;
}

function adoOidcRequestUri(env: Record<string, string | undefined>): string | undefined {
  const direct = clean(env.SYSTEM_OIDCREQUESTURI);
  if (direct !== undefined) return checkEndpointUrl(direct, 'SYSTEM_OIDCREQUESTURI');
  // Agents older than sprint 240 do not set SYSTEM_OIDCREQUESTURI; the same URL is built from parts.
  const collection = clean(env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI);
  const project = clean(env.SYSTEM_TEAMPROJECTID);
  const plan = clean(env.SYSTEM_PLANID);
  const job = clean(env.SYSTEM_JOBID);
  if (!collection || !project || !plan || !job) return undefined;
  const hub = clean(env.SYSTEM_HOSTTYPE) ?? 'build';
  const base = collection.replace(/\/+$/, '');
  return checkEndpointUrl(
    `${base}/${project}/_apis/distributedtask/hubs/${hub}/plans/${plan}/jobs/${job}/oidctoken`,
    'SYSTEM_TEAMFOUNDATIONCOLLECTIONURI',
  );
}

function applyProfile(
  name: string | undefined,
  nameSource: string,
  env: Record<string, string | undefined>,
  opts: ResolveOptions,
  values: Partial<Record<SettingKey, string>>,
  sources: Partial<Record<SettingKey, string>>,
): void {
  const explicitFile = clean(env.DATABRICKS_CONFIG_FILE);
  const file =
    explicitFile ??
    (opts.homeDir ? `${opts.homeDir.replace(/[\\/]+$/, '')}/.databrickscfg` : undefined);
  const text = file && opts.readFile ? opts.readFile(file) : undefined;
  if (text === undefined) {
    if (name !== undefined) {
      throw new UserError(
        `${capitalize(nameSource)} asks for profile ${quoteValue(name)}, but ${file ?? '~/.databrickscfg'} does not exist. Create it with 'databricks configure --profile <name>', point DATABRICKS_CONFIG_FILE at your config file, or remove the profile setting and pass ${inputRef('databricks-host')} and the credentials directly.`,
      );
    }
    return;
  }
  const profiles = parseIni(text);
  const wanted = name ?? 'DEFAULT';
  const profile = profiles.get(wanted);
  if (!profile) {
    if (name === undefined) return;
    const known = [...profiles.keys()];
    throw new UserError(
      `${capitalize(nameSource)} asks for profile ${quoteValue(name)}, which ${file} does not have${known.length ? ` (it has: ${known.join(', ')})` : ''}. Fix the profile name or add a section for it.`,
    );
  }
  for (const s of CONNECTION_SETTINGS) {
    if (s.cfg === undefined || values[s.key] !== undefined) continue;
    const v = clean(profile.get(s.cfg));
    if (v !== undefined) {
      values[s.key] = v;
      sources[s.key] = `'${s.cfg}' in profile [${wanted}] of ${file}`;
    }
  }
}

/** The subset of INI that ~/.databrickscfg uses: `[section]`, `key = value`, `;`/`#` comments. */
export function parseIni(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const name = header[1].trim();
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0 || !current) continue;
    current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return sections;
}

/**
 * `adb-1.2.azuredatabricks.net/?o=1#job/2` → `https://adb-1.2.azuredatabricks.net`. A pasted
 * workspace URL often carries a path or fragment; the API lives at the root.
 */
export function normalizeHost(raw: string, input: string, source: string): string {
  let text = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw settingError(
      input,
      source,
      `is ${quoteValue(raw)}, which is not a URL`,
      `Use the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    // The value is not echoed: whatever sits before the '@' is likely a credential.
    throw settingError(
      input,
      source,
      'contains a user name or password before the host',
      `Remove the part before '@'; credentials go in ${inputRef('databricks-token')} or the other authentication settings.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw settingError(input, source, `uses the scheme '${url.protocol}'`, `Use an https:// URL.`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw settingError(
      input,
      source,
      `is ${quoteValue(url.origin)}, a plain http:// address that is not loopback, so credentials would cross the network unencrypted`,
      `Use https://${url.host} instead; plain http is accepted only for loopback addresses (localhost, 127.0.0.0/8, [::1]) such as the local workspace.`,
    );
  }
  return url.origin;
}

const DNS_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/**
 * A workspace is always reached by a full domain name or an IP address; a bare word such as `abc`
 * is a typo (or `local` outside the CLI) that would otherwise fail later as a DNS error naming
 * no setting.
 */
function checkWorkspaceHostName(origin: string, raw: string, source: string): void {
  const hostname = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  if (isLoopback(hostname) || net.isIP(hostname) !== 0) return;
  const labels = hostname.replace(/\.$/, '').split('.');
  const fix =
    'Use the workspace URL as your browser shows it, e.g. https://adb-1234567890123456.7.azuredatabricks.net or https://my-workspace.cloud.databricks.com.';
  if (!labels.every((l) => DNS_LABEL.test(l))) {
    throw settingError(
      'databricks-host',
      source,
      `is ${quoteValue(raw)}, whose host name ${quoteValue(hostname)} is not a valid domain name`,
      fix,
    );
  }
  if (labels.length < 2) {
    const local =
      hostname === 'local'
        ? " 'local' (a local workspace started for the command) works only in the databricks-mlops CLI."
        : '';
    throw settingError(
      'databricks-host',
      source,
      `is ${quoteValue(raw)}, a single word rather than a full host name, so it cannot be a Databricks workspace`,
      `${fix}${local}`,
    );
  }
}

/** URLs that receive a credential (OIDC request endpoints) follow the same https rule as the host. */
function checkEndpointUrl(raw: string, envName: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UserError(
      `${envName} is ${quoteValue(raw)}, which is not a URL. It is set by the CI system; do not override it.`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new UserError(
      `${envName} points at ${url.origin}, which is not https; a token would be sent there unencrypted. It is set by the CI system; do not override it with a plain http address.`,
    );
  }
  return url.toString();
}

export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}

function settingError(input: string, source: string, problem: string, fix: string): UserError {
  if (source === `input ${inputRef(input)}`) return new InputError(input, problem, fix);
  return new UserError(`${capitalize(source)} ${problem}. ${fix}`);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clean(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** Whether the host is an Azure Databricks workspace. */
export function isAzureHost(host: string): boolean {
  const h = new URL(host).hostname;
  return /\.(azuredatabricks\.net|databricks\.azure\.us|databricks\.azure\.cn)$/.test(h);
}
