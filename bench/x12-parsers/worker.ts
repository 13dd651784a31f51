// One parser run in its own process, so its peak RSS is its own: `worker.ts MODE FILE` prints one JSON line.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stream835 } from '../../src/x12/index';
import { floorClaims } from './floor';

const HIGH_WATER_MARK = 1 << 16;

async function openrcm(file: string, validate: boolean): Promise<number> {
  let claims = 0;
  let services = 0;
  for await (const e of stream835(createReadStream(file, { highWaterMark: HIGH_WATER_MARK }), { validate })) {
    if (e.kind === 'claims') {
      claims += e.claims.length;
      for (const c of e.claims) services += c.services.length;
    }
  }
  return claims + services * 0;
}

async function floor(file: string): Promise<number> {
  let claims = 0;
  for await (const batch of floorClaims(file, HIGH_WATER_MARK)) claims += batch.length;
  return claims;
}

async function nodeX12(file: string): Promise<number> {
  const { X12Parser } = (await import('node-x12')) as unknown as { X12Parser: new (strict: boolean) => NodeJS.ReadWriteStream };
  let segments = 0;
  await pipeline(createReadStream(file, { highWaterMark: HIGH_WATER_MARK }), new X12Parser(false), counter(() => segments++));
  return segments;
}

async function x12Parser(file: string): Promise<number> {
  const { X12parser } = (await import('x12-parser')) as unknown as { X12parser: new () => NodeJS.ReadWriteStream };
  let segments = 0;
  await pipeline(createReadStream(file, { highWaterMark: HIGH_WATER_MARK }), new X12parser(), counter(() => segments++));
  return segments;
}

async function rawScan(file: string): Promise<number> {
  let terminators = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: HIGH_WATER_MARK }) as AsyncIterable<Buffer>) {
    let i = chunk.indexOf(0x7e);
    while (i >= 0) {
      terminators++;
      i = chunk.indexOf(0x7e, i + 1);
    }
  }
  return terminators;
}

function counter(onItem: () => void): Writable {
  return new Writable({ objectMode: true, write(_chunk, _enc, cb) { onItem(); cb(); } });
}

const [mode, file] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: worker.ts MODE FILE');
const bytes = (await stat(file)).size;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const items =
  mode === 'openrcm' ? await openrcm(file, true)
  : mode === 'openrcm-no-validation' ? await openrcm(file, false)
  : mode === 'node-x12' ? await nodeX12(file)
  : mode === 'x12-parser' ? await x12Parser(file)
  : mode === 'raw-scan' ? await rawScan(file)
  : mode === 'floor' ? await floor(file)
  : mode === 'baseline' ? 0
  : Number.NaN;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
// CPU time (user + system, all threads) is less disturbed than wall time when the machine is shared.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(`${JSON.stringify({ mode, items, seconds, cpuSeconds, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
