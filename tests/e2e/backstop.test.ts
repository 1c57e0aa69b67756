import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as protocol from '../../lib/page/sysaid/save-gate/protocol';
import { localStorageText } from './support/extension';
import { useSysaid } from './support/fixtures';
import { completeOutcome } from './support/outcomes';
import { chooseInSysaid, settled } from './support/ticket';

const sysaid = useSysaid();

/** SysAid's own mandatory category, so that its ValidateFrm() lets the save reach the request. */
async function passSysaidsOwnCheck(frame: Frame) {
  await chooseInSysaid(frame, 'problem_type', 'Cadastro');
  await settled(frame);
}

async function expectRefused(frame: Frame, how: string) {
  const alert = frame.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent(), how).toContain('Escolha o canal');
  await frame.getByRole('button', { name: 'Fechar aviso' }).click();
}

const menuItem = (frame: Frame, caption: string) =>
  frame.getByRole('menuitem', { name: caption, exact: true });

describe('saves made by SysAid’s own code over XHR are decided by the guard', () => {
  it('Ações → "Salvar e fechar" (a click, and Enter run jQuery-style with no DOM click) is refused, then saves once compliant', async () => {
    const { frame } = await sysaid.openModern('&actionsMenu=1');
    await passSysaidsOwnCheck(frame);
    await frame.getByText('Ações ▾').click();
    await menuItem(frame, 'Salvar e fechar').click();
    await expectRefused(frame, 'mouse');
    // The refused click never reached SysAid: its menu is still open, and the agent presses Enter on the item.
    await menuItem(frame, 'Salvar e fechar').focus();
    await frame.page().keyboard.press('Enter');
    await expectRefused(frame, 'Enter (jQuery trigger)');
    await sysaid.noSaveArrives();

    await completeOutcome(frame, 'callback', 'noContact');
    await frame.getByText('Ações ▾').click();
    await menuItem(frame, 'Salvar e fechar').waitFor();
    await frame.page().keyboard.press('Enter');
    const saved = await sysaid.received();
    expect(saved).toMatchObject({ page: 'modern', action: 'saveClose', token: 'ok' });
    expect(saved.captions.thirdLevelCategory).toBe('Sem comunicação');
    await frame.getByRole('link', { name: 'Novo' }).waitFor(); // SysAid closed the ticket: back to the list
  });

  it('Ctrl+S that posts over XHR is refused on a non-compliant ticket and saved on a compliant one', async () => {
    const { frame } = await sysaid.openModern('&ctrlSXhr=1');
    await passSysaidsOwnCheck(frame);
    await frame.locator('#title').click();
    await frame.page().keyboard.press('Control+s');
    await expectRefused(frame, 'Ctrl+S');
    await sysaid.noSaveArrives();

    await completeOutcome(frame, 'chat', 'resolved');
    await frame.locator('#title').click();
    await frame.page().keyboard.press('Control+s');
    const saved = await sysaid.received();
    expect(saved).toMatchObject({ page: 'modern', action: 'ctrlS', token: 'ok' });
  });
});

/** Every event name the extension uses or used in the page, as a page script could collect them. */
const EVENT_NAMES = [
  ...(Object.values(protocol) as unknown[]).filter(
    (v): v is string => typeof v === 'string' && v.startsWith('sysaid-assist:'),
  ),
  'sysaid-assist:gate-takeover',
  'sysaid-assist:programmatic-save',
  'sysaid-assist:replay-submit',
  'sysaid-assist:replay-request-submit',
];

describe('the page cannot switch the guard off', () => {
  it('a page that dispatches every sysaid-assist… event and removes every data-sysaid-assist… attribute still cannot save a non-compliant ticket', async () => {
    const { frame } = await sysaid.openModern();
    await passSysaidsOwnCheck(frame);
    // What a console line or a hostile script can do from the page's own world.
    await frame.evaluate((names) => {
      const stop = (e: Event) => e.stopImmediatePropagation();
      for (const name of names) {
        window.addEventListener(name, stop, true);
        document.addEventListener(name, stop, true);
      }
      const form = document.forms.namedItem('frm') as HTMLFormElement;
      const decoy = document.createElement('div');
      for (const name of names)
        for (const target of [window, document, document.documentElement, form]) {
          target.dispatchEvent(new CustomEvent(name, { bubbles: true, cancelable: true, detail: 'submit' }));
          target.dispatchEvent(
            new MouseEvent(name, { bubbles: true, cancelable: true, relatedTarget: decoy }),
          );
        }
      for (const el of document.querySelectorAll('*'))
        for (const attr of [...el.attributes])
          if (attr.name.startsWith('data-sysaid-assist')) el.removeAttribute(attr.name);
      window.postMessage({ type: 'sysaid-assist:handoff-request' }, '*');
    }, EVENT_NAMES);

    // SysAid's own save paths: document.frm.submit() from the page, the XHR save, a click on Salvar.
    await frame.evaluate(() => (document.forms.namedItem('frm') as HTMLFormElement).submit());
    await expectRefused(frame, 'submit()');
    await frame.evaluate(() => (window as unknown as { saveSR(): void }).saveSR());
    await expectRefused(frame, 'XHR');
    await frame.locator('#sr-save-btn').click();
    await expectRefused(frame, 'Salvar');
    await sysaid.noSaveArrives();
    // The lead sees the attempt in the log (the forged hello, once the grace for an update has passed).
    await expect.poll(() => localStorageText(sysaid.ext), { timeout: 15_000 }).toContain('"kind":"tamper"');

    // The guard was never off: once compliant, the same save goes through.
    await completeOutcome(frame, 'callback', 'noContact');
    await frame.locator('#sr-save-btn').click();
    expect(await sysaid.received()).toMatchObject({ page: 'modern', action: 'save', token: 'ok' });
  });
});
