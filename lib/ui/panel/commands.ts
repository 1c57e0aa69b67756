import { browser } from 'wxt/browser';
import { type CommandName, commandOf } from '../../core/messages/commands';
import type { RenderedScript } from '../../core/rules/types';
import { copyText } from './clipboard';

/** What a keyboard shortcut does on the ticket in front of the agent. */
export function runCommand(
  command: CommandName,
  scripts: RenderedScript[],
  actions: { toggleCollapsed(): void; toggleInactivity(): void },
  scope: Element,
) {
  switch (command) {
    case 'copy-greeting':
    case 'copy-closing': {
      // The playbook says which script greets and which closes (its role), whatever its id.
      const role = command === 'copy-greeting' ? 'greeting' : 'closing';
      const script = scripts.find((s) => s.role === role);
      if (script) void copyText(script.text, scope);
      break;
    }
    case 'toggle-panel':
      actions.toggleCollapsed();
      break;
    case 'start-inactivity':
      actions.toggleInactivity();
      break;
  }
}

/**
 * Runs the keyboard shortcuts the background relays, on the frame the agent is in (several SysAid
 * frames may carry a panel). Returns the function that stops listening.
 */
export function listenForCommands(
  scripts: () => RenderedScript[],
  actions: { toggleCollapsed(): void; toggleInactivity(): void },
  /** The panel's container now (the panel is mounted again when the page rewrites its document). */
  scope: () => Element,
): () => void {
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const command = commandOf(raw);
    const panel = scope();
    if (command && panel.ownerDocument.hasFocus()) runCommand(command, scripts(), actions, panel);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
