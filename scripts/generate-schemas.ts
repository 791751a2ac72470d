// Compiles the deploy-jobs JSON Schemas into standalone validators (ajv's standalone code), so
// that a deploy checks its definitions without loading or compiling ajv.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { bundleFileSchema, jobSchema } from '../shared/capabilities/deploy-jobs/job-schema';
import type { GeneratedFile } from './generate';

const OUT = 'shared/capabilities/deploy-jobs/schema.validate';

export function schemaValidators(): GeneratedFile[] {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    // Each shared part is one function, not a copy per use.
    inlineRefs: false,
    code: { source: true },
  });
  ajv.addSchema(jobSchema).addSchema(bundleFileSchema);
  const code = standaloneCode(ajv, { validateJob: 'job', validateBundleFile: 'bundle-file' });
  const note =
    '// Generated from shared/capabilities/deploy-jobs/job-schema.ts by `npm run generate`. Do not edit.\n';
  return [
    { path: `${OUT}.js`, content: `${note}/* eslint-disable */\n${code}\n` },
    {
      path: `${OUT}.d.ts`,
      content: `${note}import type { ValidateFunction } from 'ajv';\nexport declare const validateJob: ValidateFunction;\nexport declare const validateBundleFile: ValidateFunction;\n`,
    },
  ];
}
