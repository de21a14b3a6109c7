// The meeting-list and shortlist texts built outside React, in both languages: English stays what
// the English tests and files expect, Spanish has its own plurals, numbers and wording.
import { DEFAULT_EVENT, defaultEvent } from '@/domain/event';
import { MEETING_SHEET_HEADER, meetingSheetHeader } from '@/domain/meeting-sheet';
import type { Shortlist } from '@/domain/shortlist';
import { newSlot, overflowHeading, slotName, timeZoneName } from '@/features/meeting-list/event-model';
import { importedMessage } from '@/features/meeting-list/import-model';
import { listNameProblem } from '@/features/shortlist/shortlist-model';
import { activateLocale } from '@/i18n/i18n';
import { DEFAULT_WEIGHTS, defaultProfile } from '@/domain/profile';

const list = (name: string, clusters: number): Shortlist => ({
  id: 'l1',
  name,
  entries: Array.from({ length: clusters }, (_, i) => ({ clusterId: `c${i}`, note: '' })),
  event: DEFAULT_EVENT,
  // Files with a profile: the notice has no sentence about following the dashboard.
  profile: {
    profile: defaultProfile('2026-01-15'),
    weights: DEFAULT_WEIGHTS,
    presetId: 'balanced',
    expiredLabelFactor: 0.5,
  },
});

describe('in English', () => {
  it('the CSV header of the active language is the fixed English one', () => {
    expect(meetingSheetHeader()).toEqual([...MEETING_SHEET_HEADER]);
  });

  it('the default event is DEFAULT_EVENT', () => {
    expect(defaultEvent()).toEqual(DEFAULT_EVENT);
  });

  it('formats the numbers inside sentences', () => {
    expect(overflowHeading(1200)).toBe('1,200 meetings do not fit the sessions');
    expect(timeZoneName('America/Mexico_City')).toBe('America/Mexico City');
    expect(timeZoneName('Asia/Ho_Chi_Minh')).toBe('Asia/Ho Chi Minh');
  });
});

describe('in Spanish', () => {
  beforeAll(() => activateLocale('es'));
  afterAll(() => activateLocale('en'));

  it('words the overflow with Spanish plurals and grouped numbers', () => {
    expect(overflowHeading(1)).toBe('1 reunión no cabe en las sesiones');
    expect(overflowHeading(3)).toBe('3 reuniones no caben en las sesiones');
    expect(overflowHeading(1200)).toBe('1,200 reuniones no caben en las sesiones');
  });

  it('names new and unnamed slots, and the time zones', () => {
    const sessions = DEFAULT_EVENT.sessions;
    expect(newSlot('session', sessions, sessions).label).toBe('Sesión 3');
    expect(newSlot('break', [], sessions).label).toBe('Receso para café');
    expect(slotName('break', { id: 'b', label: '', start: '', end: '' }, 1)).toBe('Receso 2');
    expect(timeZoneName('America/Mexico_City')).toBe('América/Ciudad de México');
    expect(timeZoneName('Europe/Brussels')).toBe('Europa/Bruselas');
    expect(timeZoneName('UTC')).toBe('UTC');
  });

  it('starts a new event in Spanish, with the same times', () => {
    const event = defaultEvent();
    expect(event).toMatchObject({ name: 'Rueda de negocios de clústeres UE–México', place: 'Ciudad de México' });
    expect(event.sessions.map((s) => [s.label, s.start, s.end])).toEqual([
      ['Mañana', '09:00', '13:00'],
      ['Tarde', '14:30', '17:30'],
    ]);
  });

  it('words the import notice with plurals', () => {
    expect(importedMessage(list('Lista de Ana', 1), 'Lista de Ana', 0)).toBe(
      'Se importó la lista de preselección “Lista de Ana” con 1 clúster.',
    );
    expect(importedMessage(list('Respaldo', 3), 'Respaldo (2)', 2)).toBe(
      'Se importó la lista de preselección “Respaldo” como “Respaldo (2)” (ya hay una con ese nombre) con 3 clústeres. ' +
        '2 clústeres no figuran en el conjunto de datos actual; se quedan en la lista, marcados como “no figura en el conjunto de datos actual”.',
    );
  });

  it('explains a name that cannot be used', () => {
    expect(listNameProblem(' ', [])).toBe('Escribe un nombre para la lista de preselección.');
    expect(listNameProblem('x'.repeat(201), [])).toBe('Usa como máximo 200 caracteres.');
    expect(listNameProblem('Monterrey', ['monterrey'])).toBe('Ya hay otra lista de preselección con este nombre.');
  });
});
