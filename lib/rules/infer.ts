import { sameCaption } from '../caption';
import type { Playbook } from '../procedures/schema';
import {
  CATEGORY_FIELDS,
  CHANNELS,
  type Channel,
  type FieldKey,
  type Outcome,
} from '../procedures/vocabulary';
import { descriptionHeader, headerProtocol } from './description';
import type { FormSnapshot } from './snapshot';

export type PlaybooksInForce = Readonly<Record<Channel, Playbook>>;

interface Sign {
  field: FieldKey;
  value: string;
}
interface ChannelSigns {
  channel: Channel;
  /** Category levels above an outcome's last one (Central de Atendimento > Ligação Ativa / Callback). */
  prefixes: Sign[][];
  /** Values every outcome of the channel sets (Ligação Ativa / Callback = Sim). */
  fixed: Sign[];
  /** The description opens with the chat protocol line. */
  chatHeader: boolean;
  /** An outcome by its category's last level, else (no category of its own) by its status. */
  outcomes: Array<{ outcome: Outcome; sign: Sign }>;
}

// Read once per set of playbooks: the team audit asks for every row of an export.
const cache = new WeakMap<PlaybooksInForce, ChannelSigns[]>();

const matches = (snapshot: FormSnapshot, sign: Sign) =>
  sameCaption(snapshot.fields[sign.field]?.value, sign.value);

/**
 * The channel a ticket shows by itself (PROCEDURES.md, "Every ticket, before any channel rule"), in the
 * words of the playbooks in force: a category under a channel's path, or the values the channel fixes
 * (callback = Sim) → that channel; a description opening with a 20-digit chat protocol → the channel whose
 * outcomes write it. Channels in their usual order, so a survey (the same form as a callback) reads as a
 * callback: only the stamp tells them apart. Used for tickets saved without the panel, and by the team audit.
 */
export function inferChannel(snapshot: FormSnapshot, playbooks: PlaybooksInForce): Channel | undefined {
  let header: string | undefined;
  for (const signs of signsOf(playbooks)) {
    if (signs.prefixes.some((prefix) => prefix.every((sign) => matches(snapshot, sign))))
      return signs.channel;
    if (signs.fixed.length && signs.fixed.every((sign) => matches(snapshot, sign))) return signs.channel;
    if (signs.chatHeader) {
      header ??= descriptionHeader(snapshot.fields.description?.value ?? '');
      if (headerProtocol(header)?.length === 20) return signs.channel;
    }
  }
  return undefined;
}

/** The outcome a ticket shows: its category's last level, or (outcomes with no category of their own) its status. */
export function inferOutcome(
  channel: Channel,
  snapshot: FormSnapshot,
  playbooks: PlaybooksInForce,
): Outcome | undefined {
  const signs = signsOf(playbooks).find((s) => s.channel === channel);
  return signs?.outcomes.find(({ sign }) => matches(snapshot, sign))?.outcome;
}

function signsOf(playbooks: PlaybooksInForce): ChannelSigns[] {
  let signs = cache.get(playbooks);
  if (!signs) {
    signs = CHANNELS.map((channel) => channelSigns(playbooks, channel));
    cache.set(playbooks, signs);
  }
  return signs;
}

function channelSigns(playbooks: PlaybooksInForce, channel: Channel): ChannelSigns {
  const playbook = playbooks[channel];
  const prefixes: Sign[][] = [];
  const byCategory: ChannelSigns['outcomes'] = [];
  const byStatus: ChannelSigns['outcomes'] = [];
  for (const o of playbook.outcomes) {
    const path = o.categoryPath;
    if (path) {
      const level = (i: number): Sign => ({ field: CATEGORY_FIELDS[i] ?? 'category1', value: path[i] ?? '' });
      if (path.length > 1) prefixes.push(path.slice(0, -1).map((_, i) => level(i)));
      byCategory.push({ outcome: o.id, sign: level(path.length - 1) });
      continue;
    }
    const status = statusOf(playbook, o.id) ?? borrowedStatus(playbooks, o.id);
    if (status) byStatus.push({ outcome: o.id, sign: { field: 'status', value: status } });
  }
  return {
    channel,
    prefixes,
    fixed: playbook.fixed,
    chatHeader: playbook.outcomes.some((o) => o.chatDescription),
    outcomes: [...byCategory, ...byStatus],
  };
}

const statusOf = (playbook: Playbook, outcome: Outcome) =>
  playbook.outcomes.find((o) => o.id === outcome)?.fixed.find((f) => f.field === 'status')?.value;

/** "Outro atendimento" fixes no status: its outcomes read as the other channels' statuses for them. */
function borrowedStatus(playbooks: PlaybooksInForce, outcome: Outcome): string | undefined {
  for (const channel of CHANNELS) {
    const status = statusOf(playbooks[channel], outcome);
    if (status) return status;
  }
  return undefined;
}
