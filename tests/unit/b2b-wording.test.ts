import type { UnscheduledReason } from '@/domain/b2b/types';
import { describeBound, describeReason } from '@/domain/b2b/wording';
import { activateLocale } from '@/i18n/i18n';

const pair = { requester: 'Aero Spain', partner: 'Clúster Aeroespacial' };

describe('English wording of the scheduler', () => {
  it.each<[UnscheduledReason, string]>([
    [{ code: 'not-available', participant: 'Aero Spain' }, 'Aero Spain is not available at any time during the event'],
    [{ code: 'no-common-slot' }, 'Aero Spain and Clúster Aeroespacial are never available at the same time'],
    [
      { code: 'cap-reached', participant: 'Clúster Aeroespacial', maxMeetings: 1 },
      'Clúster Aeroespacial already has its maximum of 1 meeting',
    ],
    [
      { code: 'cap-reached', participant: 'Aero Spain', maxMeetings: 6 },
      'Aero Spain already has its maximum of 6 meetings',
    ],
    [
      { code: 'no-common-free-slot', commonSlots: 3 },
      'in each of the 3 slots when both are available, one of them already has another meeting',
    ],
    [{ code: 'tables-full', fullSlots: 1, commonSlots: 1 }, 'every table is taken in the only slot when both are free'],
    [
      { code: 'tables-full', fullSlots: 2, commonSlots: 3 },
      'every table is taken in each of the 2 slots when both are free; in the other 1 slot when both are available, one of them has another meeting',
    ],
  ])('%j', (reason, text) => {
    expect(describeReason(pair, reason)).toBe(text);
  });

  it('states the bound, and says when the schedule reaches it', () => {
    expect(describeBound(308, 308, 310)).toBe(
      'At most 308 of the 310 requested meetings can be placed with this availability; this schedule places 308, so no schedule can place more.',
    );
    expect(describeBound(300, 308, 310)).toBe(
      'At most 308 of the 310 requested meetings can be placed with this availability; this schedule places 300.',
    );
  });
});

describe('Spanish wording of the scheduler', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('words the reasons with plurals and the bound with grouped numbers', async () => {
    await activateLocale('es');
    expect(describeReason(pair, { code: 'cap-reached', participant: 'Aero Spain', maxMeetings: 1 })).toBe(
      'Aero Spain ya tiene su máximo de 1 reunión',
    );
    expect(describeReason(pair, { code: 'tables-full', fullSlots: 2, commonSlots: 5 })).toBe(
      'todas las mesas están ocupadas en cada uno de los 2 horarios en que ambos están libres; en los otros 3 horarios en que ambos están disponibles, uno de los dos tiene otra reunión',
    );
    expect(describeReason(pair, { code: 'no-common-free-slot', commonSlots: 1 })).toBe(
      'en el único horario en que ambos están disponibles, uno de los dos ya tiene otra reunión',
    );
    expect(describeBound(1200, 1200, 1250)).toBe(
      'Con esta disponibilidad se pueden programar como máximo 1,200 de las 1,250 reuniones solicitadas; esta agenda programa 1,200, así que ninguna agenda puede programar más.',
    );
  });
});
