// Generated from shared/capabilities/deploy-jobs/job-schema.ts by `npm run generate`. Do not edit.
import type { ValidateFunction } from 'ajv';
export declare const validateJob: ValidateFunction;
export declare const validateBundleFile: ValidateFunction;
