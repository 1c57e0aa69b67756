import { useMemo } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { TeamReport as Report } from '../../core/team-audit/report';
import { BarChart } from './BarChart';
import { Heatmap } from './Heatmap';
import { type ExportList, NonCompliantList } from './NonCompliantList';
import { RowTable } from './RowTable';
import { WhenReport } from './WhenReport';

const pct = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '—');
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** The audit's result: figures, per agent, per check, day × agent, stamping, and what failed. */
export function TeamReport(props: {
  report: Report;
  warnings: string[];
  fileName: string;
  format: string;
  exportList: ExportList;
}) {
  const { totals, checks, heatmap, stamping, nonCompliantList } = props.report;
  const agents = useMemo(
    () =>
      Object.entries(totals.byAgent).sort(([a], [b]) => a.localeCompare(b, 'pt-BR')) as Array<
        [string, Report['totals']['byAgent'][string]]
      >,
    [totals],
  );
  const agentBars = useMemo(
    () => ({
      labels: agents.map(([a]) => a),
      values: agents.map(([, a]) => rate(a.compliant, a.compliant + a.nonCompliant)),
      label: t('team.rate'),
      percent: true,
    }),
    [agents],
  );
  const checkBars = useMemo(
    () => ({
      labels: checks.map((c) => c.label),
      values: checks.map((c) => rate(c.applied - c.failed, c.applied)),
      label: t('team.passRate'),
      percent: true,
    }),
    [checks],
  );
  const figures: Array<[string, string, number, string?]> = [
    ['tickets', t('team.figureTickets'), totals.tickets],
    ['inScope', t('team.figureInScope'), totals.inScope],
    ['compliant', t('team.figureCompliant'), totals.compliant, pct(totals.compliant, totals.inScope)],
    ['nonCompliant', t('team.figureNonCompliant'), totals.nonCompliant],
    ['outOfScope', t('team.figureOutOfScope'), totals.outOfScope],
    ['stamped', t('team.figureStamped'), totals.stamped],
  ];
  return (
    <div class="report">
      {props.warnings.length > 0 && (
        <div role="alert" class="warning">
          <p>
            <strong>{t('team.partial')}</strong>
          </p>
          <ul>
            {props.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="help">{t('team.format', [props.fileName, props.format])}</p>
      <dl class="figures">
        {figures.map(([id, label, value, extra]) => (
          <div key={id} data-figure={id}>
            <dt>{label}</dt>
            <dd>
              <span class="value">{value}</span>
              {extra && <span class="extra"> ({extra})</span>}
            </dd>
          </div>
        ))}
      </dl>

      <section class="section" aria-labelledby="agents-title">
        <h2 id="agents-title">{t('team.byAgentTitle')}</h2>
        <BarChart bars={agentBars} name={t('team.byAgentTitle')} />
        <RowTable
          columns={[
            t('team.agent'),
            t('team.tickets'),
            t('team.compliant'),
            t('team.nonCompliant'),
            t('team.rate'),
          ]}
          rows={agents.map(([agent, a]) => ({
            key: agent,
            data: { 'data-agent': agent },
            head: agent,
            cells: [a.tickets, a.compliant, a.nonCompliant, pct(a.compliant, a.compliant + a.nonCompliant)],
          }))}
        />
      </section>

      <section class="section" aria-labelledby="checks-title">
        <h2 id="checks-title">{t('team.byCheckTitle')}</h2>
        <BarChart bars={checkBars} name={t('team.byCheckTitle')} />
        <RowTable
          columns={[t('team.check'), t('team.applied'), t('team.failures'), t('team.passRate')]}
          rows={checks.map((c) => ({
            key: c.id,
            data: { 'data-check': c.id },
            head: c.label,
            cells: [c.applied, c.failed, pct(c.applied - c.failed, c.applied)],
          }))}
        />
      </section>

      <section class="section" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t('team.heatmapTitle')}</h2>
        <Heatmap heatmap={heatmap} />
      </section>

      <section class="section" aria-labelledby="stamping-title">
        <h2 id="stamping-title">{t('team.stampingTitle')}</h2>
        <RowTable
          columns={['', t('team.judged'), t('team.compliant'), t('team.rate')]}
          rows={(['stamped', 'unstamped'] as const).map((side) => ({
            key: side,
            data: { 'data-stamping': side },
            head: t(`team.${side}`),
            cells: [
              stamping[side].judged,
              stamping[side].compliant,
              pct(stamping[side].compliant, stamping[side].judged),
            ],
          }))}
        />
      </section>

      <WhenReport report={props.report} />

      <section class="section" aria-labelledby="list-title">
        <h2 id="list-title">{t('team.listTitle')}</h2>
        <NonCompliantList list={nonCompliantList} total={totals.nonCompliant} exportList={props.exportList} />
      </section>
    </div>
  );
}
