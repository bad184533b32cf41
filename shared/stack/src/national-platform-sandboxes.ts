import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { startIdentitySandbox } from './identity-sandbox';
import { createNationalPortalSandbox } from './national-portal-sandbox';
import { freePort, portOrFree } from './ports';

export interface NationalPlatformSandboxes {
  /** Settings that point every process at the sandboxes. */
  env: Record<string, string>;
  urls: { identity: string; nationalPortal: string };
  stop(): Promise<void>;
}

/**
 * The local stand-ins for the national platforms the services talk to: VNeID and the officers' directory (one OIDC
 * provider) and the national public service portal's receiving API. A deployment sets the same variables to the
 * real services instead.
 */
export async function startNationalPlatformSandboxes(options: { frontendUrl: string; preferredPort?: number; keyFile?: string }): Promise<NationalPlatformSandboxes> {
  const port = options.preferredPort ? await portOrFree(options.preferredPort) : await freePort();
  const frontend = new URL(options.frontendUrl);
  // The portal is reached as localhost or 127.0.0.1; both come back to it after sign-in.
  const redirectUris = ['localhost', '127.0.0.1'].map((host) => `${frontend.protocol}//${host}:${frontend.port}/dang-nhap/xong`);
  const devLoginClient = { id: 'motcua-gateway-dev-login', secret: randomBytes(32).toString('hex') };
  const directoryClient = { id: 'motcua-officer-directory', secret: randomBytes(32).toString('hex') };
  const identity = await startIdentitySandbox({ port, keyFile: options.keyFile, redirectUris, devLoginClient, directoryClient });
  const portalToken = randomBytes(24).toString('hex');
  // Beside the development key: kept between runs of npm start, a fresh folder for every test run.
  const nationalPortal = createNationalPortalSandbox(portalToken, options.keyFile && join(dirname(options.keyFile), 'national-portal-sandbox.json'));
  const nationalPortalUrl = await nationalPortal.start();
  return {
    env: {
      OIDC_ISSUER: identity.issuer,
      DEV_LOGIN_CLIENT_ID: devLoginClient.id,
      DEV_LOGIN_CLIENT_SECRET: devLoginClient.secret,
      OFFICER_DIRECTORY_URL: `${identity.issuer}/directory/officers`,
      OFFICER_DIRECTORY_CLIENT_ID: directoryClient.id,
      OFFICER_DIRECTORY_CLIENT_SECRET: directoryClient.secret,
      NATIONAL_PORTAL_URL: `${nationalPortalUrl}/api/ho-so`,
      NATIONAL_PORTAL_TOKEN: portalToken,
    },
    urls: { identity: identity.issuer, nationalPortal: nationalPortalUrl },
    stop: async () => {
      await identity.stop();
      await nationalPortal.stop();
    },
  };
}
