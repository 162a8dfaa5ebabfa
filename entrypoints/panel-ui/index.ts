import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelUi } from '../../lib/panel-ui-contract';
import { createGuide } from './guide';

// Loaded by the content script with import(); see lib/panel-ui-contract.ts.
export default defineUnlistedScript(() => registerPanelUi({ createGuide }));
