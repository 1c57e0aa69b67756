import type { PlaybookInput } from './schema';

/**
 * Assefaz's SysAid as the shipped playbooks know it: the statuses that close a ticket and the values SysAid
 * itself puts in a field. Part of the default playbooks (a lead changes them there, never in code); a
 * stored or exported playbook without these keys takes them from the shipped playbook of its channel.
 */

/** PROCEDURES.md, "Opening the protocol first": an early Aplicar never goes into one of these. */
export const SHIPPED_FINAL_STATUSES = ['Resolvido', 'Fechado', 'Encaminhado'];

type SysaidDefaults = NonNullable<PlaybookInput['sysaidDefaults']>;

/** A fresh form's status, and the one SysAid resets it to when the category changes (the replicas do both). */
export const NEW_TICKET_STATUS: SysaidDefaults = [
  { field: 'status', value: 'Novo', resetsOnCategoryChange: true },
];

/** What the callback list of a fresh form shows. */
export const CALL_DEFAULTS: SysaidDefaults = [...NEW_TICKET_STATUS, { field: 'callback', value: 'Não' }];
