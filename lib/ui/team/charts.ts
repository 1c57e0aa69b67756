/**
 * Bar charts from Chart.js, imported only by this page (never by the content script or options). The
 * tables beside each chart hold the same numbers, for screen readers and for copying.
 */
export interface Bars {
  labels: string[];
  values: number[];
  label: string;
  /** 0–100 scale (rates) or free (counts). */
  percent: boolean;
}

type ChartInstance = { destroy(): void };

export async function drawBars(canvas: HTMLCanvasElement, bars: Bars): Promise<ChartInstance> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.labels,
      datasets: [
        {
          label: bars.label,
          data: bars.values,
          backgroundColor: bars.values.map((v) => (bars.percent ? rateColor(v / 100) : '#3b6fb6')),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, ...(bars.percent ? { max: 100 } : {}) } },
      plugins: { legend: { display: false } },
    },
  });
}

/** Red (0) → amber → green (1), as in the heatmap. */
export function rateColor(rate: number): string {
  const hue = Math.round(Math.max(0, Math.min(1, rate)) * 120);
  return `hsl(${hue} 65% 45%)`;
}
