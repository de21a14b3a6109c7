// Requests within one side (EU × EU, MX × MX) are flagged, not refused, and still scheduled.
import { csvSource } from '@/domain/b2b/import-tables';
import { previewImport } from '@/domain/b2b/import-workspace';
import { runSchedule } from '@/domain/b2b/run';
import { sameSideInImport, sameSideRequests, sameSideText } from '@/domain/b2b/same-side';
import { activateLocale } from '@/i18n/i18n';
import { b2bParticipant, b2bWorkspace } from '../fixtures/b2b-workspace';

const QRO = 'Clúster Aeroespacial de Querétaro';
const workspace = () =>
  b2bWorkspace({
    participants: [
      b2bParticipant({ name: QRO }),
      b2bParticipant({ name: 'Monterrey Aero' }),
      b2bParticipant({ name: 'Aero Spain', side: 'eu' }),
      b2bParticipant({ name: 'Bavaria Aerospace', side: 'eu' }),
    ],
    requests: [
      { requester: 'Aero Spain', partner: QRO, priority: 'must' },
      { requester: 'Aero Spain', partner: 'Bavaria Aerospace', priority: 'should' },
      { requester: 'Monterrey Aero', partner: QRO, priority: 'could' },
      { requester: 'Aero Spain', partner: 'Nobody', priority: 'should' },
    ],
  });

describe('same-side requests', () => {
  it('flags EU × EU and MX × MX, not EU × MX nor a pair with an unknown name', () => {
    const w = workspace();
    expect(sameSideRequests(w.participants, w.requests)).toEqual([
      { request: w.requests[1], side: 'eu' },
      { request: w.requests[2], side: 'mx' },
    ]);
  });

  it('keeps a same-side request in the schedule', () => {
    const w = workspace();
    const placed = runSchedule(w, null).schedule.scheduled.map((m) => `${m.requester} × ${m.partner}`);
    expect(placed).toEqual(
      expect.arrayContaining(['Aero Spain × Bavaria Aerospace', `Monterrey Aero × ${QRO}`, `Aero Spain × ${QRO}`]),
    );
  });

  it('reads an import with the sides the file gives, over the event’s', () => {
    const w = workspace();
    // The file moves Monterrey Aero to the EU side and asks for two meetings.
    const participants = previewImport(csvSource('p.csv', 'name,side\nMonterrey Aero,eu\n'), w).participants;
    const requests = previewImport(
      csvSource('r.csv', `requester,partner\nMonterrey Aero,Aero Spain\nMonterrey Aero,${QRO}\n`),
      w,
    ).requests;
    const flagged = sameSideInImport(w, { participants, requests, unavailable: [], problems: [], ignored: [] });
    expect(flagged).toEqual([
      { request: { requester: 'Monterrey Aero', partner: 'Aero Spain', priority: 'should' }, side: 'eu' },
    ]);
  });

  it('says why in English and in Spanish', async () => {
    expect(sameSideText('eu')).toMatch(/^Both are EU delegations: /);
    expect(sameSideText('mx')).toMatch(/^Both are Mexican partners: /);
    await activateLocale('es');
    try {
      expect(sameSideText('eu')).toMatch(/^Ambas son delegaciones europeas: /);
      expect(sameSideText('mx')).toMatch(/^Ambas son contrapartes mexicanas: /);
    } finally {
      await activateLocale('en');
    }
  });
});
