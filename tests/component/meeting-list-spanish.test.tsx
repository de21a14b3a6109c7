// The meeting list, its print view and the shortlist in Spanish, and a switch while they are open.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { ShortlistPanel } from '@/features/shortlist/shortlist-panel';
import { activateLocale, type Locale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';
import { renderApp } from './render-app';

const QRO = 'Clúster Aeroespacial de Querétaro';

async function switchTo(locale: Locale) {
  await activateLocale(locale);
  useAppStore.getState().setLanguage(locale);
}

afterEach(() => activateLocale('en'));

/** Three meetings in a one-hour session: two fit, the third does not. */
function addThree() {
  const { toggleShortlisted, updateEvent, setShortlistNote, setProfile } = useAppStore.getState();
  // Before the first partner: the list keeps the profile it is built with.
  setProfile({ euClusterId: 'hegan' });
  [IDS.queretaro, IDS.monterrey, IDS.ict].forEach(toggleShortlisted);
  updateEvent({
    date: '2026-10-20',
    place: 'Ciudad de México',
    sessions: [{ id: 'am', label: 'Mañana', start: '09:00', end: '10:00' }],
  });
  setShortlistNote(IDS.queretaro, 'Hablar de MRO');
}

const columnHeads = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

describe('the meeting list in Spanish', () => {
  it('shows the schedule, the overflow and the print view with Spanish headings, date, zone and plurals', async () => {
    await switchTo('es');
    const user = userEvent.setup();
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Lista de reuniones');
    expect(screen.getByText(/3 clústeres, 2 espacios/)).toBeInTheDocument();
    expect(screen.getByText(/reuniones de 20 min, 1 sesión/)).toBeInTheDocument();
    const schedule = screen.getByRole('table', { name: 'Agenda de reuniones' });
    expect(columnHeads(schedule)).toEqual(['Orden', 'Horario', 'Clúster', 'Estado', 'Sello ESCA', 'Nota', 'Resultado']);
    expect(within(schedule).getByText('⚠ sin horario')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('1 reunión no cabe en las sesiones');
    expect(screen.getByRole('button', { name: 'Descargar CSV' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Incluir los motivos de la puntuación al imprimir' }));
    await user.click(screen.getByRole('button', { name: 'Imprimir lista de reuniones' }));
    const view = screen.getByRole('dialog', { name: 'Vista de impresión' });
    expect(columnHeads(within(view).getByRole('table'))).toEqual([
      '#',
      'Horario',
      'Clúster',
      'Estado',
      'Sello ESCA',
      'Miembro ECCP',
      'Puntuación',
    ]);
    expect(view).toHaveTextContent('20 de octubre de 2026 · Ciudad de México · América/Ciudad de México');
    expect(view).toHaveTextContent('Clúster de la UE: HEGAN Basque Aerospace Cluster');
    expect(view).toHaveTextContent('2 de 3 reuniones con horario');
    expect(view).toHaveTextContent('⚠ 1 reunión no cabe en las sesiones: aparecen como “sin horario”.');
    expect(view).toHaveTextContent('Nota: Hablar de MRO');
    expect(within(view).getByRole('button', { name: 'Cerrar vista de impresión' })).toBeInTheDocument();
    const qro = within(view).getByText(QRO).closest('tr');
    expect(qro).toHaveTextContent('Oro, vencido el 23 de junio de 2019');
    expect(qro).toHaveTextContent('sí');
    // On a Spanish page the Spanish cluster names need no language of their own.
    expect(within(view).getByText(QRO)).not.toHaveAttribute('lang');
  });

  it('marks the Spanish cluster names on an English page', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <MeetingListPanel /> });
    expect(within(screen.getByRole('table', { name: 'Meeting schedule' })).getByText(QRO)).toHaveAttribute(
      'lang',
      'es',
    );
    await user.click(screen.getByRole('button', { name: 'Print meeting list' }));
    expect(within(screen.getByRole('dialog', { name: 'Print view' })).getByText(QRO)).toHaveAttribute('lang', 'es');
  });
});

describe('the shortlist in Spanish', () => {
  it('re-words the open shortlist when the language switches, and asks before deleting in Spanish', async () => {
    const user = userEvent.setup();
    addThree();
    renderApp({ dataset: shortlistParsed(), ui: <ShortlistPanel /> });
    expect(screen.getByText('not stated in the sources')).toBeInTheDocument();

    await act(() => switchTo('es'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Lista de preselección');
    expect(screen.getByText('3 clústeres')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Clústeres preseleccionados' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Querétaro · Puntuación \d+(\.\d)? de 100/);
    expect(items[2]).toHaveTextContent('no consta en las fuentes');
    expect(screen.queryByText('not stated in the sources')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Subir ${QRO}` })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: `Nota sobre ${QRO}` })).toHaveValue('Hablar de MRO');

    await user.click(screen.getByRole('button', { name: 'Eliminar' }));
    expect(screen.getByRole('group', { name: 'Confirmar eliminación' })).toHaveTextContent(
      /^¿Eliminar la lista de preselección “.+” con sus 3 clústeres, sus notas y su evento\? Un aviso te permitirá deshacerlo\./,
    );
    expect(screen.getByRole('button', { name: 'Cancelar' })).toHaveFocus();
  });
});
