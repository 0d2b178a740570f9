/**
 * Desk passwords: scrypt on the client (server relief), sha256 of the derived key on the server
 * (desk/schema-v1.ts). The password itself never leaves this process and is never stored.
 */
import { createHash, randomBytes, scrypt } from 'node:crypto';

/** scrypt cost parameters kept with each user. */
export interface ScryptCost {
  n: number;
  r: number;
  p: number;
}

/** The default cost: N = 2^15 (about 50–100 ms on one core), r = 8, p = 1. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { n: 1 << 15, r: 8, p: 1 };

/** scrypt(password, salt) → 32 bytes. */
export function deriveKey(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, 32, { N: cost.n, r: cost.r, p: cost.p, maxmem: 256 * cost.n * cost.r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key));
  });
}

/** What the server stores for a new password: salt, cost and verifier = sha256(scrypt key). */
export async function passwordRecord(password: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<{ salt: Buffer; cost: ScryptCost; verifier: Buffer }> {
  if (password.length < 8) throw new Error('a desk password needs at least 8 characters');
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, cost);
  return { salt, cost, verifier: createHash('sha256').update(key).digest() };
}

/** The URL with any password removed: what may be written into a project (no secret in project files). */
export function urlWithoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    throw new Error(`not a database URL: ${JSON.stringify(url.replace(/:[^@/]*@/, ':***@'))} (expected postgresql://user@host:port/database)`);
  }
}
