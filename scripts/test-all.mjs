// `npm test`: type-check, lint, format check, unit + component tests, then the end-to-end
// tests against a production build in headless Chromium. Stops at the first failing step
// and ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'test-results';
mkdirSync(REPORTS, { recursive: true });
const steps = [
  ['type-check', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  // Every t('ns:key') in the code has its message in both catalogs, and no catalog key is unused.
  ['messages', 'npx', ['i18next-cli', 'extract', '--ci']],
  ['dataset', 'npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/validate-data.ts']],
  [
    'unit + component',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/unit.json`],
  ],
  [
    'end-to-end',
    'node',
    ['scripts/run-e2e.mjs', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/e2e.json`],
  ],
];

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) };
}

for (const file of ['unit.json', 'e2e.json']) rmSync(`${REPORTS}/${file}`, { force: true });
const started = Date.now();
let failedStep = null;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}
const unit = counts(`${REPORTS}/unit.json`);
const e2e = counts(`${REPORTS}/e2e.json`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\nunit+component: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed · ${seconds}s`,
);
if (failedStep) console.log(`✗ stopped at: ${failedStep}`);
console.log(`tests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + (failedStep ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
