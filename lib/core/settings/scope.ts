import type { Settings } from './schema';

/**
 * Which tickets the guard enforces (PROCEDURES.md, "Scope"; a lead's setting and policy key): new
 * tickets and any where the agent chose a channel (default), every ticket, or some templates. The type
 * comes from the settings schema (a type-only import: page code bundles no zod for it).
 */
export type GuardScope = Settings['guardScope'];

export const DEFAULT_SCOPE: GuardScope = { mode: 'new', templates: [] };
