/** A content script's life: `signal` aborts when its extension goes (update, reload, disable). */
export interface Life {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
}

export type Teardown = () => void;

/**
 * What a phase leaves for the next ones, with its `teardown`; nothing when the sequence stops here (not a
 * ticket page, the form never came, the extension is gone).
 */
export type Step<Out extends object> = (Out & { teardown?: Teardown }) | undefined;

export type Phase<In extends object, Out extends object> = (
  page: In,
  life: Life,
) => Step<Out> | Promise<Step<Out>>;

export interface Phases<In extends object> {
  /** The next phase: it gets what every phase before it handed on. */
  next<Out extends object>(phase: Phase<In, Out>): Phases<In & Out>;
  /** True when every phase stood up. */
  run(): Promise<boolean>;
}

/**
 * A ticket page stands up in phases (the content script's entry names them), each taking down what it
 * set up when the extension goes, in reverse order. A phase that stops the sequence, or fails, leaves the
 * ones before it standing (the gate keeps holding saves) until then; one that finishes after the
 * extension went is taken down at once, and nothing after it runs. A phase that returns at once is run at
 * once: the gate must stand before the page's first script.
 */
export function phases(life: Life): Phases<object> {
  const list: Phase<object, object>[] = [];
  const chain = {
    next(phase: Phase<object, object>) {
      list.push(phase);
      return chain;
    },
    async run() {
      // What stands, newest first: each teardown runs even when a later one threw
      // (as separate listeners would).
      let standing: Teardown = () => {};
      const down = () => {
        const all = standing;
        standing = () => {};
        all();
      };
      life.signal.addEventListener('abort', down);
      const page = {};
      for (const phase of list) {
        const started = phase(page, life);
        const step = started instanceof Promise ? await started : started;
        if (!step) return false;
        const { teardown, ...next } = step;
        if (teardown) {
          const before = standing;
          standing = () => {
            try {
              teardown();
            } finally {
              before();
            }
          };
        }
        if (life.isInvalid) {
          down();
          return false;
        }
        Object.assign(page, next);
      }
      return true;
    },
  };
  return chain as Phases<object>;
}
