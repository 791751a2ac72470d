/**
 * git's rules for ref names (`git help check-ref-format`), checked before any write so that a bad
 * pattern fails with the rule it breaks rather than with whatever the server says. Returns the
 * problem in words, or undefined when the name is valid.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name === '@') return "is '@', which git reserves";
  if (name === 'HEAD') return "is 'HEAD', which git reserves";
  if (name.startsWith('-')) return "starts with '-'";
  if (name.startsWith('/') || name.endsWith('/')) return "starts or ends with '/'";
  if (name.includes('//')) return "contains '//'";
  if (name.endsWith('.')) return "ends with '.'";
  if (name.includes('..')) return "contains '..'";
  if (name.includes('@{')) return "contains '@{'";

  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
  if (bad) {
    const c = bad[0];
    const shown =
      c === ' '
        ? 'a space'
        : c.charCodeAt(0) < 0x21 || c === '\x7f'
          ? 'a control character'
          : `'${c}'`;
    return `contains ${shown}`;
  }
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `has a part that starts with '.' ('${part}')`;
    if (part.endsWith('.lock')) return `has a part that ends with '.lock' ('${part}')`;
  }
  return undefined;
}
