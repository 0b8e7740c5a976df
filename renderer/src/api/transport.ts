import type { Transport } from '../../../shared/contract/client';
import { ApiError } from '../../../shared/contract/errors';
import type { CoreEvent } from '../../../shared/contract/events';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser harness. */
    qabyldau?: { invoke(method: string, input: unknown): Promise<unknown>; onEvent(listener: (event: CoreEvent) => void): () => void };
  }
}

const TOKEN_KEY = 'qabyldau.harnessToken';

/** The harness prints its URL with `#token=…`; keep it for reloads and take it out of the address bar. */
export function harnessToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Qabyldau-Token': token ?? '' },
      body: JSON.stringify(input),
    });
    if (!(response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
      throw new ApiError('transport.unreachable');
    }
    return response.json();
  };
}

/** Electron IPC when the preload is there, else the loopback harness: the same contract either way. */
export function chooseTransport(): Transport {
  const bridge = window.qabyldau;
  if (bridge) return (method, input) => bridge.invoke(method, input);
  return httpTransport(harnessToken());
}
