/**
 * Events the extension itself dispatches into SysAid's form (its fill). While one is being handled, what
 * SysAid's own code does in answer (the category cascade posting the form) is the fill's doing, not a save.
 */
let depth = 0;

export function fire(target: EventTarget, event: Event): boolean {
  depth++;
  try {
    return target.dispatchEvent(event);
  } finally {
    depth--;
  }
}

/** Whether one of our own events is being dispatched right now. */
export const firing = (): boolean => depth > 0;
