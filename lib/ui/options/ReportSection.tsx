import { AUDIT_CAPACITY, AUDIT_WARN_AT, type AuditEntry } from '../../background/audit/log';
import { describeFormFault, summarize, toCsv } from '../../background/audit/report';
import { type MessageKey, t } from '../../core/i18n';
import { DATUM_LABELS, type DatumKey, FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
import { download } from '../panel/download';
import { Section } from './Section';

const CHECK_LABELS: Record<string, MessageKey> = {
  channel: 'label.channel',
  outcome: 'label.outcome',
  category: 'label.category',
  group: 'label.group',
  description: 'label.description',
  surveySteps: 'label.surveySteps',
};
/** `fixed.<field>` is a value the procedure fixes in that field: named by the field, the value is the playbook's. */
const checkLabel = (id: string) => {
  const key = CHECK_LABELS[id] ?? (id in DATUM_LABELS ? (`datum.${id as DatumKey}` as const) : undefined);
  if (key) return t(key);
  return (id.startsWith('fixed.') ? FIELD_LABELS[id.slice(6) as FieldKey] : undefined) ?? id;
};

export function ReportSection(props: { entries: AuditEntry[]; evicted: number }) {
  const { byCheck, byDay, formFaults } = summarize(props.entries);
  return (
    <Section id="report" title={t('options.sectionReport')}>
      {props.entries.length >= AUDIT_WARN_AT && (
        <p role="alert" class="warning">
          {t('options.reportNearFull', [String(props.entries.length), String(AUDIT_CAPACITY)])}
        </p>
      )}
      {props.evicted > 0 && <p class="warning">{t('options.reportEvicted', [String(props.evicted)])}</p>}
      {props.entries.length === 0 ? (
        <p>{t('options.reportEmpty')}</p>
      ) : (
        <>
          <button
            type="button"
            onClick={() =>
              download('conformidade-sysaid.csv', toCsv(props.entries), 'text/csv;charset=utf-8')
            }
          >
            {t('options.reportCsv')}
          </button>
          {formFaults.length > 0 && (
            <>
              <h4>{t('options.reportFormFaults')}</h4>
              <p>{t('options.reportFormFaultsHelp')}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('options.reportDay')}</th>
                    <th scope="col">{t('options.reportFormFault')}</th>
                    <th scope="col">{t('options.reportCount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {formFaults.map((f) => (
                    <tr key={`${f.day}${f.fault}`}>
                      <td>{f.day.split('-').reverse().join('/')}</td>
                      <td>{describeFormFault(f.fault)}</td>
                      <td>{f.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {byCheck.length > 0 && <h4>{t('options.reportByCheck')}</h4>}
          <table hidden={byCheck.length === 0}>
            <thead>
              <tr>
                <th scope="col">{t('options.reportCheck')}</th>
                <th scope="col">{t('options.reportCount')}</th>
              </tr>
            </thead>
            <tbody>
              {byCheck.map(([id, count]) => (
                <tr key={id}>
                  <td>{checkLabel(id)}</td>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{t('options.reportByDay')}</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('options.reportDay')}</th>
                <th scope="col">{t('options.reportBlocked')}</th>
                <th scope="col">{t('options.reportCompliant')}</th>
                <th scope="col">{t('options.reportOverride')}</th>
                <th scope="col">{t('options.reportFormFaultSaves')}</th>
                <th scope="col">{t('options.reportObserved')}</th>
              </tr>
            </thead>
            <tbody>
              {byDay.map((d) => (
                <tr key={d.day}>
                  <td>{d.day.split('-').reverse().join('/')}</td>
                  <td>{d.blocked}</td>
                  <td>{d.compliant}</td>
                  <td>{d.override}</td>
                  <td>{d.formFault}</td>
                  <td>{d.observed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
