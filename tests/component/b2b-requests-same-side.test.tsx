// The request list marks a request between two participants of one side, in English and in
// Spanish, and keeps it (its priority and Remove work as for any other).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequestsEditor } from '@/features/b2b-event/requests-editor';
import { useB2bEventStore } from '@/stores/b2b-event-store';
import { b2bParticipant, b2bWorkspace } from '../fixtures/b2b-workspace';
import { renderApp } from './render-app';
import { inSpanish, switchToSpanish } from './spanish';

const QRO = 'Clúster Aeroespacial de Querétaro';

function show() {
  const base = b2bWorkspace();
  const workspace = b2bWorkspace({
    participants: [
      ...base.participants,
      b2bParticipant({ name: 'EU Rail', side: 'eu' }),
      b2bParticipant({ name: 'Monterrey Aero' }),
    ],
    requests: [
      ...base.requests,
      { requester: 'Aero Spain', partner: 'EU Rail', priority: 'should' },
      { requester: 'Monterrey Aero', partner: QRO, priority: 'could' },
    ],
  });
  useB2bEventStore.setState({ workspace, run: null, undoStack: [] });
  return renderApp({ ui: <RequestsEditor /> });
}

const items = () => screen.getAllByRole('listitem');

beforeEach(() => useB2bEventStore.getState().reset());

describe('requests within one side', () => {
  inSpanish({ fromStart: false });

  it('says so on each such request, and on no other', async () => {
    show();
    const [mixed, eu, mx] = items();
    expect(within(mixed!).queryByRole('status')).not.toBeInTheDocument();
    expect(within(eu!).getByRole('status')).toHaveTextContent(
      'Both are EU delegations: the sources describe B2B meetings between an EU delegation and a Mexican partner, not within one side. It stays in the event and is scheduled like any other request.',
    );
    expect(within(mx!).getByRole('status')).toHaveTextContent(/^Both are Mexican partners: /);
    // Kept: removing it is the organiser's choice, as for any request.
    await userEvent.setup().click(within(eu!).getByRole('button', { name: /Remove/ }));
    expect(useB2bEventStore.getState().workspace.requests.map((r) => r.partner)).toEqual([QRO, QRO]);
  });

  it('words it in Spanish', async () => {
    await switchToSpanish();
    show();
    expect(within(items()[1]!).getByRole('status')).toHaveTextContent(
      /^Ambas son delegaciones europeas: .+ La solicitud se conserva en el evento y se programa como cualquier otra\.$/,
    );
  });
});
