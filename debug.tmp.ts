import { launchExtension } from '/work/main/tests/e2e/support/extension';
import { startSysaidServer } from '/work/main/tests/fixtures/server';

const server = await startSysaidServer();
const ext = await launchExtension();
const page = await ext.context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(`${server.url}/index.jsp#/SREdit.jsp?id=0&SR_Type=1`);
await page.waitForTimeout(3000);
const inner = page.frame({ url: /SREdit\.jsp/ });
console.log(
  'frames',
  page.frames().map((f) => f.url()),
);
console.log('guard attr', await inner?.evaluate(() => document.documentElement.outerHTML.slice(0, 200)));
console.log(
  'inner panels',
  await inner?.locator('sysaid-assist').count(),
  'top panels',
  await page.locator('sysaid-assist').count(),
);
await page.screenshot({ path: '/tmp/shot.png' });
await ext.close();
await server.close();
