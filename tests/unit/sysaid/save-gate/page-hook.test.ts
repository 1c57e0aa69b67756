import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SaveAttempt, SaveDecider } from '../../../../lib/page/sysaid/save-gate/attempt';
import { HeldSaves } from '../../../../lib/page/sysaid/save-gate/held-saves';
import { installPageHook } from '../../../../lib/page/sysaid/save-gate/page-hook';
import * as protocol from '../../../../lib/page/sysaid/save-gate/protocol';
import { unrecognisedSaveControls } from '../../../../lib/page/sysaid/save-gate/save-controls';
import { loadReplica } from '../../support/replica';

/*
 * The page-world backstop and its channel to the gate, in one document (happy-dom runs both worlds in
 * one). What reaches "the network" is what the original XHR/fetch/submit were called with.
 */
const sent: string[] = [];
const fetched: string[] = [];
let submitted = 0;

beforeAll(() => {
  window.XMLHttpRequest.prototype.send = function fakeSend(this: XMLHttpRequest) {
    sent.push('xhr');
  };
  window.fetch = (async (input: RequestInfo | URL) => {
    fetched.push(String(input));
    return new Response('{}');
  }) as typeof fetch;
  window.HTMLFormElement.prototype.submit = () => {
    submitted++;
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

function postForm(url = '/m/SREdit.jsp?id=0') {
  const xhr = new XMLHttpRequest();
  const failed: string[] = [];
  xhr.addEventListener('error', () => failed.push('error'));
  xhr.addEventListener('abort', () => failed.push('abort'));
  xhr.open('POST', url);
  const form = document.forms.namedItem('frm') as HTMLFormElement;
  xhr.send(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
  return failed;
}

/** Every event name the extension uses in the page, as a page script would find them. */
const EVENT_NAMES = (Object.values(protocol) as unknown[]).filter(
  (v): v is string => typeof v === 'string' && v.startsWith('sysaid-assist:'),
);

describe('page-world backstop: saves made by SysAid’s own code', () => {
  let gate: HeldSaves;
  beforeEach(() => {
    sent.length = 0;
    fetched.length = 0;
    submitted = 0;
    loadReplica('modern');
  });
  afterEach(() => gate.retire());

  it('an XHR POST of the ticket form is refused by the gate: nothing is sent and SysAid sees a failed request', () => {
    const attempts: SaveAttempt[] = [];
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'block', attempts));
    const failed = postForm();
    expect(sent).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    expect(attempts).toEqual([{ route: 'programmatic', isApply: false }]);
  });

  it('an allowed XHR save goes once; requests that are not saves never ask', () => {
    const attempts: SaveAttempt[] = [];
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'allow', attempts));
    postForm();
    const get = new XMLHttpRequest();
    get.open('GET', '/m/IncidentsList.jsp');
    get.send();
    const other = new XMLHttpRequest();
    other.open('POST', '/api/notifications');
    other.send('{"seen":true}');
    expect(sent).toEqual(['xhr', 'xhr', 'xhr']);
    expect(attempts).toHaveLength(1);
  });

  it('a fetch PUT to /api/v1/sr (Spaces) is refused with a rejected promise and never sent', async () => {
    gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'block'));
    await expect(
      fetch('/api/v1/sr?id=0', { method: 'PUT', body: JSON.stringify({ id: '0', info: [] }) }),
    ).rejects.toThrow();
    expect(fetched).toEqual([]);
  });

  it('an XHR save before the extension is ready is held, then sent once it is allowed', () => {
    gate = new HeldSaves(document);
    postForm();
    expect(sent).toEqual([]);
    gate.setDecider(decider(() => 'allow'));
    expect(sent).toEqual(['xhr']);
  });
});

describe('the page cannot switch the guard off', () => {
  let gate: HeldSaves;
  let tampered: string[];
  const submitFrm = () => (document.forms.namedItem('frm') as HTMLFormElement).submit();
  beforeEach(() => {
    sent.length = 0;
    submitted = 0;
    tampered = [];
    loadReplica('modern');
    gate = new HeldSaves(document, { tampered: (what) => tampered.push(what) });
    gate.setDecider(decider(() => 'block'));
  });
  afterEach(() => gate.retire());

  it('a window-capture listener that stops the extension’s events does not make a save "allowed"', () => {
    const stopAll = (e: Event) => e.stopImmediatePropagation();
    for (const name of EVENT_NAMES) window.addEventListener(name, stopAll, true);
    try {
      submitFrm();
      postForm();
      expect(submitted).toBe(0);
      expect(sent).toEqual([]);
    } finally {
      for (const name of EVENT_NAMES) window.removeEventListener(name, stopAll, true);
    }
  });

  it('removing every data-sysaid-assist… attribute leaves the save guarded', () => {
    for (const el of document.querySelectorAll('*'))
      for (const attr of [...el.attributes])
        if (attr.name.startsWith('data-sysaid-assist')) el.removeAttribute(attr.name);
    submitFrm();
    expect(submitted).toBe(0);
  });

  it('dispatching every sysaid-assist… event (take-over, replays, hello) neither retires the gate nor saves; it is logged', () => {
    const form = document.forms.namedItem('frm') as HTMLFormElement;
    const fake = document.createElement('div');
    for (const name of EVENT_NAMES) {
      for (const target of [document, form, window as unknown as EventTarget]) {
        target.dispatchEvent(new CustomEvent(name, { bubbles: true, cancelable: true, detail: 'submit' }));
        target.dispatchEvent(new MouseEvent(name, { bubbles: true, cancelable: true, relatedTarget: fake }));
      }
    }
    expect(gate.retired).toBe(false);
    expect(submitted).toBe(0);
    submitFrm();
    expect(submitted).toBe(0);
    expect(tampered.length).toBeGreaterThan(0);
  });
});

describe('save captions SysAid uses beyond its buttons', () => {
  it('"Salvar e fechar" in the Ações menu, a span button and "Save & Close" are saves; "Ações" itself is not', () => {
    loadReplica('modern');
    const attempts: SaveAttempt[] = [];
    const gate = new HeldSaves(document);
    gate.setDecider(decider(() => 'block', attempts));
    const menu = document.createElement('ul');
    menu.className = 'dropdown-menu';
    menu.innerHTML =
      '<li><div class="menu-item"><span>Salvar e fechar</span></div></li><li><span>Save &amp; Close</span></li>';
    document.body.append(menu);
    const span = document.createElement('span');
    span.className = 'btn';
    span.textContent = 'Salvar e novo';
    document.querySelector('.sr-header-buttons')?.append(span);
    const reached: string[] = [];
    for (const el of [...menu.querySelectorAll('span'), span])
      el.addEventListener('click', () => reached.push(el.textContent ?? ''));
    menu.querySelector<HTMLElement>('.menu-item span')?.click();
    menu.querySelector<HTMLElement>('li:last-child span')?.click();
    span.click();
    document.querySelector<HTMLElement>('.sr-actions')?.click();
    expect(reached).toEqual([]);
    expect(attempts).toHaveLength(3);
    gate.retire();
  });
});

describe('self-test: controls that look like a save but are not recognised', () => {
  it('lists a visible "Salvar rascunho" button and a "Gravar" link, not the header’s Aplicar/Salvar', () => {
    loadReplica('modern');
    const extra = document.createElement('div');
    extra.innerHTML =
      '<button type="button">Salvar rascunho</button><a href="#">Gravar</a><button hidden>Salvar cópia</button>';
    document.body.append(extra);
    expect(unrecognisedSaveControls(document)).toEqual(['Salvar rascunho', 'Gravar']);
  });
});
