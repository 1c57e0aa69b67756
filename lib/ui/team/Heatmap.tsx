import { t } from '../../core/i18n';
import type { TeamReport } from '../../core/team-audit/report';
import { rateColor } from './charts';

const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/** Day × agent as a table: readable as text, coloured by compliance. */
export function Heatmap(props: { heatmap: TeamReport['heatmap'] }) {
  const { days, agents, cells } = props.heatmap;
  if (!days.length) return <p>{t('team.none')}</p>;
  return (
    <div class="scroll">
      <table class="heatmap">
        <caption class="help">{t('team.heatmapHelp')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.agent')}</th>
            {days.map((d) => (
              <th scope="col" key={d} title={d}>
                {dayLabel(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <tr key={agent}>
              <th scope="row">{agent}</th>
              {days.map((d) => {
                const cell = cells[agent]?.[d];
                if (!cell?.judged) return <td key={d} class="empty" />;
                const rate = cell.compliant / cell.judged;
                return (
                  <td
                    key={d}
                    style={{ background: rateColor(rate) }}
                    title={`${agent}, ${d}: ${cell.compliant}/${cell.judged}`}
                  >
                    {cell.compliant}/{cell.judged}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
