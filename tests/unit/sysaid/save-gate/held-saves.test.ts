import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SaveAttempt, SaveDecider } from '../../../../lib/page/sysaid/save-gate/attempt';
import { HeldSaves } from '../../../../lib/page/sysaid/save-gate/held-saves';
import { installPageHook } from '../../../../lib/page/sysaid/save-gate/page-hook';
import { loadReplica } from '../../support/replica';

let formsSubmitted: HTMLFormElement[] = [];
beforeAll(() => {
  window.alert = () => {};
  window.HTMLFormElement.prototype.submit = function fakeSubmit(this: HTMLFormElement) {
    formsSubmitted.push(this);
  };
  installPageHook(window as unknown as Window & typeof globalThis);
});

function decider(verdict: () => 'allow' | 'block', seen: SaveAttempt[] = []): SaveDecider {
  return {
    decide: (a) => {
      seen.push(a);
      return verdict();
    },
    isBlocked: () => verdict() === 'block',
    failed: () => {},
  };
}

describe('save gate on the classic form', () => {
  let gate: HeldSaves;
  let submitted: number;
  beforeEach(() => {
    loadReplica('classic');
    submitted = 0;
    document.querySelector('table#ApplyBtn')?.addEventListener('click', () => submitted++);
  });
  afterEach(() => gate.retire());
  const apply = () => document.querySelector<HTMLElement>('table#ApplyBtn td.center')?.click();

  it('a blocked click on Aplicar never reaches SysAid; an allowed one does, once', () => {
    const attempts: SaveAttempt[] = [];
    let verdict: 'block' | 'allow' = 'block';
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => verdict, attempts));
    apply();
    expect(submitted).toBe(0);
    expect(attempts).toEqual([{ route: 'click', isApply: true }]);
    verdict = 'allow';
    apply();
    expect(submitted).toBe(1);
  });

  it('before the extension is ready a save is held, then decided as soon as it is', () => {
    const held: SaveAttempt[] = [];
    gate = new HeldSaves(document, { held: (a) => held.push(a) });
    apply();
    expect(submitted).toBe(0);
    expect(held).toEqual([{ route: 'click', isApply: true }]);
    gate.setDecider(decider(() => 'allow'));
    expect(submitted).toBe(1);
  });

  it('a held save the rules refuse is never sent', () => {
    gate = new HeldSaves(document);
    apply();
    gate.setDecider(decider(() => 'block'));
    expect(submitted).toBe(0);
  });

  it('a decision that throws blocks the save and is reported', () => {
    const failures: unknown[] = [];
    gate = new HeldSaves(document);
    gate.setDecider({
      decide: () => {
        throw new TypeError('boom');
      },
      isBlocked: () => false,
      failed: (e) => failures.push(e),
    });
    apply();
    expect(submitted).toBe(0);
    expect(failures).toHaveLength(1);
  });

  it('a second click while an allowed save is on its way is swallowed; after SysAid refuses with its alert, the retry is a new save', () => {
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'allow'));
    apply();
    apply();
    expect(submitted).toBe(1);
    window.alert('Preencha o campo obrigatório'); // SysAid's ValidateFrm refused it
    apply();
    expect(submitted).toBe(2);
  });

  it('programmatic submits of the ticket form are asked about; a search form is never blocked', () => {
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'block'));
    formsSubmitted = [];
    const form = document.getElementById('srForm') as HTMLFormElement;
    form.submit();
    expect(formsSubmitted).toEqual([]);
    const search = document.createElement('form');
    search.innerHTML = '<input name="q"><button type="submit">Pesquisar</button>';
    document.body.append(search);
    search.submit();
    expect(formsSubmitted).toEqual([search]);
    let clicked = 0;
    search.querySelector('button')?.addEventListener('click', (e) => {
      e.preventDefault();
      clicked++;
    });
    search.querySelector('button')?.click();
    expect(clicked).toBe(1);
  });

  it('a newer gate takes over only with the token the old one handed over; the old one steps aside', () => {
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'block'));
    const newer = new HeldSaves(document);
    newer.setDecider(decider(() => 'allow'));
    expect(newer.linked).toBe(false);
    expect(gate.retired).toBe(false);
    const token = gate.rekey();
    expect(token && newer.join(token)).toBe(true);
    expect(gate.retired).toBe(true);
    apply();
    expect(submitted).toBe(1);
    newer.retire();
  });
});

describe('save gate on the modern Classic form', () => {
  it('finds Aplicar by its caption in the header and #sr-save-btn by id; Cancel is not a save', () => {
    loadReplica('modern');
    const attempts: SaveAttempt[] = [];
    let cancelled = 0;
    const gate = new HeldSaves(document, { cancelled: () => cancelled++ });
    gate.setDecider(decider(() => 'block', attempts));
    const byText = (text: string) =>
      [...document.querySelectorAll<HTMLElement>('.sr-header-buttons > *')].find(
        (el) => el.textContent?.trim() === text,
      );
    byText('Aplicar')?.click();
    document.querySelector<HTMLElement>('#sr-save-btn')?.click();
    byText('Cancelar')?.addEventListener('click', (e) => e.preventDefault());
    byText('Cancelar')?.click();
    expect(attempts).toEqual([
      { route: 'click', isApply: true },
      { route: 'click', isApply: false },
    ]);
    expect(cancelled).toBe(1);
    gate.retire();
  });
});

describe('a "Cancelar" inside a dialog over the form', () => {
  it('closes that dialog: it is not the ticket\u2019s Cancel, so the draft stays', async () => {
    const { ticketControlOf } = await import('../../../../lib/page/sysaid/save-gate/save-controls');
    document.body.innerHTML =
      '<form id="srForm"><div role="dialog"><button type="button" id="in-dialog">Cancelar</button></div>' +
      '<button type="button" id="on-form">Cancelar</button></form>';
    expect(ticketControlOf(document.getElementById('in-dialog'))).toBeNull();
    expect(ticketControlOf(document.getElementById('on-form'))?.role).toBe('cancel');
  });
});
