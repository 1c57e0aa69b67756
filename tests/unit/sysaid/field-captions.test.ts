import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configForPages } from '../../../lib/settings/page-config';
import { resetPolicyMemory } from '../../../lib/settings/store';
import * as page from '../../../lib/sysaid/field-captions-page';
import { FIELD_CAPTIONS, FIELD_NAMES } from '../../../lib/sysaid/selectors';

describe("the ticket page's field tables", () => {
  it('are, once the config is read, the ones lib/sysaid/selectors.ts keeps', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    // As a page gets it: through storage (JSON), not the background's own objects.
    const config = JSON.parse(JSON.stringify(await configForPages()));
    page.useFieldTables(config.fields);
    expect(page.FIELD_CAPTIONS).toEqual(FIELD_CAPTIONS);
    expect(page.FIELD_NAMES).toEqual(FIELD_NAMES);
  });
});
