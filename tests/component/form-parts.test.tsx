// The shared button and form fields in src/components, rendered alone.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '@/components/button';
import { Checkbox } from '@/components/checkbox';
import { SelectField, TextField } from '@/components/field';
import { CheckboxGroup } from '@/components/fieldset';

describe('Button', () => {
  it('is type="button" unless asked, so it never submits a form by accident', async () => {
    const user = userEvent.setup();
    const submit = vi.fn((e: SubmitEvent) => e.preventDefault());
    const click = vi.fn();
    render(
      <form onSubmit={(e) => submit(e.nativeEvent as SubmitEvent)}>
        <Button onClick={click}>Cancel</Button>
        <Button type="submit">Save</Button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(submit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('passes every native prop on: ref, aria, disabled, extra classes', async () => {
    const ref = createRef<HTMLButtonElement>();
    const click = vi.fn();
    render(
      <Button
        ref={ref}
        variant="icon"
        aria-label="Move up"
        aria-pressed={false}
        disabled
        className="mt-1"
        onClick={click}
      >
        ↑
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Move up' });
    expect(ref.current).toBe(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toBeDisabled();
    expect(button).toHaveClass('mt-1');
    await userEvent.setup().click(button);
    expect(click).not.toHaveBeenCalled();
  });
});

describe('form fields', () => {
  it('TextField: the label names the input, the hint describes it', () => {
    render(
      <TextField label="As of" hint="Label validity is judged on this date" type="date" defaultValue="2026-01-01" />,
    );
    const input = screen.getByLabelText('As of');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveAccessibleDescription('Label validity is judged on this date');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('TextField: an error is announced, marks the input invalid and describes it after the hint', () => {
    const { rerender } = render(<TextField label="Name" hint="Up to 60 characters" defaultValue="" />);
    rerender(<TextField label="Name" hint="Up to 60 characters" error="Give the shortlist a name." defaultValue="" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Up to 60 characters Give the shortlist a name.');
    expect(screen.getByRole('alert')).toHaveTextContent('Give the shortlist a name.');
  });

  it('a hidden label still names the field', () => {
    render(<TextField label="Morning start" hideLabel type="time" defaultValue="09:00" />);
    expect(screen.getByLabelText('Morning start')).toHaveValue('09:00');
    expect(screen.getByText('Morning start')).toHaveClass('sr-only');
  });

  it('SelectField: a named combobox with its options and hint', async () => {
    const change = vi.fn();
    render(
      <SelectField label="Meeting length" hint="Per meeting" value="20" onChange={(e) => change(e.target.value)}>
        <option value="15">15 minutes</option>
        <option value="20">20 minutes</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Meeting length' });
    expect(select).toHaveAccessibleDescription('Per meeting');
    await userEvent.setup().selectOptions(select, '15 minutes');
    expect(change).toHaveBeenCalledWith('15');
  });

  it('CheckboxGroup: a group named by its legend; each checkbox keeps its exact name beside a detail', async () => {
    const toggle = vi.fn();
    render(
      <CheckboxGroup legend="Sector" hint="Numbers: Mexican clusters in the sector.">
        <Checkbox label="Aerospace" detail="12" detailSrText=" Mexican clusters" checked onChange={toggle} />
        <Checkbox label="Automotive" checked={false} onChange={toggle} />
      </CheckboxGroup>,
    );
    const group = screen.getByRole('group', { name: 'Sector' });
    expect(group).toHaveTextContent('Numbers: Mexican clusters in the sector.');
    const aerospace = within(group).getByRole('checkbox', { name: 'Aerospace' });
    expect(aerospace).toBeChecked();
    // jsdom's name computation drops the space that starts the hidden text; browsers keep it.
    expect(aerospace).toHaveAccessibleDescription(/^12 ?Mexican clusters$/);
    await userEvent.setup().click(within(group).getByRole('checkbox', { name: 'Automotive' }));
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
