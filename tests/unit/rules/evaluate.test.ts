import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { evaluate } from '../../../lib/core/rules/evaluate';
import { shown } from '../support/shown';
import { ALL_OUTCOMES, blankForm, compliantTicket, MORNING, PROTOCOL, VALID_CPF } from '../support/tickets';

const failing = (e: ReturnType<typeof evaluate>) => e.blocking.map((c) => c.id).sort();

describe('evaluate: each outcome of each playbook', () => {
  it.each(ALL_OUTCOMES)(
    '%s / %s: a ticket filled as the SOP asks has no blocking check',
    (channel, outcome) => {
      const { input } = compliantTicket(channel, outcome);
      const e = evaluate(input);
      expect(e.blocking).toEqual([]);
      expect(e.writes).toEqual([]); // settled: nothing left to write
    },
  );

  it.each(ALL_OUTCOMES)('%s / %s: a blank form blocks the save', (channel, outcome) => {
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS[channel],
      outcome,
      snapshot: blankForm(),
      typed: { data: {} },
      now: MORNING,
    });
    expect(e.blocking.length).toBeGreaterThan(0);
  });
});

describe('callback', () => {
  it('resolved fills Sim, the Contato realizado path, the CPF and Resolvido', () => {
    const { snapshot } = compliantTicket('callback', 'resolved');
    expect(snapshot.fields.callback?.value).toBe('Sim');
    expect(
      [snapshot.fields.category1, snapshot.fields.category2, snapshot.fields.category3].map((f) => f?.value),
    ).toEqual(['Central de Atendimento', 'Ligação Ativa / Callback', 'Contato realizado']);
    expect(snapshot.fields.status?.value).toBe('Resolvido');
    expect(snapshot.fields.cpfLookup?.value).toBe(VALID_CPF);
    expect(snapshot.fields.description?.value).toContain('Nome da mãe: Ana Maria da Silva');
  });

  it('no contact writes ATIVO, the Sem comunicação path and the attempts with their reason', () => {
    const { snapshot } = compliantTicket('callback', 'noContact');
    expect(snapshot.fields.cpfLookup?.value).toBe('ATIVO');
    expect(snapshot.fields.category3?.value).toBe('Sem comunicação');
    expect(snapshot.fields.description?.value).toBe(
      'Tentativas de contato: 3\nMotivo: Beneficiário não atendeu',
    );
  });

  it('no contact with the CPF field emptied is blocked: the field must always be filled', () => {
    const { input } = compliantTicket('callback', 'noContact');
    const snapshot = { ...input.snapshot, fields: { ...input.snapshot.fields, cpfLookup: { value: '' } } };
    const e = evaluate({ ...input, snapshot });
    expect(failing(e)).toEqual(['fixed.cpfLookup']);
    expect(shown(e.blocking[0]?.message)).toContain('ATIVO');
  });

  it('ATIVO is refused outside the no-contact outcome', () => {
    const { input } = compliantTicket('callback', 'resolved');
    const snapshot = {
      ...input.snapshot,
      fields: { ...input.snapshot.fields, cpfLookup: { value: 'ATIVO' } },
    };
    const e = evaluate({
      ...input,
      snapshot,
      typed: { ...input.typed, data: { ...input.typed.data, cpf: '' } },
    });
    expect(failing(e)).toEqual(['cpf']);
    expect(shown(e.blocking[0]?.message)).toMatch(/ATIVO só vale/);
  });

  it('forwarded needs a destination group other than Central de Atendimento', () => {
    const { input } = compliantTicket('callback', 'forwarded');
    const fields = { ...input.snapshot.fields, group: { value: 'Central de Atendimento' } };
    const e = evaluate({ ...input, snapshot: { ...input.snapshot, fields } });
    expect(failing(e)).toEqual(['group']);
  });

  it('forwarded needs every category level the form offers', () => {
    const { input } = compliantTicket('callback', 'forwarded');
    const fields = { ...input.snapshot.fields, category3: { value: '', options: ['Ressonância'] } };
    const e = evaluate({ ...input, snapshot: { ...input.snapshot, fields } });
    expect(failing(e)).toEqual(['category']);
    expect(shown(e.blocking[0]?.message)).toContain('3ª Categoria');
  });

  it('a level with no options is not required', () => {
    const { input } = compliantTicket('callback', 'forwarded');
    const fields = { ...input.snapshot.fields, category3: { value: '', options: [] } };
    expect(evaluate({ ...input, snapshot: { ...input.snapshot, fields } }).blocking).toEqual([]);
  });

  it('a malformed CPF is named with the reason', () => {
    const { input } = compliantTicket('callback', 'resolved');
    const fields = { ...input.snapshot.fields, cpfLookup: { value: '529.982.247-26' } };
    const e = evaluate({ ...input, typed: { data: {} }, snapshot: { ...input.snapshot, fields } });
    expect(shown(e.blocking.find((c) => c.id === 'cpf')?.message)).toBe(
      'CPF inválido: os dígitos verificadores não conferem.',
    );
  });

  it('without a channel the one check is to choose it (PROCEDURES.md, "Every ticket")', () => {
    const plain = evaluate({ snapshot: blankForm(), typed: { data: {} }, now: MORNING });
    expect(failing(plain)).toEqual(['channel']);
    expect(shown(plain.blocking[0]?.message)).toBe('Escolha o canal do atendimento no painel.');
    expect(plain.writes).toEqual([]);
  });

  it('a value that is there but wrong is told apart from one that is missing', () => {
    const form = blankForm();
    form.fields.cpfLookup = { value: '111.111.111-11' };
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.callback,
      outcome: 'resolved',
      snapshot: form,
      typed: { data: {} },
      now: MORNING,
    });
    const byId = Object.fromEntries(e.blocking.map((c) => [c.id, c.wrong]));
    expect(byId.cpf).toBe(true);
    expect(byId.motherName).toBe(false);
  });

  it('a channel without an outcome asks for the outcome and already fills Sim', () => {
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.callback,
      snapshot: blankForm(),
      typed: { data: {} },
      now: MORNING,
    });
    expect(e.writes).toContainEqual(
      expect.objectContaining({ field: 'callback', value: 'Sim', fixed: true }),
    );
    expect(failing(e)).toContain('outcome');
  });

  it('a missing SysAid field is reported by name, never silently skipped', () => {
    const { input } = compliantTicket('callback', 'resolved');
    const { callback: _, ...fields } = input.snapshot.fields;
    const e = evaluate({ ...input, snapshot: { ...input.snapshot, fields } });
    expect(failing(e)).toEqual(['fixed.callback']);
    expect(shown(e.blocking[0]?.message)).toContain('"Ligação Ativa / Callback" não encontrado');
  });

  it('uses the form field for a datum when the tenant has one', () => {
    const form = blankForm();
    form.fields.motherName = { value: '' };
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.callback,
      outcome: 'resolved',
      snapshot: form,
      typed: { data: { motherName: 'Ana Maria' } },
      now: MORNING,
    });
    expect(e.writes).toContainEqual(expect.objectContaining({ field: 'motherName', value: 'Ana Maria' }));
    const desc = e.writes.find((w) => w.field === 'description')?.value ?? '';
    expect(desc).not.toContain('Nome da mãe');
  });
});

describe('chat', () => {
  it('the description opens with the protocol and "Atendimento via Chat", then the conversation', () => {
    const { snapshot } = compliantTicket('chat', 'forwarded');
    const desc = snapshot.fields.description?.value ?? '';
    expect(desc.split('\n')[0]).toBe(`${PROTOCOL} Atendimento via Chat`);
    expect(desc).toContain('Beneficiário: Olá\nOperador: Bom dia!');
    expect(desc).toContain('Plano Assefaz: Assefaz Nacional');
  });

  it('resolved keeps the group Central de Atendimento and status Resolvido', () => {
    const { snapshot } = compliantTicket('chat', 'resolved');
    expect(snapshot.fields.group?.value).toBe('Central de Atendimento');
    expect(snapshot.fields.status?.value).toBe('Resolvido');
  });

  it('forwarded tells the requester the SysAid number; resolved does not need to', () => {
    expect(evaluate(compliantTicket('chat', 'forwarded').input).tellSysaidNumber).toBe(true);
    expect(evaluate(compliantTicket('chat', 'resolved').input).tellSysaidNumber).toBe(false);
  });

  it('a 19-digit protocol is refused with the count', () => {
    const { input } = compliantTicket('chat', 'resolved');
    const fields = { ...input.snapshot.fields, description: { value: 'Conversa' } };
    const typed = { ...input.typed, data: { ...input.typed.data, chatProtocol: PROTOCOL.slice(1) } };
    const e = evaluate({ ...input, typed, snapshot: { ...input.snapshot, fields } });
    expect(shown(e.blocking.find((c) => c.id === 'chatProtocol')?.message)).toBe(
      'O protocolo do chat deve ter 20 dígitos (tem 19).',
    );
  });

  it('a provider on a contractual matter gives CNPJ and the employee name instead of beneficiary data', () => {
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.chat,
      outcome: 'resolved',
      snapshot: blankForm(),
      typed: { data: {}, interlocutor: 'providerContract' },
      now: MORNING,
    });
    const ids = e.blocking.map((c) => c.id);
    expect(ids).toContain('cnpj');
    expect(ids).toContain('providerEmployee');
    expect(ids).not.toContain('motherName');
  });

  it('HTML in a transcript is kept as the text it is', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { input } = compliantTicket('chat', 'resolved');
    const e = evaluate({
      ...input,
      typed: { ...input.typed, data: { ...input.typed.data, transcript: html } },
    });
    expect(e.writes.find((w) => w.field === 'description')?.value).toContain(html);
  });

  it('a 1 MB conversation is cut in the middle to fit, and the cut is reported', () => {
    const { input } = compliantTicket('chat', 'resolved');
    const transcript = `INICIO ${'x'.repeat(1_000_000)} FIM`;
    const e = evaluate({ ...input, typed: { ...input.typed, data: { ...input.typed.data, transcript } } });
    const desc = e.writes.find((w) => w.field === 'description')?.value ?? '';
    expect(desc.length).toBeLessThanOrEqual(60_000);
    expect(desc).toContain('INICIO');
    expect(desc).toContain('FIM');
    expect(desc).toContain('não coube');
    expect(e.transcriptCut).toBeGreaterThan(900_000);
  });

  it('a long conversation fills the description up to its limit, never over, keeping the agent note and the stamp', () => {
    const { input } = compliantTicket('chat', 'resolved');
    const stamp =
      '[Assefaz-Guia] v=1; playbook=chat@1; canal=chat; desfecho=resolved; resultado=conforme; ext=0.1.0';
    const fields = {
      ...input.snapshot.fields,
      description: { value: `Nota da agente: retornar amanhã.\n\n${stamp}` },
    };
    const max = 2_000;
    const e = evaluate({
      ...input,
      snapshot: { ...input.snapshot, fields },
      descriptionMaxChars: max,
      typed: { ...input.typed, data: { ...input.typed.data, transcript: 'y'.repeat(10_000) } },
    });
    const desc = e.writes.find((w) => w.field === 'description')?.value ?? '';
    expect(desc.length).toBeLessThanOrEqual(max);
    expect(desc.length).toBeGreaterThanOrEqual(max - 2);
    expect(desc).toContain('Nota da agente: retornar amanhã.');
    expect(desc.endsWith(stamp)).toBe(true);
    expect(e.transcriptCut).toBeGreaterThan(8_000);
  });
});

describe('survey', () => {
  it('asks for the survey notes and warns about unticked steps without blocking', () => {
    const { input } = compliantTicket('survey', 'resolved');
    const e = evaluate({ ...input, typed: { ...input.typed, ticked: [] } });
    expect(e.blocking).toEqual([]);
    expect(e.checks.find((c) => c.id === 'surveySteps')?.ok).toBe(false);
    expect(e.scripts.map((s) => s.id)).toEqual([
      'survey-greeting',
      'survey-objective',
      'survey-motivation',
      'survey-improve',
      'survey-closing',
    ]);
  });
});

describe('scripts', () => {
  it('greets by the São Paulo clock and fills the agent, beneficiary and protocol', () => {
    const { input } = compliantTicket('callback', 'resolved');
    const evening = new Date('2026-11-23T22:30:00Z'); // 19:30 in São Paulo
    const e = evaluate({
      ...input,
      now: evening,
      snapshot: { ...input.snapshot, ticketNumber: '4521' },
    });
    const byId = Object.fromEntries(e.scripts.map((s) => [s.id, s.text]));
    expect(byId.greeting).toMatch(/^Assefaz, boa noite! Aqui é Joana da equipe/);
    expect(byId.protocol).toContain('protocolo de atendimento 4521');
    expect(byId.closing).toContain('Senhor (a) Maria Aparecida da Silva');
    expect(byId.closing).toMatch(/tenha uma ótima noite!$/);
  });

  it('shows the SOP placeholder while a slot is unknown', () => {
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.chat,
      outcome: 'resolved',
      snapshot: blankForm(),
      typed: { data: {} },
      now: MORNING,
    });
    expect(e.scripts.find((s) => s.id === 'opening')?.text).toBe('Assefaz, meu nome [Seu Nome], bom dia!');
    expect(e.scripts.find((s) => s.id === 'closing')?.text).toBe(
      'A Assefaz, agradece o contato e deseja um Bom Dia!',
    );
  });
});
