import { say } from '../../core/i18n';
import { text } from '../../core/i18n/text';
import { CATEGORY_FIELDS, FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
import type { FieldWrite } from '../../core/rules/types';
import { controlElement, type LocatedField } from '../sysaid/locate';
import { isLoading } from '../sysaid/read';
import { waitUntil } from '../sysaid/wait';
import { WriteError, writeControl } from '../sysaid/write';
import type { Notice } from './notices';

export interface FillHost {
  doc: Document;
  signal: AbortSignal;
  /** How long a category level may take to load. */
  timeoutMs: number;
  /** Re-reads the form and returns the writes to make now. */
  nextWrites(): FieldWrite[];
  /** Writes one value; false when SysAid refused it (the host has told the agent why). */
  apply(write: FieldWrite): Promise<boolean>;
  notify(notice: Notice): void;
}

const MAX_STEPS = 12;
const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Fills the form until nothing is left to write. Category levels go one at a time, waiting for
 * SysAid to re-render the form after each (sysaid-dom.md, "Category cascade"); everything else
 * follows, re-reading the form each round. `due`: the writes for the form as it is this instant, when
 * the caller has just read it (not read twice on the way to a ready ticket). Returns false when it
 * stopped on a problem.
 */
export async function fillForm(host: FillHost, due?: FieldWrite[]): Promise<boolean> {
  const { doc, signal, timeoutMs } = host;
  for (let step = 0; step < MAX_STEPS && !signal.aborted; step++) {
    if (isLoading(doc)) {
      due = undefined; // the form will be another after loading
      if (!(await waitUntil(doc, () => !isLoading(doc), { timeoutMs, signal }))) {
        host.notify({
          id: 'loading',
          kind: 'error',
          text: text('fill.formSlow', seconds(timeoutMs)),
        });
        return false;
      }
    }
    const writes = due ?? host.nextWrites();
    due = undefined;
    if (!writes.length) return true;
    const category = writes.find((w) => (CATEGORY_FIELDS as readonly string[]).includes(w.field));
    for (const write of category ? [category] : writes) {
      if (!(await host.apply(write))) return false;
    }
    if (category && !(await levelLoaded(host, category.field))) return false;
  }
  return true;
}

async function levelLoaded(host: FillHost, field: FieldKey): Promise<boolean> {
  const { doc, signal, timeoutMs } = host;
  // The loading indicator may appear a moment after the click.
  await waitUntil(doc, () => isLoading(doc), { timeoutMs: 150, signal });
  const loaded = await waitUntil(doc, () => !isLoading(doc), { timeoutMs, signal });
  if (!loaded) {
    host.notify({
      id: 'loading',
      kind: 'error',
      text: text('fill.levelSlow', FIELD_LABELS[field], seconds(timeoutMs)),
    });
  }
  return loaded;
}

export interface FillerHost {
  doc: Document;
  signal: AbortSignal;
  timeoutMs(): number;
  /** The field as SysAid shows it now (looked up again when SysAid replaced it). */
  field(key: FieldKey, fresh?: boolean): LocatedField | undefined;
  /** Re-reads the form: the writes still due. */
  nextWrites(): FieldWrite[];
  /** One value went into SysAid. */
  wrote(write: FieldWrite): void;
  notify(notice: Notice): void;
  /** Filling started, a write failed, or filling ended: what the panel shows changed. */
  changed(): void;
  /** Filling ended; `again` when more was asked for meanwhile (the form must be read again). */
  finished(completed: boolean, again: boolean): void;
}

/** How many times the same value is written into the same field before the agent is asked to pick it. */
export const MAX_TRIES = 3;

const tryKey = (write: FieldWrite) => `${write.field}\u0000${write.value}`;

/**
 * Writes what the procedure fixes and what the agent typed into SysAid, one run at a time: a fill asked
 * for during a run is done after it. Remembers what it wrote, so the agent's own edits can be told apart.
 * Each value has a budget of tries (a tenant whose widget never shows the pick would be re-picked
 * forever): past it the fill leaves the field to the agent and the checks call it the form's fault.
 */
export class Filler {
  filling = false;
  #pending = false;
  readonly written = new Map<FieldKey, string>();
  /** Writes made while the same value was still due after them, by field and value. */
  readonly #tries = new Map<string, number>();
  /** Fields the fill gave up on, with the value SysAid did not take. */
  readonly gaveUp = new Map<FieldKey, string>();

  constructor(private readonly host: FillerHost) {}

  /** `due`: what is to be written to the form as it is now, if the caller has just read it. */
  async run(due?: FieldWrite[]): Promise<void> {
    if (this.filling) {
      this.#pending = true;
      return;
    }
    const { host } = this;
    this.filling = true;
    host.changed();
    let completed = false;
    try {
      completed = await fillForm(
        {
          doc: host.doc,
          signal: host.signal,
          timeoutMs: host.timeoutMs(),
          nextWrites: () => host.nextWrites().filter((w) => this.gaveUp.get(w.field) !== w.value),
          apply: (write) => this.#apply(write),
          notify: (notice) => host.notify(notice),
        },
        due,
      );
    } finally {
      this.filling = false;
      const again = this.#pending;
      this.#pending = false;
      host.finished(completed, again);
    }
  }

  /**
   * After a run, with what is still due: a value no longer due took (or the agent chose another), so its
   * tries start over; a field given up on and now right is the agent's again. True when one was.
   */
  settle(due: readonly FieldWrite[]): boolean {
    const still = new Set(due.map(tryKey));
    for (const key of this.#tries.keys()) if (!still.has(key)) this.#tries.delete(key);
    const before = this.gaveUp.size;
    for (const [field, value] of this.gaveUp)
      if (!still.has(tryKey({ field, value, fixed: false, reason: '' }))) this.gaveUp.delete(field);
    return this.gaveUp.size !== before;
  }

  /** Another ticket: no tries or give-ups carry over. */
  forget(): void {
    this.#tries.clear();
    this.gaveUp.clear();
    this.written.clear();
  }

  async #apply(write: FieldWrite): Promise<boolean> {
    const key = tryKey(write);
    const tries = this.#tries.get(key) ?? 0;
    if (tries >= MAX_TRIES) {
      this.gaveUp.set(write.field, write.value);
      this.host.notify({
        id: `write:${write.field}`,
        kind: 'error',
        text: text('fill.gaveUp', FIELD_LABELS[write.field], write.value, MAX_TRIES),
      });
      return true; // the other writes go on; this field is the agent's now
    }
    this.#tries.set(key, tries + 1);
    let located = this.host.field(write.field);
    if (located && !controlElement(located.control).isConnected) located = this.host.field(write.field, true);
    if (!located) return true;
    try {
      await writeControl(located.control, write.value, 3000);
      this.written.set(write.field, write.value);
      this.host.wrote(write);
      return true;
    } catch (error) {
      const reason = error instanceof WriteError ? error.reason : text('write.unexpected');
      this.host.notify({
        id: `write:${write.field}`,
        kind: 'error',
        text: text('fill.failed', FIELD_LABELS[write.field], say(reason)),
      });
      this.host.changed();
      // The other fields still go in (a renamed status must not keep the agent's data out of the form);
      // this one is tried again within its budget.
      return true;
    }
  }
}
