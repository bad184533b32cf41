import { gatewayUrl } from '../config';
import { ApiError } from '../errors/api-error';

/**
 * Files the gateway serves only with the bearer token (stored files, printable PDFs): fetched as a blob and handed to
 * the browser through an object URL, since a plain link cannot carry the token.
 */
export async function fetchProtected(path: string, token: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${gatewayUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw ApiError.network();
  }
  if (!response.ok) throw ApiError.fromResponseBody(await response.json().catch(() => null), response.status);
  return response.blob();
}

const LOADING_PAGE = `<!doctype html><meta charset="utf-8"><title>…</title><p>…</p>`;

/**
 * Opens a protected file in a new tab, where the browser's viewer shows it and can print it. The tab is opened at
 * once, inside the click (a tab opened after the download would be taken for a pop-up and blocked), then pointed at
 * the file. Must be called synchronously from a click handler. Rejects with ApiError, after closing the tab.
 */
export async function openProtected(path: string, token: string, loadingText = 'Đang tải…'): Promise<void> {
  const tab = window.open('', '_blank');
  if (tab) {
    try {
      tab.document.write(LOADING_PAGE.replaceAll('…', loadingText));
      tab.document.close();
    } catch {
      // A browser that gives the new tab another origin: it just stays blank until the file arrives.
    }
  }
  let blob: Blob;
  try {
    blob = await fetchProtected(path, token);
  } catch (error) {
    tab?.close();
    throw error;
  }
  const url = URL.createObjectURL(blob);
  if (tab && !tab.closed) {
    tab.location.href = url;
  } else {
    // Pop-ups refused: go the download way instead.
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = path.split('/').pop()?.split('?')[0] ?? 'tep';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  }
  // The tab has loaded the file from the URL by then; free the memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
}
