import * as crypto from 'node:crypto';

/**
 * The hex digest of a text's UTF-8 bytes. Node 20.12 and later hash a string in one call, without a Hash object
 * (a fraction of the cost for short texts); older Node builds one.
 */
export const hexDigest: (algorithm: 'sha1' | 'sha256', text: string) => string =
  typeof crypto.hash === 'function'
    ? (algorithm, text) => crypto.hash(algorithm, text, 'hex')
    : (algorithm, text) => crypto.createHash(algorithm).update(text).digest('hex');
