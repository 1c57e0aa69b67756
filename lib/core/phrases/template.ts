export type Slots = Record<string, string | undefined>;

const SLOT = /\{([^{}\s]+)\}/g;

/**
 * Fills `{slot}` markers. A slot with no value stays visible as `[slot label]` so the agent
 * sees what still has to be said, instead of a silently shorter sentence.
 */
export function renderTemplate(template: string, slots: Slots, labels: Record<string, string> = {}): string {
  return template.replace(SLOT, (_, name: string) => {
    const value = slots[name]?.trim();
    return value ? value : `[${labels[name] ?? name}]`;
  });
}

/** Slot names a template uses, for validating playbooks. */
export function templateSlots(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}
