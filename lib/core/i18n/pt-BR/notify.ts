/** The background's notifications (pauses, chat inactivity). */
export const notifyPtBR = {
  'notify.pauseTitle': 'Pausa agendada: $1',
  'notify.pauseText': 'São $1: registre a pausa conforme o cronograma.',
  'notify.callTitle': 'Chat sem resposta',
  'notify.callText': 'Chame o beneficiário (chamada $1 de $2).',
  'notify.closeTitle': 'Chat: $1 sem resposta',
  'notify.closeText': 'Encerre com: "Por falta de comunicação, o atendimento será encerrado…"',
  'notify.minute': '1 minuto',
  'notify.minutes': '$1 minutos',
  'notify.second': '1 segundo',
  'notify.seconds': '$1 segundos',
  'notify.and': '$1 e $2',
} as const;
