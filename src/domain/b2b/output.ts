import type { B2bSchedule } from '@/domain/b2b/types';
import { describeReason } from '@/domain/b2b/wording-en';

/** The schedule file: `scheduled`, `unscheduled` (with the reason in words and as code + data), `bound`. */
export function scheduleToJson(schedule: B2bSchedule, timeZone: string) {
  return {
    timeZone,
    requested: schedule.requested,
    bound: schedule.bound,
    mustBound: schedule.mustBound,
    idle: schedule.idle,
    scheduled: schedule.scheduled,
    unscheduled: schedule.unscheduled.map(({ reason, ...meeting }) => ({
      ...meeting,
      reason: describeReason(meeting, reason),
      ...reason,
    })),
  };
}

/** `scheduled N of M · bound B · unscheduled U · idle I · T ms` */
export function summaryLine(schedule: B2bSchedule, milliseconds: number): string {
  const { scheduled, requested, bound, unscheduled, idle } = schedule;
  return `scheduled ${scheduled.length} of ${requested} · bound ${bound} · unscheduled ${unscheduled.length} · idle ${idle} · ${Math.round(milliseconds)} ms`;
}
