import { microfrontendConfig } from '@motcua/shared-deps/vite-microfrontend';
import { defineConfig } from 'vite';

export default defineConfig(microfrontendConfig({ name: 'officials', entry: 'src/officials.lifecycles.tsx' }));
