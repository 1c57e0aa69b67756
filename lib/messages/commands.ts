import { z } from 'zod';

/** Keyboard shortcuts (commands API) the background forwards to the ticket's tab. */
export const COMMANDS = ['copy-greeting', 'copy-closing', 'toggle-panel', 'start-inactivity'] as const;

export const commandMessageSchema = z.object({ type: z.literal('command'), name: z.enum(COMMANDS) });
export type CommandMessage = z.infer<typeof commandMessageSchema>;

export const GREETING_SCRIPTS = ['greeting', 'opening', 'survey-greeting'];
export const CLOSING_SCRIPTS = ['closing', 'survey-closing'];
