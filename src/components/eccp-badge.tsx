interface EccpBadgeProps {
  member: boolean;
  /** Hide the badge for non-members (lists stay calm); detail views show both states. */
  hideWhenNot?: boolean;
}

export function EccpBadge({ member, hideWhenNot = false }: EccpBadgeProps) {
  if (!member && hideWhenNot) return null;
  return member ? (
    <span className="inline-flex items-center rounded border border-emerald-700 bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">
      ECCP member
    </span>
  ) : (
    <span className="inline-flex items-center rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-700">
      Not listed on the ECCP
    </span>
  );
}
