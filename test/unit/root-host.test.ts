import { RootGithubHost } from '../../actions/index';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

test("an empty input falls back to the selected capability's carried default", () => {
  process.env['INPUT_TOKEN'] = '';
  process.env['INPUT_DEFAULT-FOR-CAP-A-TOKEN'] = 'ghs_from_runner';
  const host = new RootGithubHost(new Map([['token', 'default-for-cap-a-token']]));
  expect(host.getInput('token')).toBe('ghs_from_runner');
  process.env['INPUT_TOKEN'] = 'ghs_from_user';
  expect(host.getInput('token')).toBe('ghs_from_user');
});

test('without a carrier an empty input stays unset, so the manifest default applies', () => {
  process.env['INPUT_TIMEOUT'] = '';
  process.env['INPUT_DEFAULT-FOR-CAP-A-TOKEN'] = 'ghs_from_runner';
  const host = new RootGithubHost(new Map([['token', 'default-for-cap-a-token']]));
  expect(host.getInput('timeout')).toBeUndefined();
});
