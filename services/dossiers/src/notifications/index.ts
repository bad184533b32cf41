/** The notifications module as the subgraph wires it: its resolver, its webhooks, its worker. */
export { NotificationResolver } from './notification.resolver';
export { mountNotificationWebhooks } from './notification-webhooks.routes';
export { startNotificationDispatcher } from './notification-dispatcher';
