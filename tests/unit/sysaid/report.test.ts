import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { selfTest } from '../../../lib/page/assist/self-test';
import { locateFields } from '../../../lib/page/sysaid/locate';
import { formReport } from '../../../lib/page/sysaid/report';
import { writeControl } from '../../../lib/page/sysaid/write';
import { loadReplica } from '../support/replica';

const PERSONAL = {
  cpf: '529.982.247-25',
  name: 'Maria Aparecida da Silva',
  mother: 'Ana Maria da Silva',
  transcript: 'Beneficiário: meu telefone é 61 99999-1234',
  token: 'tok-s3cr3t-CSRF',
};

async function reportOf(page: 'classic' | 'modern') {
  loadReplica(page, { beneficiaryFields: true });
  const found = locateFields(document);
  const write = async (key: 'cpfLookup' | 'motherName' | 'description', value: string) => {
    const field = found.get(key);
    if (!field) throw new Error(`${key} not on the replica`);
    await writeControl(field.control, value);
  };
  await write('cpfLookup', PERSONAL.cpf);
  await write('motherName', PERSONAL.mother);
  await write('description', `Nome completo: ${PERSONAL.name}\n${PERSONAL.transcript}`);
  const title = document.querySelector<HTMLInputElement>('#title');
  if (title) title.value = `Retorno para ${PERSONAL.name}`;
  const csrf = document.querySelector<HTMLInputElement>('#csrf');
  if (csrf) {
    csrf.name = 'X_TOKEN_assefaz';
    csrf.value = PERSONAL.token;
  }
  return formReport({
    doc: document,
    extensionVersion: '0.1.0',
    selfTest: selfTest(Object.values(DEFAULT_PLAYBOOKS), found),
    now: new Date('2026-11-24T12:00:00Z'),
  });
}

describe('"Relatório do formulário": the page’s structure, never what anyone typed', () => {
  it.each(['classic', 'modern'] as const)('%s: no CPF, name, conversation or token in it', async (page) => {
    const report = await reportOf(page);
    for (const [what, value] of Object.entries(PERSONAL)) expect(report, what).not.toContain(value);
    expect(report).not.toContain('99999');
    expect(report).not.toMatch(/982\.?247/);
    // …and the structure is all there.
    expect(report).toContain('Consulta beneficiário (CPF)');
    expect(report).toMatch(/valor: texto com 14 caractere/);
    expect(report).toContain('Resolvido');
    expect(report).toContain('Central de Atendimento');
  });

  it('modern Classic: the header controls, the CSRF input by name only, the unlabeled levels', async () => {
    const report = await reportOf('modern');
    expect(report).toContain('Classic moderno');
    expect(report).toMatch(/Salvar: <button> #sr-save-btn .* onclick: saveSR/);
    expect(report).toMatch(/Aplicar: <button> \(sem id\) .* onclick: applySR/);
    expect(report).toContain('X_TOKEN_assefaz');
    expect(report).toContain('Nível 2 (subcategory): ausente nesta tela');
    expect(report).toMatch(/Grupo admin/);
  });
});
