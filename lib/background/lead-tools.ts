import { browser } from 'wxt/browser';

/**
 * Runs the form-report script in the frame that asked (the lead's ticket) and returns its text. The
 * report's code, like the field picker's, stays out of the content script every SysAid page loads.
 */
export async function buildFormReport(tabId: number, frameId: number): Promise<string | undefined> {
  const text = await runInFrame(tabId, frameId, '/form-report.js');
  return typeof text === 'string' ? text : undefined;
}

/** Waits for the lead to click a SysAid field in that frame; its selector, or undefined on Esc. */
export async function pickFieldSelector(tabId: number, frameId: number): Promise<string | undefined> {
  const selector = await runInFrame(tabId, frameId, '/field-picker.js');
  return typeof selector === 'string' ? selector : undefined;
}

/** The self-test and mapping tools, rendered into the panel of that frame. */
export async function openLeadTools(tabId: number, frameId: number): Promise<boolean> {
  return (await runInFrame(tabId, frameId, '/lead-tools.js')) !== undefined;
}

/** Scripts only a lead needs, injected into the frame that asked when asked. */
async function runInFrame(
  tabId: number,
  frameId: number,
  file: '/form-report.js' | '/field-picker.js' | '/lead-tools.js',
): Promise<string | boolean | undefined> {
  const [run] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [file],
  });
  return typeof run?.result === 'string' || typeof run?.result === 'boolean' ? run.result : undefined;
}
