import { promises as fs } from 'fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { inputRef, errorMessage } from '../../errors';

export interface CoverageResult {
  /** 0..1 */
  lineRate: number;
  /** 0..1; undefined when no file reported branches. */
  branchRate?: number;
  linesCovered?: number;
  linesValid?: number;
  files: string[];
}

export class CoverageError extends Error {
  override readonly name = 'CoverageError';
}

// Only the root element's attributes are needed: stop at <packages> so big reports stay cheap.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: ['coverage.packages', 'coverage.sources'],
});

interface Root {
  lineRate: number;
  branchRate?: number;
  linesCovered?: number;
  linesValid?: number;
  branchesCovered?: number;
  branchesValid?: number;
}

const num = (v: unknown): number | undefined => {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function parseCobertura(xml: string, file: string): Root {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new CoverageError(
      `${file}: not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`,
    );
  const doc = parser.parse(xml) as Record<string, unknown>;
  const cov = doc.coverage as Record<string, unknown> | undefined;
  if (!cov || typeof cov !== 'object')
    throw new CoverageError(`${file}: not a Cobertura report (no <coverage> root element)`);
  const linesCovered = num(cov['@lines-covered']);
  const linesValid = num(cov['@lines-valid']);
  const branchesCovered = num(cov['@branches-covered']);
  const branchesValid = num(cov['@branches-valid']);
  const lineRate =
    num(cov['@line-rate']) ?? (linesValid ? (linesCovered ?? 0) / linesValid : undefined);
  if (lineRate === undefined)
    throw new CoverageError(`${file}: the <coverage> element has no line-rate`);
  const branchRate = branchesValid === 0 ? undefined : num(cov['@branch-rate']);
  return {
    lineRate: Math.min(1, lineRate),
    branchRate,
    linesCovered,
    linesValid,
    branchesCovered,
    branchesValid,
  };
}

/**
 * Reads Cobertura reports and combines them: weighted by line (and branch) counts when every file
 * gives them, else the plain mean of the rates.
 */
export async function readCoverage(files: string[]): Promise<CoverageResult> {
  const roots: Root[] = [];
  for (const file of files) {
    let xml: string;
    try {
      xml = await fs.readFile(file, 'utf8');
    } catch (err) {
      throw new CoverageError(
        `${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})`,
      );
    }
    roots.push(parseCobertura(xml.replace(/^\ufeff/, ''), file));
  }
  if (roots.length === 0) throw new CoverageError('no coverage files');
  const weighted = roots.every((r) => r.linesValid !== undefined && r.linesCovered !== undefined);
  const linesValid = weighted ? roots.reduce((a, r) => a + (r.linesValid ?? 0), 0) : undefined;
  const linesCovered = weighted ? roots.reduce((a, r) => a + (r.linesCovered ?? 0), 0) : undefined;
  const lineRate =
    weighted && linesValid
      ? (linesCovered as number) / linesValid
      : roots.reduce((a, r) => a + r.lineRate, 0) / roots.length;
  const withBranches = roots.filter((r) => r.branchRate !== undefined);
  let branchRate: number | undefined;
  if (withBranches.length > 0) {
    const bValid = withBranches.reduce((a, r) => a + (r.branchesValid ?? 0), 0);
    branchRate =
      withBranches.every((r) => r.branchesValid !== undefined && r.branchesCovered !== undefined) &&
      bValid > 0
        ? withBranches.reduce((a, r) => a + (r.branchesCovered ?? 0), 0) / bValid
        : withBranches.reduce((a, r) => a + (r.branchRate as number), 0) / withBranches.length;
  }
  return { lineRate, branchRate, linesCovered, linesValid, files };
}

/** The min-coverage gate: `min` is a percentage (0–100) of lines. Returns why it failed, or undefined. */
export function coverageGate(result: CoverageResult, min: number | undefined): string | undefined {
  if (min === undefined) return undefined;
  const pct = result.lineRate * 100;
  // Compare at the precision we print, so that "80.0% is below 80%" never happens.
  if (Math.round(pct * 10) / 10 >= min) return undefined;
  return `line coverage ${pct.toFixed(1)}% is below the minimum of ${min}% (${inputRef('min-coverage')})`;
}
