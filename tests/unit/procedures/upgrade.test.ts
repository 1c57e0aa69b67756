import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { exportPlaybooks, importPlaybooks } from '../../../lib/core/procedures/io';

/** A file exported before playbooks named their final statuses, SysAid's defaults, script roles, chat sources and chat header words. */
function olderExport() {
  const file = JSON.parse(exportPlaybooks());
  for (const playbook of file.playbooks) {
    delete playbook.finalStatuses;
    delete playbook.sysaidDefaults;
    for (const script of playbook.scripts) delete script.role;
    for (const outcome of playbook.outcomes) {
      delete outcome.chatDescriptionSource;
      delete outcome.chatHeaderWords;
    }
  }
  return file;
}

describe('a playbook stored or exported before the newer keys', () => {
  it('still imports, and behaves as the shipped playbook of its channel', () => {
    const result = importPlaybooks(JSON.stringify(olderExport()));
    expect(result).toEqual({ ok: true, playbooks: DEFAULT_PLAYBOOKS });
  });

  it("a lead's own roles and statuses win over the shipped ones", () => {
    const file = olderExport();
    file.playbooks[0].finalStatuses = ['Encerrado'];
    file.playbooks[0].scripts[1].role = 'greeting';
    const result = importPlaybooks(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const callback = result.playbooks.callback;
    // …with the statuses its outcomes set, final too.
    expect(callback?.finalStatuses).toEqual(['Encerrado', 'Encaminhado', 'Resolvido']);
    expect(callback?.scripts.filter((s) => s.role).map((s) => [s.id, s.role])).toEqual([
      ['protocol', 'greeting'],
    ]);
  });
});
