import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { DataTable, type Column } from '@/components/data-table';
import type { ImportChanges } from '@/domain/b2b/import-apply';
import type { InputProblem } from '@/domain/b2b/input-problem';
import { previewCounts, type ImportPreview } from '@/domain/b2b/import-workspace';
import { sameSideText, type SameSideRequest } from '@/domain/b2b/same-side';
import { formatNumber } from '@/domain/format';
import { problemText } from '@/features/b2b-import/problem-text';

const n = (value: number) => formatNumber(value, 0);

/** What the file holds, what applying it would change, and every problem row by row. */
export function ImportReport({
  file,
  preview,
  changes,
  sameSide,
}: {
  file: string;
  preview: ImportPreview;
  changes: ImportChanges | null;
  /** The file's requests within one side: shown, not refused (applying keeps them). */
  sameSide: SameSideRequest[];
}) {
  const { t } = useTranslation('b2bImport');
  const counts = previewCounts(preview);
  const problems = preview.problems.length;
  const columns: Column<InputProblem>[] = [
    { header: t('b2bImport:report.where'), cell: (p) => p.file, className: 'font-mono' },
    { header: t('b2bImport:report.row'), cell: (p) => (p.row === undefined ? '' : n(p.row)), numeric: true },
    { header: t('b2bImport:report.column'), cell: (p) => p.column ?? '', className: 'font-mono' },
    { header: t('b2bImport:report.problem'), cell: (p) => problemText(p) },
  ];
  return (
    <section aria-live="polite" className="space-y-2">
      <p className="font-semibold wrap-anywhere" data-testid="import-summary">
        {t('b2bImport:report.summary', {
          file,
          participants: t('b2bImport:report.participants', { count: counts.participants, n: n(counts.participants) }),
          requests: t('b2bImport:report.requests', { count: counts.requests, n: n(counts.requests) }),
          unavailable: t('b2bImport:report.unavailable', { count: counts.availability, n: n(counts.availability) }),
          problems: t('b2bImport:report.problems', { count: problems, n: n(problems) }),
        })}
      </p>
      {preview.ignored.length > 0 && (
        <p className="text-sm">{t('b2bImport:report.ignored', { sheets: preview.ignored.join(', ') })}</p>
      )}
      {sameSide.length > 0 && <SameSideList requests={sameSide} />}
      {problems > 0 ? (
        <>
          <Alert tone="error">{t('b2bImport:report.blocked')}</Alert>
          <DataTable
            caption={t('b2bImport:report.caption', { file })}
            columns={columns}
            rows={preview.problems}
            rowKey={(_, i) => i}
          />
        </>
      ) : (
        changes && <ChangeList changes={changes} />
      )}
    </section>
  );
}

function ChangeList({ changes }: { changes: ImportChanges }) {
  const { t } = useTranslation('b2bImport');
  const total = Object.values(changes).reduce((a, b) => a + b, 0);
  if (total === 0) return <p className="text-sm">{t('b2bImport:report.nothingNew')}</p>;
  return (
    <ul className="list-disc pl-5 text-sm">
      <li>
        {t('b2bImport:report.changeParticipants', {
          added: n(changes.participantsAdded),
          updated: n(changes.participantsUpdated),
        })}
      </li>
      <li>
        {t('b2bImport:report.changeRequests', { added: n(changes.requestsAdded), updated: n(changes.requestsUpdated) })}
      </li>
      <li>{t('b2bImport:report.changeUnavailable', { added: n(changes.unavailableAdded) })}</li>
    </ul>
  );
}

function SameSideList({ requests }: { requests: SameSideRequest[] }) {
  const { t } = useTranslation('mend');
  return (
    <Alert tone="warning" role="status">
      <p>{t('mend:sameSide.importSummary', { count: requests.length, n: n(requests.length) })}</p>
      <ul className="list-disc pl-5">
        {requests.map(({ request, side }) => (
          <li key={`${request.requester}\u0000${request.partner}`}>
            {t('mend:sameSide.importItem', {
              requester: request.requester,
              partner: request.partner,
              why: sameSideText(side),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
