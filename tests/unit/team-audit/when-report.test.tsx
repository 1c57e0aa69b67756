import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { auditBytes } from '../../../lib/core/team-audit/run';
import { WhenReport } from '../../../lib/ui/team/WhenReport';
import { generateExport } from '../../fixtures/exports/generate';

describe('the team page, next to the figures', () => {
  it('shows the stamps the data contradicts and the tickets per weekday', async () => {
    const csv = generateExport({ rows: 40, startDay: '2026-11-01', days: 7 }).csv;
    const result = await auditBytes(new TextEncoder().encode(csv), { playbooks: DEFAULT_PLAYBOOKS });
    if (!result.ok) throw new Error(result.problem);
    const { container } = render(<WhenReport report={result.report} />);
    expect(screen.getByRole('heading', { name: 'Carimbo contradiz os dados: 4' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '10005' })).toBeTruthy();
    const sunday = container.querySelector('[data-when="weekday-0"]');
    expect(sunday?.textContent).toMatch(/^domingo6/);
  });
});
