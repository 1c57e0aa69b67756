import { browser } from 'wxt/browser';

/**
 * Runs the form-report script in the frame that asked (the lead's ticket) and returns its text. The
 * report's code, like the field picker's, stays out of the content script every SysAid page loads.
 */
export function buildFormReport(tabId: number, frameId: number): Promise<string | undefined> {
  return runInFrame(tabId, frameId, '/form-report.js');
}

/** Waits for the lead to click a SysAid field in that frame; its selector, or undefined on Esc. */
export function pickFieldSelector(tabId: number, frameId: number): Promise<string | undefined> {
  return runInFrame(tabId, frameId, '/field-picker.js');
}

/** Scripts only a lead needs, injected into the frame that asked when asked. */
async function runInFrame(
  tabId: number,
  frameId: number,
  file: '/form-report.js' | '/field-picker.js',
): Promise<string | undefined> {
  const [run] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [file],
  });
  return typeof run?.result === 'string' ? run.result : undefined;
}
