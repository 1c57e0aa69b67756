import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditMessage } from '../../../lib/core/messages/schema';
import { resolvePlaybooks } from '../../../lib/core/procedures/io';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import { type SessionDeps, TicketSession } from '../../../lib/page/assist/session';
import { loadReplica } from '../support/replica';
import { shown } from '../support/shown';

function session() {
  const audit: AuditMessage[] = [];
  const controller = new AbortController();
  const deps: SessionDeps = {
    doc: document,
    settings: () => ({ ...DEFAULT_SETTINGS, allowOverride: true }),
    playbooks: () => resolvePlaybooks(),
    now: () => new Date('2026-11-24T13:00:00Z'),
    persist: () => undefined,
    audit: (event) => audit.push(event),
    signal: controller.signal,
    isNewTicket: () => true,
    templateId: () => undefined,
    extensionVersion: '9.9.9',
    newExceptionId: () => 'abc12345',
  };
  return { s: new TicketSession(deps), audit, stop: () => controller.abort() };
}

const settledOn = async (s: TicketSession) =>
  vi.waitFor(() => {
    const view = s.view();
    if (view.filling || view.evaluation.writes.length) throw new Error('still filling');
  });

describe('the exception window', () => {
  beforeEach(() => loadReplica('classic'));
  let stop = () => {};
  afterEach(() => stop());

  it('closes after any save it let through: a ticket fixed, saved, then broken again is refused', async () => {
    const t = session();
    stop = t.stop;
    t.s.setChannel('callback');
    t.s.setOutcome('noContact');
    await settledOn(t.s);
    expect(shown(t.s.override('Beneficiário pediu retorno amanhã'))).toBeNull();
    // The agent completes the ticket after all: that save is compliant, and uses up the window.
    t.s.setDatum('attempts', '3');
    t.s.setDatum('noContactReason', 'notAnswered');
    await settledOn(t.s);
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('allow');
    // Then the call is reached after all: a resolved callback whose beneficiary data is still missing.
    t.s.setOutcome('resolved');
    await settledOn(t.s);
    expect(t.s.view().evaluation.blocking.length).toBeGreaterThan(0);
    expect(t.s.decideSave({ route: 'click', isApply: false })).toBe('block');
    expect(t.audit.map((e) => e.kind)).toEqual(['override', 'compliant', 'blocked']);
  });
});
