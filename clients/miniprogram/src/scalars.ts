/**
 * 金额: money in yuan as the API sends it, a decimal string exact to the fen ("6700.00"). Branded so that a
 * number or any other string is not taken for one by mistake; {@link yuan} makes one.
 */
export type Yuan = string & { readonly __yuan: unique symbol };

const YUAN = /^-?\d+(\.\d{1,2})?$/;

/** A Yuan from a decimal string of at most two decimals, or from a whole number of fen. */
export function yuan(value: string | { fen: bigint | number }): Yuan {
  if (typeof value === 'string') {
    if (!YUAN.test(value)) {
      throw new TypeError(`not an amount in yuan: ${value}`);
    }
    return value as Yuan;
  }
  const fen = BigInt(value.fen);
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` as Yuan;
}

/** The amount in fen, exact (a bigint, so that no amount is rounded). */
export function fenOf(amount: Yuan): bigint {
  const negative = amount.startsWith('-');
  const [whole, part = ''] = (negative ? amount.slice(1) : amount).split('.');
  const fen = BigInt(whole) * 100n + BigInt(part.padEnd(2, '0'));
  return negative ? -fen : fen;
}

/**
 * 全局ID: the API's global ids are opaque strings (type and 64-bit key inside; the key exceeds 2^53, so it is
 * never parsed as a number). Branded per type for the ids a screen passes on.
 */
export type GlobalId<T extends string> = string & { readonly __type: T };
