import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelUi } from '../../lib/content/panel-ui-contract';
import { createGuide } from '../../lib/page-ui/guide';

// Loaded by the content script with import(); see lib/content/panel-ui-contract.ts.
export default defineUnlistedScript(() => registerPanelUi({ createGuide }));
