import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: a reference read out over the phone stays unambiguous.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A reference the prospect can quote, like PQ-7K3M-9QXD (31^8 ≈ 8.5·10^11 values). */
export function newLeadReference(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)]
  const block = () => Array.from({ length: 4 }, pick).join('')
  return `PQ-${block()}-${block()}`
}

export const REFERENCE_PATTERN = /^PQ-[A-Z2-9]{4}-[A-Z2-9]{4}$/
