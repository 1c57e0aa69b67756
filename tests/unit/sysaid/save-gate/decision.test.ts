import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../../lib/core/procedures/defaults';
import { evaluate } from '../../../../lib/core/rules/evaluate';
import { decideSave, type SaveContext } from '../../../../lib/page/sysaid/save-gate/decision';
import { saveContext } from '../../support/save-context';
import { applyWrites, blankForm, compliantTicket, MORNING } from '../../support/tickets';

const APPLY = { route: 'click', isApply: true } as const;
const OK = { route: 'click', isApply: false } as const;

const ctx = (extra: Partial<SaveContext> = {}) => saveContext({ attempt: OK, ...extra });

/** Callback chosen, no outcome yet, and the extension already wrote what the channel fixes. */
function callbackNoOutcome() {
  const input = { playbook: DEFAULT_PLAYBOOKS.callback, typed: { data: {} }, now: MORNING };
  const first = evaluate({ ...input, snapshot: blankForm() });
  return evaluate({ ...input, snapshot: applyWrites(blankForm(), first.writes) });
}

describe('the save decision (PROCEDURES.md, "Every ticket, before any channel rule")', () => {
  it('a new ticket with the panel untouched is blocked: choose the channel', () => {
    const verdict = decideSave(ctx());
    expect(verdict).toMatchObject({ decision: 'block', kind: 'blocked' });
    expect(verdict.decision === 'block' && verdict.items.map((c) => c.id)).toEqual(['channel']);
  });

  it('an existing ticket nobody chose a channel for is out of scope by default, and logged as such', () => {
    expect(decideSave(ctx({ isNewTicket: false }))).toEqual({ decision: 'allow', kind: 'outOfScope' });
  });

  it('a lead can widen the scope to every ticket, or narrow it to some templates', () => {
    expect(decideSave(ctx({ isNewTicket: false, scope: { mode: 'all', templates: [] } })).decision).toBe(
      'block',
    );
    const templates = { mode: 'templates' as const, templates: ['3'] };
    expect(decideSave(ctx({ scope: templates, templateId: '3' })).decision).toBe('block');
    expect(decideSave(ctx({ scope: templates, templateId: '9' })).kind).toBe('outOfScope');
  });

  it('a compliant ticket is saved and logged as compliant', () => {
    const evaluation = evaluate(compliantTicket('callback', 'resolved').input);
    expect(decideSave(ctx({ evaluation, channelChosen: true }))).toEqual({
      decision: 'allow',
      kind: 'compliant',
    });
  });

  it('the first Aplicar of a new call ticket opens the protocol while data is missing', () => {
    const evaluation = callbackNoOutcome();
    const playbook = DEFAULT_PLAYBOOKS.callback;
    expect(evaluation.blocking.length).toBeGreaterThan(0);
    expect(decideSave(ctx({ attempt: APPLY, evaluation, playbook, channelChosen: true }))).toEqual({
      decision: 'allow',
      kind: 'early',
    });
    // …but only Aplicar, only on a new ticket, never into a final status, never for chat.
    expect(decideSave(ctx({ attempt: OK, evaluation, playbook, channelChosen: true })).decision).toBe(
      'block',
    );
    expect(
      decideSave(
        ctx({ attempt: { route: 'submit', isApply: true }, evaluation, playbook, channelChosen: true }),
      ).decision,
    ).toBe('block');
    expect(
      decideSave(ctx({ attempt: APPLY, evaluation, playbook, channelChosen: true, isNewTicket: false }))
        .decision,
    ).toBe('block');
    expect(
      decideSave(ctx({ attempt: APPLY, evaluation, playbook, channelChosen: true, status: 'Resolvido' }))
        .decision,
    ).toBe('block');
    const chat = DEFAULT_PLAYBOOKS.chat;
    const chatEval = evaluate({ playbook: chat, snapshot: blankForm(), typed: { data: {} }, now: MORNING });
    expect(
      decideSave(ctx({ attempt: APPLY, evaluation: chatEval, playbook: chat, channelChosen: true })).decision,
    ).toBe('block');
  });

  it('early only once: a ticket whose stamp says an Aplicar opened it is held to the whole procedure', () => {
    const evaluation = callbackNoOutcome();
    const playbook = DEFAULT_PLAYBOOKS.callback;
    const again = ctx({ attempt: APPLY, evaluation, playbook, channelChosen: true, openedEarly: true });
    expect(decideSave(again).decision).toBe('block');
  });

  it('never early with data that is wrong', () => {
    const form = blankForm();
    form.fields.cpfLookup = { value: '123.456.789-00' };
    const playbook = DEFAULT_PLAYBOOKS.callback;
    const evaluation = evaluate({
      playbook,
      outcome: 'forwarded',
      snapshot: form,
      typed: { data: {} },
      now: MORNING,
    });
    expect(decideSave(ctx({ attempt: APPLY, evaluation, playbook, channelChosen: true })).decision).toBe(
      'block',
    );
  });

  it('a save while the extension is still filling waits', () => {
    expect(decideSave(ctx({ filling: true, channelChosen: true }))).toMatchObject({
      decision: 'block',
      items: [],
    });
  });
});
