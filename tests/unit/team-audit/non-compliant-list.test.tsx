import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LIST_MAX } from '../../../lib/core/team-audit/report';
import type { ListResult } from '../../../lib/ui/team/audit/client';
import { NonCompliantList } from '../../../lib/ui/team/NonCompliantList';

const list = Array.from({ length: LIST_MAX }, (_, i) => ({
  id: String(10_000 + i),
  agent: 'joana',
  failed: 'CPF',
}));

describe('the non-compliant list on the team page', () => {
  it('shows the first tickets, says the download has all, and prepares it with progress', async () => {
    let finish: (result: ListResult) => void = () => undefined;
    const exportList = vi.fn((onProgress: (p: { bytes: number; total: number; tickets: number }) => void) => {
      onProgress({ bytes: 50 * 1024 * 1024, total: 300 * 1024 * 1024, tickets: 90_000 });
      return { result: new Promise<ListResult>((resolve) => (finish = resolve)), cancel: vi.fn() };
    });
    render(<NonCompliantList list={list} total={1_000_000} exportList={exportList} />);
    expect(
      screen.getByText(
        /Mostrando os primeiros 200 de 1000000\. A exportação \(CSV\) traz todos os 1000000\./,
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(LIST_MAX + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Exportar lista (CSV)' }));
    expect(
      await screen.findByText('Preparando a lista completa: 50 de 300 MB lidos (90.000 chamados)'),
    ).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    finish({ ok: false, problem: 'A auditoria falhou (sem memória).' });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('A auditoria falhou (sem memória).'),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
