import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelUi } from '../../lib/panel-ui-contract';
import { createPanelManager } from './panels';

// Loaded by the content script with import(); see lib/panel-ui-contract.ts.
export default defineUnlistedScript(() => registerPanelUi({ createPanelManager }));
