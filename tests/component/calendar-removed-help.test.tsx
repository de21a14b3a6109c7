// Beside each calendar download, the help says what a re-imported file cannot do: remove from the
// reader's calendar a meeting that is no longer in it (tests/unit/ics-updates.test.ts and b2b-export-files.test.ts show why).
import { screen, within } from '@testing-library/react';
import { B2bOutputs } from '@/features/b2b-outputs/b2b-outputs';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { useAppStore } from '@/stores/app-store';
import { b2bResult } from '../fixtures/b2b-result';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';
import { inSpanish, switchToSpanish } from './spanish';

const EN = /^Importing a newer file updates the meetings it holds\. A meeting it no longer holds .+ by hand\.$/;
const ES = /^Al importar un archivo más reciente se actualizan .+ Elimínela a mano en su calendario\.$/;

/** The help sits in the same block of actions as the calendar button. */
function helpNear(button: HTMLElement, text: RegExp) {
  let block = button.parentElement;
  while (block && !within(block).queryByText(text)) block = block.parentElement;
  expect(block).not.toBeNull();
  expect(block!.contains(button)).toBe(true);
  return within(block!).getByText(text);
}

describe('the calendar help on removed meetings', () => {
  inSpanish({ fromStart: false });

  it('sits by the meeting list’s calendar download, in English and in Spanish', async () => {
    [IDS.queretaro, IDS.monterrey].forEach(useAppStore.getState().toggleShortlisted);
    const { unmount } = renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    expect(helpNear(screen.getByRole('button', { name: 'Download calendar (.ics)' }), EN)).toBeVisible();
    unmount();
    await switchToSpanish();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    expect(helpNear(screen.getByRole('button', { name: 'Descargar calendario (.ics)' }), ES)).toBeVisible();
  });

  it('sits by the B2B calendars, in English and in Spanish', async () => {
    const { unmount } = renderApp({ ui: <B2bOutputs result={b2bResult()} /> });
    expect(helpNear(screen.getAllByRole('button', { name: /Calendar/ })[0]!, EN)).toBeVisible();
    unmount();
    await switchToSpanish();
    renderApp({ ui: <B2bOutputs result={b2bResult()} /> });
    expect(helpNear(screen.getAllByRole('button', { name: /Calendario/ })[0]!, ES)).toBeVisible();
  });
});
