import { t } from '../../../lib/core/i18n';
import type { SettingsProblem } from '../../../lib/core/settings/problem';

/** The settings problems as the options page shows them (pt-BR unless a test switches language). */
export const saidProblems = (problems: SettingsProblem[]): string[] => problems.map((p) => t(p.key, p.args));
