// The loop over SFTP against OpenSSH's server on 127.0.0.1, with the simulator's drop box in the
// account's folder: 837 up to /inbound, 999/277CA/835 down from /outbound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/index';
import { sharedDataDir } from '../config/index';
import { DEFAULT_RULES, loadFeeSchedule, PayerSimulator, startDropBox, type Roster } from '../payer-sim/index';
import { openTestDb, testEngines } from '../store/index';
import { readyClaims } from './fixtures/ready-claims';
import { startTestSftp, type TestSftp } from './fixtures/sshd';
import { fetchResponses, sendPendingBatches, SftpTransport, submitReadyClaims, tradingPartnerFor } from './index';

const sftp = await startTestSftp();
if (!sftp) {
  if (process.env.CI) throw new Error('CI: no SFTP server for the SFTP tests (.ci/run should start one; /usr/sbin/sshd missing)');
  console.warn('SFTP tests skipped: /usr/sbin/sshd is not installed (apt-get install openssh-server) and OPENRCM_TEST_SFTP_PORT is not set');
}
const engines = await testEngines();
const NOW = new Date('2023-11-01T12:00:00Z');
const fast = { attempts: 2, backoffMs: 5 };

describe.skipIf(!sftp).each(engines)('submission over SFTP on %s', (engine) => {
  const server = sftp as TestSftp;
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let actor: Actor;
  let claimIds: string[];
  let roster: Roster;
  beforeAll(async () => {
    db = await openTestDb(engine);
    ({ actor, claimIds, roster } = await readyClaims(db, 5, 11));
  });
  afterAll(async () => {
    await db.dispose();
  });

  const transport = (port = server.port) => new SftpTransport({ host: '127.0.0.1', port, username: server.username, privateKey: server.privateKey, root: server.root, readyTimeoutMs: 3000 });

  it('an unreachable server leaves the batch pending; the next run delivers it once and the answers come back', async () => {
    const sim = new PayerSimulator({ ...DEFAULT_RULES, timelyFilingDays: 3650 }, roster, loadFeeSchedule(sharedDataDir()));
    const box = startDropBox(sim, server.box, 60_000);
    const wrong = transport(1);
    const first = await submitReadyClaims(db, actor, wrong, { partner: await tradingPartnerFor(db, actor), now: NOW, retry: fast });
    expect(first.sends.every((s) => s.status === 'pending')).toBe(true);
    await wrong.close();
    const t = transport();
    try {
      const sent = await sendPendingBatches(db, actor, t, fast);
      expect(sent.map((s) => s.error ?? s.status)).toEqual(sent.map(() => 'sent'));
      await box.tick();
      const outcomes = await fetchResponses(db, actor, t);
      expect(outcomes.map((o) => o.kind)).toEqual(expect.arrayContaining(['999', '277CA', '835']));
      expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
      const statuses = await db.query<{ status: string }>('SELECT status FROM claims WHERE id = ANY($1::uuid[])', [claimIds]);
      expect(statuses.every((s) => ['paid', 'partially_paid', 'denied'].includes(s.status))).toBe(true);
      expect(sim.received).toHaveLength(claimIds.length);
      expect(await t.fetch()).toEqual([]);
    } finally {
      box.stop();
      await t.close();
    }
  });
});

afterAll(async () => {
  await sftp?.stop();
});
