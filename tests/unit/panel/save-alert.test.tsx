import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/core/i18n';
import { text } from '../../../lib/core/i18n/text';
import { SaveAlert } from '../../../lib/ui/panel/SaveAlert';

const alert = {
  seq: 1,
  items: [
    {
      id: 'cpf',
      ok: false,
      severity: 'block' as const,
      label: text('panel.alertTitle'),
      message: text('panel.alertTitle'),
    },
  ],
};

describe('the justification box', () => {
  afterEach(() => setLanguage('pt-BR'));

  it('asks agents not to write names or personal data (pt-BR and English)', () => {
    const props = { alert, allowOverride: true, onClose: vi.fn(), onOverride: vi.fn(() => null) };
    const { unmount } = render(<SaveAlert {...props} />);
    expect(
      screen.getByRole('textbox', { name: /Justificativa da exceção/ }).closest('label')?.textContent,
    ).toMatch(/não escreva nomes, CPF nem outros dados pessoais/i);
    unmount();
    setLanguage('en');
    render(<SaveAlert {...props} />);
    expect(screen.getByRole('textbox', { name: /Justification/ }).closest('label')?.textContent).toMatch(
      /do not write names, CPF or other personal data/i,
    );
  });
});
