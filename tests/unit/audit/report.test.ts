import { describe, expect, it } from 'vitest';
import { toEntry } from '../../../lib/background/audit/log';
import { summarize, toCsv } from '../../../lib/background/audit/report';

const at = (iso: string) => new Date(iso).getTime();
const entries = [
  toEntry(
    { kind: 'blocked', checks: ['motherName', 'cpf'], channel: 'callback', maskedCpf: '529.982.247-25' },
    'João',
    at('2026-11-20T13:00:00Z'),
  ),
  toEntry({ kind: 'blocked', checks: ['motherName'], channel: 'chat' }, 'João', at('2026-11-20T14:00:00Z')),
  toEntry(
    { kind: 'compliant', checks: [], channel: 'chat', ticketNumber: '1001' },
    'Márcia',
    at('2026-11-21T02:30:00Z'),
  ),
];

describe('compliance report', () => {
  it('counts failing checks and days on the São Paulo calendar', () => {
    const { byCheck, byDay } = summarize(entries);
    expect(byCheck).toEqual([
      ['motherName', 2],
      ['cpf', 1],
    ]);
    // 02:30 UTC on the 21st is still the 20th in São Paulo.
    expect(byDay).toEqual([
      expect.objectContaining({ day: '2026-11-20', blocked: 2, compliant: 1, override: 0 }),
    ]);
  });

  it('exports CSV Excel opens with accents intact', () => {
    const csv = toCsv(entries);
    expect(csv.startsWith('\uFEFFData e hora;Atendente;Evento')).toBe(true);
    expect(csv).toContain('Márcia;Salvo conforme;chat;;1001');
    expect(csv).toContain('***.982.247-**');
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('neutralizes cells Excel would run as formulas', () => {
    const csv = toCsv([
      toEntry(
        { kind: 'override', checks: [], justification: '=HYPERLINK("http://x")' },
        '+agente',
        at('2026-11-20T13:00:00Z'),
      ),
      toEntry({ kind: 'override', checks: [], justification: '@SUM(1)' }, '-x', at('2026-11-20T13:00:00Z')),
    ]);
    expect(csv).toContain(`;'+agente;`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`;'-x;`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).not.toMatch(/;[=+\-@]/);
  });
});
