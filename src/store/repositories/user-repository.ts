import type { Role } from '../../practice/index';
import type { Queryable } from '../db';

export interface UserWithRoles {
  id: string;
  tenantId: string;
  tenantName: string;
  username: string;
  roles: Role[];
}

/** Finds a user by username within a tenant (by id or name), or in the only tenant when there is one. */
export async function findUser(q: Queryable, username: string, tenant?: string): Promise<UserWithRoles[]> {
  const rows = await q.query<{ id: string; tenant_id: string; tenant_name: string; username: string; roles: Role[] }>(
    `SELECT u.id, u.tenant_id, t.name AS tenant_name, u.username, array_agg(r.role ORDER BY r.role) AS roles
     FROM users u JOIN tenants t ON t.id = u.tenant_id JOIN user_roles r ON r.user_id = u.id
     WHERE u.username = $1 AND u.active AND ($2::text IS NULL OR t.id::text = $2 OR t.name = $2)
     GROUP BY u.id, u.tenant_id, t.name, u.username`,
    [username, tenant ?? null],
  );
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, tenantName: r.tenant_name, username: r.username, roles: r.roles }));
}
