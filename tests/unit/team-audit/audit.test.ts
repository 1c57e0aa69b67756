import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/procedures/defaults';
import { auditTable } from '../../../lib/team-audit/run';
import { readCsv } from '../../../lib/team-audit/table';
import { generateExport } from '../../fixtures/exports/generate';

const utf8 = (text: string) => new TextEncoder().encode(text);

function audit(bytes: Uint8Array) {
  const table = readCsv(bytes);
  if (!table.ok) throw new Error(table.problem);
  return auditTable(table.table, { playbooks: DEFAULT_PLAYBOOKS });
}

describe('team audit of a SysAid export', () => {
  it('judges every ticket as the guard would: the known verdicts of a generated export', () => {
    const { csv, expected } = generateExport({ rows: 40 });
    const result = audit(utf8(csv));
    if (!result.ok) throw new Error(result.problem);
    const { totals } = result.report;
    expect({
      tickets: totals.tickets,
      compliant: totals.compliant,
      nonCompliant: totals.nonCompliant,
      outOfScope: totals.outOfScope,
      stamped: totals.stamped,
    }).toEqual(expected);
    expect(totals.inScope).toBe(totals.compliant + totals.nonCompliant);
    expect(totals.byCheck).toEqual({
      motherName: 4,
      'fixed.cpfLookup': 4,
      transcript: 4,
      attempts: 4,
      noContactReason: 4,
    });
    expect(result.warnings).toEqual([]);
  });
});
