import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/panel';
import { printMap } from '@/app/print-map';
import { SKIP_TARGET } from '@/app/skip-links';
import type { PartnerFacts } from '@/domain/b2b/agenda-participants';
import type { B2bParticipant } from '@/domain/b2b/participants';
import { ownContactsLookup } from '@/domain/own-facts/contacts-of';
import type { OwnContact } from '@/domain/own-facts/types';
import type { Dataset } from '@/domain/types';
import { B2bEventView } from '@/features/b2b-event/b2b-event-view';
import { B2bImport } from '@/features/b2b-import/b2b-import';
import { B2bOutputs } from '@/features/b2b-outputs/b2b-outputs';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useOwnFacts } from '@/stores/own-facts-store';

const contactText = (people: readonly OwnContact[]) =>
  people.map((p) => [`${p.firstName} ${p.lastName}`.trim(), p.email, p.phone].filter(Boolean).join(', ')).join('; ') ||
  null;

/**
 * What the dataset and the user's own facts know of the Mexican partners linked to a cluster: the
 * website (the user's correction, if any, is already laid over it) and the contact persons. They only
 * fill what the organiser left empty in the event.
 */
function partnerFactsOf(
  participants: readonly B2bParticipant[],
  dataset: Dataset,
  contactsOf: (id: string) => readonly OwnContact[],
): PartnerFacts {
  const byId = new Map(dataset.clusters.map((c) => [c.id, c]));
  const facts: Record<string, { website?: string | null; contact?: string | null }> = {};
  for (const p of participants) {
    const cluster = p.clusterId ? byId.get(p.clusterId) : undefined;
    if (cluster) facts[p.name] = { website: cluster.website, contact: contactText(contactsOf(cluster.id)) };
  }
  return facts;
}

function Outputs({ result }: { result: Parameters<typeof B2bOutputs>[0]['result'] }) {
  const dataset = useDatasetValue();
  const own = useOwnFacts();
  const partnerFacts = useMemo(
    () => partnerFactsOf(result.participants, dataset, ownContactsLookup(own)),
    [result.participants, dataset, own],
  );
  return <B2bOutputs result={result} partnerFacts={partnerFacts} printMap={printMap} />;
}

/** The B2B event view: the editor and grid, with the spreadsheet import and the outputs combined in. */
export function EventView() {
  const { t } = useTranslation('b2bEvent');
  return (
    <main className="flex flex-col gap-3 p-3 app:min-h-0 app:flex-1 app:overflow-y-auto">
      <Panel id={SKIP_TARGET.event} label={t('title')} framed={false}>
        <B2bEventView
          renderImport={(workspace, onApply) => <B2bImport workspace={workspace} onApply={onApply} />}
          renderOutputs={(result) => <Outputs result={result} />}
        />
      </Panel>
    </main>
  );
}
