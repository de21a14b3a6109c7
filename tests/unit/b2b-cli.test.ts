// @vitest-environment node
// `npm run schedule` end to end: files in a temp dir, the script run as npm runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SUMMARY = /^scheduled (\d+) of (\d+) · bound (\d+) · unscheduled (\d+) · idle (\d+) · \d+ ms$/;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'b2b-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function schedule(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, '--tsconfig', 'tsconfig.node.json', 'scripts/schedule.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout.trim().split('\n'), stderr: run.stderr.trim().split('\n') };
}

const EVENT = JSON.stringify({
  timeZone: 'America/Mexico_City',
  meetingMinutes: 30,
  gapMinutes: 0,
  tables: 1,
  sessions: [{ name: 'Day 1 morning', date: '2026-10-20', start: '09:00', end: '10:00' }],
});
const at = (name: string) => join(dir, name);

/** Writes event.json (the one above), requests.csv and availability.csv, then schedules them. */
function scheduleFiles(requests: string, availability: string) {
  write({ 'event.json': EVENT, 'requests.csv': requests, 'availability.csv': availability });
  return schedule(
    ...['--event', at('event.json'), '--requests', at('requests.csv')],
    ...['--availability', at('availability.csv'), '--out', at('schedule.json')],
  );
}

describe('npm run schedule', () => {
  it('writes the schedule JSON and ends with the summary line', () => {
    const run = scheduleFiles(
      'requester,partner,priority\nAero Spain,Clúster Aeroespacial,must\nAuto France,Clúster Aeroespacial,could\nWind Austria,Clúster Energía,should\n',
      'participant,date,start,end\nClúster Energía,2026-10-20,09:00,10:00\n',
    );
    expect(run.status).toBe(0);
    const out = JSON.parse(readFileSync(at('schedule.json'), 'utf8'));
    expect(out.scheduled.map((m: { requester: string; start: string }) => `${m.requester} ${m.start}`).sort()).toEqual([
      'Aero Spain 09:00',
      'Auto France 09:30',
    ]);
    expect(out.unscheduled).toEqual([
      expect.objectContaining({ requester: 'Wind Austria', code: 'not-available', participant: 'Clúster Energía' }),
    ]);
    expect(out.bound).toBe(2);
    expect(run.stdout).toContain(
      'not scheduled (should): Wind Austria – Clúster Energía: Clúster Energía is not available at any time during the event',
    );
    const [, n, m, bound, unscheduled, idle] = SUMMARY.exec(run.stdout.at(-1) ?? '') ?? [];
    expect([n, m, bound, unscheduled, idle].map(Number)).toEqual([2, 3, 2, 1, out.idle]);
  }, 30_000);

  it('lists every problem with its row and column, exits 1 and writes nothing', () => {
    const run = scheduleFiles(
      'requester,partner,priority\nAero Spain,Clúster Aeroespacial,urgent\naero spain,Clúster Energía,must\n',
      'participant,date,start,end\nClúster Energía,2026-10-20,9:00,10:00\n',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([
      'requests.csv, row 2, column "priority": unknown priority "urgent" (use must, should or could)',
      'requests.csv, row 3, column "requester": "aero spain" is written "Aero Spain" in row 2: use one spelling for one participant',
      'availability.csv, row 2, column "start": "9:00" is not a time (use HH:MM, e.g. 09:30)',
      'nothing scheduled: 3 problems in the input',
    ]);
    expect(existsSync(at('schedule.json'))).toBe(false);
  }, 30_000);

  it('explains its usage when a file is missing', () => {
    const run = schedule('--event', at('event.json'));
    expect(run.status).toBe(1);
    expect(run.stderr.at(-1)).toMatch(/^usage: npm run schedule -- --event event\.json --requests requests\.csv/);
  }, 30_000);
});
