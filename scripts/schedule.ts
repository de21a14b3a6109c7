// B2B meeting scheduler from the command line (format of the files: README.md, "B2B meeting
// scheduler"). Exit 1, with every problem listed and nothing written, when an input has errors.
//   npm run schedule -- --event event.json --requests requests.csv [--availability availability.csv] [--out schedule.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatInputProblem } from '@/domain/b2b/input-problem';
import { scheduleToJson, summaryLine } from '@/domain/b2b/output';
import { readB2bFiles } from '@/domain/b2b/read-input';
import { scheduleMeetings } from '@/domain/b2b/schedule-meetings';
import { describeBound, describeReason } from '@/domain/b2b/wording';
import { activateLocale, loadViewCatalogs } from '@/i18n/i18n';

const USAGE =
  'usage: npm run schedule -- --event event.json --requests requests.csv [--availability availability.csv] [--out schedule.json]';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function args() {
  try {
    const { values } = parseArgs({
      options: {
        event: { type: 'string' },
        requests: { type: 'string' },
        availability: { type: 'string' },
        out: { type: 'string' },
      },
    });
    if (!values.event || !values.requests) fail([USAGE]);
    return { ...values, event: values.event, requests: values.requests };
  } catch (error) {
    return fail([(error as Error).message, USAGE]);
  }
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail([`cannot read ${path}: ${(error as Error).message}`]);
  }
}

// A command-line tool: it speaks English whatever the app's language, with the B2B namespaces the
// app loads only with the event view.
await Promise.all([activateLocale('en'), loadViewCatalogs()]);
const options = args();
const result = readB2bFiles(
  {
    event: read(options.event),
    requests: read(options.requests),
    availability: options.availability ? read(options.availability) : null,
  },
  {
    event: basename(options.event),
    requests: basename(options.requests),
    availability: basename(options.availability ?? ''),
  },
);
if (!result.ok) {
  const n = result.problems.length;
  fail([
    ...result.problems.map(formatInputProblem),
    `nothing scheduled: ${n} problem${n === 1 ? '' : 's'} in the input`,
  ]);
}
const started = performance.now();
const schedule = scheduleMeetings(result.input);
const elapsed = performance.now() - started;
if (options.out)
  writeFileSync(options.out, `${JSON.stringify(scheduleToJson(schedule, result.input.event.timeZone), null, 2)}\n`);
for (const meeting of schedule.unscheduled)
  console.log(
    `not scheduled (${meeting.priority}): ${meeting.requester} – ${meeting.partner}: ${describeReason(meeting, meeting.reason)}`,
  );
console.log(describeBound(schedule.scheduled.length, schedule.bound, schedule.requested));
if (options.out) console.log(`schedule written to ${options.out}`);
console.log(summaryLine(schedule, elapsed));
