import { systemActor } from '../auth/index';
import { codedEncounterIds, findUser } from '../store/index';
import { buildClaimsForEncounter } from '../workflows/index';
import type { DemoStage } from './stage';

/** The biller builds claims from every coded encounter; those that cannot be built whole are held with reasons. */
export const claimsStage: DemoStage = {
  name: 'claims',
  async run({ db, seed }) {
    const [biller] = await findUser(db, 'bbiller', seed.tenantId);
    const actor = biller ? { tenantId: seed.tenantId, userId: biller.id, role: 'biller' as const } : systemActor(seed.tenantId);
    const ids = await codedEncounterIds(db, actor);
    let claims = 0;
    const held = new Map<string, number>();
    for (const id of ids) {
      const built = await buildClaimsForEncounter(db, actor, id);
      claims += built.claimIds.length;
      for (const p of built.problems) held.set(p.code, (held.get(p.code) ?? 0) + 1);
    }
    const heldCount = [...held.values()].reduce((a, b) => a + b, 0);
    return {
      stage: 'claims',
      lines: [
        `built ${claims} claims from ${ids.length} coded encounters`,
        heldCount ? `held at build: ${[...held.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}` : 'none held at build',
      ],
      figures: { claims, encounters: ids.length },
    };
  },
};
