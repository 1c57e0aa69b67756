/**
 * Which tickets the guard enforces (PROCEDURES.md, "Scope"; a lead's setting and policy key): new
 * tickets and any where the agent chose a channel (default), every ticket, or some templates.
 */
export interface GuardScope {
  mode: 'new' | 'all' | 'templates';
  /** SysAid template ids (`templateID` in the form's address), for mode "templates". */
  templates: string[];
}

export const DEFAULT_SCOPE: GuardScope = { mode: 'new', templates: [] };
