import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { partnerContact } from '@/domain/contacts';
import { buildCrmCsv } from '@/domain/crm-csv';
import { exportFileName, type MeetingEvent } from '@/domain/event';
import type { MeetingRow } from '@/domain/meeting-rows';
import { buildVcards } from '@/domain/vcard';
import { downloadText } from '@/components/download';
import { useCsvDelimiter } from '@/stores/export-settings';

interface ContactExportsProps {
  event: MeetingEvent;
  rows: readonly MeetingRow[];
}

/** The list's partners for an address book (one .vcf) and for a CRM (a CSV with the headers CRMs map). */
export function ContactExports({ event, rows }: ContactExportsProps) {
  const { t } = useTranslation('contacts');
  const delimiter = useCsvDelimiter();
  const partners = () => rows.map((row) => partnerContact(row));
  return (
    <>
      <Button
        onClick={() =>
          downloadText(exportFileName(event, 'vcard'), buildVcards(partners()), 'text/vcard;charset=utf-8')
        }
        disabled={rows.length === 0}
      >
        {t('contacts:export.vcard')}
      </Button>
      <Button
        onClick={() =>
          downloadText(exportFileName(event, 'crm-csv'), buildCrmCsv(partners(), delimiter), 'text/csv;charset=utf-8')
        }
        disabled={rows.length === 0}
      >
        {t('contacts:export.crm')}
      </Button>
    </>
  );
}
