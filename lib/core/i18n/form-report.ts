import { formReportEn } from './en/form-report';
import { registerCatalog } from './index';
import { formReportPtBR } from './pt-BR/form-report';

// The form report's script (run on demand) registers its own namespace.
registerCatalog('pt-BR', formReportPtBR);
registerCatalog('en', formReportEn);
