import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const HOST_TOOLKITS = {
  group: ['@actions/*', 'azure-pipelines-task-lib', 'azure-pipelines-task-lib/*'],
  message: 'Host toolkits belong in shared/host/ and the entry points (actions/, tasks/) only.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '**/*.js', '**/*.mjs', '**/fixtures/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      // Lazy require() keeps rarely used, heavy modules out of the bundles' start-up path.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // The layering the README states: the core never touches a host toolkit; capabilities never
  // reach into each other or into the host adapters (they get everything through their context).
  {
    files: ['shared/**/*.ts', 'cli/**/*.ts', 'local-workspace/**/*.ts'],
    ignores: ['shared/host/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [HOST_TOOLKITS] },
      ],
    },
  },
  {
    files: ['shared/capabilities/*/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            HOST_TOOLKITS,
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/',
              message:
                "A capability never imports another capability's internals: move what both need into shared/.",
            },
            {
              regex: '^\\.\\./\\.\\./host/',
              allowTypeImports: true,
              message:
                'A capability gets what it needs from its CapabilityContext, never from a host adapter.',
            },
          ],
        },
      ],
    },
  },
);
