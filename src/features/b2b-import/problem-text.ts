// A problem of an import in the reader's language, from its code and values (the domain's English
// `message` is the CLI's). One literal key per code, so the extractor sees every key.
import type { InputProblem, ProblemCode, ProblemParams } from '@/domain/b2b/input-problem';
import { tr } from '@/i18n/i18n';

const TEXT: Record<ProblemCode, (p: ProblemParams) => string> = {
  'empty-file': () => tr('b2bImport:problem.emptyFile'),
  'unreadable-row': () => tr('b2bImport:problem.unreadableRow'),
  'unknown-column': (p) => tr('b2bImport:problem.unknownColumn', p),
  'repeated-column': () => tr('b2bImport:problem.repeatedColumn'),
  'missing-column': () => tr('b2bImport:problem.missingColumn'),
  'extra-cells': (p) => tr('b2bImport:problem.extraCells', p),
  'no-rows': () => tr('b2bImport:problem.noRows'),
  'missing-value': () => tr('b2bImport:problem.missingValue'),
  'two-spellings': (p) =>
    p.row === undefined ? tr('b2bImport:problem.twoSpellingsEvent', p) : tr('b2bImport:problem.twoSpellings', p),
  'unknown-priority': (p) => tr('b2bImport:problem.unknownPriority', p),
  'self-meeting': () => tr('b2bImport:problem.selfMeeting'),
  'duplicate-request': (p) => tr('b2bImport:problem.duplicateRequest', p),
  'bad-date': (p) => tr('b2bImport:problem.badDate', p),
  'bad-time': (p) => tr('b2bImport:problem.badTime', p),
  'end-not-after-start': (p) => tr('b2bImport:problem.endNotAfterStart', p),
  'unknown-participant': (p) => tr('b2bImport:problem.unknownParticipant', p),
  'not-event-day': (p) =>
    p.days === '' ? tr('b2bImport:problem.noEventDays', p) : tr('b2bImport:problem.notEventDay', p),
  'before-sessions': (p) => tr('b2bImport:problem.beforeSessions', p),
  'after-sessions': (p) => tr('b2bImport:problem.afterSessions', p),
  'bad-side': (p) => tr('b2bImport:problem.badSide', p),
  'bad-number': (p) => tr('b2bImport:problem.badNumber', p),
  'duplicate-participant': (p) => tr('b2bImport:problem.duplicateParticipant', p),
  'not-a-workbook': () => tr('b2bImport:problem.notAWorkbook'),
  'no-tables': () => tr('b2bImport:problem.noTables'),
  'unreadable-file': () => tr('b2bImport:problem.unreadableFile'),
  'too-large': (p) => tr('b2bImport:problem.tooLarge', p),
};

/** The problem's words; a problem without a code (none of the import's) keeps its English message. */
export function problemText(problem: InputProblem): string {
  return problem.code ? TEXT[problem.code](problem.params ?? {}) : problem.message;
}
