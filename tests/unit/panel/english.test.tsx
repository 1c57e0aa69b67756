import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/core/i18n';
import { en } from '../../../lib/core/i18n/english';
import { text } from '../../../lib/core/i18n/text';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { FIELD_LABELS, type FieldKey, type Typed } from '../../../lib/core/procedures/vocabulary';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import type { Notice } from '../../../lib/page/assist/notices';
import type { PanelView } from '../../../lib/page/assist/view';
import { Panel } from '../../../lib/ui/panel/Panel';
import { PLAYBOOK_WORDS, portugueseIn } from '../../support/portuguese';
import { fakeSession, panelView } from '../support/fake-session';
import { MORNING } from '../support/tickets';

function ourText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  // The scripts are what the agent says to the caller, in Portuguese, whatever the panel's language.
  for (const el of copy.querySelectorAll('.script-text')) el.remove();
  const parts: string[] = [copy.textContent ?? ''];
  for (const el of copy.querySelectorAll('[aria-label], [title], [placeholder]'))
    for (const attr of ['aria-label', 'title', 'placeholder'])
      if (el.getAttribute(attr)) parts.push(el.getAttribute(attr) ?? '');
  let all = parts.join('\n');
  for (const word of PLAYBOOK_WORDS) all = all.split(word).join('');
  return all.replace(/"[^"]*"/g, '""');
}

const view = panelView;

function show(v: PanelView): HTMLElement {
  const session = fakeSession(v);
  session.override.mockReturnValue(text('override.tooShort'));
  const { container } = render(
    <Panel
      session={session}
      playbooks={DEFAULT_PLAYBOOKS}
      settings={{ ...DEFAULT_SETTINGS, language: 'en', allowOverride: true }}
      collapsed={false}
      onCollapse={vi.fn()}
      onInactivity={vi.fn()}
      openLeadTools={vi.fn()}
    />,
  );
  return container as HTMLElement;
}

const NOTICES: Notice[] = [
  { id: 'a', kind: 'error', text: text('fill.formSlow', 10) },
  { id: 'b', kind: 'error', text: text('fill.levelSlow', FIELD_LABELS.category2, 10) },
  { id: 'c', kind: 'info', text: text('fill.fixed', FIELD_LABELS.status, 'Resolvido', 'Aberto') },
  { id: 'd', kind: 'warn', text: text('fill.keptAgentEdit', FIELD_LABELS.group) },
  { id: 'e', kind: 'error', text: text('draft.storeFailed') },
  {
    id: 'f',
    kind: 'error',
    text: text('fill.failed', FIELD_LABELS.status, 'the field is locked for editing in SysAid.'),
  },
];

const BAD_DATA: Typed = {
  data: {
    cpf: '529.982.247-26',
    fullName: 'Maria',
    birthDate: '31/02/1980',
    chatProtocol: '2024110512345678901',
    cnpj: '12.ABC.345/01DE-3X',
    attempts: '0',
  },
};

describe('the panel in English', () => {
  beforeEach(() => setLanguage('en', en));
  afterEach(() => {
    cleanup();
    setLanguage('pt-BR');
  });

  const states: Array<[string, () => PanelView]> = [
    ['no channel yet', () => view()],
    ['no channel, out of scope', () => view(undefined, undefined, { data: {} }, { outOfScope: true })],
    [
      'channel shown by the ticket',
      () => view('callback', undefined, { data: {} }, { channelInferred: true }),
    ],
    [
      'filling, with every kind of notice',
      () => view('callback', 'resolved', { data: {} }, { filling: true, notices: NOTICES }),
    ],
  ];
  for (const channel of ['callback', 'chat', 'survey'] as const) {
    states.push([`${channel}, no outcome`, () => view(channel)]);
    for (const outcome of DEFAULT_PLAYBOOKS[channel].outcomes.map((o) => o.id)) {
      states.push([`${channel} ${outcome}, blank`, () => view(channel, outcome)]);
      states.push([`${channel} ${outcome}, wrong data`, () => view(channel, outcome, BAD_DATA)]);
      states.push([
        `${channel} ${outcome}, a refused save`,
        () => {
          const v = view(channel, outcome);
          return { ...v, alert: { seq: 1, items: v.evaluation.blocking } };
        },
      ]);
      states.push([
        `${channel} ${outcome}, saved`,
        () => view(channel, outcome, BAD_DATA, { ticketNumber: '4711', savedAt: MORNING.getTime() }),
      ]);
    }
  }
  states.push([
    'survey, every step said',
    () => view('survey', 'resolved', { data: {}, ticked: DEFAULT_PLAYBOOKS.survey.scripts.map((s) => s.id) }),
  ]);
  states.push([
    'chat, inactivity running',
    () => view('chat', 'resolved', { data: {} }, { inactivityStartedAt: Date.now() - 100_000 }),
  ]);
  states.push([
    'still filling when saved',
    () => ({ ...view('chat', 'forwarded'), alert: { seq: 2, items: [], text: text('guard.filling') } }),
  ]);

  for (const [name, make] of states) {
    it(`has no Portuguese sentence of ours: ${name}`, () => {
      const container = show(make());
      // Problems under the boxes show once the agent leaves them.
      for (const box of screen.queryAllByRole('textbox')) fireEvent.blur(box);
      const justification = container.querySelector('.override textarea');
      if (justification) {
        fireEvent.input(justification, { target: { value: 'curta' } });
        fireEvent.submit(justification.closest('form') as HTMLFormElement);
      }
      const words = ourText(container);
      expect(words.length).toBeGreaterThan(20);
      expect(portugueseIn(words), words).toBeUndefined();
    });
  }

  it('every field the engine can name has a caption, so a missing one is named in any language', () => {
    const fields = Object.keys(FIELD_LABELS) as FieldKey[];
    for (const field of fields) expect(FIELD_LABELS[field]).not.toBe('');
  });
});
