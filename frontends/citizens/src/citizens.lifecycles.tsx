import { microfrontendLifecycles } from '@motcua/ui';
import { App } from './citizens.app';

export const { bootstrap, mount, unmount } = microfrontendLifecycles({
  name: '@motcua/citizens',
  rootComponent: App,
  // Emitted next to this module by the library build (see vite.config.ts).
  stylesheet: 'citizens.css',
  moduleUrl: import.meta.url,
});
