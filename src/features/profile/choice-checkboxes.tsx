import { Checkbox } from '@/components/checkbox';
import { toggleItem } from '@/features/profile/profile-model';

interface ChoiceCheckboxesProps<T extends string> {
  /** `detail`: a note at the end of the row, read as the checkbox's description. */
  options: ReadonlyArray<{ id: T; name: string; detail?: string }>;
  chosen: readonly T[];
  /** The chosen ids after one option was ticked or unticked. */
  onChange: (chosen: T[]) => void;
}

/** One checkbox per option of a profile list (interests, preferred states); goes inside a CheckboxGroup. */
export function ChoiceCheckboxes<T extends string>({ options, chosen, onChange }: ChoiceCheckboxesProps<T>) {
  return options.map((o) => (
    <Checkbox
      key={o.id}
      label={o.name}
      detail={o.detail}
      detailBelow
      checked={chosen.includes(o.id)}
      onChange={() => onChange(toggleItem(chosen, o.id))}
    />
  ));
}
