import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';

/** The SOPs as the customer wrote them: the scripts must quote them, slots only where they have brackets. */
const SOP = ['6.12-ligacao-ativa-callback.txt', 'chat-mosia-sysaid.txt']
  .map((file) => readFileSync(resolve('docs/sop', file), 'utf8'))
  .join('\n');
const plain = (text: string) => text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
const SOP_TEXT = plain(SOP);

/** The script with each `{slot}` standing for whatever the SOP has there ("[Seu Nome]", "XXX", "bom [dia/…]"). */
function asPattern(text: string): RegExp {
  const parts = plain(text).split(/\{\w+\}/);
  return new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{1,40}?'));
}

describe('scripts quote the SOP', () => {
  const scripts = Object.values(DEFAULT_PLAYBOOKS).flatMap((p) =>
    p.scripts.map((s) => [`${p.id}/${s.id}`, s] as const),
  );
  it.each(scripts.filter(([, s]) => !s.adapted))(
    '%s is in the SOP, word for word but for its slots',
    (_id, s) => {
      expect(SOP_TEXT).toMatch(asPattern(s.text));
    },
  );
  // The rest say why (shown under the script) and name the SOP line they come from, word for word.
  it.each(scripts.filter(([, s]) => s.adapted))(
    '%s says why it is adapted, and from which SOP line',
    (_id, s) => {
      expect(s.adapted?.length).toBeGreaterThan(20);
      expect(SOP_TEXT).toContain(plain(s.source));
    },
  );
});
