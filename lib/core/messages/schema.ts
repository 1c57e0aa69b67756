import { z } from 'zod';
import { draftSchema } from '../drafts/draft';
import { FIELD_KEYS } from '../procedures/vocabulary';

/**
 * Every save decision, a justified exception (for missing data, or for a SysAid form that differs from the
 * procedure), a save pilot mode let through, a guard that could not decide, a field-mapping change, any other
 * change of a setting.
 */
export const AUDIT_KINDS = [
  'blocked',
  'compliant',
  'early',
  'outOfScope',
  'override',
  'formFault',
  'observed',
  'notSaved',
  'error',
  'mapping',
  'tamper',
  'setting',
] as const;

/** Ticket identity: host + path + SysAid number, or "novo" for a record not yet saved. */
const ticket = z.string().min(1).max(500);

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('config:get') }),
  /** Drafts on behalf of a page that cannot reach storage.session itself (Firefox). */
  z.object({ type: z.literal('draft:get'), key: ticket }),
  z.object({ type: z.literal('draft:remove'), keys: z.array(ticket).max(20) }),
  /** The field picker: a lead binds the SysAid field they click (in the asking frame) to a datum. */
  z.object({ type: z.literal('mapping:pick'), field: z.enum(FIELD_KEYS) }),
  z.object({ type: z.literal('draft:put'), key: ticket, draft: draftSchema }),
  /** The lead tools (self-test, mapping, report): their script is injected into the asking frame. */
  z.object({ type: z.literal('leadTools:open') }),
  /** "Relatório do formulário": built by a script injected into the asking frame on demand. */
  z.object({ type: z.literal('report:build') }),
  z.object({ type: z.literal('inactivity:start'), ticket, label: z.string().max(200) }),
  z.object({ type: z.literal('inactivity:stop'), ticket }),
  z.object({
    type: z.literal('audit'),
    event: z.object({
      kind: z.enum(AUDIT_KINDS),
      channel: z.string().max(40).optional(),
      outcome: z.string().max(40).optional(),
      ticketNumber: z.string().max(40).optional(),
      checks: z.array(z.string().max(80)).max(100),
      maskedCpf: z.string().max(20).optional(),
      justification: z.string().max(2000).optional(),
      detail: z.string().max(400).optional(),
      /** What differed in the SysAid form: `<kind>:<field>` or `<kind>:<field>=<option>` (no personal data). */
      formFaults: z.array(z.string().max(160)).max(20).optional(),
    }),
  }),
]);

export type Message = z.infer<typeof messageSchema>;
export type AuditMessage = Extract<Message, { type: 'audit' }>['event'];
