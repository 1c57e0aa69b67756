import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/core/i18n';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { exportPlaybooks, importPlaybooks, resolvePlaybooks } from '../../../lib/core/procedures/io';

describe('playbook import/export', () => {
  it('round-trips the defaults', () => {
    const result = importPlaybooks(exportPlaybooks());
    expect(result).toEqual({ ok: true, playbooks: DEFAULT_PLAYBOOKS });
  });

  it('a lead can change a procedure without a code change', () => {
    const file = JSON.parse(exportPlaybooks());
    file.playbooks[0].outcomes[1].fixed[0].value = 'Fechado';
    const result = importPlaybooks(JSON.stringify(file));
    if (!result.ok) throw new Error('expected ok');
    const merged = resolvePlaybooks(result.playbooks);
    expect(merged.callback.outcomes[1]?.fixed[0]?.value).toBe('Fechado');
    expect(merged.chat).toEqual(DEFAULT_PLAYBOOKS.chat);
  });

  it('rejects broken JSON with a pt-BR message', () => {
    const result = importPlaybooks('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^O arquivo não é um JSON válido/);
  });

  it('names the path of each error in pt-BR', () => {
    const file = JSON.parse(exportPlaybooks());
    file.playbooks[1].outcomes[0].label = '';
    file.playbooks[1].outcomes[0].scripts.push('nao-existe');
    delete file.playbooks[2].version;
    const result = importPlaybooks(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('playbooks.1.outcomes.0.label');
    expect(paths).toContain('playbooks.2.version');
    expect(result.problems.find((p) => p.path === 'playbooks.2.version')?.message).toMatch(
      /esperado|inválid/i,
    );
    expect(result.problems.some((p) => p.message.includes('"nao-existe" não existe'))).toBe(true);
  });

  it('catches a misspelt slot in a script a lead edited', () => {
    const file = JSON.parse(exportPlaybooks());
    file.playbooks[0].scripts[0].text = 'Assefaz, {saudaçao}! Aqui é {agente}.';
    const result = importPlaybooks(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.path).toBe('playbooks.0.scripts.0.text');
      expect(result.problems[0]?.message).toContain('Marcador {sauda');
    }
  });

  describe('a lead who chose English', () => {
    afterEach(() => setLanguage('pt-BR'));

    it("reads every problem of a broken file in English: ours and zod's own", () => {
      setLanguage('en');
      const broken = importPlaybooks('{"format": ');
      expect(broken.ok || broken.problems[0]).toMatchObject({
        path: '(file)',
        message: expect.stringMatching(/^The file is not valid JSON/),
      });
      const file = JSON.parse(exportPlaybooks());
      file.playbooks[1].outcomes[0].scripts.push('nao-existe');
      delete file.playbooks[2].version;
      file.playbooks[0].scripts[0].text = 'Assefaz, {saudaçao}!';
      const result = importPlaybooks(JSON.stringify(file));
      if (result.ok) throw new Error('expected problems');
      const messages = result.problems.map((p) => p.message).join(' | ');
      expect(messages).toContain('Script "nao-existe" does not exist.');
      expect(messages).toContain('Unknown placeholder {saudaçao}');
      expect(result.problems.find((p) => p.path === 'playbooks.2.version')?.message).toMatch(/expected/i);
      expect(messages).not.toMatch(/esperado|não existe|Marcador/);
    });
  });
});
