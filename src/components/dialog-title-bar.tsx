import type { ReactNode } from 'react';
import { Button } from '@/components/button';

/** A Dialog `header`: the title (its id names the dialog) and a Cancel that stays in reach while the body scrolls. */
export function DialogTitleBar({
  id,
  title,
  cancel,
  onCancel,
}: {
  id: string;
  title: string;
  cancel: string;
  onCancel: () => void;
}): ReactNode {
  return (
    <div className="flex items-start justify-between gap-2">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <Button onClick={onCancel}>{cancel}</Button>
    </div>
  );
}
