import type { Draft } from '../../core/drafts/draft';

/**
 * A draft once SysAid holds the ticket (README, "Dados pessoais"): what the agent typed is in SysAid now,
 * so the browser keeps only what the panel needs to go on (channel, outcome, the saved time, the ticked
 * steps). The checks read the form, not the typed data, so nothing is written back or taken out of it.
 */
export function withoutPersonalData(draft: Draft): Draft {
  const { previousTranscript: _, sent: __, ...rest } = draft;
  return { ...rest, typed: { ...draft.typed, data: {} } };
}
