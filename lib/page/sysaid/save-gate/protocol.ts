/**
 * The handshake between the page hook (page-hook.ts, MAIN world) and the content script's held saves
 * (page-link.ts). The page shares the MAIN world and the DOM, so nothing here is trusted because of its
 * name: the gate introduces a private, detached element (the channel) once, at document_start before any
 * page script, and from then on every question and answer travels as events on that element, which no
 * page script can reach.
 */

/** Gate → MAIN, on window: a MouseEvent whose `relatedTarget` is the gate's channel element. */
export const CHANNEL_HELLO_EVENT = 'sysaid-assist:hello';
/** On the channel, MAIN → gate: may this save go? `detail` is the route ('submit', 'xhr', 'fetch'…). */
export const SAVE_REQUEST_EVENT = 'sysaid-assist:save-request';
/** The gate's positive answer, an attribute on the channel: 'allow', 'hold' or 'block'. No answer blocks. */
export const ANSWER_ATTRIBUTE = 'data-answer';
/** On the channel, gate → MAIN: the held save may go now / is refused (the page's request fails). */
export const HELD_REPLAY_EVENT = 'sysaid-assist:held-replay';
export const HELD_DROP_EVENT = 'sysaid-assist:held-drop';
/** On the channel, MAIN → gate: SysAid refused a save with its own alert(); the next click is a new save. */
export const PAGE_ALERT_EVENT = 'sysaid-assist:page-alert';
/** On the channel, MAIN → gate: someone tried to forge the handshake (`detail` says what). */
export const TAMPER_EVENT = 'sysaid-assist:tamper';
/** On the channel, gate → MAIN: the next hello may replace this channel if it carries `detail` (one use). */
export const REKEY_EVENT = 'sysaid-assist:rekey';
/** On the new gate's channel: the one-time token of its hello (an attribute: the page never sees it). */
export const TOKEN_ATTRIBUTE = 'data-token';
/** On the channel, MAIN → gate: a newer gate took over this document (after an extension update). */
export const RETIRE_EVENT = 'sysaid-assist:retire';
/** On the channel, gate → MAIN: this gate stopped with no successor; the next plain hello may bind. */
export const RELEASE_EVENT = 'sysaid-assist:release';
/**
 * On the channel, MAIN → gate: the page rewrote its document (`document.open()`, or `write` after
 * loading), which erases every listener on the window and the document; the gate stands up again.
 */
export const REOPENED_EVENT = 'sysaid-assist:reopened';
/**
 * On the channel with an XHR/fetch post of the ticket form, MAIN → gate: the type of the browser's own event
 * being handled when the page made it (`window.event`, trusted only), whose target is then the request's
 * `relatedTarget`; empty when none. Absent for SysAid's save API, which only saves.
 */
export const CAUSE_ATTRIBUTE = 'data-cause';
/** Set on the channel by MAIN when it accepted the hello. */
export const LINKED_ATTRIBUTE = 'data-linked';

/** What made a save request (the SAVE_REQUEST_EVENT's `detail`; its `relatedTarget` is the form, if any). */
export const REQUEST_ROUTES = { submit: 1, requestSubmit: 2, xhr: 3, fetch: 4 } as const;
