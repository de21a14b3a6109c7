import { agendaStops, buildParticipantAgenda, type AgendaRow } from '@/domain/b2b/agenda';
import { participantsOnSide } from '@/domain/b2b/agenda-participants';
import { buildMeetingMatrix, buildTablePlan } from '@/domain/b2b/agenda-tables';
import { B2B_DAY, B2B_INPUT, B2B_NAMES, B2B_PARTICIPANTS, b2bResult } from '../fixtures/b2b-result';

const { AV, SS, CM, QRO, NL, JAL, COA, VER } = B2B_NAMES;
const result = b2bResult();
const sessionRows = (name: string) =>
  buildParticipantAgenda(result, name).blocks.flatMap((b) => (b.kind === 'session' ? b.rows : []));
const meetingsOf = (rows: AgendaRow[]) => rows.flatMap((r) => (r.kind === 'meeting' ? [r] : []));

describe('a participant agenda', () => {
  it('lists every slot of each session under its heading, in time order, with the break as a row', () => {
    const agenda = buildParticipantAgenda(result, AV);
    expect(agenda.blocks.map((b) => (b.kind === 'session' ? b.session.name : b.brk.name))).toEqual([
      'Morning',
      'Afternoon',
    ]);
    const [morning, afternoon] = agenda.blocks;
    if (morning?.kind !== 'session' || afternoon?.kind !== 'session') throw new Error('sessions expected');
    expect(morning.rows.map((r) => `${r.start} ${r.kind}`)).toEqual([
      `09:00 ${morning.rows[0]!.kind}`,
      `09:30 ${morning.rows[1]!.kind}`,
      '10:00 break',
      `10:30 ${morning.rows[3]!.kind}`,
    ]);
    expect(morning.rows[2]).toEqual({ kind: 'break', start: '10:00', end: '10:30', name: 'Coffee' });
    // Aerospace Valley said it is away all afternoon: free slots, marked as away.
    expect(afternoon.rows).toEqual([
      { kind: 'free', start: '15:00', end: '15:30', away: true },
      { kind: 'free', start: '15:30', end: '16:00', away: true },
      { kind: 'free', start: '16:00', end: '16:30', away: true },
    ]);
  });

  it('holds exactly the scheduled meetings of the participant, each with the other side', () => {
    for (const p of B2B_PARTICIPANTS) {
      const mine = result.schedule.scheduled.filter((m) => m.requester === p.name || m.partner === p.name);
      const rows = meetingsOf(sessionRows(p.name));
      expect(rows.map((r) => r.meeting)).toEqual(mine);
      for (const r of rows) {
        expect([r.meeting.requester, r.meeting.partner]).toContain(r.with.name);
        expect(r.with.name).not.toBe(p.name);
        expect(r.start).toBe(r.meeting.start);
      }
    }
    const total = B2B_PARTICIPANTS.reduce((n, p) => n + buildParticipantAgenda(result, p.name).meetings, 0);
    expect(total).toBe(2 * result.schedule.scheduled.length);
  });

  it('shows a free slot as free (not away) when the participant is available but has no meeting', () => {
    const rows = sessionRows(CM).filter((r) => r.kind === 'free');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'free' && !r.away)).toBe(true);
  });

  it('gives the partner side the EU delegation, its people and contact', () => {
    const withAv = meetingsOf(sessionRows(QRO)).find((r) => r.with.name === AV);
    expect(withAv?.with).toEqual({
      name: AV,
      people: ['Anne Dupont', 'Marc Leroy'],
      website: null,
      contact: 'anne@aerospace-valley.example',
    });
  });

  it("fills a partner's empty website from the extra facts, never over the organiser's own entry", () => {
    const extra = {
      [NL]: { website: 'https://dataset.example/nl' },
      [QRO]: { website: 'https://dataset.example/qro' },
    };
    const rows = meetingsOf(
      buildParticipantAgenda(result, AV, extra).blocks.flatMap((b) => (b.kind === 'session' ? b.rows : [])),
    );
    expect(rows.find((r) => r.with.name === NL)?.with.website).toBe('https://dataset.example/nl');
    expect(rows.find((r) => r.with.name === QRO)?.with.website).toBe('https://aero-qro.example.mx');
  });

  it('lists the requested meetings that did not fit, with the reason, on both sides', () => {
    const av = buildParticipantAgenda(result, AV).unscheduled.map((m) => m.with.name);
    expect(av.sort()).toEqual(
      result.schedule.unscheduled
        .filter((m) => m.requester === AV)
        .map((m) => m.partner)
        .sort(),
    );
    const ver = buildParticipantAgenda(result, VER).unscheduled;
    expect(ver.map((m) => m.with.name)).toEqual(
      result.schedule.unscheduled.filter((m) => m.partner === VER).map(() => AV),
    );
    expect(ver.every((m) => m.reason.code.length > 0)).toBe(true);
  });

  it('puts a break outside every session between sessions, and an every-day break in each day', () => {
    const twoDays = b2bResult({
      event: {
        ...B2B_INPUT.event,
        sessions: [
          { name: 'Day 1', date: B2B_DAY, start: '09:00', end: '11:00' },
          { name: 'Day 2', date: '2026-10-21', start: '09:00', end: '11:00' },
        ],
        breaks: [
          { name: 'Coffee', date: null, start: '10:00', end: '10:30' },
          { name: 'Lunch', date: B2B_DAY, start: '13:00', end: '14:00' },
        ],
      },
      unavailable: [],
    });
    const blocks = buildParticipantAgenda(twoDays, SS).blocks;
    expect(blocks.map((b) => `${b.date} ${b.kind === 'session' ? b.session.name : b.brk.name}`)).toEqual([
      `${B2B_DAY} Day 1`,
      `${B2B_DAY} Lunch`,
      '2026-10-21 Day 2',
    ]);
    for (const b of blocks) if (b.kind === 'session') expect(b.rows.filter((r) => r.kind === 'break')).toHaveLength(1);
  });
});

describe('the table plan', () => {
  const plan = buildTablePlan(result);

  it('has a column per table and a row per slot, the break listed with its session', () => {
    expect(plan.tables).toEqual(['A1', 'A2', 'B1']);
    const sessions = plan.blocks.flatMap((b) => (b.kind === 'session' ? [b] : []));
    expect(sessions.map((s) => s.rows.map((r) => r.start))).toEqual([
      ['09:00', '09:30', '10:30'],
      ['15:00', '15:30', '16:00'],
    ]);
    expect(sessions[0]!.breaks.map((b) => b.name)).toEqual(['Coffee']);
  });

  it('seats every scheduled meeting once, at its table and time, and nothing else', () => {
    const cells = plan.blocks.flatMap((b) =>
      b.kind === 'session'
        ? b.rows.flatMap((r) => r.cells.flatMap((m, i) => (m ? [{ m, table: plan.tables[i], start: r.start }] : [])))
        : [],
    );
    expect(cells).toHaveLength(result.schedule.scheduled.length);
    for (const { m, table, start } of cells) {
      expect(m.table).toBe(table);
      expect(m.start).toBe(start);
    }
    expect(new Set(cells.map((c) => c.m))).toEqual(new Set(result.schedule.scheduled));
  });
});

describe('who meets whom', () => {
  const matrix = buildMeetingMatrix(result);

  it('has the EU side down and the Mexican side across, in participant order', () => {
    expect(matrix.eu).toEqual([AV, SS, CM]);
    expect(matrix.mx).toEqual([QRO, NL, JAL, COA, VER]);
    expect(matrix.placed).toBe(result.schedule.scheduled.length);
    expect(matrix.unplaced).toBe(result.schedule.unscheduled.length);
  });

  it('puts each requested pair in its cell, and leaves pairs nobody asked for empty', () => {
    const at = (eu: string, mx: string) => matrix.cells[matrix.eu.indexOf(eu)]![matrix.mx.indexOf(mx)];
    for (const m of result.schedule.scheduled)
      expect(at(m.requester, m.partner)).toEqual({ kind: 'placed', meeting: m });
    for (const m of result.schedule.unscheduled)
      expect(at(m.requester, m.partner)).toEqual({ kind: 'unplaced', meeting: m });
    expect(at(SS, NL)).toBeNull();
    expect(at(CM, QRO)).toBeNull();
  });

  it('keeps a name the participant list lacks, on the side its requests give it', () => {
    const partial = { ...result, participants: B2B_PARTICIPANTS.filter((p) => p.name !== VER && p.name !== CM) };
    expect(participantsOnSide(partial, 'eu').map((p) => p.name)).toEqual([AV, SS, CM]);
    expect(participantsOnSide(partial, 'mx').map((p) => p.name)).toEqual([QRO, NL, JAL, COA, VER]);
    expect(buildMeetingMatrix(partial).placed).toBe(result.schedule.scheduled.length);
  });
});

describe('agendaStops', () => {
  it('lists the dataset clusters an agenda meets once each, in meeting order, leaving out those entered by hand', () => {
    for (const p of participantsOnSide(result, 'eu')) {
      const agenda = buildParticipantAgenda(result, p.name);
      const met = meetingsOf(agenda.blocks.flatMap((b) => (b.kind === 'session' ? b.rows : [])))
        .map((r) => result.participants.find((q) => q.name === r.with.name)?.clusterId ?? null)
        .filter((id): id is string => id !== null);
      const stops = agendaStops(result, agenda);
      expect(stops.map((s) => s.id)).toEqual([...new Set(met)]);
      expect(stops.map((s) => s.order)).toEqual(stops.map((_, i) => i + 1));
    }
  });
});
