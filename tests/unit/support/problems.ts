import { t } from '../../../lib/i18n';
import type { SettingsProblem } from '../../../lib/settings/problem';

/** The settings problems as the options page shows them (pt-BR unless a test switches language). */
export const saidProblems = (problems: SettingsProblem[]): string[] => problems.map((p) => t(p.key, p.args));
