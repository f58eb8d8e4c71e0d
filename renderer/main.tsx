import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadAreas } from './areas';
import { createController } from './shell/controller';
// No rule of one file overrides a rule of another (test/unit/renderer-style checks it), so the
// order of these imports does not matter.
import './tokens.css';
import './styles.css';
import './components/components.css';
import './wizard/wizard.css';
import './brief/brief.css';
import './risks/risks.css';
import './shell/merge/merge.css';

const controller = createController();
// Subscribed before the first render so a command sent right after load (e.g. open-sample on
// first start) is not lost while React mounts.
controller.listenToMenu();
void controller.refreshLists().then(() => controller.openSampleOnFirstStart());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App controller={controller} />
  </StrictMode>,
);
// The table areas' code is fetched once the first screen is up (see areas.ts).
requestIdleCallback(preloadAreas, { timeout: 2000 });
