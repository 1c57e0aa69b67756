import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { ensureMaskedCpf, maskCpfsInText, maskPersonalData } from '../../core/br/mask';
import { AUDIT_KINDS, type AuditMessage } from '../../core/messages/schema';

/** A compliance event as kept: no names, CPF masked, justification scrubbed of CPFs and e-mails. */
const auditEntrySchema = z.object({
  at: z.number(),
  kind: z.enum(AUDIT_KINDS),
  agent: z.string().max(80),
  channel: z.string().optional(),
  outcome: z.string().optional(),
  ticketNumber: z.string().optional(),
  checks: z.array(z.string()),
  maskedCpf: z.string().optional(),
  justification: z.string().optional(),
  /**
   * For "mapping": which field and the selector a lead or agent bound to it; for "setting": the key and
   * its old → new value, summarised (no personal data).
   */
  detail: z.string().optional(),
  /** What differed in the SysAid form (see the audit message). */
  formFaults: z.array(z.string()).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_CAPACITY = 5000;
/** From here on the options page warns that the oldest entries will go, and offers the export. */
export const AUDIT_WARN_AT = Math.floor(AUDIT_CAPACITY * 0.9);

export const auditItem = storage.defineItem<AuditEntry[]>('local:auditLog', { fallback: [] });
export const auditEvictedItem = storage.defineItem<number>('local:auditEvicted', { fallback: 0 });

export function toEntry(event: AuditMessage, agent: string, at: number): AuditEntry {
  return {
    at,
    kind: event.kind,
    agent: agent.slice(0, 80),
    channel: event.channel,
    outcome: event.outcome,
    ticketNumber: event.ticketNumber,
    checks: event.checks,
    // Whatever arrives, only a masked form is stored.
    maskedCpf: event.maskedCpf ? ensureMaskedCpf(event.maskedCpf) : undefined,
    justification: event.justification ? maskPersonalData(event.justification) : undefined,
    detail: event.detail ? maskCpfsInText(event.detail) : undefined,
    formFaults: event.formFaults?.map(maskCpfsInText),
  };
}

/** Appends, evicting the oldest beyond capacity and counting what was evicted. */
export function appendEntry(log: AuditEntry[], entry: AuditEntry): { log: AuditEntry[]; evicted: number } {
  const next = [...log, entry];
  const evicted = Math.max(0, next.length - AUDIT_CAPACITY);
  return { log: evicted ? next.slice(evicted) : next, evicted };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends one event. Writes run one after another: two events arriving together (two tabs, a block
 * and an override) would otherwise both read the same log and one would be lost.
 */
export function recordAudit(event: AuditMessage, agent: string, at = Date.now()): Promise<void> {
  const write = queue.then(async () => {
    const { log, evicted } = appendEntry(await auditItem.getValue(), toEntry(event, agent, at));
    await auditItem.setValue(log);
    if (evicted) await auditEvictedItem.setValue((await auditEvictedItem.getValue()) + evicted);
  });
  queue = write.catch(() => undefined);
  return write;
}
