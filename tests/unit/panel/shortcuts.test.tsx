import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import type { Playbook } from '../../../lib/core/procedures/schema';
import { renderScripts } from '../../../lib/core/rules/scripts';
import { runCommand } from '../../../lib/ui/panel/commands';
import { ScriptCard } from '../../../lib/ui/panel/Scripts';
import { MORNING } from '../support/tickets';

/** A lead renamed the callback scripts' ids (and kept their roles): the shortcuts follow the roles. */
const renamed: Playbook = {
  ...DEFAULT_PLAYBOOKS.callback,
  scripts: DEFAULT_PLAYBOOKS.callback.scripts.map((s) => ({ ...s, id: `meu-${s.id}` })),
};
const scripts = renderScripts(
  renamed,
  renamed.scripts.map((s) => s.id),
  { now: MORNING, agentName: 'Joana' },
);
const actions = { toggleCollapsed() {}, toggleInactivity() {} };

async function copied(command: 'copy-greeting' | 'copy-closing'): Promise<string> {
  await navigator.clipboard.writeText('');
  runCommand(command, scripts, actions, document.body);
  await expect.poll(() => navigator.clipboard.readText()).not.toBe('');
  return navigator.clipboard.readText();
}

describe('keyboard shortcuts copy the scripts the playbook says greet and close', () => {
  it('whatever their ids', async () => {
    expect(await copied('copy-greeting')).toMatch(/^Assefaz, bom dia! Aqui é Joana/);
    expect(await copied('copy-closing')).toMatch(/^Se precisar de mais alguma coisa/);
  });

  it('the card says which shortcut copies it', () => {
    const greeting = scripts.find((s) => s.role === 'greeting');
    if (!greeting) throw new Error('no greeting');
    render(<ScriptCard script={greeting} />);
    expect(screen.getByText(/Alt\+Shift\+1/)).toBeTruthy();
  });
});
