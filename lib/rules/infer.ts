import { sameCaption } from '../caption';
import type { OutcomeRules, Playbook } from '../procedures/schema';
import { CATEGORY_FIELDS, CHANNELS, type Channel, type Outcome } from '../procedures/vocabulary';
import { descriptionHeader, headerProtocol } from './description';
import type { FormSnapshot } from './snapshot';

export type PlaybooksInForce = Readonly<Record<Channel, Playbook>>;

/** Whether the ticket's category holds `path` from its first level. */
const categorized = (snapshot: FormSnapshot, path: string[]) =>
  path.every((value, i) => sameCaption(snapshot.fields[CATEGORY_FIELDS[i] ?? 'category1']?.value, value));

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
  return CHANNELS.find((channel) => {
    const { outcomes, fixed } = playbooks[channel];
    return (
      outcomes.some((o) => o.categoryPath?.[1] && categorized(snapshot, o.categoryPath.slice(0, -1))) ||
      (fixed.length > 0 && fixed.every((v) => sameCaption(f[v.field]?.value, v.value))) ||
      (outcomes.some((o) => o.chatDescription) &&
        headerProtocol(descriptionHeader(f.description?.value ?? ''))?.length === 20)
    );
  });
}

/**
 * The outcome a ticket shows: the last level of an outcome's category path, else (an outcome with no
 * category of its own) the status it sets. "Outro atendimento" sets none: its outcome is the one its
 * stamp names (lib/team-audit/judge.ts), and its outcomes' rules are the same anyway.
 */
export function inferOutcome(
  channel: Channel,
  snapshot: FormSnapshot,
  playbooks: PlaybooksInForce,
): Outcome | undefined {
  const { category1, category2, category3, status } = snapshot.fields;
  const levels = [category1, category2, category3];
  const shows = (byCategory: boolean) => (o: OutcomeRules) => {
    const path = o.categoryPath;
    if (byCategory) return path !== undefined && sameCaption(levels[path.length - 1]?.value, path.at(-1));
    return !path && o.fixed.some((f) => f.field === 'status' && sameCaption(f.value, status?.value));
  };
  const outcomes = playbooks[channel].outcomes;
  return (outcomes.find(shows(true)) ?? outcomes.find(shows(false)))?.id;
}
