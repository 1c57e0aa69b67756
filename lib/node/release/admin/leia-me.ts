/** admin/LEIA-ME.txt: the short version of the README's "Guia de TI", with this release's ID and URLs. */
export function leiaMe(input: {
  extensionId: string;
  version: string;
  updateUrl: string;
  xpiUrl: string;
}): string {
  const { extensionId, version, updateUrl, xpiUrl } = input;
  return [
    `Assistente SysAid Assefaz ${version} — kit da TI`,
    '',
    `ID da extensão (Chrome e Edge): ${extensionId}`,
    `Endereço de atualização:        ${updateUrl}`,
    '',
    '1. Publique na intranet, na mesma pasta do updates.xml: updates.xml e sysaid-assist-<versão>.crx.',
    '',
    '2. Windows em domínio (AD / Entra ID) ou em gerenciamento em nuvem do navegador:',
    '   - windows/chrome-instalar.reg e windows/edge-instalar.reg: instalação forçada (o atendente não',
    '     desativa nem remove), ícone fixado na barra, modo do desenvolvedor desligado. Em PC fora de',
    '     domínio o Chrome/Edge recusa extensão de fora da loja: use a loja (README, "Guia de TI").',
    '     Se a máquina já tiver a política ExtensionSettings, junte a entrada deste ID à existente.',
    '   - windows/chrome-configuracao.reg e windows/edge-configuracao.reg: todas as chaves de configuração',
    '     com valores de EXEMPLO. Ajuste, apague o que não quer travar e importe (ou use a GPO abaixo).',
    '   - windows/admx: modelos de GPO das nossas chaves (pt-BR e en-US). Copie os .admx para',
    '     C:\\Windows\\PolicyDefinitions (ou o Central Store) e as pastas pt-BR/en-US junto. Eles aparecem em',
    '     Modelos Administrativos > Assistente SysAid Assefaz. Valores em JSON vão numa linha só.',
    '   - windows/*-remover.reg: retira a instalação forçada (o navegador desinstala a extensão).',
    '',
    '3. Linux: copie linux/sysaid-assist.json para /etc/opt/chrome/policies/managed/ (Google Chrome) ou',
    '   /etc/chromium/policies/managed/ (Chromium), editando antes a parte "3rdparty".',
    '',
    `4. Firefox: assine ../sysaid-assist-${version}-firefox.zip na AMO (não listada), publique o`,
    `   .xpi assinado em ${xpiUrl} e ponha firefox/policies.json na pasta "distribution" da instalação`,
    '   (Linux: /etc/firefox/policies/). A cada versão, publique o novo .xpi e distribua o policies.json novo.',
    '',
    'Conferir: abra chrome://policy (ou edge://policy), clique em "Recarregar políticas" e veja',
    'ExtensionSettings sem erro e, em "Assistente SysAid Assefaz", as chaves da configuração. Em',
    'chrome://extensions a extensão aparece como "Instalada pela sua organização".',
    '',
    'Atualizar: rode "npm run release" com versão maior e a MESMA chave e troque updates.xml e o .crx na',
    'intranet (o .crx antes do updates.xml); os navegadores buscam sozinhos, a cada poucas horas.',
    'Voltar atrás: publique o código antigo com um número de versão MAIOR — os PCs nunca descem de versão.',
    '',
    'Piloto: a chave guardMode = "observe" faz a extensão só registrar o que bloquearia, sem bloquear nada.',
    'Depois do piloto, mude para "enforce" (ou apague a chave) e o bloqueio passa a valer.',
    '',
    'A chave .pem usada para assinar define o ID: guarde-a no cofre da TI, nunca no git. Uma chave nova',
    'cria outra extensão em cada PC, sem as configurações nem as atualizações da atual.',
    '',
  ].join('\r\n');
}
