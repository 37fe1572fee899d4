import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CasusError } from '../../core/errors.js';
import type { Role, TokenInfo } from '../event-store.js';

export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * A new bearer token `casus_<id>_<secret>`: the id finds the row, only the SHA-256 of the
 * secret is stored (a random 256-bit secret needs no slow hash), and it is compared in
 * constant time.
 */
export function createToken(
  db: Database.Database,
  role: Role,
  label?: string,
): { id: string; token: string } {
  if (!ROLES.includes(role)) throw new CasusError('CASUS_E001', `role: one of ${ROLES.join(', ')}`);
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  db.prepare('INSERT INTO tokens (id, hash, role, label, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    sha256(secret).toString('hex'),
    role,
    label ?? null,
    new Date().toISOString(),
  );
  return { id, token: `casus_${id}_${secret}` };
}

export function verifyToken(db: Database.Database, token: string): TokenInfo | null {
  const m = /^casus_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const row = db
    .prepare('SELECT id, hash, role, label FROM tokens WHERE id = ? AND revoked_at IS NULL')
    .get(m[1]) as { id: string; hash: string; role: Role; label: string | null } | undefined;
  const given = sha256(m[2]!);
  // Compare against a dummy when the id is unknown, so timing does not reveal which ids exist.
  const stored = row ? Buffer.from(row.hash, 'hex') : sha256('');
  const same = timingSafeEqual(given, stored);
  return row && same ? { id: row.id, role: row.role, label: row.label } : null;
}

export function revokeToken(db: Database.Database, id: string): boolean {
  return (
    db
      .prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(new Date().toISOString(), id).changes > 0
  );
}
