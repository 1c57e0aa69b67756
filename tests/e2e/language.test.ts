import { describe, expect, it } from 'vitest';
import { panel, setSettings } from './support/extension';
import { useSysaid } from './support/fixtures';
import { clickSave, radio } from './support/ticket';

const sysaid = useSysaid();

/** The panel's words outside the scripts (which the agent says to the caller, in Portuguese). */
const panelWords = (scope: Parameters<typeof panel>[0]) =>
  panel(scope).evaluate((host) => {
    const copy = host.shadowRoot?.querySelector('.panel')?.cloneNode(true) as HTMLElement | undefined;
    for (const el of copy?.querySelectorAll('.script-text') ?? []) el.remove();
    return copy?.textContent ?? '';
  });

describe('the panel speaks the language the agent chose', () => {
  it('in English, a refused save and the checklist are in English; back to Portuguese on the open ticket', async () => {
    await setSettings(sysaid.ext, { language: 'en' });
    const page = await sysaid.openTicket('', 'Channel');
    await radio(page, 'Channel', 'Ligação ativa / Callback').check();
    await radio(page, 'Outcome', 'Resolvido no atendimento').check();
    await expect.poll(() => page.getByText('Filling the SysAid form…').count(), { timeout: 15_000 }).toBe(0);
    await clickSave(page, 'OKBtn');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5000 }).catch(async () => {
      throw new Error(`no alert; panel: ${await panelWords(page)}`);
    });
    expect(await alert.textContent()).toContain("Mother's name: Not given.");
    const english = await panelWords(page);
    expect(english).toContain('Ticket check');
    expect(english).toContain('"Status" = Resolvido');
    expect(english).toContain('As the procedure requires.');
    for (const portuguese of ['Conferência do chamado', 'Não informado', 'Deve ser', 'Falta:', 'Nome da mãe'])
      expect(english).not.toContain(portuguese);
    await sysaid.noSaveArrives();

    // A lead switches the team back: the open ticket follows without a reload.
    await setSettings(sysaid.ext, { language: 'pt-BR' });
    await expect.poll(() => panelWords(page)).toContain('Conferência do chamado');
    expect(await panelWords(page)).toContain('Nome da mãe');
  });
});
