import { sameCaption } from '../caption/caption';
import type { Playbook } from '../procedures/schema';
import {
  CATEGORY_FIELDS,
  CHANNELS,
  type Channel,
  type FieldKey,
  type Outcome,
} from '../procedures/vocabulary';
import { descriptionHeader, headerProtocol } from './description';
import { chatHeaderOf } from './managed';
import type { FormSnapshot } from './snapshot';

// Plain loops, no closures: the team audit asks for every row of an export.

export type PlaybooksInForce = Readonly<Record<Channel, Playbook>>;
type Fields = FormSnapshot['fields'];

/** The ticket's category level `i` (0-based, < 3: paths have at most 3 levels) holds `value`. */
const level = (fields: Fields, i: number, value: string | undefined) =>
  sameCaption(fields[CATEGORY_FIELDS[i] as FieldKey]?.value, value);

/**
 * The channel a ticket shows by itself (PROCEDURES.md, "Every ticket, before any channel rule"), in the
 * words of the playbooks in force: a category under one of a channel's paths (all but the last level), or
 * every value the channel fixes (callback = Sim); a description opening with a 20-digit chat protocol → the
 * channel whose outcomes write it. Channels in their usual order, so a survey (the same form as a callback)
 * reads as a callback: only the stamp tells them apart. Used for tickets saved without the panel, and by the
 * team audit of SysAid's exports.
 */
export function inferChannel(snapshot: FormSnapshot, playbooks: PlaybooksInForce): Channel | undefined {
  const f = snapshot.fields;
  for (const channel of CHANNELS) {
    const playbook = playbooks[channel];
    const { outcomes, fixed } = playbook;
    let chat = false;
    for (const o of outcomes) {
      const path = o.categoryPath ?? [];
      let under = path.length > 1;
      for (let i = 0; under && i < path.length - 1; i++) under = level(f, i, path[i]);
      if (under) return channel;
      chat ||= o.chatDescription;
    }
    let marked = fixed.length > 0;
    for (const v of fixed) marked &&= sameCaption(f[v.field]?.value, v.value);
    if (
      marked ||
      (chat &&
        headerProtocol(descriptionHeader(f.description?.value ?? '', chatHeaderOf(playbook)))?.length === 20)
    )
      return channel;
  }
  return undefined;
}

/**
 * The outcome a ticket shows: the last level of an outcome's category path, else (an outcome with no
 * category of its own) the status it sets. "Outro atendimento" sets none: its outcome is the one its
 * stamp names (lib/core/team-audit/judge.ts), and its outcomes' rules are the same anyway.
 */
export function inferOutcome(
  channel: Channel,
  snapshot: FormSnapshot,
  playbooks: PlaybooksInForce,
): Outcome | undefined {
  const f = snapshot.fields;
  const outcomes = playbooks[channel].outcomes;
  for (const o of outcomes) {
    const path = o.categoryPath;
    if (path && level(f, path.length - 1, path[path.length - 1])) return o.id;
  }
  for (const o of outcomes) {
    if (o.categoryPath) continue;
    for (const v of o.fixed) if (v.field === 'status' && sameCaption(v.value, f.status?.value)) return o.id;
  }
  return undefined;
}
