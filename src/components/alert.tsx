import type { ReactNode } from 'react';

const TONES = {
  error: 'border-red-700 bg-red-50 text-red-950',
  warning: 'border-accent-500 bg-orange-50 text-orange-950',
} as const;

interface AlertProps {
  tone: keyof typeof TONES;
  /** "alert" interrupts (a problem the user just caused); "status" waits its turn. */
  role?: 'alert' | 'status';
  className?: string;
  children: ReactNode;
}

/** A boxed message with a coloured edge; the words carry the meaning, the colour repeats it. */
export function Alert({ tone, role = 'alert', className, children }: AlertProps) {
  return (
    <div role={role} className={`rounded-md border-l-4 px-3 py-2 text-sm ${TONES[tone]} ${className ?? ''}`}>
      {children}
    </div>
  );
}
