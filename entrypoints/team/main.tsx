import '../../lib/core/i18n/portuguese';
import '../../lib/core/i18n/english';
import { render } from 'preact';
import { TeamAudit } from '../../lib/ui/team/TeamAudit';

const app = document.getElementById('app');
if (app) render(<TeamAudit />, app);
