import { sameCaption } from '../caption';
import type { Channel, Outcome } from '../procedures/vocabulary';
import { descriptionHeader, headerProtocol } from './description';
import type { FormSnapshot } from './snapshot';

/**
 * The channel a ticket shows by itself (PROCEDURES.md, "Every ticket, before any channel rule"): a
 * category under Central de Atendimento > Ligação Ativa / Callback, or "Ligação Ativa / Callback" =
 * Sim → callback; a description opening with a 20-digit chat protocol and "Atendimento via Chat" →
 * chat. Used for tickets saved without the panel, and by the team audit of SysAid's exports.
 */
export function inferChannel(snapshot: FormSnapshot): Channel | undefined {
  const f = snapshot.fields;
  const underCallback =
    sameCaption(f.category1?.value, 'Central de Atendimento') &&
    sameCaption(f.category2?.value, 'Ligação Ativa / Callback');
  if (underCallback || sameCaption(f.callback?.value, 'Sim')) return 'callback';
  const header = descriptionHeader(f.description?.value ?? '');
  if (headerProtocol(header)?.length === 20) return 'chat';
  return undefined;
}

/** The outcome a ticket shows: the callback category's last level, or the chat's status. */
export function inferOutcome(channel: Channel, snapshot: FormSnapshot): Outcome | undefined {
  const f = snapshot.fields;
  if (channel !== 'chat') {
    if (sameCaption(f.category3?.value, 'Contato realizado')) return 'resolved';
    if (sameCaption(f.category3?.value, 'Sem comunicação')) return 'noContact';
  }
  if (sameCaption(f.status?.value, 'Encaminhado')) return 'forwarded';
  // Chat and "Outro atendimento" have no category of their own: the status tells.
  if ((channel === 'chat' || channel === 'other') && sameCaption(f.status?.value, 'Resolvido'))
    return 'resolved';
  return undefined;
}
