import type { ReactNode } from 'react';
import { NotStated } from '@/components/not-stated';

interface TextListProps {
  items: readonly ReactNode[];
  /** What an empty list says; by default the gap wording ("not stated in the sources"). */
  empty?: ReactNode;
  className?: string;
}

/** A plain bulleted list of texts: facts, problems, suggestions. */
export function TextList({ items, empty = <NotStated />, className = '' }: TextListProps) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className={`list-disc space-y-0.5 pl-5 ${className}`}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
