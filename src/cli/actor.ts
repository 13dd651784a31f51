// Who is acting: --user (or $OPENRCM_USER, default 'admin') in --tenant (or $OPENRCM_TENANT, or the only practice).
import type { Actor } from '../auth/index';
import { AppError, usageError } from '../errors/index';
import type { Role } from '../practice/index';
import { findUser, type Queryable } from '../store/index';
import type { CommandIo, OptionSpec, ParsedArgs } from './command';
import { stringOption } from './parse';

export const ACTOR_OPTIONS: Record<string, OptionSpec> = {
  user: { type: 'string', valueName: 'NAME', description: 'act as this user (default $OPENRCM_USER or admin); every read and change is audited under it' },
  tenant: { type: 'string', valueName: 'ID|NAME', description: 'the practice to work in (default $OPENRCM_TENANT, or the only one)' },
};

export async function resolveActor(q: Queryable, args: ParsedArgs, io: CommandIo, preferred?: Role): Promise<Actor> {
  const username = stringOption(args, 'user') ?? io.env.OPENRCM_USER ?? 'admin';
  const tenant = stringOption(args, 'tenant') ?? io.env.OPENRCM_TENANT;
  const users = await findUser(q, username, tenant);
  if (users.length === 0) {
    throw new AppError('usage', 'cli.unknown_user', `no user '${username}'${tenant ? ` in practice '${tenant}'` : ''}: run 'openrcm seed' first or pass --user`);
  }
  if (users.length > 1) {
    throw usageError('cli.ambiguous_tenant', `user '${username}' exists in ${users.length} practices (${users.map((u) => u.tenantName).join(', ')}): pass --tenant`);
  }
  const user = users[0]!;
  const role = preferred && user.roles.includes(preferred) ? preferred : user.roles.includes('admin') ? 'admin' : user.roles[0]!;
  return { tenantId: user.tenantId, userId: user.id, role };
}
