import { createServer, connect, type Socket } from 'node:net';
import { onTestFinished } from 'vitest';

/**
 * A TCP line on loopback between one desk and its hub, that a test cuts as a network does: every
 * open connection reset and every new one refused until it is restored, perhaps to a hub that
 * came back on another port. TLS passes through untouched (the desk pins the hub's certificate,
 * not its address).
 */
export async function cuttableLine(targetPort: number) {
  let target = targetPort;
  let cut = false;
  const sockets = new Set<Socket>();
  const server = createServer((incoming) => {
    if (cut) return void incoming.resetAndDestroy();
    const outgoing = connect(target, '127.0.0.1');
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        incoming.destroy();
        outgoing.destroy();
      });
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const close = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  onTestFinished(close);
  return {
    url: `https://127.0.0.1:${port}`,
    cut: () => {
      cut = true;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    restore: (port = target) => {
      target = port;
      cut = false;
    },
    close,
  };
}
