import type { UserConfig } from 'vite';

export declare function microfrontendConfig(options: { name: string; entry: string }): UserConfig;
