/** The head of the dialog's two tables: one column heading per text. */
export function ColumnHeads({ labels, className }: { labels: readonly string[]; className?: string }) {
  return (
    <thead className={className}>
      <tr className="border-b border-slate-300">
        {labels.map((label) => (
          <th key={label} scope="col" className="px-2 py-1">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
