// The shared Dialog on the native <dialog> element (tests/setup.ts gives jsdom its open state).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog, type DialogProps } from '@/components/dialog';

type Options = Pick<DialogProps, 'modal' | 'focusSelf'>;

// How the app uses it: a button opens it, and closing unmounts it.
function Harness(options: Options) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button">Before</button>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog label="Settings" onClose={() => setOpen(false)} {...options}>
          <input aria-label="Name" />
          <button type="button" disabled>
            Not now
          </button>
          <button type="button">Save</button>
        </Dialog>
      )}
    </>
  );
}

async function openDialog(options: Options = {}) {
  const user = userEvent.setup();
  render(<Harness {...options} />);
  const opener = screen.getByRole('button', { name: 'Open' });
  await user.click(opener);
  return { user, opener, dialog: screen.getByRole('dialog', { name: 'Settings' }) };
}

describe('Dialog', () => {
  it('opens as a native modal dialog with the focus on its first control', async () => {
    const { dialog } = await openDialog();
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('keeps Tab inside: past the last control it comes back to the first, and back again', async () => {
    const { user } = await openDialog();
    const name = screen.getByRole('textbox', { name: 'Name' });
    const save = screen.getByRole('button', { name: 'Save' });
    await user.tab();
    expect(save).toHaveFocus();
    await user.tab();
    expect(name).toHaveFocus();
    await user.tab({ shift: true });
    expect(save).toHaveFocus();
  });

  it('pulls the focus back when something outside takes it', async () => {
    await openDialog();
    screen.getByRole('button', { name: 'Before' }).focus();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('closes on Escape and gives the focus back to the button that opened it', async () => {
    const { user, opener } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('with focusSelf, the dialog itself holds the focus and is a Tab stop', async () => {
    const { user, dialog } = await openDialog({ focusSelf: true });
    expect(dialog).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(dialog).toHaveFocus();
  });

  it('as a popover (modal={false}) lets Tab leave, and still closes on Escape', async () => {
    const { user, opener, dialog } = await openDialog({ modal: false });
    expect(dialog).not.toHaveAttribute('aria-modal');
    screen.getByRole('button', { name: 'Before' }).focus();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    screen.getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('can be named by its visible title', () => {
    render(
      <Dialog labelledBy="title" onClose={() => undefined}>
        <h2 id="title">Share this view</h2>
      </Dialog>,
    );
    expect(screen.getByRole('dialog', { name: 'Share this view' })).toBeInTheDocument();
  });
});
