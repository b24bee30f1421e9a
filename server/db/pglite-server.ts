import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Serves one PGlite database to several `pg` connections on a loopback port.
 *
 * PGlite is a single PostgreSQL session, so connections must take turns. pglite-socket's
 * own server takes turns per protocol message, which lets two connections' extended-query
 * batches (Parse/Bind/Execute/Sync) interleave and bind each other's statements
 * (electric-sql/pglite#1046: errors, or silently wrong rows). Here a connection keeps its
 * turn until PostgreSQL reports it idle (ReadyForQuery 'I'): a whole batch, and a whole
 * transaction, run without another connection's messages in between.
 */
export class PGliteServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private turns: Promise<void> = Promise.resolve();

  constructor(private readonly db: PGlite) {
    this.server = createServer((socket) => this.accept(socket));
  }

  listen(host = "127.0.0.1"): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, host, () => resolve(`${host}:${(this.server.address() as AddressInfo).port}`));
    });
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Waits for this connection's turn; resolves to the function that ends it. */
  private takeTurn(): Promise<() => void> {
    let endTurn!: () => void;
    const turnEnded = new Promise<void>((resolve) => (endTurn = resolve));
    const previous = this.turns;
    this.turns = previous.then(() => turnEnded);
    return previous.then(() => endTurn);
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let buffered = Buffer.alloc(0);
    let started = false;
    let endTurn: (() => void) | undefined;
    let work = Promise.resolve();

    const handle = async (message: Message) => {
      if (!("bytes" in message)) {
        if (message.kind === "ssl") socket.write("N");
        if (message.kind === "terminate") socket.end();
        return; // a cancel request: PGlite has no running backend to signal
      }
      endTurn ??= await this.takeTurn();
      const reply = await this.db.execProtocolRaw(message.bytes);
      if (!socket.destroyed && reply.length > 0) socket.write(reply);
      if (readyForQueryStatus(reply) === IDLE) {
        endTurn();
        endTurn = undefined;
      }
    };

    socket.on("data", (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      let message: Message | undefined;
      while ((message = nextMessage(buffered, started))) {
        buffered = buffered.subarray(message.length);
        if (message.kind === "startup") started = true;
        const current = message;
        work = work.then(() => handle(current));
      }
      work = work.catch(() => void socket.destroy());
    });

    socket.on("close", () => {
      this.sockets.delete(socket);
      // A connection that leaves mid-batch or mid-transaction must not leave its state behind.
      work = work.then(async () => {
        if (!endTurn) return;
        await this.db.execProtocolRaw(SYNC).catch(() => undefined);
        if (this.db.isInTransaction()) await this.db.exec("ROLLBACK").catch(() => undefined);
        endTurn();
        endTurn = undefined;
      });
    });
    socket.on("error", () => socket.destroy());
  }
}

type Message =
  | { kind: "ssl" | "cancel" | "terminate"; length: number }
  | { kind: "startup" | "query"; length: number; bytes: Uint8Array };

const SSL_REQUEST_CODE = 80877103;
const CANCEL_REQUEST_CODE = 80877102;
const TERMINATE = "X".charCodeAt(0);
const READY_FOR_QUERY = "Z".charCodeAt(0);
const IDLE = "I".charCodeAt(0);
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * The next complete frontend message at the start of the buffer, if any. Before the
 * startup message, messages are untyped (length, then a code); after it, typed.
 */
function nextMessage(buffer: Buffer, started: boolean): Message | undefined {
  if (!started) {
    if (buffer.length < 8) return undefined;
    const length = buffer.readInt32BE(0);
    if (buffer.length < length) return undefined;
    const code = buffer.readInt32BE(4);
    if (code === SSL_REQUEST_CODE) return { kind: "ssl", length };
    if (code === CANCEL_REQUEST_CODE) return { kind: "cancel", length };
    return { kind: "startup", length, bytes: new Uint8Array(buffer.subarray(0, length)) };
  }
  if (buffer.length < 5) return undefined;
  const length = 1 + buffer.readInt32BE(1);
  if (buffer.length < length) return undefined;
  if (buffer[0] === TERMINATE) return { kind: "terminate", length };
  return { kind: "query", length, bytes: new Uint8Array(buffer.subarray(0, length)) };
}

/** The transaction status of the last ReadyForQuery in a backend reply, if it has one. */
function readyForQueryStatus(reply: Uint8Array): number | undefined {
  const view = Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength);
  let status: number | undefined;
  for (let offset = 0; offset + 5 <= view.length; offset += 1 + view.readInt32BE(offset + 1)) {
    if (view[offset] === READY_FOR_QUERY) status = view[offset + 5];
  }
  return status;
}
