import { describe, expect, it } from 'vitest';
import { periodOfDay, periodWords } from '../../../lib/core/phrases/period';
import { renderTemplate } from '../../../lib/core/phrases/template';
import { nextOccurrence } from '../../../lib/core/schedule/pauses';

// São Paulo is UTC−3 all year (no daylight saving since 2019).
const sp = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-03:00`);

describe('period of day on the São Paulo clock', () => {
  it.each([
    ['04:59', 'noite'],
    ['05:00', 'dia'],
    ['11:59', 'dia'],
    ['12:00', 'tarde'],
    ['17:59', 'tarde'],
    ['18:00', 'noite'],
    ['23:30', 'noite'],
  ])('%s is %s', (time, period) => {
    expect(periodOfDay(sp(time))).toBe(period);
  });

  it('does not depend on the machine time zone', () => {
    const utcMidday = new Date('2026-11-23T12:00:00Z'); // 09:00 in São Paulo
    expect(periodOfDay(utcMidday)).toBe('dia');
  });

  it('agrees in gender as the scripts say it', () => {
    expect(periodWords('dia')).toMatchObject({
      saudacao: 'bom dia',
      otimoPeriodo: 'um ótimo dia',
      despedida: 'um Bom Dia!',
    });
    expect(periodWords('tarde')).toMatchObject({
      saudacao: 'boa tarde',
      Saudacao: 'Boa tarde',
      despedida: 'uma Boa Tarde!',
    });
    expect(periodWords('noite').otimoPeriodo).toBe('uma ótima noite');
  });
});

describe('templates', () => {
  it('fills slots and shows a visible hint for the missing ones', () => {
    expect(
      renderTemplate(
        'Aqui é {agente}, protocolo {protocolo}.',
        { agente: 'Joana' },
        { protocolo: 'número do protocolo' },
      ),
    ).toBe('Aqui é Joana, protocolo [número do protocolo].');
  });
});

describe('pause schedule', () => {
  it('finds the next HH:MM on the São Paulo clock, today or tomorrow', () => {
    const now = sp('09:30');
    expect(new Date(nextOccurrence(now, '10:00')).toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect(new Date(nextOccurrence(now, '09:00')).toISOString()).toBe('2026-11-24T12:00:00.000Z');
  });
});
