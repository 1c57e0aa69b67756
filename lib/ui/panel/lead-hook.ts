import type { Config } from '../../core/settings/config';

/**
 * What the panel hands to the lead tools (self-test, field mapping, form report). Their code is not
 * in the content script every agent's page loads: the background injects `lead-tools.js` into the
 * same frame when a lead opens them, into the same isolated world, where it finds this object.
 */
export interface LeadToolsHook {
  container: HTMLElement;
  /** The config the page works with now: the injected script works out the rest (self-test, language, lock). */
  config: () => Config;
  /** A lead mapped a field (the injected script asked the background): the page works with this config now. */
  picked: (config: Config | undefined) => void;
  /** Set by the injected script: shows the tools again (fresh rows) when the lead reopens them. */
  show?: () => void;
}

export const LEAD_HOOK = '__sysaidAssistLeadTools';

export function leadHook(): LeadToolsHook | undefined {
  return (globalThis as Record<string, unknown>)[LEAD_HOOK] as LeadToolsHook | undefined;
}

export function setLeadHook(hook: LeadToolsHook): void {
  (globalThis as Record<string, unknown>)[LEAD_HOOK] = hook;
}

/**
 * Opens the lead tools in `container`: shows them again if already injected here, else leaves the hook
 * for the script the background injects on request (`leadTools:open`).
 */
export function openLeadTools(hook: Omit<LeadToolsHook, 'show'>, inject: () => void): void {
  const shown = leadHook();
  if (shown?.show && shown.container === hook.container) {
    shown.show();
    return;
  }
  setLeadHook(hook);
  inject();
}
