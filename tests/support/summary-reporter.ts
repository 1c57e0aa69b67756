import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends each run with one plain line per project, `e2e: 47 passed, 0 failed`, so a reader (or CI)
 * sees at a glance that the browser tests ran, and how many.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const counts = new Map<string, { passed: number; failed: number; skipped: number; broken: number }>();
    for (const module of modules) {
      const name = module.project.name || 'tests';
      const count = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0, broken: 0 };
      // A file whose setup failed (a hook, an import) fails the run with its tests only "skipped": said apart.
      if (module.state() === 'failed') count.broken++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      counts.set(name, count);
    }
    for (const [name, c] of counts) {
      console.log(
        `${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}` +
          (c.broken ? `, ${c.broken} file(s) failed outside a test (setup or hook)` : ''),
      );
    }
  }
}
