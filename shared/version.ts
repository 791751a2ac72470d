// Kept in step with package.json by a unit test; a constant so bundles need not read package.json.
export const VERSION = '0.1.0';
