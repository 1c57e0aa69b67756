import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/core/rules/evaluate';
import type { FieldWrite } from '../../../lib/core/rules/types';
import { Filler, type FillerHost, MAX_TRIES } from '../../../lib/page/assist/fill';
import { withNotTaken } from '../../../lib/page/assist/not-taken';
import type { Notice } from '../../../lib/page/assist/notices';
import { compliantTicket } from '../support/tickets';

const WRITE: FieldWrite = { field: 'cpfLookup', value: 'ATIVO', fixed: true, reason: 'SOP' };

/** A SysAid field that puts its old value back after every write (a tenant's script refusing it). */
function refusingField() {
  document.body.innerHTML = '<input id="cpf">';
  const input = document.querySelector<HTMLInputElement>('#cpf');
  if (!input) throw new Error('no input');
  let writes = 0;
  input.addEventListener('input', () => {
    writes++;
    input.value = '';
  });
  const notices: Notice[] = [];
  let finished = 0;
  const host: FillerHost = {
    doc: document,
    signal: new AbortController().signal,
    timeoutMs: () => 1000,
    field: () => ({ key: 'cpfLookup', control: { kind: 'text', input }, caption: 'CPF', via: 'label' }),
    nextWrites: () => (input.value === 'ATIVO' ? [] : [WRITE]),
    wrote: () => undefined,
    notify: (n) => notices.push(n),
    changed: () => undefined,
    finished: () => {
      finished++;
    },
  };
  return { host, notices, writes: () => writes, finished: () => finished };
}

describe('the fill has a budget of tries per field and value', () => {
  it('a value SysAid never keeps is written a few times, then left to the agent, however often SysAid re-renders', async () => {
    const field = refusingField();
    const filler = new Filler(field.host);
    // Every re-render of the form asks for a fill again.
    for (let i = 0; i < 5; i++) await filler.run([WRITE]);
    expect(field.writes()).toBe(MAX_TRIES);
    expect(filler.gaveUp.get('cpfLookup')).toBe('ATIVO');
    expect(filler.filling).toBe(false);
    expect(field.notices.some((n) => n.text.key === 'fill.gaveUp')).toBe(true);
  });

  it("the check on that field then fails as the form's fault, and a value that later took starts over", async () => {
    const field = refusingField();
    const filler = new Filler(field.host);
    for (let i = 0; i < MAX_TRIES + 1; i++) await filler.run([WRITE]);
    const { input } = compliantTicket('callback', 'noContact');
    const snapshot = structuredClone(input.snapshot);
    snapshot.fields.cpfLookup = { value: '' };
    const judged = withNotTaken(evaluate({ ...input, snapshot }), filler.gaveUp);
    expect(judged.blocking.map((c) => c.formFault)).toEqual([
      { kind: 'notTaken', field: 'cpfLookup', option: 'ATIVO' },
    ]);
    // The agent typed it by hand: no longer due, so the field is theirs again and its budget is whole.
    filler.settle([]);
    expect(filler.gaveUp.size).toBe(0);
  });
});
