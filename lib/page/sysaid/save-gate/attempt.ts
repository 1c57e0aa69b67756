/** The vocabulary the gate's layers share: one attempt to save, its decision, and who decides. */

export type SaveRoute = 'click' | 'submit' | 'programmatic';

export interface SaveAttempt {
  route: SaveRoute;
  /** "Aplicar" (save and stay), the only save a playbook may let through early. */
  isApply: boolean;
}

export type SaveDecision = 'allow' | 'block';

/** Who decides: the ticket session once ready, or a stand-in that blocks (extension updating). */
export interface SaveDecider {
  /** Called synchronously; the ticket as it is this instant decides. */
  decide(attempt: SaveAttempt): SaveDecision;
  /** Whether a save would be refused now (the presses around a click are swallowed then). */
  isBlocked(): boolean;
  /** The decision threw: the save stays blocked and the agent is told. */
  failed(error: unknown, attempt: SaveAttempt): void;
}

/** What the held saves tell the layer above (the banner, the session). */
export interface GateEvents {
  /** A save came before the extension was ready: it is held ("conferindo…"). */
  held?(attempt: SaveAttempt): void;
  /** The agent cancelled the ticket (SysAid's Cancel). */
  cancelled?(): void;
  /** An allowed save left for SysAid. */
  allowed?(attempt: SaveAttempt): void;
  /** Another click while the allowed save is on its way (swallowed: it would post the ticket twice). */
  inFlight?(): void;
  /** SysAid refused the save itself (its own alert): the next click is a new save. */
  pageRefused?(): void;
  /** A newer gate took over this document. */
  retired?(): void;
  /** The page rewrote its document (document.open): the gate stands again; the panel must too. */
  reopened?(): void;
  /** The page tried to forge the handshake with the page hook (ignored; `what` says how). */
  tampered?(what: string): void;
}
