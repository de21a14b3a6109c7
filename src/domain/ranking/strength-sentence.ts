// The facts part of a state's `why`: the strongest facts, each group followed by the edition that
// states it ("aerospace hub, an aerospace R&D centre (2019 briefing); aerospace among its
// predominant sectors (2016 briefing)"), so no figure reads as current without its date.
import type { SourceDocId } from '@/domain/types';
import type { StrengthFact } from '@/domain/ranking/indicator-evidence';
import { editionName } from '@/domain/editions';
import { editionYear } from '@/domain/sources';
import { tr } from '@/i18n/i18n';

const SHOWN_FACTS = 3;

/** With a sector chosen, general facts are named only for a state with nothing about the sector. */
export function factsSentence(facts: readonly StrengthFact[], forSector: boolean): string {
  const aboutSector = facts.some((f) => !f.general && f.points > 0);
  const top = [...facts]
    .filter((f) => f.points > 0 && !(forSector && aboutSector && f.general))
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .slice(0, SHOWN_FACTS)
    .sort((a, b) => a.order - b.order || b.points - a.points);
  const groups = new Map<SourceDocId | '', string[]>();
  for (const f of top) {
    const edition = f.editions[0] ?? '';
    groups.set(edition, [...(groups.get(edition) ?? []), f.text]);
  }
  return [...groups]
    .sort(([a], [b]) => (b === '' ? -1 : a === '' ? 1 : editionYear(b) - editionYear(a)))
    .map(([edition, texts]) =>
      edition === ''
        ? texts.join(', ')
        : tr('provenance:strength.group', { facts: texts.join(', '), edition: editionName(edition) }),
    )
    .join('; ');
}
