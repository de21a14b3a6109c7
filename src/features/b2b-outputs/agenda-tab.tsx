import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField } from '@/components/field';
import { buildParticipantAgenda } from '@/domain/b2b/agenda';
import type { PartnerFacts } from '@/domain/b2b/agenda-participants';
import type { B2bParticipant, B2bResult } from '@/domain/b2b/participants';
import { AgendaHeading } from '@/features/b2b-outputs/agenda-heading';
import { AgendaTable } from '@/features/b2b-outputs/agenda-table';
import type { PrintMode } from '@/features/b2b-outputs/print-sheet';

interface AgendaTabProps {
  result: B2bResult;
  sides: { eu: B2bParticipant[]; mx: B2bParticipant[] };
  selected: string | null;
  onChoose: (name: string) => void;
  onPrint: (mode: PrintMode) => void;
  partnerFacts?: PartnerFacts;
}

/** Choose a participant of either side and see its agenda; print it or every agenda. */
export function AgendaTab({ result, sides, selected, onChoose, onPrint, partnerFacts }: AgendaTabProps) {
  const { t } = useTranslation('b2bOutputs');
  const groups = [
    { label: t('side.eu'), list: sides.eu },
    { label: t('side.mx'), list: sides.mx },
  ];
  return (
    <div className="space-y-2 p-2">
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          label={t('choose.label')}
          value={selected ?? ''}
          onChange={(e) => onChoose(e.target.value)}
          className="min-w-64"
        >
          {groups.map(({ label, list }) => (
            <optgroup key={label} label={label}>
              {list.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <Button
          size="md"
          disabled={selected === null}
          onClick={() => selected && onPrint({ kind: 'agenda', name: selected })}
        >
          {t('print.agenda')}
        </Button>
        <Button size="md" onClick={() => onPrint({ kind: 'all' })}>
          {t('print.all')}
        </Button>
      </div>
      {selected !== null && <SelectedAgenda result={result} name={selected} partnerFacts={partnerFacts} />}
    </div>
  );
}

function SelectedAgenda(props: { result: B2bResult; name: string; partnerFacts?: PartnerFacts }) {
  const agenda = buildParticipantAgenda(props.result, props.name, props.partnerFacts);
  return (
    <article aria-label={props.name}>
      <AgendaHeading agenda={agenda} />
      <AgendaTable agenda={agenda} />
    </article>
  );
}
