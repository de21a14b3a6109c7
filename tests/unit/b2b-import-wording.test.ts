import type { InputProblem, ProblemCode } from '@/domain/b2b/input-problem';
import { formatKind, builtInKind } from '@/domain/xlsx-formats';
import { problemText } from '@/features/b2b-import/problem-text';
import { activateLocale } from '@/i18n/i18n';

const PARAMS = { known: 'name, side', count: 3, name: 'Ghost', value: 'x', first: 2, start: '10:00', end: '09:00' };
const CODES: ProblemCode[] = [
  'empty-file',
  'unreadable-row',
  'unknown-column',
  'repeated-column',
  'missing-column',
  'extra-cells',
  'no-rows',
  'missing-value',
  'two-spellings',
  'unknown-priority',
  'self-meeting',
  'duplicate-request',
  'bad-date',
  'bad-time',
  'end-not-after-start',
  'unknown-participant',
  'not-event-day',
  'before-sessions',
  'after-sessions',
  'bad-side',
  'bad-number',
  'duplicate-participant',
  'not-a-workbook',
  'unreadable-file',
  'too-large',
  'no-tables',
];
const problem = (code: ProblemCode, params: InputProblem['params'] = {}): InputProblem => ({
  file: 'requests',
  message: 'English for the CLI',
  code,
  params: {
    ...PARAMS,
    date: '2026-10-22',
    days: '2026-10-20',
    time: '08:00',
    hours: '09:00–17:00',
    file: 'participants',
    row: 4,
    limit: 10,
    ...params,
  },
});

describe('import problems in both languages', () => {
  afterEach(() => activateLocale('en'));

  it.each(['en', 'es'] as const)('every code has its own words in %s, with every value filled in', async (locale) => {
    await activateLocale(locale);
    const texts = CODES.map((code) => problemText(problem(code)));
    for (const text of texts) expect(text).not.toMatch(/\{\{|b2bImport:|English for the CLI/);
    expect(new Set(texts).size).toBe(CODES.length);
  });

  it('words the row and column problems the same way a person reads them', async () => {
    const twoWays = problem('two-spellings', { name: 'cluster queretaro', known: 'Clúster Querétaro' });
    expect(problemText(twoWays)).toBe(
      '“cluster queretaro” is written “Clúster Querétaro” in participants, row 4: use one spelling for one participant',
    );
    await activateLocale('es');
    expect(problemText(twoWays)).toBe(
      '“cluster queretaro” está escrito “Clúster Querétaro” en participants, fila 4: escribe cada participante siempre igual',
    );
    expect(problemText(problem('duplicate-request'))).toBe('son los mismos dos participantes que en la fila 2');
    expect(problemText(problem('not-event-day', { days: '' }))).toBe(
      'el evento todavía no tiene sesiones: agrégalas antes de importar horarios',
    );
  });
});

describe('which number formats show dates and times', () => {
  const FORMATS = {
    date: ['yyyy-mm-dd', '[$-80A]dd/mm/yyyy;@', 'd-mmm'],
    time: ['hh:mm', '[h]:mm:ss', 'h:mm AM/PM'],
    datetime: ['yyyy-mm-dd hh:mm'],
    number: ['0.00', '#,##0 "días"', '[Red]0.0', 'General'],
  };

  it('tells dates, times and plain numbers apart by their format code', () => {
    for (const [kind, codes] of Object.entries(FORMATS)) expect(codes.map(formatKind)).toEqual(codes.map(() => kind));
  });

  it('knows the built-in ids', () => {
    expect([14, 20, 22, 2, 49].map(builtInKind)).toEqual(['date', 'time', 'datetime', 'number', 'number']);
  });
});
