// A generated B2B event sized like the October 2016 EU–Mexico seminar (310 meetings, 56 Mexican
// organisations), written out as the CLI's three files so the bench reads them the way users do.
import { mulberry32 } from '@/domain/b2b/random';
import { formatTime } from '@/domain/dates';

export const SHAPE = { eu: 40, mexican: 56, large: 14, requests: 310, days: 3, slotsPerDay: 8, tables: 15, away: 0.2 };
export type Shape = typeof SHAPE;
const FIRST = 9 * 60;

export interface BenchFiles {
  event: string;
  requests: string;
  availability: string;
}

export function benchInstance(seed: number, shape: Shape = SHAPE): BenchFiles {
  const rnd = mulberry32(seed);
  const dates = Array.from({ length: shape.days }, (_, d) => `2026-10-${20 + d}`);
  const eu = Array.from({ length: shape.eu }, (_, i) => `EU cluster ${i + 1}`);
  const mx = Array.from({ length: shape.mexican }, (_, i) => `Clúster MX ${i + 1}`);
  // The large requesters ask for 4× as many meetings each.
  const weights = eu.map((_, i) => (i < shape.large ? 4 : 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const pairs = new Set<string>();
  const named = new Set<string>();
  const rows = ['requester,partner,priority'];
  while (pairs.size < shape.requests) {
    let pick = rnd() * total;
    const i = weights.findIndex((w) => (pick -= w) < 0);
    const j = Math.floor(rnd() * mx.length);
    const u = rnd();
    if (pairs.has(`${i}|${j}`)) continue;
    pairs.add(`${i}|${j}`);
    named.add(eu[i]).add(mx[j]);
    rows.push(`${eu[i]},${mx[j]},${u < 0.2 ? 'must' : u < 0.7 ? 'should' : 'could'}`);
  }
  const away = ['participant,date,start,end'];
  // Availability only for participants with requests: another name there is an input error.
  for (const name of [...eu, ...mx].filter((n) => named.has(n)))
    for (const date of dates)
      for (let k = 0; k < shape.slotsPerDay; k++)
        if (rnd() < shape.away)
          away.push(`${name},${date},${formatTime(FIRST + 30 * k)},${formatTime(FIRST + 30 * k + 30)}`);
  const event = {
    timeZone: 'America/Mexico_City',
    meetingMinutes: 30,
    gapMinutes: 0,
    tables: shape.tables,
    sessions: dates.map((date, d) => ({
      name: `Day ${d + 1}`,
      date,
      start: formatTime(FIRST),
      end: formatTime(FIRST + 30 * shape.slotsPerDay),
    })),
  };
  return { event: JSON.stringify(event), requests: rows.join('\n'), availability: away.join('\n') };
}
