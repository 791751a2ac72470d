/**
 * One view of a registered model for the model capabilities (evaluate-model, promote-model), over
 * the two registries Databricks has: Unity Catalog (three-part names, aliases) and the workspace
 * registry (stages). Versions are decimal strings in both.
 */
import { UserError, inputRef } from '../errors';
import { DatabricksError, type DatabricksClient } from '../databricks';

export type RegistryKind = 'unity-catalog' | 'workspace';

export interface ModelVersionView {
  version: string;
  /** READY, PENDING_REGISTRATION, FAILED_REGISTRATION, … (open string). */
  status: string;
  runId?: string;
  description?: string;
  tags: Record<string, string>;
  /** Unity Catalog aliases pointing at this version (empty where the API leaves them out). */
  aliases: string[];
  /** Workspace registry stage. */
  stage?: string;
  createdAt?: number;
}

/** The three-part shape Unity Catalog requires; anything else is a workspace registry name. */
const UC_NAME = /^[^.\s]+\.[^.\s]+\.[^.\s]+$/;

export function registryKindFor(modelName: string, override?: RegistryKind): RegistryKind {
  if (override === 'workspace' && UC_NAME.test(modelName))
    throw new UserError(
      `Input ${inputRef('model-name')} '${modelName}' is a three-part Unity Catalog name, but ${inputRef('registry')} is workspace: the workspace registry refuses names with periods. Set ${inputRef('registry')} to unity-catalog, or use the workspace model's own name.`,
    );
  if (override === 'unity-catalog' && !UC_NAME.test(modelName))
    throw new UserError(
      `Input ${inputRef('model-name')} '${modelName}' is not a Unity Catalog name: write it as catalog.schema.model.`,
    );
  return override ?? (UC_NAME.test(modelName) ? 'unity-catalog' : 'workspace');
}

export interface ModelRegistry {
  readonly kind: RegistryKind;
  readonly modelName: string;
  getVersion(version: string): Promise<ModelVersionView>;
  /** Every version, newest first. */
  listVersions(): Promise<ModelVersionView[]>;
  /** The version behind a Unity Catalog alias or holding a workspace stage; undefined when none. */
  resolvePointer(pointer: string): Promise<ModelVersionView | undefined>;
  setTag(version: string, key: string, value: string): Promise<void>;
  /** Unity Catalog only. */
  setAlias(alias: string, version: string): Promise<void>;
  deleteAlias(alias: string): Promise<void>;
  /** Workspace registry only: moves the version to the stage, archiving the stage's others. */
  transitionStage(version: string, stage: string, comment: string): Promise<void>;
  /** A link to the version in the workspace UI. */
  versionUrl(version: string): string;
}

function tagMap(tags: { key: string; value: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) out[t.key] = t.value;
  return out;
}

function byNewest(a: ModelVersionView, b: ModelVersionView): number {
  const d = BigInt(b.version) - BigInt(a.version);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

function isNotFound(err: unknown): boolean {
  return err instanceof DatabricksError && err.isNotFound;
}

/** MLflow filter strings quote with single quotes; a quote in the name is doubled away. */
function nameFilter(name: string): string {
  return `name='${name.replace(/'/g, "\\'")}'`;
}

export function openRegistry(
  client: DatabricksClient,
  modelName: string,
  kind: RegistryKind,
  signal?: AbortSignal,
): ModelRegistry {
  return kind === 'unity-catalog'
    ? unityCatalogRegistry(client, modelName, signal)
    : workspaceRegistry(client, modelName, signal);
}

/** The fields of a model version that both registries answer with. */
interface VersionFields {
  version: string;
  status?: string;
  run_id?: string;
  description?: string;
  tags?: { key: string; value: string }[];
  creation_timestamp?: unknown;
}

/** A version as the capabilities read it; `placed` is where the registry puts it (aliases, stage). */
function versionView(
  v: VersionFields,
  placed: Pick<ModelVersionView, 'aliases' | 'stage'>,
): ModelVersionView {
  return {
    version: String(v.version),
    status: v.status ?? 'UNKNOWN',
    runId: v.run_id || undefined,
    description: v.description || undefined,
    tags: tagMap(v.tags),
    ...placed,
    createdAt: typeof v.creation_timestamp === 'number' ? v.creation_timestamp : undefined,
  };
}

function unityCatalogRegistry(
  client: DatabricksClient,
  name: string,
  signal?: AbortSignal,
): ModelRegistry {
  const uc = client.unityCatalog;
  const view = (v: VersionFields & { aliases?: { alias: string; version: string }[] }) =>
    versionView(v, { aliases: (v.aliases ?? []).map((a) => a.alias) });
  return {
    kind: 'unity-catalog',
    modelName: name,
    async getVersion(version) {
      return view(await uc.mlflow.getModelVersion(name, version, signal));
    },
    async listVersions() {
      const out: ModelVersionView[] = [];
      let pageToken: string | undefined;
      do {
        const page = await uc.mlflow.searchModelVersions({
          filter: nameFilter(name),
          maxResults: 1000,
          pageToken,
          signal,
        });
        out.push(...page.model_versions.map(view));
        pageToken = page.next_page_token;
      } while (pageToken);
      return out.sort(byNewest);
    },
    async resolvePointer(alias) {
      try {
        return view(await uc.mlflow.getModelVersionByAlias(name, alias, signal));
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async setTag(version, key, value) {
      await uc.mlflow.setModelVersionTag(name, version, key, value, signal);
    },
    async setAlias(alias, version) {
      await uc.mlflow.setAlias(name, alias, version, signal);
    },
    async deleteAlias(alias) {
      try {
        await uc.mlflow.deleteAlias(name, alias, signal);
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
    async transitionStage() {
      throw new UserError(
        `Unity Catalog models have no stages: use an alias for ${inputRef('model-name')} '${name}'.`,
      );
    },
    versionUrl(version) {
      const [catalog, schema, model] = name.split('.');
      return `${client.host}/explore/data/models/${encodeURIComponent(catalog)}/${encodeURIComponent(schema)}/${encodeURIComponent(model)}/version/${encodeURIComponent(version)}`;
    },
  };
}

function workspaceRegistry(
  client: DatabricksClient,
  name: string,
  signal?: AbortSignal,
): ModelRegistry {
  const reg = client.registry;
  const view = (v: VersionFields & { current_stage?: string }) =>
    versionView(v, { aliases: [], stage: v.current_stage });
  return {
    kind: 'workspace',
    modelName: name,
    async getVersion(version) {
      return view(await reg.getModelVersion(name, version, signal));
    },
    async listVersions() {
      return (await reg.searchAllModelVersions(nameFilter(name), signal)).map(view).sort(byNewest);
    },
    async resolvePointer(stage) {
      const canonical = STAGES.find((s) => s.toLowerCase() === stage.toLowerCase());
      if (!canonical)
        throw new UserError(
          `'${stage}' is not a workspace registry stage: use one of ${STAGES.join(', ')} (workspace models have stages, not aliases).`,
        );
      let versions;
      try {
        versions = await reg.getLatestVersions(name, [canonical as 'Production'], signal);
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
      const newest = versions.map(view).sort(byNewest)[0];
      // get-latest-versions omits tags: read the version itself.
      return newest ? view(await reg.getModelVersion(name, newest.version, signal)) : undefined;
    },
    async setTag(version, key, value) {
      await reg.setModelVersionTag(name, version, key, value, signal);
    },
    async setAlias() {
      throw new UserError(
        `Workspace registry models have no aliases: use a stage for ${inputRef('model-name')} '${name}'.`,
      );
    },
    async deleteAlias() {
      // Nothing to delete: stages are moved, not removed.
    },
    async transitionStage(version, stage, comment) {
      await reg.transitionStage(
        { name, version, stage: stage as 'Production', archive_existing_versions: true, comment },
        signal,
      );
    },
    versionUrl(version) {
      return `${client.host}/#mlflow/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
    },
  };
}

export const STAGES = ['None', 'Staging', 'Production', 'Archived'] as const;
