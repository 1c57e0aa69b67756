import { readFileSync } from 'node:fs';
import { settingsSchema } from '../../../lib/core/settings/schema';
import { adminKit } from '../../../lib/node/release/admin/kit';
import { policyKeys } from '../../../lib/node/release/admin/policy-keys';

const ID = 'agcnmiaiplddlnaabmnnnfpcdbgflndf';
const UPDATE_URL = 'https://intranet.assefaz.org.br/ext/updates.xml';
const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
// guardMode is being added to managed_schema.json: the kit must pick up a key the moment it is there.
const withGuardMode = {
  ...schema,
  properties: {
    ...schema.properties,
    guardMode: { type: 'string', enum: ['enforce', 'observe'], description: 'x' },
  },
};
const KEYS = Object.keys(withGuardMode.properties);
const kit = adminKit({
  extensionId: ID,
  version: '1.4.0',
  updateUrl: UPDATE_URL,
  managedSchema: withGuardMode,
});

function text(path: string): string {
  const bytes = kit.get(path);
  if (!bytes) throw new Error(`${path} is not in the kit`);
  return bytes[0] === 0xff && bytes[1] === 0xfe
    ? bytes.subarray(2).toString('utf16le')
    : bytes.toString('utf8');
}

/** The values a .reg file sets under one key, by name. */
function regSection(reg: string, key: string): Map<string, string> {
  const body = reg.split(`[${key}]`)[1]?.split(/\r\n\[/)[0] ?? '';
  const values = new Map<string, string>();
  for (const line of body.split('\r\n')) {
    const match = /^"([^"]+)"=(.*)$/.exec(line);
    if (match?.[1] && match[2]) values.set(match[1], match[2]);
  }
  return values;
}

describe('admin kit', () => {
  it.each([
    ['chrome', 'Google\\Chrome'],
    ['edge', 'Microsoft\\Edge'],
  ])('%s .reg force-installs from our update URL, pinned, developer mode off', (browser, path) => {
    const values = regSection(
      text(`windows/${browser}-instalar.reg`),
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${path}`,
    );
    const settings = JSON.parse(JSON.parse(values.get('ExtensionSettings') ?? '""'));
    expect(settings).toEqual({
      [ID]: { installation_mode: 'force_installed', update_url: UPDATE_URL, toolbar_pin: 'force_pinned' },
    });
    expect(values.get('ExtensionDeveloperModeSettings')).toBe('dword:00000001');
    expect(text(`windows/${browser}-remover.reg`)).toContain('"ExtensionSettings"=-');
  });

  it.each(['chrome', 'edge'])(
    '%s .reg sets every policy key with an example under 3rdparty\\extensions\\<id>',
    (browser) => {
      const registry = browser === 'chrome' ? 'Google\\Chrome' : 'Microsoft\\Edge';
      const key = `HKEY_LOCAL_MACHINE\\Software\\Policies\\${registry}\\3rdparty\\extensions\\${ID}\\policy`;
      const values = regSection(text(`windows/${browser}-configuracao.reg`), key);
      expect([...values.keys()].sort()).toEqual([...KEYS].sort());
      expect(values.get('guardMode')).toBe('"observe"');
      expect(values.get('categoryLoadTimeoutMs')).toBe('dword:00003a98');
      expect(JSON.parse(JSON.parse(values.get('pauses') ?? '""'))).toContainEqual({
        time: '10:00',
        label: 'Pausa 1',
      });
    },
  );

  it('every example is a value the extension accepts from policy', () => {
    const shape = settingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    for (const key of policyKeys(withGuardMode)) {
      if (shape[key.key]) expect(shape[key.key]?.safeParse(key.example).success, key.key).toBe(true);
    }
  });

  it.each(['chrome', 'edge'])(
    '%s ADMX has a policy per key, writing to the 3rdparty key, with every string in both ADMLs',
    (browser) => {
      const admx = text(`windows/admx/sysaid-assist-${browser}.admx`);
      const registry = browser === 'chrome' ? 'Google\\Chrome' : 'Microsoft\\Edge';
      for (const key of KEYS) {
        expect(admx).toMatch(
          new RegExp(
            `<policy name="${key}" [^>]*key="Software\\\\Policies\\\\${registry.replace('\\', '\\\\')}\\\\3rdparty\\\\extensions\\\\${ID}\\\\policy"`,
          ),
        );
        expect(admx).toContain(`valueName="${key}"`);
      }
      expect(admx).toContain('<string>observe</string>');
      for (const language of ['pt-BR', 'en-US']) {
        const adml = text(`windows/admx/${language}/sysaid-assist-${browser}.adml`);
        const strings = new Set([...adml.matchAll(/<string id="([^"]+)">/g)].map((m) => m[1]));
        const presentations = new Set([...adml.matchAll(/<presentation id="([^"]+)">/g)].map((m) => m[1]));
        for (const [, id] of admx.matchAll(/\$\(string\.([^)]+)\)/g))
          expect(strings.has(id), `${language} ${id}`).toBe(true);
        for (const [, id] of admx.matchAll(/\$\(presentation\.([^)]+)\)/g))
          expect(presentations.has(id), id).toBe(true);
      }
      expect(text(`windows/admx/pt-BR/sysaid-assist-${browser}.adml`)).toContain('Modo do guarda');
    },
  );

  it('Linux and Firefox policies force-install and carry every key under 3rdparty', () => {
    const linux = JSON.parse(text('linux/sysaid-assist.json'));
    expect(linux.ExtensionSettings[ID]).toMatchObject({
      installation_mode: 'force_installed',
      update_url: UPDATE_URL,
    });
    expect(Object.keys(linux['3rdparty'].extensions[ID]).sort()).toEqual([...KEYS].sort());
    const firefox = JSON.parse(text('firefox/policies.json')).policies;
    expect(firefox.ExtensionSettings['sysaid-assist@assefaz.org.br']).toEqual({
      installation_mode: 'force_installed',
      install_url: 'https://intranet.assefaz.org.br/ext/sysaid-assist-1.4.0-firefox.xpi',
    });
    expect(Object.keys(firefox['3rdparty'].Extensions['sysaid-assist@assefaz.org.br']).sort()).toEqual(
      [...KEYS].sort(),
    );
  });

  it('LEIA-ME names the ID, the update URL, chrome://policy, the rollback and pilot mode', () => {
    const readme = text('LEIA-ME.txt');
    for (const needle of [
      ID,
      UPDATE_URL,
      'chrome://policy',
      'edge://policy',
      'MAIOR',
      'guardMode = "observe"',
    ]) {
      expect(readme).toContain(needle);
    }
  });
});
