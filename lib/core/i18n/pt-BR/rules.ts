/**
 * What the checks, validators and the guard tell the agent, in Brazilian Portuguese. The engine and the
 * adapter return these keys with their parameters (lib/core/i18n/text.ts); the panel, the team audit and the
 * CLI render them. SysAid's field captions and the playbooks' words are parameters, never translated.
 */
import { DATUM_LABELS, type DatumKey } from '../../procedures/vocabulary';
import { guardPtBR } from './guard';

/** The panel's names for the data an agent types: the vocabulary's own words. */
const datumLabels = Object.fromEntries(
  Object.entries(DATUM_LABELS).map(([key, label]) => [`datum.${key}`, label]),
) as Record<`datum.${DatumKey}`, string>;

export const rulesPtBR = {
  ...datumLabels,
  ...guardPtBR,
  'text.verbatim': '$1',
  'placeholder.cpf': '000.000.000-00',
  'placeholder.cnpj': '12.ABC.345/01DE-35',
  'placeholder.date': 'dd/mm/aaaa',
  'placeholder.chatProtocol': '20 dígitos',
  // Checklist labels
  'label.category': 'Categoria',
  'label.chatProtocol': 'Protocolo do chat',
  'label.transcript': 'Conversa',
  'label.group': 'Grupo de destino',
  'label.description': 'Descrição',
  'label.channel': 'Canal',
  'label.outcome': 'Desfecho',
  'label.surveySteps': 'Etapas da pesquisa',
  'label.fixed': '$1 = $2',
  // Checks
  'check.notFound':
    'Campo "$1" não encontrado no formulário do SysAid. Peça ao líder para mapeá-lo nas opções da extensão.',
  'check.channelMarked': 'O chamado está marcado como "$1": escolha o canal e o desfecho no painel.',
  'check.channelMissing': 'Escolha o canal do atendimento no painel.',
  'check.outcomeMissing': 'Escolha o desfecho do atendimento no painel.',
  'check.categoryMustBe': 'A categorização deve ser $1.',
  'check.categoryPick': 'Categorize conforme a demanda: escolha "$1".',
  'check.chatHeaderOk': 'Primeira linha da descrição.',
  'check.chatProtocolMissing':
    'Informe o protocolo do chat (20 dígitos): ele abre a descrição, seguido de "$1".',
  'check.transcriptOk': 'A conversa está na descrição.',
  'check.transcriptMissing': 'Cole a conversa completa do chat no campo "Conversa" do painel.',
  'check.fixedOk': 'Conforme o procedimento.',
  'check.fixedMustBe': 'Deve ser "$1" (está "$2").',
  'check.fixedMustBeEmpty': 'Deve ser "$1" (está vazio).',
  'check.optionMissing':
    'O formulário do SysAid é diferente: a lista "$1" não tem a opção "$2". Avise o líder (mapeamento ou procedimento).',
  'check.widgetDisagrees':
    'O formulário do SysAid é diferente: a lista "$1" mostra "$2", mas o valor que o SysAid salvaria é "$3". Escolha de novo à mão.',
  'check.notTaken':
    'O formulário do SysAid é diferente: o campo "$1" não aceitou "$2" depois de $3 tentativas. Escolha à mão; se não der, avise o líder.',
  'check.groupNotCallCenter': 'Escolha o grupo do setor que recebe a demanda (não "$1").',
  'check.groupPick': 'Escolha o grupo a ser destinada a demanda.',
  'check.inField': 'Em "$1".',
  'check.inDescription': 'Na descrição, como "$1: …".',
  'check.stepsMissing': 'Etapas ainda não marcadas: $1.',
  'check.stepsDone': 'Todas as etapas foram marcadas.',
  // Values
  'value.missing': 'Não informado.',
  'value.reservedFor': '$1 só vale no desfecho "$2": informe o dado deste atendimento.',
  'value.attemptsDigits': 'Informe o número de tentativas com algarismos (ex.: 3).',
  'value.attemptsAtLeastOne': 'Informe ao menos 1 tentativa.',
  'value.choice': 'Escolha $1.',
  'value.fullName': 'Informe o nome completo (nome e sobrenome).',
  'cpf.missing': 'CPF não informado.',
  'cpf.notDigits': 'O CPF deve conter apenas números.',
  'cpf.length': 'O CPF deve ter 11 dígitos (tem $1).',
  'cpf.sameDigits': 'CPF inválido: todos os dígitos são iguais.',
  'cpf.checkDigits': 'CPF inválido: os dígitos verificadores não conferem.',
  'cnpj.missing': 'CNPJ não informado.',
  'cnpj.length': 'O CNPJ deve ter 14 caracteres (tem $1).',
  'cnpj.lastDigits': 'Os dois últimos caracteres do CNPJ devem ser números.',
  'cnpj.checkDigits': 'CNPJ inválido: os dígitos verificadores não conferem.',
  'chatProtocol.missing': 'Protocolo do chat não informado.',
  'chatProtocol.notDigits': 'O protocolo do chat deve conter apenas números.',
  'chatProtocol.length': 'O protocolo do chat deve ter 20 dígitos (tem $1).',
  'birthDate.missing': 'Data de nascimento não informada.',
  'birthDate.format': 'Use o formato dd/mm/aaaa para a data de nascimento.',
  'birthDate.nonexistent': 'Data de nascimento inexistente.',
  'birthDate.future': 'A data de nascimento não pode estar no futuro.',
  'birthDate.before1900': 'Data de nascimento anterior a 1900: confira o ano.',
  // The save gate and the fill
  'guard.filling': 'Aguarde: a extensão ainda está preenchendo o formulário do SysAid.',
  'guard.formDiffers':
    'O formulário do SysAid é diferente do procedimento (não é falha sua). Escreva o que houve na justificativa abaixo para salvar; o líder será avisado.',
  'fill.gaveUp':
    'O SysAid não aceitou "$2" em "$1" depois de $3 tentativas: escolha à mão. A conferência dirá se ficou certo.',
  'guard.failed':
    'Não foi possível conferir o chamado, por isso ele não foi salvo. Tente salvar de novo; se continuar, recarregue a página (o que você digitou no painel é mantido).',
  'override.notAllowed': 'A política da organização não permite exceções.',
  'override.tooShort': 'Escreva uma justificativa com ao menos 15 caracteres.',
  'override.granted': 'Exceção registrada: clique em salvar novamente.',
  'draft.otherTab':
    'Este chamado também está aberto em outra aba: o que você digitar aqui não fica guardado como rascunho. Continue o atendimento em uma aba só.',
  'draft.storeFailed':
    'Não foi possível guardar o rascunho deste chamado na memória do navegador: não recarregue a página antes de salvar.',
  'fill.formSlow':
    'O formulário do SysAid não carregou em $1 s: o SysAid está lento. Confira a categoria e tente de novo.',
  'fill.levelSlow':
    '"$1" não carregou em $2 s: o SysAid está lento. Escolha a categoria à mão ou tente de novo.',
  'fill.failed': 'Não foi possível preencher "$1": $2',
  'fill.fixed': 'O procedimento define "$1" = "$2" (estava "$3").',
  'fill.keptAgentEdit': '"$1" foi editado no SysAid e não foi sobrescrito pelo painel.',
  'write.locked': 'o campo está bloqueado para edição no SysAid.',
  'write.noOption': 'a opção "$1" não existe nesta lista do SysAid.',
  'write.notTaken': 'o SysAid não aceitou "$1" (mostra "$2").',
  'write.noHiddenOption': 'a lista oculta do SysAid não tem "$1".',
  'write.optionNotShown': 'a opção "$1" não apareceu na lista.',
  'write.unexpected': 'erro inesperado.',
} as const;
