import net from "node:net";

/** A TCP relay in front of the PostgreSQL server that can be "stopped" and "started" again. */
export function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  const pairs = new Map<net.Socket, net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<number>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        pairs.set(client, upstream);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("error", () => socket.destroy());
          socket.on("close", () => {
            sockets.delete(socket);
            pairs.delete(client);
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve(port);
      });
    });
  /** The server gone at once: every connection dropped (the pool sees its idle clients fail), new ones refused. */
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server?.close(() => resolve());
    });
  /**
   * The server gone without the pool noticing: new connections are refused, and an open one is
   * dropped only when it is next used, so the first query after this is the one to meet the outage.
   */
  const stopUnnoticed = () =>
    new Promise<void>((resolve) => {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        client.on("data", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      server?.close(() => resolve());
    });
  return { start, stop, stopUnnoticed };
}
