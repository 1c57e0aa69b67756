import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { type Bars, drawBars } from './charts';

export function BarChart(props: { bars: Bars; name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    if (canvas.current)
      drawBars(canvas.current, props.bars).then(
        (drawn) => {
          if (gone) drawn.destroy();
          else chart = drawn;
        },
        () => setFailed(true),
      );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [props.bars]);
  if (failed) return <p class="help">{t('team.chartsUnavailable')}</p>;
  const height = Math.max(120, props.bars.labels.length * 26 + 40);
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={props.name} />
    </div>
  );
}
