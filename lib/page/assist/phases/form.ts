import { isTicketForm } from '../../sysaid/locate';
import { waitUntil } from '../../sysaid/wait';
import type { GuardedPage } from './guard';
import type { Life, Step } from './sequence';

/** SysAid's ticket form is there (the page parsed, the form drawn); stops if it never comes. */
export async function waitForForm({ win }: Pick<GuardedPage, 'win'>, life: Life): Promise<Step<object>> {
  const doc = win.document;
  if (doc.readyState === 'loading')
    await new Promise((r) => doc.addEventListener('DOMContentLoaded', r, { once: true }));
  return (await waitUntil(doc, () => isTicketForm(doc), { signal: life.signal })) ? {} : undefined;
}
