import { microfrontendLifecycles } from '@motcua/ui';
import { App } from './officials.app';

export const { bootstrap, mount, unmount } = microfrontendLifecycles({
  name: '@motcua/officials',
  rootComponent: App,
  // Emitted next to this module by the library build (see vite.config.ts).
  stylesheet: 'officials.css',
  moduleUrl: import.meta.url,
});
