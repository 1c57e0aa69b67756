import { say } from '../../../lib/core/i18n';
import type { Text } from '../../../lib/core/i18n/text';

/** What the agent reads for an engine or adapter message (pt-BR unless a test switches language). */
export const shown = (text: Text | null | undefined): string | null | undefined => (text ? say(text) : text);
