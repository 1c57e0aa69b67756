import '../../lib/i18n/portuguese';
import '../../lib/i18n/english';
import { render } from 'preact';
import { Options } from '../../lib/options/Options';

const app = document.getElementById('app');
if (app) render(<Options />, app);
