import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { evaluate } from '../../../lib/core/rules/evaluate';
import { formatStamp, parseStamp, type Stamp, splitStamp, withStamp } from '../../../lib/core/rules/stamp';
import { compliantTicket } from '../support/tickets';

const STAMP: Stamp = {
  playbookId: 'callback',
  playbookVersion: 1,
  channel: 'callback',
  outcome: 'resolved',
  result: 'conforme',
  extensionVersion: '0.1.0',
};

describe('compliance stamp', () => {
  it('is one documented line that reads back as written', () => {
    const line = formatStamp(STAMP);
    expect(line).toBe(
      '[Assefaz-Guia] v=1; playbook=callback@1; canal=callback; desfecho=resolved; resultado=conforme; ext=0.1.0',
    );
    expect(parseStamp(`Nome completo: Maria\n\n${line}`)).toEqual({ ...STAMP, exceptionId: undefined });
    const exception = formatStamp({ ...STAMP, result: 'excecao', exceptionId: 'a1b2c3d4' });
    expect(parseStamp(exception)).toMatchObject({ result: 'excecao', exceptionId: 'a1b2c3d4' });
  });

  it('a re-save replaces the stamp, never duplicates it, and keeps what the agent wrote', () => {
    const once = withStamp('Tentativas de contato: 3', formatStamp({ ...STAMP, result: 'aberto' }));
    const twice = withStamp(once, formatStamp(STAMP));
    expect(twice.match(/\[Assefaz-Guia\]/g)).toHaveLength(1);
    expect(twice).toBe(`Tentativas de contato: 3\n\n${formatStamp(STAMP)}`);
    expect(parseStamp(twice)?.result).toBe('conforme');
  });

  it('carries no personal data: only ids, channel, outcome, result and version', () => {
    expect(formatStamp(STAMP)).not.toMatch(/\d{3}\.?\d{3}\.?\d{3}-?\d{2}/);
    expect(Object.keys(parseStamp(formatStamp(STAMP)) ?? {}).sort()).toEqual(
      [
        'channel',
        'exceptionId',
        'extensionVersion',
        'outcome',
        'playbookId',
        'playbookVersion',
        'reason',
        'result',
      ].sort(),
    );
  });

  it('the checks never read the stamp, and a rewrite of the description keeps it last', () => {
    const { input } = compliantTicket('chat', 'resolved');
    const description = input.snapshot.fields.description?.value ?? '';
    const stamped = withStamp(description, formatStamp({ ...STAMP, channel: 'chat' }));
    const e = evaluate({
      ...input,
      snapshot: { ...input.snapshot, fields: { ...input.snapshot.fields, description: { value: stamped } } },
    });
    expect(e.blocking).toEqual([]);
    expect(e.writes).toEqual([]);
    // Only the stamp in the description: the conversation is missing, whatever the stamp says.
    const onlyStamp = evaluate({
      playbook: DEFAULT_PLAYBOOKS.chat,
      outcome: 'resolved',
      snapshot: { fields: { description: { value: formatStamp(STAMP) } } },
      typed: { data: {} },
      now: input.now,
    });
    expect(onlyStamp.blocking.map((c) => c.id)).toContain('transcript');
    expect(splitStamp(stamped).text).toBe(description);
  });
});
