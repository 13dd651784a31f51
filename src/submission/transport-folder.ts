// Plain-folder transport: for clearinghouses that poll a shared folder (inbound/outbound).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TransportError, type ResponseFile, type Transport } from './transport';

const ready = (name: string) => !name.startsWith('.') && !name.endsWith('.part');

export class FolderTransport implements Transport {
  readonly kind = 'folder' as const;
  constructor(private readonly dir: string) {}

  send(fileName: string, content: string): Promise<{ remoteId?: string }> {
    try {
      const inbound = join(this.dir, 'inbound');
      if (!existsSync(inbound)) mkdirSync(inbound, { recursive: true });
      // Written under a hidden name and renamed: the poller never sees half a file.
      writeFileSync(join(inbound, `.${fileName}.part`), content, 'latin1');
      renameSync(join(inbound, `.${fileName}.part`), join(inbound, fileName));
      return Promise.resolve({});
    } catch (e) {
      throw new TransportError('transport.folder_write', `cannot write ${fileName} to ${this.dir}/inbound: ${(e as Error).message}`);
    }
  }

  fetch(): Promise<ResponseFile[]> {
    const outbound = join(this.dir, 'outbound');
    if (!existsSync(outbound)) return Promise.resolve([]);
    return Promise.resolve(readdirSync(outbound).filter(ready).sort().map((name) => ({ name, content: readFileSync(join(outbound, name), 'latin1') })));
  }

  acknowledge(names: readonly string[]): Promise<void> {
    for (const name of names) rmSync(join(this.dir, 'outbound', name), { force: true });
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
