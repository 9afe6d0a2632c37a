/**
 * A small HTTP CONNECT proxy that tunnels the fixture hosts to the local fixture server and refuses
 * every other host. Firefox has no --host-resolver-rules: pointed at this proxy through its proxy
 * prefs, it reaches www.icloud.com and www.apple.com on the fixture server without port 443, so
 * several test runs can share a machine.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** "host:port" of every CONNECT refused because the host is not a fixture host. */
  refused: string[];
  close(): Promise<void>;
}

const REQUEST_LINE = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]$/;

export async function startConnectProxy(hosts: readonly string[], targetPort: number): Promise<ConnectProxy> {
  const allowed = new Set(hosts);
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const server = createServer((client) => {
    track(client);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 8192) client.destroy();
        return;
      }
      client.off('data', onData);
      const match = REQUEST_LINE.exec(head.subarray(0, head.indexOf('\r\n')).toString('latin1'));
      if (!match || match[2] !== '443' || !allowed.has(match[1]!)) {
        refused.push(match ? `${match[1]}:${match[2]}` : 'not a CONNECT request');
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length > 0) upstream.write(rest);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      track(upstream);
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
