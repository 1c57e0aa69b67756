import { periodOfDay, periodWords } from '../phrases/period';
import { renderTemplate } from '../phrases/template';
import type { Playbook } from '../procedures/schema';
import type { RenderedScript } from './types';

export interface ScriptContext {
  now: Date;
  agentName?: string;
  beneficiaryName?: string;
  ticketNumber?: string;
  ticked?: string[];
}

/** Bracketed hints shown when a slot has no value yet, in the SOP's own words. */
export const SLOT_HINTS: Record<string, string> = {
  agente: 'Seu Nome',
  beneficiario: 'Nome do interlocutor',
  protocolo: 'número do protocolo',
};

export function renderScripts(playbook: Playbook, ids: string[], ctx: ScriptContext): RenderedScript[] {
  const slots = {
    ...periodWords(periodOfDay(ctx.now)),
    agente: ctx.agentName,
    beneficiario: ctx.beneficiaryName,
    protocolo: ctx.ticketNumber,
  };
  const byId = new Map(playbook.scripts.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const script = byId.get(id);
    if (!script) return [];
    return [
      {
        id,
        role: script.role,
        title: script.title,
        text: renderTemplate(script.text, slots, SLOT_HINTS),
        step: script.step,
        ticked: ctx.ticked?.includes(id) ?? false,
        adapted: script.adapted,
      },
    ];
  });
}
