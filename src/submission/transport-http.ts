// HTTP transport: the simulator's (and clearinghouse-style) API over fetch.
import { TransportError, type ResponseFile, type Transport } from './transport';

async function call(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new TransportError('transport.http_unreachable', `${init.method ?? 'GET'} ${url} failed: ${cause}`);
  }
}

async function ok(res: Response, what: string): Promise<Response> {
  if (res.ok) return res;
  const text = await res.text().catch(() => '');
  // 4xx: the receiver read the request and refused it; sending it again will not help.
  throw new TransportError(`transport.http_${res.status}`, `${what}: HTTP ${res.status} ${text.slice(0, 300)}`, res.status >= 500);
}

export class HttpTransport implements Transport {
  readonly kind = 'http' as const;
  constructor(private readonly base: string, private readonly timeoutMs = 30_000) {}

  async send(fileName: string, content: string): Promise<{ remoteId?: string }> {
    const res = await ok(await call(`${this.base}/claims`, { method: 'POST', body: content, headers: { 'content-type': 'application/edi-x12', 'x-file-name': fileName } }, this.timeoutMs), `sending ${fileName}`);
    const body = await res.json() as { submissionId?: string };
    return body.submissionId ? { remoteId: body.submissionId } : {};
  }

  async fetch(): Promise<ResponseFile[]> {
    const res = await ok(await call(`${this.base}/responses`, {}, this.timeoutMs), 'fetching responses');
    const body = await res.json() as { files?: { name: string; text: string }[] };
    return (body.files ?? []).map((f) => ({ name: f.name, content: f.text }));
  }

  async acknowledge(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await ok(await call(`${this.base}/responses/ack`, { method: 'POST', body: JSON.stringify({ names }), headers: { 'content-type': 'application/json' } }, this.timeoutMs), 'acknowledging responses');
  }

  /** Real-time 270 → 271 or 276 → 277. */
  async inquire(kind: 'eligibility' | 'claim-status', content: string): Promise<string> {
    const res = await ok(await call(`${this.base}/${kind}`, { method: 'POST', body: content, headers: { 'content-type': 'application/edi-x12' } }, this.timeoutMs), kind);
    return res.text();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
