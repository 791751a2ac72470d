/** A place in the user's sources that a failure points at. */
export interface TraceLocation {
  file: string;
  line?: number;
}

export interface TraceHints {
  /** The test's classname: Java frames of this class are preferred. */
  classname?: string;
  /** The test's file attribute: frames in this file are preferred. */
  file?: string;
}

// Frames in these places are the test framework or the runtime, not the user's code.
const LIBRARY =
  /(^|[\\/])(site-packages|dist-packages|node_modules|lib[\\/]python\d|unittest[\\/]|_pytest[\\/]|pluggy[\\/])|^internal[\\/]|^node:/;

const PYTHON = /File "([^"]+)", line (\d+)/g;
const JAVA = /at\s+([\w$.]+)\.[^.(\s][^(]*\(([\w$-]+\.(?:java|kt|kts|scala|groovy)):(\d+)\)/g;
const DOTNET = / in (.+?):line (\d+)/g;
const JS = /(?:\(|at )((?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte)):(\d+):\d+\)?/g;
const GENERIC =
  /((?:[A-Za-z]:)?[\w.@~/\\-]*[\w-]\.(?:py|go|rs|c|cc|cpp|cxx|h|hpp|cs|fs|php|rb|swift|kt|java|scala|pl|t|m|mm|lua|r|R|sql|ts|js)):(\d+)\b/g;
const CUNIT = /File:\s*(\S+)\s*\n\s*Line:\s*(\d+)/;

interface Frame {
  file: string;
  line: number;
  /** For Java frames: the class the frame is in. */
  cls?: string;
}

function frames(text: string, re: RegExp, map: (m: RegExpExecArray) => Frame): Frame[] {
  const out: Frame[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(map(m));
  return out;
}

const isUser = (f: Frame) => !LIBRARY.test(f.file.replace(/\\/g, '/'));

function endsWithPath(a: string, b: string): boolean {
  const na = a.replace(/\\/g, '/');
  const nb = b.replace(/\\/g, '/').replace(/^\.\//, '');
  return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`);
}

function pick(list: Frame[], hints: TraceHints, innermostLast: boolean): Frame | undefined {
  if (list.length === 0) return undefined;
  const ordered = innermostLast ? [...list].reverse() : list;
  if (hints.file) {
    const inTestFile = ordered.find((f) => endsWithPath(f.file, hints.file as string));
    if (inTestFile) return inTestFile;
  }
  return ordered.find(isUser) ?? ordered[0];
}

/**
 * Finds the file and line a failure points at in a stack trace or message: Python tracebacks,
 * pytest's `path.py:N: Error`, Java/Kotlin `at pkg.Class.method(File.java:N)`, .NET `in path:line N`,
 * JavaScript `(path:line:col)`, and `path.ext:N` as written by Go, Rust, C/C++ and others.
 */
export function locateInTrace(
  text: string | undefined,
  hints: TraceHints = {},
): TraceLocation | undefined {
  if (!text) return undefined;

  // Python prints the innermost frame last.
  const py = frames(text, PYTHON, (m) => ({ file: m[1], line: Number(m[2]) }));
  const pyFrame = pick(py, hints, true);
  if (pyFrame) return { file: pyFrame.file, line: pyFrame.line };

  const java = frames(text, JAVA, (m) => {
    const cls = m[1];
    const pkg = cls.includes('.') ? cls.slice(0, cls.lastIndexOf('.')) : '';
    // Only the file name is in the trace; the package gives the directories under the source root.
    const file = pkg ? `${pkg.replace(/\./g, '/')}/${m[2]}` : m[2];
    return { file, line: Number(m[3]), cls };
  });
  if (java.length > 0) {
    const testClass = hints.classname?.replace(/\$.*$/, '');
    const own = testClass
      ? java.find((f) => f.cls === testClass || f.cls?.startsWith(`${testClass}$`))
      : undefined;
    const userFrame =
      own ??
      java.find(
        (f) =>
          !/^(java|javax|jdk|sun|org\.junit|org\.testng|org\.hamcrest|org\.assertj|kotlin|junit)\./.test(
            f.cls ?? '',
          ),
      );
    const f = userFrame ?? java[0];
    return { file: f.file, line: f.line };
  }

  const dotnet = pick(
    frames(text, DOTNET, (m) => ({ file: m[1].trim(), line: Number(m[2]) })),
    hints,
    false,
  );
  if (dotnet) return { file: dotnet.file, line: dotnet.line };

  const js = pick(
    frames(text, JS, (m) => ({ file: m[1], line: Number(m[2]) })),
    hints,
    false,
  );
  if (js) return { file: js.file, line: js.line };

  const cunit = CUNIT.exec(text);
  if (cunit) return { file: cunit[1], line: Number(cunit[2]) };

  const generic = pick(
    frames(text, GENERIC, (m) => ({ file: m[1], line: Number(m[2]) })),
    hints,
    false,
  );
  if (generic) return { file: generic.file, line: generic.line };
  return undefined;
}
