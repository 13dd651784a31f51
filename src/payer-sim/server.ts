// The simulator's HTTP API, in the style of clearinghouse APIs (node:http, no framework):
//   POST /claims            an 837 interchange → 202 { submissionId, acknowledgment, ... }
//   GET  /responses         { files: [{ name, kind, submissionId, text }] } ready to fetch
//   POST /responses/ack     { names: [...] } → the files are not offered again
//   POST /eligibility       a 270 interchange → the 271
//   POST /claim-status      a 276 interchange → the 277
//   POST /admin/faults      { dropBeforeReceive?, dropAfterReceive? }: the next N claim posts lose their connection
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PayerSimulator } from './simulator';

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export interface Faults {
  dropBeforeReceive: number;
  dropAfterReceive: number;
}

async function route(sim: PayerSimulator, faults: Faults, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const body = req.method === 'POST' ? await readBody(req) : '';
  if (req.method === 'POST' && url.pathname === '/claims') {
    if (faults.dropBeforeReceive > 0) { faults.dropBeforeReceive--; req.socket.destroy(); return; }
    const receipt = await sim.receive837(body);
    if (faults.dropAfterReceive > 0) { faults.dropAfterReceive--; req.socket.destroy(); return; }
    if (!receipt) return send(res, 400, { error: 'payer_sim.not_x12', message: 'the body is not an X12 interchange with a transaction set' });
    return send(res, 202, receipt);
  }
  if (req.method === 'GET' && url.pathname === '/responses') {
    return send(res, 200, { files: sim.available().map((f) => ({ name: f.name, kind: f.kind, submissionId: f.submissionId, text: f.text })) });
  }
  if (req.method === 'POST' && url.pathname === '/responses/ack') {
    const names = (JSON.parse(body || '{}') as { names?: unknown }).names;
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return send(res, 400, { error: 'payer_sim.bad_ack', message: 'expected { names: string[] }' });
    return send(res, 200, { removed: sim.acknowledge(names) });
  }
  if (req.method === 'POST' && (url.pathname === '/eligibility' || url.pathname === '/claim-status')) {
    const answer = url.pathname === '/eligibility' ? await sim.answer270(body) : await sim.answer276(body);
    return answer ? send(res, 200, answer, 'application/edi-x12') : send(res, 400, { error: 'payer_sim.not_x12', message: 'no 270/276 transaction set in the body' });
  }
  if (req.method === 'POST' && url.pathname === '/admin/faults') {
    const f = JSON.parse(body || '{}') as Record<string, unknown>;
    faults.dropBeforeReceive = typeof f.dropBeforeReceive === 'number' ? f.dropBeforeReceive : 0;
    faults.dropAfterReceive = typeof f.dropAfterReceive === 'number' ? f.dropAfterReceive : 0;
    return send(res, 200, faults);
  }
  if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true, received: sim.received.length, waiting: sim.outbox.length });
  send(res, 404, { error: 'payer_sim.not_found', message: `${req.method} ${url.pathname} is not an endpoint` });
}

export interface RunningServer {
  server: Server;
  url: string;
  faults: Faults;
  close(): Promise<void>;
}

export async function startHttpServer(sim: PayerSimulator, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const faults: Faults = { dropBeforeReceive: 0, dropAfterReceive: 0 };
  const server = createServer((req, res) => {
    route(sim, faults, req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, 500, { error: 'payer_sim.internal', message: (e as Error).message });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server, faults, url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
