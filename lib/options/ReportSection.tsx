import { AUDIT_CAPACITY, AUDIT_WARN_AT, type AuditEntry } from '../audit/log';
import { describeFormFault, summarize, toCsv } from '../audit/report';
import { i18n, type MessageKey } from '../i18n';
import { optionsI18n } from '../i18n/options';
import { download } from '../panel/download';
import { DATUM_KEYS, type DatumKey, FIELD_LABELS, type FieldKey } from '../procedures/vocabulary';
import { Section } from './Section';

/** The checks the report names by their checklist label (the panel's words, in the language chosen). */
const CHECK_LABELS = new Set(['channel', 'outcome', 'category', 'group', 'description', 'surveySteps']);
/** `fixed.<field>` is a value the procedure fixes in that field: named by the field, the value is the playbook's. */
function checkLabel(id: string): string {
  if (CHECK_LABELS.has(id)) return i18n.t(`label.${id}` as MessageKey);
  if (id.startsWith('fixed.')) return FIELD_LABELS[id.slice(6) as FieldKey] ?? id;
  return (DATUM_KEYS as readonly string[]).includes(id) ? i18n.t(`datum.${id as DatumKey}`) : id;
}

export function ReportSection(props: { entries: AuditEntry[]; evicted: number }) {
  const { byCheck, byDay, formFaults } = summarize(props.entries);
  return (
    <Section id="report" title={optionsI18n.t('sectionReport')}>
      {props.entries.length >= AUDIT_WARN_AT && (
        <p role="alert" class="warning">
          {optionsI18n.t('reportNearFull', [String(props.entries.length), String(AUDIT_CAPACITY)])}
        </p>
      )}
      {props.evicted > 0 && <p class="warning">{optionsI18n.t('reportEvicted', [String(props.evicted)])}</p>}
      {props.entries.length === 0 ? (
        <p>{optionsI18n.t('reportEmpty')}</p>
      ) : (
        <>
          <button
            type="button"
            onClick={() =>
              download('conformidade-sysaid.csv', toCsv(props.entries), 'text/csv;charset=utf-8')
            }
          >
            {optionsI18n.t('reportCsv')}
          </button>
          {formFaults.length > 0 && (
            <>
              <h4>{optionsI18n.t('reportFormFaults')}</h4>
              <p>{optionsI18n.t('reportFormFaultsHelp')}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{optionsI18n.t('reportDay')}</th>
                    <th scope="col">{optionsI18n.t('reportFormFault')}</th>
                    <th scope="col">{optionsI18n.t('reportCount')}</th>
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
          {byCheck.length > 0 && <h4>{optionsI18n.t('reportByCheck')}</h4>}
          <table hidden={byCheck.length === 0}>
            <thead>
              <tr>
                <th scope="col">{optionsI18n.t('reportCheck')}</th>
                <th scope="col">{optionsI18n.t('reportCount')}</th>
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
          <h4>{optionsI18n.t('reportByDay')}</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{optionsI18n.t('reportDay')}</th>
                <th scope="col">{optionsI18n.t('reportBlocked')}</th>
                <th scope="col">{optionsI18n.t('reportCompliant')}</th>
                <th scope="col">{optionsI18n.t('reportOverride')}</th>
                <th scope="col">{optionsI18n.t('reportFormFaultSaves')}</th>
                <th scope="col">{optionsI18n.t('reportObserved')}</th>
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
