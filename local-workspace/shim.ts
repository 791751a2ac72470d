import * as path from 'path';

/**
 * The folder holding the Python shim (`dbutils`, the task launcher, the mlflow fallback). From
 * source it sits beside this file; the bundler sees `path.join(__dirname, 'python')` and copies
 * the folder beside the bundled CLI (dist/cli/python/).
 */
export function shimDir(): string {
  const fromEnv = process.env.DATABRICKS_MLOPS_SHIM_DIR;
  if (fromEnv) return fromEnv;
  return path.join(__dirname, 'python');
}
