import { withoutCredentials } from '../../../shared/capabilities/deploy-jobs/git-info';

test('a token in the remote URL never reaches ${bundle.git.origin_url}', () => {
  expect(withoutCredentials('https://x-access-token:ghs_secret123@github.com/acme/fraud.git')).toBe(
    'https://github.com/acme/fraud.git',
  );
  expect(withoutCredentials('https://github.com/acme/fraud')).toBe('https://github.com/acme/fraud');
  expect(withoutCredentials('git@github.com:acme/fraud.git')).toBe('git@github.com:acme/fraud.git');
});
