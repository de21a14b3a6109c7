import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/field';
import { IMPORT_TARGETS, type ImportMapping, type ImportTarget } from '@/domain/own-facts/import-mapping';
import { ColumnHeads } from '@/features/own-import/column-heads';
import { targetLabel } from '@/features/own-import/import-text';

const IGNORE = '';

interface MappingTableProps {
  header: readonly string[];
  /** The first row under the header, so the user sees what a column holds. */
  example: readonly string[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/** One labelled select per column of the sheet: the field it feeds, or "ignore this column". */
export function MappingTable({ header, example, mapping, onChange }: MappingTableProps) {
  const { t } = useTranslation('ownImport');
  const choose = (column: number, value: string) =>
    onChange(mapping.map((target, i) => (i === column ? (value === IGNORE ? null : (value as ImportTarget)) : target)));
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t('ownImport:mapping.caption')}</caption>
      <ColumnHeads
        labels={[t('ownImport:mapping.column'), t('ownImport:mapping.example'), t('ownImport:mapping.field')]}
      />
      <tbody>
        {header.map((name, i) => (
          <tr key={i} className="border-b border-slate-200 align-top">
            <th scope="row" className="px-2 py-1 font-medium break-words">
              {name || t('ownImport:mapping.unnamed', { n: i + 1 })}
            </th>
            <td className="max-w-48 truncate px-2 py-1 text-slate-700" title={example[i]}>
              {example[i]}
            </td>
            <td className="px-2 py-1">
              <SelectField
                hideLabel
                label={t('ownImport:mapping.fieldFor', {
                  column: name || t('ownImport:mapping.unnamed', { n: i + 1 }),
                })}
                value={mapping[i] ?? IGNORE}
                onChange={(e) => choose(i, e.currentTarget.value)}
              >
                <option value={IGNORE}>{t('ownImport:mapping.ignore')}</option>
                {IMPORT_TARGETS.map((target) => (
                  <option key={target} value={target}>
                    {targetLabel(target)}
                  </option>
                ))}
              </SelectField>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
