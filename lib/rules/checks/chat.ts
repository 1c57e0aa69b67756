import { chatProtocolProblem } from '../../br/chat-protocol';
import { headerProtocol } from '../description';
import { chatHeader } from '../managed';
import type { Check } from '../types';
import { made } from './made';

const CHAT_PROTOCOL_SOURCE =
  'inserir o n.º do protocolo Chat (20 dígitos) seguido da informação Atendimento via Chat';

/** The description opens with the 20-digit chat protocol and "Atendimento via Chat". */
export function chatProtocolCheck(header: string | undefined, typedProtocol: string | undefined): Check {
  const check = (ok: boolean, wrong: boolean, message: string) =>
    made(
      'chatProtocol',
      'block',
      'Protocolo do chat',
      'description',
      ok,
      wrong,
      message,
      CHAT_PROTOCOL_SOURCE,
      'chatProtocol',
    );
  if (headerProtocol(header)?.length === 20) return check(true, false, 'Primeira linha da descrição.');
  const typedHeader = typedProtocol ? chatHeader(typedProtocol) : undefined;
  if (typedProtocol?.trim() && !typedHeader)
    return check(false, true, chatProtocolProblem(typedProtocol) ?? '');
  return check(
    false,
    false,
    'Informe o protocolo do chat (20 dígitos): ele abre a descrição, seguido de "Atendimento via Chat".',
  );
}

/** The whole conversation is in the description, below the labelled lines (the stamp never counts). */
export function transcriptCheck(body: string): Check {
  const ok = body.trim() !== '';
  return made(
    'transcript',
    'block',
    'Conversa',
    'description',
    ok,
    false,
    ok ? 'A conversa está na descrição.' : 'Cole a conversa completa do chat no campo "Conversa" do painel.',
    'toda a conversa realizada',
    'transcript',
  );
}
