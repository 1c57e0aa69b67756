import { t } from '../../core/i18n';
import type { TeamReport } from '../../core/team-audit/report';
import { type Row, RowTable } from './RowTable';

const pct = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '—');

/** Stamps the data contradicts, and tickets per weekday and hour: when the misses happen. */
export function WhenReport(props: { report: TeamReport }) {
  const { byWeekday, byHour, stampContradicted, contradictionList } = props.report;
  const names = t('team.weekdays').split(',');
  const columns = [t('team.tickets'), t('team.compliant'), t('team.nonCompliant'), t('team.rate')];
  const row = (key: string, head: string, s: TeamReport['byHour'][number]): Row => ({
    key,
    data: { 'data-when': key },
    head,
    cells: [s.tickets, s.compliant, s.nonCompliant, pct(s.compliant, s.compliant + s.nonCompliant)],
  });
  return (
    <>
      <section class="section" aria-labelledby="contradicted-title">
        <h2 id="contradicted-title">
          {t('team.contradictedTitle')}: <span data-figure="stampContradicted">{stampContradicted}</span>
        </h2>
        <p class="help">{t('team.contradictedHelp')}</p>
        {contradictionList.length > 0 && (
          <RowTable
            columns={[t('team.ticket'), t('team.agent'), t('team.day'), t('team.what')]}
            rows={contradictionList.slice(0, 200).map((r, i) => ({
              key: `${r.id}-${i}`,
              head: r.id,
              cells: [r.agent, r.day ?? '—', r.failed],
            }))}
          />
        )}
      </section>
      <section class="section" aria-labelledby="when-title">
        <h2 id="when-title">{t('team.whenTitle')}</h2>
        <RowTable
          columns={[t('team.weekday'), ...columns]}
          rows={byWeekday.map((s, i) => row(`weekday-${i}`, names[i] ?? String(i), s))}
        />
        <RowTable
          columns={[t('team.hour'), ...columns]}
          rows={byHour.flatMap((s, h) => (s.tickets ? [row(`hour-${h}`, `${h} h`, s)] : []))}
        />
      </section>
    </>
  );
}
