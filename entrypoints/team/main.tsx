import '../../lib/i18n/portuguese';
import '../../lib/i18n/english';
import { render } from 'preact';
import { TeamAudit } from '../../lib/team/TeamAudit';

const app = document.getElementById('app');
if (app) render(<TeamAudit />, app);
