/** The fallback while a lazily loaded part of the screen arrives. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="p-3 text-slate-600">
      Loading {what}…
    </p>
  );
}
