import { text } from '../../i18n/text';
import type { Script } from '../../procedures/schema';
import type { Check } from '../types';
import { made } from './made';

/** The survey's spoken steps, ticked by the agent: a reminder, never a block. */
export function stepsCheck(steps: readonly Script[], ticked: readonly string[] = []): Check {
  const missing = steps.filter((s) => !ticked.includes(s.id));
  return made(
    'surveySteps',
    'warn',
    text('label.surveySteps'),
    undefined,
    missing.length === 0,
    false,
    missing.length
      ? text('check.stepsMissing', missing.map((s) => s.title).join('; '))
      : text('check.stepsDone'),
  );
}
