import { t } from '../../../core/i18n';
import type { AuditMessage } from '../../../core/messages/schema';
import { guardBanner } from '../../../ui/panel/guard-banner';
import type { GateEvents, SaveDecider } from './attempt';
import { HeldSaves } from './held-saves';

/** How long a save may wait for the extension before the agent is told it did not go. */
const HOLD_LIMIT_MS = 10_000;
/** How long "Salvando…" stays when the page does not go away (as long as the gate treats clicks as repeats). */
const SAVING_NOTE_MS = 4000;
/** After an update, how long the old page waits for the new extension before saying it did not come. */
const UPDATE_WAIT_MS = 15_000;
/** A refused hello is also how a legitimate successor starts (it then joins with a token): logged only if none came. */
const HELLO_GRACE_MS = 5_000;

/**
 * The save gate of one document from its first moment: the held saves and what the agent sees of them.
 * Held saves show "conferindo…", a save held too long is refused with a message, and a page whose
 * extension was updated blocks every save with a clear message until the new content script takes over
 * (the events go to the new one's log).
 * Plain timers, not the content script context's: the gate's work goes on after that context is invalid.
 */
export interface DocumentGateEvents extends Omit<GateEvents, 'tampered'> {
  /** What goes to the compliance log while this script's extension is there (a forgery, once per kind). */
  audit?(event: AuditMessage): void;
}

export function gateDocument(doc: Document, events: DocumentGateEvents = {}) {
  const banner = guardBanner(doc);
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  let savingTimer: ReturnType<typeof setTimeout> | undefined;
  const lateAudit: AuditMessage[] = [];
  const reported = new Set<string>();
  let valid = true;
  // Each kind of forgery once per page: a script that tries in a loop must not flood the log.
  const tamper = (what: string) => {
    if (reported.has(what) || gate.retired) return;
    reported.add(what);
    const event: AuditMessage = { kind: 'tamper', checks: [], detail: what };
    if (valid) events.audit?.(event);
    else lateAudit.push(event);
  };
  const gate: HeldSaves = new HeldSaves(doc, {
    ...events,
    inFlight: () => {
      banner.show(t('guard.saving'), 'status');
      clearTimeout(savingTimer);
      // The page stayed (SysAid answered on the page): the note goes once a new click would count again.
      savingTimer = setTimeout(() => banner.hide(), SAVING_NOTE_MS);
      events.inFlight?.();
    },
    tampered: (what) => {
      if (what === 'hello') setTimeout(() => tamper(what), HELLO_GRACE_MS);
      else tamper(what);
    },
    retired: () => {
      banner.hide();
      events.retired?.();
    },
    held: (attempt) => {
      banner.show(t('guard.checking'), 'status');
      clearTimeout(holdTimer);
      holdTimer = setTimeout(() => {
        if (!gate.held) return;
        gate.dropHeld();
        banner.show(t('guard.notReady'), 'alert');
      }, HOLD_LIMIT_MS);
      events.held?.(attempt);
    },
  });

  return {
    /** Its `linked` is false while an older gate (before an extension update) still holds the page hook. */
    heldSaves: gate,
    /** Events blocked while the extension was away, for the next content script to log. */
    lateAudit,
    /** A forgery seen outside the gate (a hand-over request not sealed with the key): logged once. */
    tampered: tamper,
    /** The session decides from now on; a held save is decided at once. */
    ready(decider: SaveDecider): void {
      clearTimeout(holdTimer);
      banner.hide();
      gate.setDecider(decider);
    },
    /** This content script lost its extension (update, reload, disable): block and explain. */
    invalidated(): void {
      valid = false;
      clearTimeout(holdTimer);
      if (gate.retired) return;
      let gone = false;
      setTimeout(() => {
        gone = true;
      }, UPDATE_WAIT_MS);
      gate.setDecider({
        decide: () => {
          banner.show(t(gone ? 'guard.gone' : 'guard.updating'), 'alert');
          lateAudit.push({ kind: 'error', checks: [], detail: 'extensão atualizando' });
          return 'block';
        },
        isBlocked: () => true,
        failed: () => undefined,
      });
    },
  };
}

export type DocumentGate = ReturnType<typeof gateDocument>;
