/**
 * A Firefox machine policy (policies.json, 3rdparty) reaches the extension's storage.managed: the
 * lead's pilot mode (guardMode "observe") lets an incomplete ticket through, as on a pilot floor.
 * Writes the machine's one Firefox policy file: run as root, after every other test (see
 * tests/support/machine-wide-last.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/core/gecko-id';
import { type SysaidServer, startSysaidServer } from '../fixtures/server';
import {
  checkFirefoxBuild,
  checkRadio,
  type FirefoxExtension,
  launchFirefoxExtension,
  settled,
  typeBeneficiary,
  waitForPanel,
} from './support/firefox';
import { fixedMachinePolicy, type MachinePolicy } from './support/machine-policy';

// Where Debian's firefox-esr reads the machine policy (the admin kit's Linux route for Firefox).
const FIREFOX_POLICY = process.env.FIREFOX_POLICY_FILE || '/etc/firefox/policies/policies.json';

describe('Firefox: IT configures the extension by machine policy', () => {
  let server: SysaidServer;
  let ff: FirefoxExtension | undefined;
  let policy: MachinePolicy | undefined;

  beforeAll(async () => {
    checkFirefoxBuild();
    policy = await fixedMachinePolicy(FIREFOX_POLICY);
    await policy.write({
      policies: { '3rdparty': { Extensions: { [GECKO_ID]: { guardMode: 'observe' } } } },
    });
    server = await startSysaidServer();
    ff = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await policy?.remove();
    await ff?.close();
    await server?.close();
  });

  it('pilot mode set by policy: a ticket missing the mother’s name is saved, not blocked', async () => {
    if (!ff) throw new Error('Firefox did not start');
    const page = await ff.browser.newPage();
    await page.goto(`${server.url}/SREdit.jsp?id=0&SR_Type=1`);
    await waitForPanel(page);
    await checkRadio(page, 'Canal', 'Ligação ativa / Callback');
    await checkRadio(page, 'Desfecho', 'Resolvido no atendimento');
    await typeBeneficiary(page, ['Nome da mãe']);
    await settled(page);
    await page.click('table#OKBtn td.center');
    await expect.poll(() => server.submissions().length, { timeout: 10_000 }).toBe(1);
    expect(server.submissions()[0]?.fields.desc).not.toContain('Nome da mãe');
  });
});
