import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pickElement, selectorFor } from '../lib/page/sysaid/picker';

// Run on demand in the ticket's frame when a lead maps a field: resolves with the selector of the
// SysAid field they click (or nothing on Esc). Kept out of the content script every page loads.
export default defineUnlistedScript(async () => {
  const panel = document.querySelector('sysaid-assist') ?? document.body;
  const picked = await pickElement(document, panel, new AbortController().signal);
  return picked ? (selectorFor(picked) ?? null) : null;
});
