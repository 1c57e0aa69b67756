type Period = 'dia' | 'tarde' | 'noite';

const HOUR = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Sao_Paulo',
  hour: 'numeric',
  hourCycle: 'h23',
});

/** Hour of day in São Paulo, whatever the machine's own time zone. */
function saoPauloHour(now: Date): number {
  return Number(HOUR.format(now)) % 24;
}

/** dia 05:00–11:59, tarde 12:00–17:59, noite 18:00–04:59 (PROCEDURES.md, decided). */
export function periodOfDay(now: Date): Period {
  const hour = saoPauloHour(now);
  if (hour >= 5 && hour < 12) return 'dia';
  if (hour >= 12 && hour < 18) return 'tarde';
  return 'noite';
}

/** The period-dependent words the SOP scripts use, already agreed in gender. */
export function periodWords(period: Period): Record<string, string> {
  const feminine = period !== 'dia';
  const cap = period === 'dia' ? 'Dia' : period === 'tarde' ? 'Tarde' : 'Noite';
  return {
    // "Assefaz, bom [dia/tarde/noite]!" → bom dia / boa tarde / boa noite
    saudacao: `${feminine ? 'boa' : 'bom'} ${period}`,
    Saudacao: `${feminine ? 'Boa' : 'Bom'} ${period}`,
    // "tenha um (a) ótimo (a) [dia/tarde/noite]!"
    otimoPeriodo: feminine ? `uma ótima ${period}` : `um ótimo ${period}`,
    // "deseja um Bom Dia! - Boa Tarde! - Boa Noite!"
    despedida: feminine ? `uma Boa ${cap}!` : `um Bom ${cap}!`,
  };
}

const HOUR_MINUTE = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Sao_Paulo',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** Minutes since midnight on the São Paulo clock. */
export function saoPauloMinutes(now: Date): number {
  const parts = HOUR_MINUTE.formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}
