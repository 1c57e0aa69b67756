import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditMessage } from '../../../lib/core/messages/schema';
import { resolvePlaybooks } from '../../../lib/core/procedures/io';
import { parseStamp } from '../../../lib/core/rules/stamp';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings/schema';
import { type SessionDeps, TicketSession } from '../../../lib/page/assist/session';
import { loadReplica } from '../support/replica';
import { shown } from '../support/shown';

/** A session on the classic replica with fake dependencies: what it writes, logs and decides. */
function session(settings: Partial<Settings> = {}, isNewTicket = true, extra: Partial<SessionDeps> = {}) {
  const audit: AuditMessage[] = [];
  const controller = new AbortController();
  const deps: SessionDeps = {
    doc: document,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    playbooks: () => resolvePlaybooks(),
    now: () => new Date('2026-11-24T13:00:00Z'),
    persist: () => undefined,
    audit: (event) => audit.push(event),
    signal: controller.signal,
    isNewTicket: () => isNewTicket,
    templateId: () => undefined,
    extensionVersion: '9.9.9',
    newExceptionId: () => 'abc12345',
    ...extra,
  };
  return { s: new TicketSession(deps), audit, stop: () => controller.abort() };
}

const description = () => (document.querySelector('textarea[name="desc"]') as HTMLTextAreaElement).value;
const settledOn = async (s: TicketSession) =>
  vi.waitFor(() => {
    const view = s.view();
    if (view.filling || view.evaluation.writes.length) throw new Error('still filling');
  });

/** A no-contact callback with both data typed, once the session has filled the form. */
async function noContactFilled() {
  const t = session();
  t.s.setChannel('callback');
  t.s.setOutcome('noContact');
  t.s.setDatum('attempts', '3');
  t.s.setDatum('noContactReason', 'notAnswered');
  await settledOn(t.s);
  return t;
}

describe('a ticket session on the classic replica', () => {
  beforeEach(() => loadReplica('classic'));
  let stop = () => {};
  afterEach(() => stop());

  it('fills what the procedure fixes and, once compliant, lets the save through with the stamp', async () => {
    const t = await noContactFilled();
    stop = t.stop;
    expect(t.s.view().evaluation.blocking).toEqual([]);
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('allow');
    expect(description()).toBe(
      'Tentativas de contato: 3\nMotivo: Beneficiário não atendeu\n\n[Assefaz-Guia] v=1; playbook=callback@1; canal=callback; desfecho=noContact; resultado=conforme; ext=9.9.9',
    );
    expect(t.audit.map((e) => e.kind)).toEqual(['compliant']);
    // A second save replaces the stamp; the checks still pass on the stamped description.
    t.s.refresh();
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('allow');
    expect(description().match(/\[Assefaz-Guia\]/g)).toHaveLength(1);
  });

  it('an early Aplicar SysAid refused can be retried: only a stamp the form had when it loaded says "opened"', async () => {
    const t = session();
    stop = t.stop;
    t.s.setChannel('callback');
    await settledOn(t.s);
    const apply = { route: 'click', isApply: true } as const;
    expect(t.s.decideSave(apply)).toBe('allow');
    expect(description()).toContain('resultado=aberto');
    // SysAid refused it (its own alert): the agent clicks Aplicar again on the same page.
    expect(t.s.decideSave(apply)).toBe('allow');
  });

  it('refuses a save that breaks the procedure, names the gap, logs it and writes no stamp', async () => {
    const t = session();
    stop = t.stop;
    t.s.setChannel('callback');
    t.s.setOutcome('noContact');
    await settledOn(t.s);
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('block');
    expect(t.s.view().alert?.items.map((c) => c.id)).toEqual(['attempts', 'noContactReason']);
    expect(t.audit).toMatchObject([{ kind: 'blocked', checks: ['attempts', 'noContactReason'] }]);
    expect(parseStamp(description())).toBeUndefined();
  });

  it('a justified exception lets one save through: logged with its id, and the stamp says so', async () => {
    const t = session({ allowOverride: true });
    stop = t.stop;
    t.s.setChannel('callback');
    t.s.setOutcome('noContact');
    await settledOn(t.s);
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('block');
    expect(shown(t.s.override('curta'))).toMatch(/15 caracteres/);
    expect(shown(t.s.override('Beneficiário pediu retorno amanhã'))).toBeNull();
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('allow');
    expect(t.audit.at(-1)).toMatchObject({ kind: 'override', detail: 'excecao=abc12345' });
    expect(parseStamp(description())).toMatchObject({ result: 'excecao', exceptionId: 'abc12345' });
    // One save only: the next one is judged again.
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('block');
  });

  it('a description SysAid keeps read-only: the save still goes, and the log says it went unstamped', async () => {
    const t = await noContactFilled();
    stop = t.stop;
    (document.querySelector('textarea[name="desc"]') as HTMLTextAreaElement).readOnly = true;
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('allow');
    expect(t.audit.at(-1)).toMatchObject({
      kind: 'compliant',
      detail: expect.stringMatching(/^sem carimbo: /),
    });
    expect(parseStamp(description())).toBeUndefined();
  });

  it('an existing ticket with no channel is out of scope: allowed, logged, never stamped', () => {
    const t = session({}, false);
    stop = t.stop;
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('allow');
    expect(t.audit.map((e) => e.kind)).toEqual(['outOfScope']);
    expect(parseStamp(description())).toBeUndefined();
  });
});
