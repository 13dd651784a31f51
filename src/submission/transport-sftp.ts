// SFTP transport (ssh2-sftp-client) to a batch clearinghouse's drop box: /inbound and /outbound
// under the account's home (or chroot).
import SftpClient from 'ssh2-sftp-client';
import { TransportError, type ResponseFile, type Transport } from './transport';

export interface SftpOptions {
  host: string;
  port: number;
  username: string;
  privateKey: string | Buffer;
  /** Folder holding inbound/ and outbound/ ('' for the home or chroot root). */
  root?: string;
  readyTimeoutMs?: number;
}

export class SftpTransport implements Transport {
  readonly kind = 'sftp' as const;
  private client: SftpClient | undefined;
  constructor(private readonly options: SftpOptions) {}

  private path(...parts: string[]): string {
    const root = this.options.root ?? '';
    return [root, ...parts].filter(Boolean).join('/');
  }

  private async connect(): Promise<SftpClient> {
    if (this.client) return this.client;
    const client = new SftpClient('openrcm');
    try {
      await client.connect({ host: this.options.host, port: this.options.port, username: this.options.username, privateKey: this.options.privateKey, readyTimeout: this.options.readyTimeoutMs ?? 10_000 });
    } catch (e) {
      throw new TransportError('transport.sftp_connect', `SFTP ${this.options.username}@${this.options.host}:${this.options.port}: ${(e as Error).message}`);
    }
    client.on('error', () => { this.client = undefined; });
    this.client = client;
    return client;
  }

  private async guarded<T>(what: string, fn: (c: SftpClient) => Promise<T>): Promise<T> {
    const c = await this.connect();
    try {
      return await fn(c);
    } catch (e) {
      // Drop the connection so the retry starts a fresh session.
      await c.end().catch(() => undefined);
      this.client = undefined;
      throw new TransportError('transport.sftp_io', `${what}: ${(e as Error).message}`);
    }
  }

  send(fileName: string, content: string): Promise<{ remoteId?: string }> {
    return this.guarded(`sending ${fileName}`, async (c) => {
      const tmp = this.path('inbound', `.${fileName}.part`);
      await c.put(Buffer.from(content, 'latin1'), tmp);
      const target = this.path('inbound', fileName);
      if (await c.exists(target)) await c.delete(target);
      await c.rename(tmp, target);
      return {};
    });
  }

  fetch(): Promise<ResponseFile[]> {
    return this.guarded('fetching responses', async (c) => {
      const list = await c.list(this.path('outbound'));
      const names = list.filter((f) => f.type === '-' && !f.name.startsWith('.') && !f.name.endsWith('.part')).map((f) => f.name).sort();
      const out: ResponseFile[] = [];
      for (const name of names) {
        const data = await c.get(this.path('outbound', name));
        if (!Buffer.isBuffer(data)) throw new Error(`unexpected download result for ${name}`);
        out.push({ name, content: data.toString('latin1') });
      }
      return out;
    });
  }

  acknowledge(names: readonly string[]): Promise<void> {
    return this.guarded('acknowledging responses', async (c) => {
      for (const name of names) await c.delete(this.path('outbound', name), true);
    });
  }

  async close(): Promise<void> {
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
