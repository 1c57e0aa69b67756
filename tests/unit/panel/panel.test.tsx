import { fireEvent, render, screen, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { text } from '../../../lib/core/i18n/text';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import type { PanelView } from '../../../lib/page/assist/view';
import { Panel, type PanelProps } from '../../../lib/ui/panel/Panel';
import { SelfTest } from '../../../lib/ui/panel/SelfTest';
import { fakeSession, panelView } from '../support/fake-session';

const openLeadTools = vi.fn();

const view = panelView;

function renderPanel(v: PanelView, overrides: Partial<PanelProps> = {}) {
  const session = fakeSession(v);
  render(
    <Panel
      session={session}
      playbooks={DEFAULT_PLAYBOOKS}
      settings={DEFAULT_SETTINGS}
      collapsed={false}
      onCollapse={vi.fn()}
      onInactivity={vi.fn()}
      openLeadTools={(container) => openLeadTools(container)}
      {...overrides}
    />,
  );
  return session;
}

describe('panel states', () => {
  it('before a channel: the four channels (the last for any other contact) and a hint', () => {
    const session = renderPanel(view());
    const canal = screen.getByRole('radiogroup', { name: 'Canal' });
    expect(
      within(canal)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['callback', 'chat', 'survey', 'other']);
    expect(screen.getByText('Escolha o canal para ver o procedimento.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Ligação ativa / Callback' }));
    expect(session.setChannel).toHaveBeenCalledWith('callback');
  });

  it('callback without contact: attempts and the reason, no beneficiary boxes', () => {
    renderPanel(view('callback', 'noContact'));
    expect(screen.getByRole('textbox', { name: 'Número de tentativas' })).toBeTruthy();
    const motivo = screen.getByRole('radiogroup', { name: 'Motivo' });
    expect(within(motivo).getByRole('radio', { name: 'Não atendeu' })).toBeTruthy();
    expect(within(motivo).getByRole('radio', { name: 'Número não recebe chamadas' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'CPF' })).toBeNull();
  });

  it('callback resolved: the five beneficiary boxes and the scripts with copy buttons', () => {
    renderPanel(view('callback', 'resolved'));
    for (const name of ['CPF', 'Nome completo', 'Nome da mãe', 'Data de nascimento', 'Plano Assefaz']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Copiar: Saudação inicial e identificação' })).toBeTruthy();
    expect(screen.getByText(/^Assefaz, bom dia! Aqui é Joana/)).toBeTruthy();
  });

  it('chat: interlocutor, protocol and conversation; a provider shows CNPJ instead of the mother', () => {
    renderPanel(view('chat', 'forwarded', { data: {}, interlocutor: 'providerContract' }));
    expect(screen.getByRole('radiogroup', { name: 'Interlocutor' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Protocolo do chat' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Conversa' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'CNPJ' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Nome da mãe' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Iniciar contador de inatividade' })).toBeTruthy();
  });

  it('the checklist says each state in words, not colour alone', () => {
    renderPanel(view('callback', 'resolved'));
    const list = screen.getByRole('region', { name: 'Conferência do chamado' });
    expect(within(list).getAllByText(/Pendente:/).length).toBeGreaterThan(3);
  });

  it('a refused save: role=alert naming each missing item', () => {
    const v = view('callback', 'resolved');
    renderPanel({ ...v, alert: { seq: 1, items: v.evaluation.blocking } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Nome da mãe');
    expect(alert.textContent).toContain('CPF');
  });

  it('after saving a forwarded chat: the SysAid number to tell, with a copy button', () => {
    renderPanel(view('chat', 'forwarded', { data: {} }, { ticketNumber: '1001', savedAt: 1 }));
    expect(screen.getByText('Protocolo SysAid nº 1001')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copiar: Protocolo SysAid nº 1001' })).toBeTruthy();
  });

  it('a conversation too long for SysAid shows a warning', () => {
    const v = view('chat', 'resolved');
    renderPanel({ ...v, evaluation: { ...v.evaluation, transcriptCut: 940_000 } });
    expect(screen.getByText(/940\.000 caracteres a mais/)).toBeTruthy();
  });

  it('the CPF box masks as typed and explains a bad CPF when the agent leaves it', () => {
    const session = renderPanel(view('callback', 'resolved', { data: { cpf: '529.982.247-26' } }));
    const cpf = screen.getByRole('textbox', { name: 'CPF' }) as HTMLInputElement;
    fireEvent.input(cpf, { target: { value: '52998224726' } });
    expect(session.setDatum).toHaveBeenLastCalledWith('cpf', '529.982.247-26');
    expect(screen.queryByText(/dígitos verificadores/)).toBeNull(); // not while typing
    fireEvent.blur(cpf);
    expect(cpf.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/dígitos verificadores/)).toBeTruthy();
  });

  it('each box says what the checklist would: one word where the full name is due', () => {
    renderPanel(view('callback', 'resolved', { data: { fullName: 'Maria' } }));
    const name = screen.getByRole('textbox', { name: 'Nome completo' }) as HTMLInputElement;
    fireEvent.blur(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Informe o nome completo \(nome e sobrenome\)/)).toBeTruthy();
  });

  it('typing in the middle of a masked CPF keeps the cursor where it was', () => {
    renderPanel(view('callback', 'resolved'));
    const cpf = screen.getByRole('textbox', { name: 'CPF' }) as HTMLInputElement;
    // "529.9|82.247-25": the agent types 1 after the fifth digit.
    cpf.value = '529.9182.247-25';
    cpf.setSelectionRange(6, 6);
    fireEvent.input(cpf);
    expect(cpf.value).toBe('529.918.224-72');
    expect(cpf.selectionStart).toBe(6);
  });

  it('chat: the date of birth to confirm (SOP step 2) and the first waiting phrase', () => {
    renderPanel(view('chat', 'resolved'));
    expect(screen.getByRole('textbox', { name: 'Data de nascimento' })).toBeTruthy();
    expect(screen.getByText('Espera (1)')).toBeTruthy();
  });

  it('collapsed: one button that reopens it', () => {
    const onCollapse = vi.fn();
    renderPanel(view(), { collapsed: true, onCollapse });
    fireEvent.click(screen.getByRole('button', { name: /^Abrir assistente/ }));
    expect(onCollapse).toHaveBeenCalledWith(false);
  });

  it('collapsed, a refused save opens the panel to show why, without changing the saved choice', () => {
    const onCollapse = vi.fn();
    renderPanel(
      view(undefined, undefined, { data: {} }, { alert: { seq: 1, items: [], text: text('guard.filling') } }),
      {
        collapsed: true,
        onCollapse,
      },
    );
    expect(onCollapse).toHaveBeenCalledWith(false, false);
  });

  it('the self-test is loaded only when a lead opens it, then lists each needed field with a way to map it', () => {
    const rows = [
      { field: 'callback' as const, label: 'Ligação Ativa / Callback', found: false, fallback: false },
      { field: 'motherName' as const, label: 'Nome da mãe', found: false, fallback: true },
      { field: 'status' as const, label: 'Status', found: true, via: 'label' as const, fallback: false },
    ];
    // Stands in for the injected lead-tools script: renders the tools where the panel keeps room for them.
    openLeadTools.mockImplementation((container: HTMLElement) =>
      preactRender(
        <SelfTest run={() => rows} locked={false} onPick={async () => true} report={async () => '#'} />,
        container,
      ),
    );
    openLeadTools.mockClear();
    renderPanel(view());
    expect(openLeadTools).not.toHaveBeenCalled();
    const details = screen
      .getByText('Autoteste e mapeamento de campos (líder)')
      .closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(openLeadTools).toHaveBeenCalled();
    expect(screen.getByText('NÃO encontrado: mapeie o campo')).toBeTruthy();
    expect(screen.getByText('sem campo próprio: vai para a descrição')).toBeTruthy();
    expect(screen.getByText('encontrado pelo nome do campo')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mapear: Ligação Ativa / Callback' })).toBeTruthy();
  });
});
