export * from './database';
export * from './ports';
export * from './stack';
export * from './test-client';
export * from './s3-sandbox';
export * from './test-tokens';
export * from './notification-sandboxes';
export { RUNNING_TEST_STACK_FILE, startTestStack } from './vitest-global-setup';
