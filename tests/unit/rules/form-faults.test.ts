import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import type { Channel, FieldKey, Outcome } from '../../../lib/core/procedures/vocabulary';
import { evaluate } from '../../../lib/core/rules/evaluate';
import type { FormSnapshot } from '../../../lib/core/rules/snapshot';
import type { Check } from '../../../lib/core/rules/types';
import { decideSave, type SaveContext } from '../../../lib/page/sysaid/save-gate/decision';
import { saveContext } from '../support/save-context';
import { compliantTicket } from '../support/tickets';

/** A compliant ticket, then the SysAid form changed the way an unseen tenant's differs. */
function judged(channel: Channel, outcome: Outcome, change: (s: FormSnapshot) => void) {
  const { input } = compliantTicket(channel, outcome);
  const snapshot = structuredClone(input.snapshot);
  change(snapshot);
  return evaluate({ ...input, snapshot });
}
const failing = (checks: Check[], id: string) => checks.find((c) => c.id === id && !c.ok);
const without = (field: FieldKey) => (s: FormSnapshot) => {
  delete s.fields[field];
};

describe('agent\'s fault or the form\'s fault (PROCEDURES.md, "On a real floor")', () => {
  it.each([
    ['callback', 'resolved', 'callback', 'fixed.callback'],
    ['callback', 'resolved', 'status', 'fixed.status'],
    ['callback', 'resolved', 'category1', 'category'],
    ['callback', 'noContact', 'cpfLookup', 'fixed.cpfLookup'],
    ['chat', 'forwarded', 'group', 'group'],
    ['chat', 'resolved', 'description', 'chatProtocol'],
  ] as const)(
    '%s %s without the field "%s": %s fails as the form\'s fault',
    (channel, outcome, field, id) => {
      const e = judged(channel, outcome, without(field));
      expect(failing(e.checks, id)?.formFault).toEqual({ kind: 'missingField', field });
    },
  );

  it('a renamed status option ("Resolvido" → "Resolvida") is the form\'s fault, named', () => {
    const e = judged('callback', 'resolved', (s) => {
      s.fields.status = { value: 'Novo', options: ['Novo', 'Encaminhado', 'Resolvida'] };
    });
    const check = failing(e.checks, 'fixed.status');
    expect(check?.formFault).toEqual({ kind: 'missingOption', field: 'status', option: 'Resolvido' });
    expect(check?.wrong).toBe(false);
  });

  it("a category level without the procedure's option is the form's fault; one not chosen yet is not", () => {
    const renamed = judged('callback', 'resolved', (s) => {
      s.fields.category3 = { value: '', options: ['Contato efetuado', 'Sem comunicação'] };
    });
    expect(failing(renamed.checks, 'category')?.formFault).toEqual({
      kind: 'missingOption',
      field: 'category3',
      option: 'Contato realizado',
    });
    const notChosen = judged('callback', 'resolved', (s) => {
      s.fields.category3 = { value: '', options: ['Contato realizado', 'Sem comunicação'] };
    });
    expect(failing(notChosen.checks, 'category')?.formFault).toBeUndefined();
  });

  it("a list whose widget shows another option than SysAid would save is the form's fault", () => {
    const e = judged('callback', 'resolved', (s) => {
      const status = s.fields.status;
      if (status) status.shown = 'Encaminhado';
    });
    expect(failing(e.checks, 'fixed.status')?.formFault).toEqual({
      kind: 'disagrees',
      field: 'status',
      option: 'Encaminhado',
    });
  });

  it("missing or wrong data is the agent's to fix, never the form's", () => {
    const e = judged('chat', 'resolved', (s) => {
      for (const f of Object.values(s.fields))
        if (f) f.value = f.value.replaceAll('529.982.247-25', '111.111.111-11');
    });
    const cpf = failing(e.checks, 'cpf');
    expect(cpf?.wrong).toBe(true);
    expect(cpf?.formFault).toBeUndefined();
    const noPlan = judged('chat', 'resolved', (s) => {
      const d = s.fields.description;
      if (d) d.value = d.value.replace(/Plano Assefaz: .*\n?/, '');
    });
    expect(failing(noPlan.checks, 'plan')?.formFault).toBeUndefined();
  });
});

const ctx = (extra: Partial<SaveContext>) =>
  saveContext({
    evaluation: evaluate(compliantTicket('callback', 'resolved').input),
    playbook: DEFAULT_PLAYBOOKS.callback,
    channelChosen: true,
    ...extra,
  });

describe('the save decision on a form that differs', () => {
  const renamedStatus = judged('callback', 'resolved', (s) => {
    s.fields.status = { value: 'Novo', options: ['Novo', 'Resolvida'] };
  });

  it('blocks, says the form differs, and marks it so the justification is always offered', () => {
    const verdict = decideSave(ctx({ evaluation: renamedStatus }));
    expect(verdict).toMatchObject({ decision: 'block', formOnly: true, text: { key: 'guard.formDiffers' } });
  });

  it('with data missing as well, the data comes first (no free pass)', () => {
    const { input } = compliantTicket('callback', 'resolved');
    const snapshot = structuredClone(input.snapshot);
    snapshot.fields.status = { value: 'Novo', options: ['Novo', 'Resolvida'] };
    snapshot.fields.cpfLookup = { value: '' };
    const evaluation = evaluate({ ...input, snapshot, typed: { data: {} } });
    expect(decideSave(ctx({ evaluation }))).toMatchObject({ decision: 'block', formOnly: false });
  });

  it('pilot mode lets a would-be block through, with what would have blocked it', () => {
    const verdict = decideSave(ctx({ evaluation: renamedStatus, guardMode: 'observe' }));
    expect(verdict).toMatchObject({ decision: 'allow', kind: 'observed' });
    expect(verdict.kind === 'observed' && verdict.items.map((c) => c.id)).toEqual(['fixed.status']);
    expect(decideSave(ctx({ filling: true, guardMode: 'observe' })).decision).toBe('allow');
    expect(decideSave(ctx({ guardMode: 'observe' }))).toEqual({ decision: 'allow', kind: 'compliant' });
  });
});
