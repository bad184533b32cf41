import React, { type FunctionComponent } from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { Alert } from '../components/alert';
import { useSharedT } from '../i18n/i18n';
import { stylesheetLifecycles } from './stylesheet';

export interface MicrofrontendOptions {
  /** The app's name in the import map, e.g. `@motcua/citizens`. */
  name: string;
  rootComponent: FunctionComponent;
  /** The app's built stylesheet, a file name next to the entry module, e.g. `citizens.css`. */
  stylesheet: string;
  /** The entry module's `import.meta.url`, which `stylesheet` is resolved against at run time. */
  moduleUrl: string;
}

const MAIN_ELEMENT_ID = 'motcua-main';

/** Each app renders into its own element inside the layout's <main>, created on first mount. */
function appElement(name: string): HTMLElement {
  const id = `app-${name.replace(/[^a-z0-9-]/gi, '-')}`;
  const existing = document.getElementById(id);
  if (existing) return existing;
  const element = document.createElement('div');
  element.id = id;
  (document.getElementById(MAIN_ELEMENT_ID) ?? document.body).append(element);
  return element;
}

function CrashNotice() {
  const t = useSharedT();
  return (
    <Alert tone="error" title={t('error.title')}>
      {t('error.appCrashed')}
    </Alert>
  );
}

/** single-spa lifecycles for a React app whose stylesheet comes and goes with it. */
export function microfrontendLifecycles({ name, rootComponent, stylesheet, moduleUrl }: MicrofrontendOptions) {
  const react = singleSpaReact({
    React,
    ReactDOMClient,
    rootComponent,
    domElementGetter: () => appElement(name),
    errorBoundary: () => <CrashNotice />,
  });
  const styles = stylesheetLifecycles(new URL(stylesheet, moduleUrl).href, name);
  return {
    bootstrap: react.bootstrap,
    mount: [styles.mount, react.mount],
    unmount: [react.unmount, styles.unmount],
  };
}
