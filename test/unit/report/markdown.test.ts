import {
  BoundedMarkdown,
  codeBlock,
  details,
  escapeCell,
  escapeMarkdown,
  table,
  trimMarkdown,
  trimText,
} from '../../../shared/report/markdown';

describe('markdown helpers', () => {
  it('escapes text from test reports so it renders literally', () => {
    expect(escapeMarkdown('test_[a]*b* <img> # x | y\nz')).toBe(
      'test\\_\\[a\\]\\*b\\* &lt;img\\> \\# x \\| y z',
    );
    expect(escapeCell('a|b\n\nc')).toBe('a\\|b c');
  });

  it('tables and details', () => {
    expect(table(['A', 'B'], [[1, 'x']], ['left', 'right'])).toBe(
      '| A | B |\n| --- | ---: |\n| 1 | x |\n',
    );
    expect(details('a < b', 'body')).toBe(
      '<details><summary>a &lt; b</summary>\n\nbody\n\n</details>\n',
    );
  });

  it('code blocks use a fence longer than any backtick run inside', () => {
    expect(codeBlock('a ``` b')).toBe('````\na ``` b\n````\n');
  });

  it('trimText keeps the top of a trace and says what it cut', () => {
    expect(trimText('1\n2\n3\n4', 2, 100)).toBe('1\n2\n… 2 more lines');
    expect(trimText('abcdef', 10, 3)).toBe('abc\n… cut at 3 characters');
  });

  it('BoundedMarkdown adds whole sections only, within the budget', () => {
    const doc = new BoundedMarkdown(100, 20);
    expect(doc.add('x'.repeat(50))).toBe(true);
    expect(doc.add('y'.repeat(40))).toBe(false);
    expect(doc.add('z'.repeat(30))).toBe(true);
    doc.force('note');
    expect(doc.toString()).toBe(`${'x'.repeat(50)}${'z'.repeat(30)}note`);
  });

  it('trimMarkdown cuts at a line, closes an open fence and details', () => {
    const md = `<details><summary>s</summary>\n\n\`\`\`\n${'trace line\n'.repeat(500)}\`\`\`\n</details>\n`;
    const out = trimMarkdown(md, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect((out.match(/^```/gm) ?? []).length).toBe(2);
    expect(out).toMatch(/<\/details>\n\n_The report was cut to fit the size limit._\n$/);
    expect(trimMarkdown('short', 1000)).toBe('short');
  });
});
