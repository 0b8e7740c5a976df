import { parseEvent, type CoreEvent } from '../../../shared/contract/events';
import { harnessToken } from './transport';

type Listener = (event: CoreEvent) => void;

const RECONNECT_MS = 2_000;

/**
 * The harness's event stream, read with fetch so the token goes in a header as with every call.
 * A stream that ends (the harness restarted, the machine slept) is opened again after a pause.
 */
function harnessEvents(listener: Listener): () => void {
  const stop = new AbortController();
  const token = harnessToken() ?? '';
  const read = async () => {
    while (!stop.signal.aborted) {
      try {
        const response = await fetch('/events', { headers: { 'X-Qabyldau-Token': token }, signal: stop.signal });
        if (!response.ok || !response.body) throw new Error('no stream');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffered = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffered += value;
          const messages = buffered.split('\n\n');
          buffered = messages.pop() ?? '';
          for (const message of messages) {
            const data = message
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            if (!data) continue;
            try {
              const event = parseEvent(JSON.parse(data));
              if (event) listener(event);
            } catch {
              // A line that is not an event's JSON is dropped, as a malformed event is.
            }
          }
        }
      } catch {
        if (stop.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };
  void read();
  return () => stop.abort();
}

const listeners = new Set<Listener>();
let close: (() => void) | null = null;

/**
 * Hears the core's events: from the Electron preload, or from the harness's stream. One
 * connection serves every component that listens; it closes when the last one leaves.
 */
export function subscribeEvents(listener: Listener): () => void {
  listeners.add(listener);
  if (!close) {
    const fanOut: Listener = (event) => listeners.forEach((each) => each(event));
    close = window.qabyldau ? window.qabyldau.onEvent(fanOut) : harnessEvents(fanOut);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && close) {
      close();
      close = null;
    }
  };
}
