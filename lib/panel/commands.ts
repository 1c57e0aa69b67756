import { CLOSING_SCRIPTS, type CommandName, GREETING_SCRIPTS } from '../messages/commands';
import type { RenderedScript } from '../rules/types';
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
      const ids = command === 'copy-greeting' ? GREETING_SCRIPTS : CLOSING_SCRIPTS;
      const script = scripts.find((s) => ids.includes(s.id));
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
