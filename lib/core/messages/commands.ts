/** Keyboard shortcuts (commands API) the background forwards to the ticket's tab. */
export const COMMANDS = ['copy-greeting', 'copy-closing', 'toggle-panel', 'start-inactivity'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Checked by hand: the content script carries no zod (size), and this shape is tiny. */
export function commandOf(message: unknown): CommandName | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, name } = message as { type?: unknown; name?: unknown };
  return type === 'command' && (COMMANDS as readonly unknown[]).includes(name)
    ? (name as CommandName)
    : undefined;
}
