import { createLogger } from '@motcua/platform';
import { startGateway } from './server';

startGateway().then(
  (gateway) => {
    const stop = () =>
      gateway.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (err) => {
    createLogger('gateway').fatal({ err }, 'failed to start');
    process.exit(1);
  },
);
