// The drop box: batch clearinghouses take files in an inbound folder and leave answers in an
// outbound one. Used directly (a shared folder) and as the home of the SFTP user.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PayerSimulator } from './simulator';

export interface DropBox {
  /** Processes what is waiting now (the timer calls it; tests may too). */
  tick(): Promise<void>;
  stop(): void;
}

/** Files still being written are named with a leading dot or a .part suffix and are skipped. */
const ready = (name: string) => !name.startsWith('.') && !name.endsWith('.part');

export function dropBoxFolders(dir: string): { inbound: string; outbound: string; archive: string } {
  const f = { inbound: join(dir, 'inbound'), outbound: join(dir, 'outbound'), archive: join(dir, 'archive') };
  for (const d of Object.values(f)) if (!existsSync(d)) mkdirSync(d, { recursive: true });
  return f;
}

export function startDropBox(sim: PayerSimulator, dir: string, intervalMs = 200, onError: (e: Error) => void = (e) => process.stderr.write(`payer-sim drop box: ${e.message}\n`)): DropBox {
  const f = dropBoxFolders(dir);
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const name of readdirSync(f.inbound).filter(ready).sort()) {
        const path = join(f.inbound, name);
        await sim.receive837(readFileSync(path, 'latin1'));
        renameSync(path, join(f.archive, `${Date.now()}-${name}`));
      }
      const out = sim.available();
      for (const file of out) {
        writeFileSync(join(f.outbound, `.${file.name}.part`), file.text, 'latin1');
        renameSync(join(f.outbound, `.${file.name}.part`), join(f.outbound, file.name));
      }
      sim.acknowledge(out.map((x) => x.name));
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => { tick().catch((e: unknown) => onError(e as Error)); }, intervalMs);
  return { tick, stop: () => clearInterval(timer) };
}
