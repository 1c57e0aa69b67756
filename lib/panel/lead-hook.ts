import type { Language } from '../i18n';
import type { Messages } from '../i18n/pt-BR';
import type { Playbook } from '../procedures/schema';
import type { FieldKey } from '../procedures/vocabulary';
import type { LocatedFields } from '../sysaid/locate';

/**
 * What the panel hands to the lead tools (self-test, field mapping, form report). Their code is not
 * in the content script every agent's page loads: the background injects `lead-tools.js` into the
 * same frame when a lead opens them, into the same isolated world, where it finds this object. What
 * only the tools compute (the self-test, the save-like controls the guard does not know) is theirs.
 */
export interface LeadToolsHook {
  container: HTMLElement;
  /** The procedure's fields on this page, looked up now. */
  located: () => LocatedFields;
  /** The playbooks in force. */
  playbooks: () => Playbook[];
  locked: boolean;
  onPick: (field: FieldKey) => Promise<boolean>;
  report: () => Promise<string | undefined>;
  language: Language;
  messages?: Messages;
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
