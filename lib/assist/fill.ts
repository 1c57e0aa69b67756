import { CATEGORY_FIELDS, FIELD_LABELS, type FieldKey } from '../procedures/vocabulary';
import type { FieldWrite } from '../rules/types';
import { isLoading } from '../sysaid/read';
import { waitUntil } from '../sysaid/wait';
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
 * follows, re-reading the form each round. Returns false when it stopped on a problem.
 */
export async function fillForm(host: FillHost): Promise<boolean> {
  const { doc, signal, timeoutMs } = host;
  for (let step = 0; step < MAX_STEPS && !signal.aborted; step++) {
    if (isLoading(doc) && !(await waitUntil(doc, () => !isLoading(doc), { timeoutMs, signal }))) {
      host.notify({
        id: 'loading',
        kind: 'error',
        text: `O formulário do SysAid não carregou em ${seconds(timeoutMs)} s: o SysAid está lento. Confira a categoria e tente de novo.`,
      });
      return false;
    }
    const writes = host.nextWrites();
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
      text: `"${FIELD_LABELS[field]}" não carregou em ${seconds(timeoutMs)} s: o SysAid está lento. Escolha a categoria à mão ou tente de novo.`,
    });
  }
  return loaded;
}
