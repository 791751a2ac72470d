// Remote text in reports: links and code spans that a server cannot break out of, and PR
// comments (public, unmasked by any runner) with registered secrets redacted.
import { registerSecret } from '../../../shared/host/secrets';
import { commentBody } from '../../../shared/report/pr-comment';
import { inlineCode, link } from '../../../shared/report/markdown';

test('a link keeps a server-given URL inside its parentheses and refuses other schemes', () => {
  expect(link('run 1', 'https://x/run/1')).toBe('[run 1](https://x/run/1)');
  expect(link('run 1', 'https://x/a) [evil](https://e "t")')).toBe(
    '[run 1](https://x/a%29%20[evil]%28https://e%20%22t%22%29)',
  );
  expect(link('[x](y)', 'javascript:alert(1)')).toBe('\\[x\\]\\(y\\)');
  expect(link('run <b>', undefined)).toBe('run &lt;b\\>');
});

test('an inline code span cannot be closed by backticks, nor split a table by pipes or lines', () => {
  expect(inlineCode('{"rows": 200}')).toBe('`{"rows": 200}`');
  expect(inlineCode('a `b` c')).toBe('``a `b` c``');
  expect(inlineCode('`x')).toBe('`` `x ``');
  expect(inlineCode('a|b\nc')).toBe('`a\\|b c`');
});

test('the PR comment body redacts every registered secret', () => {
  registerSecret('pr-report-sentinel-77');
  const body = commentBody('Error: token pr-report-sentinel-77 rejected', 'key');
  expect(body).toContain('Error: token *** rejected');
  expect(body).not.toContain('pr-report-sentinel-77');
});
