// The words of the import dialog that code picks by value: field names, mapping issues, outcomes.
// Literal keys, so the extractor keeps every one of them in both catalogs.
import { tr } from '@/i18n/i18n';
import { joinList } from '@/domain/prose';
import type { OwnField } from '@/domain/own-facts/types';
import type { ImportTarget, MappingIssue } from '@/domain/own-facts/import-mapping';
import type { RowOutcome } from '@/domain/own-facts/import-run';

const TARGET_LABELS: Record<ImportTarget, () => string> = {
  name: () => tr('ownImport:target.name'),
  state: () => tr('ownImport:target.state'),
  city: () => tr('ownImport:target.city'),
  sectors: () => tr('ownImport:target.sectors'),
  website: () => tr('ownImport:target.website'),
  contactName: () => tr('ownImport:target.contactName'),
  contactFirstName: () => tr('ownImport:target.contactFirstName'),
  contactLastName: () => tr('ownImport:target.contactLastName'),
  contactEmail: () => tr('ownImport:target.contactEmail'),
  contactPhone: () => tr('ownImport:target.contactPhone'),
  contactRole: () => tr('ownImport:target.contactRole'),
  focusAreas: () => tr('ownImport:target.focusAreas'),
  labelLevel: () => tr('ownImport:target.labelLevel'),
  labelValidFrom: () => tr('ownImport:target.labelValidFrom'),
  labelValidUntil: () => tr('ownImport:target.labelValidUntil'),
  eccpMember: () => tr('ownImport:target.eccpMember'),
  euPartners: () => tr('ownImport:target.euPartners'),
};

export function targetLabel(target: ImportTarget): string {
  return TARGET_LABELS[target]();
}

const FIELD_LABELS: Record<OwnField, () => string> = {
  name: () => tr('ownImport:field.name'),
  state: () => tr('ownImport:field.state'),
  city: () => tr('ownImport:field.city'),
  sectors: () => tr('ownImport:field.sectors'),
  website: () => tr('ownImport:field.website'),
  contacts: () => tr('ownImport:field.contacts'),
  focusAreas: () => tr('ownImport:field.focusAreas'),
  labels: () => tr('ownImport:field.labels'),
  eccpMember: () => tr('ownImport:field.eccpMember'),
  euPartners: () => tr('ownImport:field.euPartners'),
};

export function mappingIssueText(issue: MappingIssue, header: readonly string[]): string {
  if (issue.kind === 'noName') return tr('ownImport:mapping.noName');
  const columns = joinList(
    issue.columns.map((i) => `“${header[i] ?? ''}”`),
    issue.columns.length,
  );
  return tr('ownImport:mapping.twice', { columns, field: targetLabel(issue.target) });
}

export function outcomeText(outcome: RowOutcome): string {
  switch (outcome.kind) {
    case 'new':
      return tr('ownImport:outcome.new');
    case 'correction':
      return tr('ownImport:outcome.correction', {
        name: outcome.targetName,
        fields: joinList(
          outcome.fields.map((f) => FIELD_LABELS[f]()),
          outcome.fields.length,
        ),
      });
    case 'unchanged':
      return tr('ownImport:outcome.unchanged', { name: outcome.targetName });
    case 'problem':
      return outcome.targetName === null
        ? tr('ownImport:outcome.problem')
        : tr('ownImport:outcome.problemDuplicate', { name: outcome.targetName });
  }
}
