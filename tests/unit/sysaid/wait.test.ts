import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../lib/page/sysaid/wait';

const hasForm = () => document.querySelector('form#srForm') !== null;

describe('waiting for the DOM', () => {
  it('a form SysAid adds long after its shell is found when it comes, with no time limit', async () => {
    document.body.innerHTML = '<div id="shell"></div>';
    const found = waitUntil(document, hasForm, { signal: new AbortController().signal });
    await new Promise((r) => setTimeout(r, 50));
    document.body.insertAdjacentHTML('beforeend', '<form id="srForm"></form>');
    await expect(found).resolves.toBe(true);
  });

  it('gives up when the page goes (aborted), and when a bounded wait runs out', async () => {
    document.body.innerHTML = '';
    const leaving = new AbortController();
    const waiting = waitUntil(document, hasForm, { signal: leaving.signal });
    leaving.abort();
    await expect(waiting).resolves.toBe(false);
    await expect(waitUntil(document, hasForm, { timeoutMs: 30 })).resolves.toBe(false);
  });
});
