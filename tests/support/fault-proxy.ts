import { createServer, connect, type Socket } from 'node:net';

/** Desk to server (`up`: requests and their bodies) or server to desk (`down`: answers). */
export type Direction = 'up' | 'down';

export type FaultProxyOptions = {
  /** The server's port on 127.0.0.1. */
  targetPort: number;
  /** Every forwarded chunk waits this long first, and at most `chunkBytes` go at a time: a slow link. */
  delayMs?: number;
  chunkBytes?: number;
};

/**
 * A loopback TCP proxy between the desk and the central server that knows nothing of HTTP: it
 * counts the bytes each way, cuts the connection that carries the byte at which a planned cut
 * stands (the bytes before it arrive, then the receiver sees the stream end early and the sender a
 * reset), and can slow every chunk. The faults of a real
 * network, met by the desk's and the server's code as they are, not by switches inside either.
 */
export async function startFaultProxy({ targetPort, delayMs = 0, chunkBytes = 64 * 1024 }: FaultProxyOptions) {
  const bytes: Record<Direction, number> = { up: 0, down: 0 };
  /** Positions, in each direction's total, at which a connection is cut; the smallest first. */
  const cuts: Record<Direction, number[]> = { up: [], down: [] };
  const stats = { connections: 0, cuts: 0 };
  const open = new Set<Socket>();
  let delay = delayMs;

  /**
   * Forwards what `from` sends to `to`, in order; answers when everything read from `from` so far
   * has been handed to `to` (or `to` is gone).
   */
  function forward(from: Socket, to: Socket, direction: Direction): () => Promise<void> {
    let queue: Promise<void> = Promise.resolve();
    const gone = () => to.destroyed || to.writableEnded;
    from.on('data', (chunk: Buffer) => {
      // One chunk at a time, in order: the next is not read until this one is through.
      from.pause();
      queue = queue.then(async () => {
        const pieces: Buffer[] = [];
        for (let start = 0; start < chunk.length; start += delay > 0 ? chunkBytes : chunk.length) pieces.push(chunk.subarray(start, delay > 0 ? start + chunkBytes : chunk.length));
        for (let piece of pieces) {
          if (delay > 0) await new Promise((resolveDelay) => setTimeout(resolveDelay, delay));
          if (gone()) return;
          const cutAt = cuts[direction][0];
          const cutting = cutAt !== undefined && bytes[direction] + piece.length > cutAt;
          if (cutting) {
            cuts[direction].shift();
            piece = piece.subarray(0, Math.max(0, cutAt - bytes[direction]));
          }
          bytes[direction] += piece.length;
          // A receiver that stops reading holds the rest here, until it reads again or is gone.
          if (piece.length > 0 && !to.write(piece)) await new Promise((resolveDrain) => (to.once('drain', resolveDrain), to.once('close', resolveDrain)));
          if (cutting) {
            stats.cuts++;
            // The bytes before the cut arrive, then the link is gone: the receiver sees the stream
            // end early, the sender a reset.
            from.resetAndDestroy();
            to.end(() => to.destroy());
            return;
          }
        }
        if (!from.destroyed) from.resume();
      });
    });
    return () => queue;
  }

  const server = createServer((client) => {
    stats.connections++;
    const upstream = connect(targetPort, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    const sent = { up: forward(client, upstream, 'up'), down: forward(upstream, client, 'down') };
    // One side gone (closed, reset, or failed) takes the other with it, as a real proxy does: what
    // it had read from the side that went is delivered first (the slow link's chunks still on
    // their way: a server answers and closes at once, e.g. a HEAD asked with Connection: close),
    // then the other side is ended. What the kernel still held unread is lost with a reset.
    for (const [socket, other, direction] of [[client, upstream, 'up'], [upstream, client, 'down']] as const) {
      const passOn = () => void sent[direction]().then(() => other.destroyed || other.end(() => other.destroy()));
      socket.on('error', passOn);
      socket.on('close', () => {
        open.delete(socket);
        passOn();
      });
    }
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}`,
    /** Bytes forwarded each way so far. */
    bytes,
    stats,
    /** Cuts the connection that carries the byte `after` bytes from now in this direction. */
    cutAfter(direction: Direction, after: number) {
      cuts[direction].push(bytes[direction] + after);
      cuts[direction].sort((a, b) => a - b);
    },
    /** Cuts planned and not reached yet. */
    pendingCuts: () => cuts.up.length + cuts.down.length,
    clearCuts() {
      cuts.up = [];
      cuts.down = [];
    },
    setDelay(ms: number) {
      delay = ms;
    },
    async close() {
      const closed = new Promise((resolveClose) => server.close(resolveClose));
      for (const socket of open) socket.destroy();
      await closed;
    },
  };
}
export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>;
