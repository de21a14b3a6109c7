import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { OWN_FIELDS, sourcedValues } from '@/domain/own-facts/fields';
import type { OwnFieldMark } from '@/domain/own-facts/marks';
import { ownFieldLabel, ownGroundsText, ownMark } from '@/domain/own-facts/own-provenance';
import type { OwnField, OwnFieldValues, OwnOrganisation } from '@/domain/own-facts/types';
import type { Cluster, Dataset } from '@/domain/types';
import { CorrectForm } from '@/features/own-facts/correct-form';
import { valueText } from '@/features/own-facts/own-facts-model';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';

/**
 * The user's facts on one cluster, field by field: the sourced value stays visible next to a
 * correction ("Sources: … · Yours: …"), every field can be corrected and every correction reverted.
 */
export function OwnFactsSection({ cluster }: { cluster: Cluster }) {
  const { t } = useTranslation('ownFacts');
  const dataset = useDatasetValue();
  useAppStore((s) => s.language);
  const added = cluster.own?.added ?? null;
  const [removed, setRemoved] = useState<OwnOrganisation | null>(null);
  const { removeOrganisation, restoreOrganisation } = useOwnFactsStore.getState();
  return (
    <section aria-labelledby={`own-${cluster.id}`} className="border-t border-slate-200 pt-2">
      <h3 id={`own-${cluster.id}`} className="mb-1 text-sm font-bold text-brand-900">
        {added ? t('section.titleAdded') : t('section.title')}
      </h3>
      <p className="mb-1 text-xs text-slate-700">{added ? ownGroundsText(added, true) : t('section.intro')}</p>
      <dl className="space-y-1.5 text-sm">
        {OWN_FIELDS.map((field) => (
          <FieldRow key={field} cluster={cluster} field={field} dataset={dataset} added={added !== null} />
        ))}
      </dl>
      {added && (
        <Button variant="danger" className="mt-2" onClick={() => setRemoved(removeOrganisation(cluster.id))}>
          {t('section.remove')}
        </Button>
      )}
      {removed && (
        <p role="status" className="mt-1 text-sm">
          {t('section.removed', { name: removed.values.name.value })}{' '}
          <Button size="xs" onClick={() => restoreOrganisation(removed)}>
            {t('section.undo')}
          </Button>
        </p>
      )}
    </section>
  );
}

function FieldRow({
  cluster,
  field,
  dataset,
  added,
}: {
  cluster: Cluster;
  field: OwnField;
  dataset: Dataset;
  added: boolean;
}) {
  const { t } = useTranslation('ownFacts');
  const [editing, setEditing] = useState(false);
  const { setField, revertField } = useOwnFactsStore.getState();
  const mark = ownMark(cluster, field) as OwnFieldMark<typeof field> | null;
  const current = sourcedValues(cluster)[field];
  const sourced = mark ? mark.sourced : current;
  const label = ownFieldLabel(field);
  return (
    <div data-own-field={field} className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-x-2">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="min-w-0 space-y-0.5">
        {!added && (
          <p data-value="sourced">
            <span className="font-medium">{t('section.sources')}</span> {valueText(field, sourced, dataset)}
          </p>
        )}
        {mark && (
          <p data-value="yours">
            <span className="font-medium">{t('section.yours')}</span>{' '}
            {valueText(field, mark.value, dataset, t('value.none'))}{' '}
            <span
              data-provenance="yours"
              className="rounded bg-violet-50 px-1 text-xs text-violet-950 italic ring-1 ring-violet-700"
            >
              {ownGroundsText(mark.stamp, added)}
            </span>
          </p>
        )}
        {editing ? (
          <CorrectForm
            field={field}
            initial={(mark ? mark.value : current) as OwnFieldValues[typeof field]}
            dataset={dataset}
            onCancel={() => setEditing(false)}
            onSave={(value, grounds) => {
              setField(cluster.id, field, value, grounds);
              setEditing(false);
            }}
          />
        ) : (
          <div className="flex flex-wrap gap-1">
            <Button
              size="xs"
              aria-label={t(added ? 'section.editField' : 'section.correctField', { field: label })}
              onClick={() => setEditing(true)}
            >
              {added ? t('section.edit') : t('section.correct')}
            </Button>
            {mark && !added && (
              <Button
                size="xs"
                variant="neutral"
                aria-label={t('section.revertField', { field: label })}
                onClick={() => revertField(cluster.id, field)}
              >
                {t('section.revert')}
              </Button>
            )}
          </div>
        )}
      </dd>
    </div>
  );
}
