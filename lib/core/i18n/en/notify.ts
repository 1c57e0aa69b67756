import type { notifyPtBR } from '../pt-BR/notify';

/** The background's notifications in English; the closing phrase is the procedure's own. */
export const notifyEn: Record<keyof typeof notifyPtBR, string> = {
  'notify.pauseTitle': 'Scheduled pause: $1',
  'notify.pauseText': 'It is $1: log the pause as scheduled.',
  'notify.callTitle': 'Chat with no answer',
  'notify.callText': 'Call the beneficiary (call $1 of $2).',
  'notify.closeTitle': 'Chat: $1 with no answer',
  'notify.closeText': 'Close with: "Por falta de comunicação, o atendimento será encerrado…"',
  'notify.minute': '1 minute',
  'notify.minutes': '$1 minutes',
  'notify.second': '1 second',
  'notify.seconds': '$1 seconds',
  'notify.and': '$1 and $2',
};
