import { describe, expect, it } from 'vitest';
import { duration, meaningOf, notificationFor } from '../../../lib/background/schedule/alarms';
import { setLanguage } from '../../../lib/core/i18n';
import { inactivitySchedule, inactivityStage } from '../../../lib/page/assist/inactivity';

const SOP = { callEverySeconds: 90, calls: 3, closeAfterSeconds: 300 };

describe('chat inactivity rule (3 calls ~1 min 30 s apart, close at 5 minutes)', () => {
  it('walks through the calls and the closing', () => {
    expect(inactivityStage(SOP, 10)).toEqual({ kind: 'waiting', call: 1, secondsLeft: 80 });
    expect(inactivityStage(SOP, 91)).toEqual({ kind: 'call', call: 1 });
    expect(inactivityStage(SOP, 120)).toEqual({ kind: 'waiting', call: 2, secondsLeft: 60 });
    expect(inactivityStage(SOP, 271)).toEqual({ kind: 'call', call: 3 });
    expect(inactivityStage(SOP, 290)).toEqual({ kind: 'closing', secondsLeft: 10 });
    expect(inactivityStage(SOP, 300)).toEqual({ kind: 'close' });
  });

  it('schedules one reminder per call and the closing', () => {
    expect(inactivitySchedule(SOP)).toEqual([
      { atSeconds: 90, call: 1 },
      { atSeconds: 180, call: 2 },
      { atSeconds: 270, call: 3 },
      { atSeconds: 300 },
    ]);
  });

  it('names each alarm so the background knows what to say, in pt-BR', () => {
    expect(
      notificationFor(
        meaningOf('inactivity|12|2|3|300') ?? { kind: 'inactivityClose', tabId: 0, closeAfterSeconds: 0 },
      ).message,
    ).toBe('Chame o beneficiário (chamada 2 de 3).');
    expect(meaningOf('inactivity|12|close|3|300')).toEqual({
      kind: 'inactivityClose',
      tabId: 12,
      closeAfterSeconds: 300,
    });
    // The texts follow the configured time, not the SOP's default.
    const close = meaningOf('inactivity|12|close|3|420');
    expect(close && notificationFor(close).title).toBe('Chat: 7 minutos sem resposta');
    expect(duration(90)).toBe('1 minuto e 30 segundos');
    expect(notificationFor({ kind: 'pause', time: '10:00', label: 'Pausa 1' }).title).toBe(
      'Pausa agendada: Pausa 1',
    );
  });

  it("speaks the language the agent chose; the pause's label and the closing phrase stay as written", () => {
    setLanguage('en');
    try {
      const close = meaningOf('inactivity|12|close|3|90');
      expect(close && notificationFor(close)).toEqual({
        title: 'Chat: 1 minute and 30 seconds with no answer',
        message: 'Close with: "Por falta de comunicação, o atendimento será encerrado…"',
      });
      expect(notificationFor({ kind: 'pause', time: '10:00', label: 'Pausa 1' }).title).toBe(
        'Scheduled pause: Pausa 1',
      );
    } finally {
      setLanguage('pt-BR');
    }
  });
});
