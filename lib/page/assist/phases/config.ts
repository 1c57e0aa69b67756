import { setLanguage } from '../../../core/i18n';
import type { Config } from '../../../core/settings/config';
import { type Boot, readBoot, watchConfig } from '../boot';
import { startingDraftKeys } from '../first-read';
import { readHandoffKey } from '../handoff-key';
import type { GuardedPage } from './guard';
import type { Step } from './sequence';

/**
 * The config in force: the background publishes a new one when a policy, the settings or the
 * language change.
 */
export interface LiveConfig {
  config: Config;
  /** What a new config changes on the page (the panel sets it). */
  changed?(): void;
  /** How long a draft is kept. */
  ttlMs(): number;
}

export interface Booted {
  boot: Boot;
  live: LiveConfig;
  /** After an update, the key the older script seals the agent's work with (read only then, this early). */
  handoffKey?: Promise<CryptoKey | undefined>;
}

/**
 * One read at document_start, while SysAid's page is still loading: the config and this ticket's drafts (sent
 * already by the first-read script, when it ran). Stops when the extension is gone or a newer script took
 * over: the gate keeps holding, with its message.
 */
export async function readConfig({
  gate,
  ticket,
  tab,
}: Pick<GuardedPage, 'gate' | 'ticket' | 'tab'>): Promise<Step<Booted>> {
  // After an update (an older gate still holds the page hook) the older script hands over what the agent
  // typed, sealed with this key. Otherwise the key is read once the panel is up: at page start it would be
  // one more request to wait behind.
  const handoffKey = gate.heldSaves.linked ? undefined : readHandoffKey();
  const boot = await readBoot(startingDraftKeys(ticket.key, tab));
  if (!boot) return undefined;
  const live: LiveConfig = {
    config: boot.config,
    ttlMs: () => live.config.settings.draftTtlHours * 3_600_000,
  };
  setLanguage(live.config.settings.language, live.config.messages);
  // Listen from now on: a policy or settings change while the page loads is not missed.
  const teardown = watchConfig((next) => {
    live.config = next;
    setLanguage(next.settings.language, next.messages);
    live.changed?.();
  });
  return { boot, live, handoffKey, teardown };
}
