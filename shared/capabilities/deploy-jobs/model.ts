import type { SourceFile, Json } from './yaml-source';

/** The resource types deployed; others in a bundle are listed as not deployed. */
export type ResourceKind = 'jobs' | 'experiments' | 'registered_models';
export const DEPLOYED_KINDS: readonly ResourceKind[] = ['jobs', 'experiments', 'registered_models'];

/** A bundle's `permissions` entry: one level for one principal. */
export interface Permission {
  level: string;
  user_name?: string;
  group_name?: string;
  service_principal_name?: string;
}

/** A registered model's `grants` entry: Unity Catalog privileges for one principal. */
export interface UcGrant {
  principal: string;
  privileges: string[];
}

/** One resource to deploy, with its settings resolved and where it was written. */
export interface Definition {
  kind: ResourceKind;
  key: string;
  /** Jobs: the Jobs API settings; experiments: {name}; registered models: {catalog_name, schema_name, name, comment}. */
  settings: Json;
  permissions: Permission[];
  /** Registered models: the Unity Catalog privileges to grant. */
  grants?: UcGrant[];
  file: SourceFile;
  /** Where in `file` the definition starts. */
  keys: (string | number)[];
}

/** Everything a deploy needs, read from a bundle target or a jobs folder. */
export interface Deployment {
  /** Bundle name or deployment name: with `target`, what the deployed jobs are matched by. */
  name: string;
  target: string;
  /** The target's workspace.host, when it names one. */
  host?: string;
  rootPath: string;
  filePath: string;
  statePath: string;
  /** The local folder that `source: workspace` uploads to `filePath`. */
  syncRoot: string;
  /** Upload only these files (relative to syncRoot); all of syncRoot when absent. */
  syncOnly?: string[];
  definitions: Definition[];
  /** Resources of types this tool does not deploy: listed with a warning. */
  notDeployed: { type: string; key: string; where: string }[];
  warnings: string[];
}

/** Facts from outside the files that references stand for. */
export interface ResolveContext {
  userName: string;
  git: { origin_url?: string; branch?: string; commit?: string };
  /** `name=value` from the `variables` input: they win over everything. */
  variables: Record<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  source: 'workspace' | 'git';
  /** The repository's top folder, for `source: git` paths. */
  gitRoot?: string;
  /** Ids found for the bundle's `lookup` variables (lookup.ts), by variable name. */
  lookedUp?: Record<string, string>;
}
