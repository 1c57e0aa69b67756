import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { chooseInSysaid, radio, settled, textbox, typeBeneficiary } from './ticket';

type Scope = Page | Frame;

const EXTENSION_VERSION: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

export const CHANNEL = {
  callback: 'Ligação ativa / Callback',
  survey: 'Pesquisa de satisfação',
  chat: 'Chat',
} as const;
export const OUTCOME = {
  forwarded: 'Encaminhado aos setores',
  resolved: 'Resolvido no atendimento',
  noContact: 'Sem comunicação',
} as const;

/** Every outcome of every default playbook. */
export const EVERY_OUTCOME = [
  ['callback', 'noContact'],
  ['callback', 'resolved'],
  ['callback', 'forwarded'],
  ['survey', 'noContact'],
  ['survey', 'resolved'],
  ['survey', 'forwarded'],
  ['chat', 'resolved'],
  ['chat', 'forwarded'],
] as const;
export type Channel = (typeof EVERY_OUTCOME)[number][0];
export type Outcome = (typeof EVERY_OUTCOME)[number][1];

/** The agent categorizes in SysAid by hand, level by level, as each one loads. */
export async function categorize(scope: Scope, path: string[]) {
  const fields = ['problem_type', 'subcategory', 'thirdLevelCategory'];
  for (const [level, caption] of path.entries()) {
    const field = fields[level] ?? '';
    // Levels 2 and 3 appear (or fill) only once SysAid answered for the level above.
    await expect
      .poll(() =>
        scope.locator(`#addScroll_${field}_CustomSelect li`).getByText(caption, { exact: true }).count(),
      )
      .toBe(1);
    await chooseInSysaid(scope, field, caption);
  }
  await settled(scope);
}

/**
 * Works one ticket the way an agent does, to a compliant state, and returns the captions SysAid must
 * receive for that outcome.
 */
export async function completeOutcome(
  scope: Scope,
  channel: Channel,
  outcome: Outcome,
): Promise<Record<string, string>> {
  await radio(scope, 'Canal', CHANNEL[channel]).check();
  await radio(scope, 'Desfecho', OUTCOME[outcome]).check();
  const call = channel !== 'chat';
  if (outcome === 'noContact') {
    await textbox(scope, 'Número de tentativas').fill('3');
    await radio(scope, 'Motivo', 'Não atendeu').check();
  } else {
    await typeBeneficiary(scope);
  }
  if (channel === 'survey' && outcome !== 'noContact') {
    await textbox(scope, 'Motivo da nota baixa').fill('Demora na autorização');
    await textbox(scope, 'Solução oferecida').fill('Autorização liberada');
    if (outcome === 'forwarded') await textbox(scope, 'Prazos informados').fill('5 dias úteis');
  }
  if (channel === 'chat') {
    await textbox(scope, 'Protocolo do chat').fill('20241105123456789012');
    await textbox(scope, 'Conversa').fill('Beneficiário: Olá\nOperador: Bom dia!');
  }
  await settled(scope);
  const expected: Record<string, string> = call ? { custList1: 'Sim' } : { custList1: 'Não' };
  if (outcome === 'noContact')
    return { ...expected, subcategory: 'Ligação Ativa / Callback', thirdLevelCategory: 'Sem comunicação' };
  if (call && outcome === 'resolved')
    return { ...expected, thirdLevelCategory: 'Contato realizado', status: 'Resolvido' };
  if (call) {
    await categorize(scope, ['Autorizações', 'Exames', 'Ressonância']);
    await chooseInSysaid(scope, 'assigned_group', 'Autorizações');
    await settled(scope);
    return {
      ...expected,
      problem_type: 'Autorizações',
      status: 'Encaminhado',
      assigned_group: 'Autorizações',
    };
  }
  await categorize(scope, ['Cadastro', 'Segunda via de carteirinha']);
  if (outcome === 'forwarded') {
    await chooseInSysaid(scope, 'assigned_group', 'Cadastro');
    await settled(scope);
    return { ...expected, status: 'Encaminhado', assigned_group: 'Cadastro' };
  }
  return { ...expected, status: 'Resolvido', assigned_group: 'Central de Atendimento' };
}

/** The compliance stamp a save through the guard leaves at the end of the description. */
export function stampOf(channel: Channel, outcome: Outcome, result = 'conforme'): string {
  return `[Assefaz-Guia] v=1; playbook=${channel}@1; canal=${channel}; desfecho=${outcome}; resultado=${result}; ext=${EXTENSION_VERSION}`;
}
