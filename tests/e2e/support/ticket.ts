import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

type Scope = Page | Frame;

/** The replica form as an agent uses it: SysAid's own widgets, clicked like a person would. */
/** Opens SysAid's Stylish Select (found by its class token, as on the real page) and picks an item. */
export async function chooseInSysaid(scope: Scope, field: string, caption: string) {
  await scope.locator(`.${field}_CustomSelect > .selectedTxt`).click();
  await scope.locator(`#addScroll_${field}_CustomSelect li`).getByText(caption, { exact: true }).click();
}

/** What the widget shows ("" for a placeholder or "none"). */
export function sysaidCaption(scope: Scope, field: string) {
  return scope.locator(`.${field}_CustomSelect > .selectedTxt`);
}

export function radio(scope: Scope, group: string, name: string) {
  return scope.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });
}

export function textbox(scope: Scope, name: string) {
  return scope.getByRole('textbox', { name, exact: true });
}

export const VALID_CPF = '529.982.247-25';

/** The beneficiary as confirmed on the call. */
export async function typeBeneficiary(scope: Scope, skip: string[] = []) {
  const data: Record<string, string> = {
    CPF: '52998224725',
    'Nome completo': 'Maria Aparecida da Silva',
    'Nome da mãe': 'Ana Maria da Silva',
    'Data de nascimento': '01021980',
    'Plano Assefaz': 'Assefaz Nacional',
  };
  for (const [name, value] of Object.entries(data)) {
    if (skip.includes(name)) continue;
    if (await textbox(scope, name).count()) await textbox(scope, name).fill(value);
  }
}

/** Waits until the extension has settled the form (no fill in progress). */
export async function settled(scope: Scope) {
  await expect
    .poll(() => scope.getByText('Preenchendo o formulário do SysAid…').count(), { timeout: 15_000 })
    .toBe(0);
}

export async function clickSave(scope: Scope, which: 'ApplyBtn' | 'OKBtn' = 'ApplyBtn') {
  await scope.locator(`table#${which} td.center`).click();
}

/** A callback marked resolved with nothing typed, and its save refused: the guard has something to block. */
export async function refusedCallback(scope: Scope, noSaveArrives: () => Promise<void>) {
  await radio(scope, 'Canal', 'Ligação ativa / Callback').check();
  await radio(scope, 'Desfecho', 'Resolvido no atendimento').check();
  await settled(scope);
  await clickSave(scope, 'OKBtn');
  await scope.getByRole('alert').waitFor();
  await noSaveArrives();
}
