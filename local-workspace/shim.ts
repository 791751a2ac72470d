import * as fs from 'fs';
import * as path from 'path';

/**
 * The folder holding the Python shim (`dbutils`, the task launcher, the mlflow fallback). From
 * source it sits beside this file; the bundled CLI in dist/ carries a copy named
 * `local-workspace-python`.
 */
export function shimDir(): string {
  const fromEnv = process.env.DATABRICKS_MLOPS_SHIM_DIR;
  if (fromEnv) return fromEnv;
  const candidates = [
    path.join(__dirname, 'python'),
    path.join(__dirname, 'local-workspace-python'),
  ];
  return candidates.find((c) => fs.existsSync(path.join(c, 'dbutils.py'))) ?? candidates[0];
}
