/** A release refused before anything was written: `message` is what IT reads, in Portuguese. */
export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

export const KEY_HOW_TO = [
  'Falta a chave de assinatura: use --key <arquivo.pem>.',
  '',
  'Para criar uma (uma única vez, pela TI):',
  '  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out chave.pem',
  '',
  'Guarde esse arquivo em local seguro (cofre de senhas da TI, com cópia de segurança) e NUNCA no git.',
  'A chave define o ID da extensão: com uma chave nova o ID muda e, em cada PC, a extensão vira outra —',
  'perde as configurações, os rascunhos e o registro de conformidade, e as atualizações deixam de chegar à',
  'versão instalada. Quem tiver a chave pode publicar uma versão que os PCs aceitam como nossa.',
].join('\n');
