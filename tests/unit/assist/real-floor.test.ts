import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../lib/core/drafts/draft';
import type { AuditMessage } from '../../../lib/core/messages/schema';
import { resolvePlaybooks } from '../../../lib/core/procedures/io';
import { parseStamp } from '../../../lib/core/rules/stamp';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import { type SessionDeps, TicketSession } from '../../../lib/page/assist/session';
import { loadReplica } from '../support/replica';
import { shown } from '../support/shown';

/** A session on a replica of an unseen tenant, with fake dependencies. */
function session(settings: () => Partial<Settings> = () => ({})) {
  const audit: AuditMessage[] = [];
  const controller = new AbortController();
  const persisted: Draft[] = [];
  const deps: SessionDeps = {
    doc: document,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings() }),
    playbooks: () => resolvePlaybooks(),
    now: () => new Date('2026-11-24T13:00:00Z'),
    persist: (d) => persisted.push(d),
    audit: (event) => audit.push(event),
    signal: controller.signal,
    isNewTicket: () => true,
    templateId: () => undefined,
    extensionVersion: '9.9.9',
    newExceptionId: () => 'abc12345',
  };
  return { s: new TicketSession(deps), audit, persisted, stop: () => controller.abort() };
}
const description = () => (document.querySelector('textarea[name="desc"]') as HTMLTextAreaElement).value;
const settled = (s: TicketSession) =>
  vi.waitFor(() => {
    if (s.view().filling) throw new Error('still filling');
  });
const SAVE = { route: 'click', isApply: false } as const;

/** A callback resolved with every datum typed: only the form can be at fault. */
async function completeCallback(t: ReturnType<typeof session>) {
  t.s.setChannel('callback');
  t.s.setOutcome('resolved');
  for (const [k, v] of Object.entries({
    cpf: '529.982.247-25',
    fullName: 'Maria Aparecida da Silva',
    motherName: 'Ana Maria da Silva',
    birthDate: '01/02/1980',
    plan: 'Assefaz Nacional',
  }))
    t.s.setDatum(k as 'cpf', v);
  await settled(t.s);
}

describe('on a SysAid that differs from the procedure', () => {
  let stop = () => {};
  afterEach(() => stop());

  it("a renamed status: blocked as the form's fault, saved with a justification though exceptions are off", async () => {
    loadReplica('classic', { rename: ['Resolvido:Resolvida'] });
    const t = session();
    stop = t.stop;
    await completeCallback(t);
    expect(t.s.decideSave(SAVE)).toBe('block');
    const alert = t.s.view().alert;
    expect(alert?.items.map((c) => c.id)).toEqual(['fixed.status']);
    expect(alert).toMatchObject({ formOnly: true, text: { key: 'guard.formDiffers' } });
    expect(shown(t.s.override('Status Resolvido não existe neste SysAid'))).toBeNull();
    expect(t.s.decideSave(SAVE)).toBe('allow');
    expect(t.audit.find((e) => e.kind === 'formFault')).toMatchObject({
      checks: ['fixed.status'],
      formFaults: ['missingOption:status=Resolvido'],
    });
    expect(parseStamp(description())).toMatchObject({ result: 'excecao', reason: 'formulario' });
  });

  it("missing data is still the agent's to fix: no justification when exceptions are off", async () => {
    loadReplica('classic', { rename: ['Resolvido:Resolvida'] });
    const t = session();
    stop = t.stop;
    t.s.setChannel('callback');
    t.s.setOutcome('resolved');
    await settled(t.s);
    expect(t.s.decideSave(SAVE)).toBe('block');
    expect(t.s.view().alert?.formOnly).toBe(false);
    expect(shown(t.s.override('Não tenho os dados do beneficiário'))).toMatch(/não permite/);
  });

  it('pilot mode, switched on while the ticket is open: the would-be block goes through, stamped nao-conforme', async () => {
    loadReplica('classic');
    let mode: Settings['guardMode'] = 'enforce';
    const t = session(() => ({ guardMode: mode }));
    stop = t.stop;
    t.s.setChannel('callback');
    t.s.setOutcome('resolved');
    await settled(t.s);
    expect(t.s.decideSave(SAVE)).toBe('block');
    mode = 'observe';
    expect(t.s.decideSave(SAVE)).toBe('allow');
    expect(t.audit.at(-1)).toMatchObject({
      kind: 'observed',
      checks: expect.arrayContaining(['motherName']),
    });
    expect(parseStamp(description())).toMatchObject({ result: 'nao-conforme' });
  });
});

describe('a reloaded new ticket asks before it brings a call back', () => {
  it('offers the call with its time and first name, writes nothing, and fills only on "Continuar"', async () => {
    loadReplica('classic');
    const t = session();
    const draft: Draft = {
      channel: 'callback',
      outcome: 'noContact',
      typed: { data: { attempts: '3', noContactReason: 'notAnswered', fullName: 'Maria da Silva' } },
      updatedAt: Date.parse('2026-11-24T12:50:00Z'),
    };
    t.s.offerResume(draft);
    expect(t.s.view().resumeOffer).toEqual({ at: draft.updatedAt, firstName: 'Maria', notSaved: false });
    expect(t.s.view().channel).toBeUndefined();
    expect(description()).toBe('');
    t.s.resumeOffered();
    await settled(t.s);
    expect(t.s.view().resumeOffer).toBeUndefined();
    expect(description()).toContain('Tentativas de contato: 3');
    t.stop();
  });

  it('"Descartar" forgets it: the stored draft is replaced by a blank one', () => {
    loadReplica('classic');
    const t = session();
    t.s.offerResume({ channel: 'chat', typed: { data: { fullName: 'Ana' } }, updatedAt: 0 });
    t.s.discardOffered();
    expect(t.s.view().resumeOffer).toBeUndefined();
    expect(t.persisted.at(-1)).toMatchObject({ channel: undefined, typed: { data: {} } });
    t.stop();
  });
});
