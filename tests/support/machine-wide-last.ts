import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Tests that write a machine policy (every browser on the machine reads it) run after all the others,
 * so a policy in force can never reach another test's browser, even for the seconds it exists.
 */
export const MACHINE_WIDE = /tests\/e2e\/(install|firefox-policy|pilot-policy|playbook-policy)\.test\.ts$/;

export class MachineWideLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const machineWide = (spec: TestSpecification) => MACHINE_WIDE.test(spec.moduleId);
    return [...sorted.filter((spec) => !machineWide(spec)), ...sorted.filter(machineWide)];
  }
}
