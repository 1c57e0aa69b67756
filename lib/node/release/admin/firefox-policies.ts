import { GECKO_ID } from '../../../core/gecko-id';

/** Where IT puts the AMO-signed XPI of this version: beside updates.xml. */
export function firefoxXpiUrl(updateUrl: string, version: string): string {
  return new URL(`sysaid-assist-${version}-firefox.xpi`, updateUrl).href;
}

/** Firefox policies.json: force-installed from the signed XPI, configured through 3rdparty. */
export function firefoxPolicies(xpiUrl: string, configuration: Record<string, unknown>): string {
  const policies = {
    policies: {
      ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: xpiUrl } },
      '3rdparty': { Extensions: { [GECKO_ID]: configuration } },
    },
  };
  return `${JSON.stringify(policies, null, 2)}\n`;
}
