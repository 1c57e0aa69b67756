import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/procedures/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { formatStamp, parseStamp } from '../../../lib/rules/stamp';
import { blankForm, compliantTicket, MORNING } from '../support/tickets';

describe('"Outro atendimento": a contact none of the procedures covers', () => {
  it('writes nothing channel-specific: no Callback = Sim, no category, no ATIVO, no status', () => {
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.other,
      outcome: 'resolved',
      snapshot: blankForm(),
      typed: { data: {} },
      now: MORNING,
    });
    expect(e.writes.map((w) => w.field)).toEqual([]);
  });

  it("still requires full name, CPF, mother's name and plan (the customer's rule for every ticket)", () => {
    const { input } = compliantTicket('other', 'resolved');
    expect(evaluate(input).blocking).toEqual([]);
    expect(input.snapshot.fields.callback?.value).toBe('Não');
    const bare = evaluate({ ...input, snapshot: blankForm(), typed: { data: {} } });
    expect(bare.blocking.map((c) => c.id)).toEqual(
      expect.arrayContaining(['cpf', 'fullName', 'motherName', 'plan']),
    );
  });

  it('is stamped canal=outro and read back as this channel', () => {
    const line = formatStamp({
      playbookId: 'other',
      playbookVersion: 1,
      channel: 'other',
      outcome: 'resolved',
      result: 'conforme',
      extensionVersion: '0.1.0',
    });
    expect(line).toContain('canal=outro;');
    expect(parseStamp(line)?.channel).toBe('other');
  });
});
