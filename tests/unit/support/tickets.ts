import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import type { Channel, Outcome, Typed } from '../../../lib/core/procedures/vocabulary';
import { type EvaluateInput, evaluate } from '../../../lib/core/rules/evaluate';
import type { FormSnapshot } from '../../../lib/core/rules/snapshot';
import type { FieldWrite } from '../../../lib/core/rules/types';

export const VALID_CPF = '529.982.247-25';
export const VALID_CNPJ = '12.ABC.345/01DE-35';
export const PROTOCOL = '20241105123456789012';
/** 10:00 in São Paulo (13:00 UTC). */
export const MORNING = new Date('2026-11-23T13:00:00Z');

/** A classic Assefaz form as SysAid shows it before anything is filled. */
export function blankForm(): FormSnapshot {
  return {
    fields: {
      callback: { value: 'Não', options: ['Sim', 'Não'] },
      cpfLookup: { value: '' },
      category1: { value: '', options: ['Central de Atendimento', 'Cadastro', 'Autorizações'] },
      category2: { value: '', options: [] },
      category3: { value: '', options: [] },
      status: { value: 'Novo', options: ['Novo', 'Em atendimento', 'Encaminhado', 'Resolvido', 'Fechado'] },
      group: {
        value: 'Central de Atendimento',
        options: ['Central de Atendimento', 'Cadastro', 'Autorizações'],
      },
      title: { value: '' },
      description: { value: '' },
    },
  };
}

export function applyWrites(snapshot: FormSnapshot, writes: FieldWrite[]): FormSnapshot {
  const fields = { ...snapshot.fields };
  for (const w of writes) {
    const current = fields[w.field];
    if (current) fields[w.field] = { ...current, value: w.value };
  }
  return { ...snapshot, fields };
}

export function typedFor(channel: Channel, outcome: Outcome): Typed {
  if (outcome === 'noContact') return { data: { attempts: '3', noContactReason: 'notAnswered' } };
  const data: Typed['data'] = {
    cpf: VALID_CPF,
    fullName: 'Maria Aparecida da Silva',
    motherName: 'Ana Maria da Silva',
    birthDate: '01/02/1980',
    plan: 'Assefaz Nacional',
  };
  if (channel === 'survey') {
    Object.assign(data, {
      lowScoreReason: 'Demora na autorização',
      solutionOffered: 'Autorização liberada conforme RN 566',
      deadlines: 'Resposta em até 5 dias úteis',
      suggestion: 'Retorno mais rápido',
    });
  }
  if (channel === 'chat') {
    Object.assign(data, { chatProtocol: PROTOCOL, transcript: 'Beneficiário: Olá\nOperador: Bom dia!' });
  }
  const ticked = DEFAULT_PLAYBOOKS[channel].scripts.filter((s) => s.step).map((s) => s.id);
  return { data, interlocutor: 'beneficiary', ticked };
}

/** What the agent chooses by hand: the category per demand and the destination group. */
export function agentChoices(snapshot: FormSnapshot, outcome: Outcome): FormSnapshot {
  if (outcome === 'noContact' || outcome === 'resolved') {
    if (snapshot.fields.category1?.value) return snapshot;
  }
  const fields = { ...snapshot.fields };
  if (!fields.category1?.value) {
    fields.category1 = { value: 'Autorizações', options: ['Central de Atendimento', 'Autorizações'] };
    fields.category2 = { value: 'Exames', options: ['Exames', 'Internação'] };
    fields.category3 = { value: 'Ressonância', options: ['Ressonância'] };
  }
  if (outcome === 'forwarded') fields.group = { value: 'Autorizações', options: ['Autorizações'] };
  return { ...snapshot, fields };
}

/** Fills a blank form the way the extension and the agent would, until it settles. */
export function compliantTicket(channel: Channel, outcome: Outcome) {
  const typed = typedFor(channel, outcome);
  const base: Omit<EvaluateInput, 'snapshot'> = {
    playbook: DEFAULT_PLAYBOOKS[channel],
    outcome,
    typed,
    now: MORNING,
    agentName: 'Joana',
  };
  let snapshot = agentChoices(blankForm(), outcome);
  let previousTranscript: string | undefined;
  for (let i = 0; i < 3; i++) {
    const e = evaluate({ ...base, snapshot, previousTranscript });
    snapshot = applyWrites(snapshot, e.writes);
    previousTranscript = e.transcriptWritten ?? previousTranscript;
  }
  return { input: { ...base, snapshot, previousTranscript }, snapshot };
}

export const ALL_OUTCOMES: Array<[Channel, Outcome]> = [
  ['callback', 'forwarded'],
  ['callback', 'resolved'],
  ['callback', 'noContact'],
  ['survey', 'forwarded'],
  ['survey', 'resolved'],
  ['survey', 'noContact'],
  ['chat', 'forwarded'],
  ['chat', 'resolved'],
];
