// A web-test-runner reporter that counts tests and writes {passed, failed, skipped} to a file,
// so scripts/test.mjs can end with a plain "N passed, N failed" line.
import { writeFileSync } from 'node:fs';

function walk(suite, counts) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite?.suites ?? []) walk(s, counts);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        walk(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.sessionErrors++;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
