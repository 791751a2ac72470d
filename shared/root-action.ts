/**
 * The root action (`uses: OWNER/REPO@v1`) declares the union of every capability's GitHub inputs,
 * and must behave exactly like each per-capability action. This module decides, from the
 * manifests alone, which defaults the root's action.yml can declare and which the capability must
 * apply at run time; the generator writes action.yml from it and the root entry point reads
 * inputs by it, so the two cannot drift.
 */
import { actionDefault, type CapabilityManifest } from './manifest';

/** The root action's input that selects the capability. No capability may declare it. */
export const ROOT_SELECTOR = 'capability';

/** The selector's former name, still recognised to point users at the new one. */
export const OLD_ROOT_SELECTOR = 'command';

/** `${{ … }}` in a default: only the runner can evaluate it, so only action.yml can carry it. */
export function isRunnerExpression(value: string): boolean {
  return value.includes('${{');
}

export interface RootInput {
  /** The capabilities that declare this input, in manifest order. */
  capabilities: string[];
  /** Declared in the root action.yml only when every capability that has the input agrees. */
  default?: string;
}

/**
 * A hidden root input that carries one capability's `${{ }}` default for an input whose
 * defaults differ between capabilities: the runner evaluates it, and the root entry point
 * uses it when the user left the input empty and that capability was selected.
 */
export interface DefaultCarrier {
  name: string;
  capability: string;
  input: string;
  default: string;
}

export interface RootPlan {
  inputs: Record<string, RootInput>;
  carriers: DefaultCarrier[];
}

export function carrierName(capability: string, input: string): string {
  return `default-for-${capability}-${input}`;
}

/** Throws when a capability's input would be shadowed by one of the root action's own inputs. */
function checkCollisions(inputs: Record<string, RootInput>, carriers: DefaultCarrier[]): void {
  const owners = (name: string) => inputs[name]?.capabilities.join(', ');
  if (inputs[ROOT_SELECTOR]) {
    throw new Error(
      `The root action selects the capability with input '${ROOT_SELECTOR}', but ${owners(ROOT_SELECTOR)} also declares an input named '${ROOT_SELECTOR}': the root action could not tell them apart. Rename that input in its manifest.`,
    );
  }
  for (const c of carriers) {
    if (inputs[c.name]) {
      throw new Error(
        `The root action needs input '${c.name}' to carry ${c.capability}'s default of '${c.input}', but ${owners(c.name)} declares an input of that name. Rename that input in its manifest.`,
      );
    }
  }
}

/** Everything the root action.yml declares about inputs, derived from the manifests. */
export function rootPlan(manifests: readonly CapabilityManifest[]): RootPlan {
  const specs = new Map<string, Array<{ capability: string; default?: string }>>();
  for (const m of manifests) {
    for (const [name, spec] of Object.entries(m.inputs)) {
      if (spec.adoOnly) continue;
      const list = specs.get(name) ?? [];
      list.push({ capability: m.name, default: actionDefault(spec) });
      specs.set(name, list);
    }
  }
  const inputs: Record<string, RootInput> = {};
  const carriers: DefaultCarrier[] = [];
  for (const [name, list] of specs) {
    const defaults = new Set(list.map((s) => s.default));
    const input: RootInput = { capabilities: list.map((s) => s.capability) };
    if (defaults.size === 1) {
      const [only] = defaults;
      if (only !== undefined) input.default = only;
    } else {
      // A plain default is applied by the capability's input reader when the value is empty;
      // a runner expression cannot be, so it travels in an input of its own.
      for (const s of list) {
        if (s.default !== undefined && isRunnerExpression(s.default)) {
          carriers.push({
            name: carrierName(s.capability, name),
            capability: s.capability,
            input: name,
            default: s.default,
          });
        }
      }
    }
    inputs[name] = input;
  }
  checkCollisions(inputs, carriers);
  return { inputs, carriers };
}

/** The carriers of the selected capability, by the input each one fills. */
export function carriersFor(plan: RootPlan, capability: string): Map<string, string> {
  return new Map(
    plan.carriers.filter((c) => c.capability === capability).map((c) => [c.input, c.name]),
  );
}
