import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { HubCertificate } from '../tls';

export type HubServer = { port: number; close(): Promise<void> };

/**
 * HTTPS with the hub's own certificate. Requests must arrive whole within half a minute; an event
 * stream, once asked for, stays open as long as its desk listens.
 */
export async function listenHttps(
  certificate: HubCertificate,
  host: string,
  port: number,
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void,
): Promise<HubServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer({ key: certificate.privateKeyPem, cert: certificate.certificatePem, minVersion: 'TLSv1.2' }, (request, response) => void handle(request, response));
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
