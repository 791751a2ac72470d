/**
 * A capability's inputs and outputs, declared once. action.yml, task.json, the CLI's help and the
 * README's tables are generated from it; the input reader validates against it.
 */

export type InputType =
  /** free text */
  | 'string'
  /** strict true/false */
  | 'boolean'
  /** a decimal number; `min`/`max`/`integer` constrain it */
  | 'number'
  /** one item per line (commas also separate items) */
  | 'list'
  /** a JSON value */
  | 'json'
  /** a YAML (or JSON) value */
  | 'yaml'
  /** one of `options` */
  | 'choice';

export interface InputSpec {
  /** The camelCase name used in Azure DevOps. */
  ado: string;
  description: string;
  type: InputType;
  required?: boolean;
  /** The default as the user would write it; applied on every host. */
  default?: string;
  /**
   * A default only the GitHub runner can evaluate (`${{ github.token }}`): written into action.yml,
   * never applied by the CLI or ADO, where it would be a literal string.
   */
  githubDefault?: string;
  /** Masked as soon as it is read; never echoed. */
  secret?: boolean;
  /** Key into the manifest's `groups`; shown as a section in the ADO task and the README. */
  group?: string;
  /** Allowed values for `choice`. */
  options?: readonly string[];
  min?: number;
  max?: number;
  integer?: boolean;
  /** Environment variables the CLI falls back to, in order. */
  env?: readonly string[];
  /** Not shown in the ADO task (e.g. GitHub-only settings). */
  githubOnly?: boolean;
  /** Not shown in the GitHub action (e.g. the ADO service connection). */
  adoOnly?: boolean;
  /** ADO input type override, e.g. `connectedService:databricks`. */
  adoType?: string;
  /**
   * A file or folder in the checkout: an ADO `filePath` input (a picker). The agent passes an
   * empty one as the repository root, which the ADO host reads back as unset.
   */
  path?: boolean;
  /** Shown in the ADO task editor only while `input` has one of `values` (a `visibleRule`). */
  visibleWhen?: { input: string; values: readonly string[] };
  /**
   * What holds on one host only (a post step, a permission, a matrix): appended to the
   * host-neutral `description` where that host shows it. The README shows them all.
   */
  notes?: HostNotes;
}

export interface HostNotes {
  github?: string;
  ado?: string;
  cli?: string;
}

export interface OutputSpec {
  /** The camelCase output variable name used in Azure DevOps. */
  ado: string;
  description: string;
  /** The value is JSON text: `--json` prints it as JSON, not as a string holding JSON. */
  json?: boolean;
}

export interface GroupSpec {
  title: string;
  collapsed?: boolean;
}

export interface CapabilityManifest {
  /** kebab-case, e.g. `run-job`: the action folder, CLI command and `command:` value. */
  name: string;
  /** Short sentence for action.yml and the CLI help. */
  description: string;
  task: {
    /** PascalCase ADO task name, e.g. `RunDatabricksJob`. */
    name: string;
    /** Fixed forever: a task's identity in ADO is its GUID. */
    id: string;
    friendlyName: string;
    category: 'Build' | 'Deploy' | 'Test' | 'Utility';
    /** `$(input)` placeholders allowed. */
    instanceNameFormat: string;
  };
  /** Whether the capability has a post step (GitHub `post`, ADO post-job execution). */
  post?: boolean;
  groups?: Record<string, GroupSpec>;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
}

/**
 * Keeps the manifest's literal input and output names and defaults in its type, so that
 * `inputs.string('job-nmae')` or `outputs.set('run-idd', …)` does not compile, and an input with a
 * default reads as a value, never `undefined`: defaults live in the manifest only.
 */
export function defineManifest<const M extends CapabilityManifest>(manifest: M): M {
  return manifest;
}

/** What action.yml declares as the input's default: the GitHub-only one, else the common one. */
export function actionDefault(spec: InputSpec): string | undefined {
  return spec.githubDefault ?? spec.default;
}

export type InputName<M extends CapabilityManifest> = Extract<keyof M['inputs'], string>;
export type OutputName<M extends CapabilityManifest> = Extract<keyof M['outputs'], string>;

/** `T` when the input always has a value (a default, or required), else `T | undefined`. */
export type InputValue<
  M extends CapabilityManifest,
  N extends InputName<M>,
  T,
> = M['inputs'][N] extends { default: string }
  ? T
  : M['inputs'][N] extends { required: true }
    ? T
    : T | undefined;

/** The declared options of a choice input, as a union of literals. */
export type ChoiceOf<
  M extends CapabilityManifest,
  N extends InputName<M>,
> = M['inputs'][N] extends { options: readonly (infer O extends string)[] } ? O : string;

// Kept here so that capability manifests import everything manifest-related from one module.
export { connectionGroup, connectionInputs } from './connection-settings';
