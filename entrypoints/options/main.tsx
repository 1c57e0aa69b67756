import '../../lib/core/i18n/portuguese';
import '../../lib/core/i18n/english';
import { render } from 'preact';
import { Options } from '../../lib/ui/options/Options';

const app = document.getElementById('app');
if (app) render(<Options />, app);
