#!/usr/bin/env python3
"""Runs the unit tests with unittest discovery and writes a JUnit XML report.

Standard library only, so that it runs where pytest is not installed:

    python run_tests.py --junit-xml test-results/junit.xml

Each <testcase> carries the file and line of the test; a failure or error carries the line in
the test file where it happened, so CI can annotate it. Exit code: 0 when every test passed,
1 on failures or errors, 5 when no test was found (as pytest does).
"""

import argparse
import inspect
import os
import sys
import time
import traceback
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def _relpath(path):
    try:
        return os.path.relpath(path, HERE).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return path


def _test_location(test):
    """File and first line of the test method."""
    method = getattr(test, getattr(test, "_testMethodName", ""), None)
    try:
        target = method if method is not None else type(test)
        file = inspect.getsourcefile(target)
        line = inspect.getsourcelines(target)[1]
        return file, line
    except (TypeError, OSError):
        return None, None


class JUnitResult(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = []
        self._started = {}

    def startTest(self, test):
        self._started[test.id()] = time.perf_counter()
        super().startTest(test)

    def _record(self, test, status, err=None, message=None):
        elapsed = time.perf_counter() - self._started.get(test.id(), time.perf_counter())
        file, line = _test_location(test)
        record = {
            "id": test.id(),
            "status": status,
            "time": elapsed,
            "file": file,
            "line": line,
            "message": message,
        }
        if err is not None:
            exc_type, exc, tb = err
            record["type"] = exc_type.__name__
            record["message"] = str(exc).splitlines()[0] if str(exc) else exc_type.__name__
            record["trace"] = "".join(traceback.format_exception(exc_type, exc, tb))
            # The innermost frame in the test's own file is where the annotation belongs.
            frames = [f for f in traceback.extract_tb(tb) if file and os.path.samefile(f.filename, file)] if tb else []
            if frames:
                record["line"] = frames[-1].lineno
        self.records.append(record)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "failure", err)

    def addError(self, test, err):
        super().addError(test, err)
        self._record(test, "error", err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skipped", message=reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test, "skipped", message="expected failure")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "failure", message="unexpected success: the test is marked expectedFailure but passed")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            status = "failure" if issubclass(err[0], test.failureException) else "error"
            self._record(subtest, status, err)


def _split_id(test_id):
    # "tests.test_model.LogisticRegressionTest.test_fit" -> class path, method name
    if " (" in test_id:  # class or module fixtures: "setUpClass (tests.test_x.T)"
        name, _, owner = test_id.partition(" (")
        return owner.rstrip(")"), name
    head, _, tail = test_id.rpartition(".")
    return head or test_id, tail


def write_junit(records, path, total_time):
    suites = {}
    for r in records:
        classname, _ = _split_id(r["id"])
        suites.setdefault(classname, []).append(r)
    root = ET.Element("testsuites", name="unittest", time=f"{total_time:.3f}")
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for classname, items in suites.items():
        suite = ET.SubElement(root, "testsuite", name=classname)
        s_counts = {"tests": len(items), "failures": 0, "errors": 0, "skipped": 0}
        for r in items:
            _, name = _split_id(r["id"])
            attrs = {"classname": classname, "name": name, "time": f"{r['time']:.3f}"}
            if r["file"]:
                attrs["file"] = _relpath(r["file"])
            if r["line"]:
                attrs["line"] = str(r["line"])
            case = ET.SubElement(suite, "testcase", attrs)
            if r["status"] in ("failure", "error"):
                key = "failures" if r["status"] == "failure" else "errors"
                s_counts[key] += 1
                el = ET.SubElement(case, r["status"], message=r.get("message") or "", type=r.get("type", ""))
                el.text = r.get("trace") or r.get("message") or ""
            elif r["status"] == "skipped":
                s_counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=r.get("message") or "")
        suite.set("time", f"{sum(r['time'] for r in items):.3f}")
        for k, v in s_counts.items():
            suite.set(k, str(v))
            counts[k] += v
    for k, v in counts.items():
        root.set(k, str(v))
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--junit-xml", metavar="PATH", help="write a JUnit XML report here")
    parser.add_argument("--start-dir", default="tests", help="where discovery starts (default: tests)")
    parser.add_argument("--pattern", default="test_*.py", help="test file pattern (default: test_*.py)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    sys.path.insert(0, HERE)
    suite = unittest.defaultTestLoader.discover(os.path.join(HERE, args.start_dir), pattern=args.pattern, top_level_dir=HERE)
    runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2 if args.verbose else 1, resultclass=JUnitResult)
    started = time.perf_counter()
    result = runner.run(suite)
    elapsed = time.perf_counter() - started

    if args.junit_xml:
        counts = write_junit(result.records, args.junit_xml, elapsed)
        print(f"JUnit report: {args.junit_xml} ({counts['tests']} tests, {counts['failures']} failures, {counts['errors']} errors, {counts['skipped']} skipped)")
    if result.testsRun == 0:
        return 5
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
