import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/panel';
import { SKIP_TARGET } from '@/app/skip-links';
import { B2bEventView } from '@/features/b2b-event/b2b-event-view';

/**
 * The B2B event view. The spreadsheet import and the outputs are features of their own: they are
 * combined here, through the view's render props.
 */
export function EventView() {
  const { t } = useTranslation('b2bEvent');
  return (
    <main className="flex flex-col gap-3 p-3 app:min-h-0 app:flex-1 app:overflow-y-auto">
      <Panel id={SKIP_TARGET.event} label={t('title')} framed={false}>
        <B2bEventView
        // WIRING SLOT (issue 17, parts B and C): the lead passes
        //   renderImport={(workspace, onApply) => <B2bImport workspace={workspace} onApply={onApply} />}
        //   renderOutputs={(result) => <B2bOutputs result={result} />}
        // from src/features/b2b-import/b2b-import.tsx and src/features/b2b-outputs/b2b-outputs.tsx.
        />
      </Panel>
    </main>
  );
}
