import { describe, expect, it } from 'vitest'

import { classify, levelOrderError } from '@/lib/drift/levels'

const psi = {
  direction: 'higher-is-worse',
  inspect: { value: 0.1 },
  retrain: { value: 0.25 },
  pause: { value: 0.4 },
} as const
const judge = {
  direction: 'lower-is-worse',
  inspect: { value: -0.2 },
  retrain: { value: -0.4 },
  pause: { value: -0.7 },
} as const

describe('drift threshold levels', () => {
  it('classifies a PSI against 0.10 / 0.25 / 0.40, each level reached at its threshold', () => {
    expect(classify(0.05, psi)).toBe('below-inspect')
    expect(classify(0.1, psi)).toBe('inspect')
    expect(classify(0.2, psi)).toBe('inspect')
    expect(classify(0.25, psi)).toBe('retrain')
    expect(classify(0.39, psi)).toBe('retrain')
    expect(classify(0.4, psi)).toBe('pause')
    expect(classify(3, psi)).toBe('pause')
  })

  it('classifies a falling judge score against -0.2 / -0.4 / -0.7 versus gold', () => {
    expect(classify(0, judge)).toBe('below-inspect')
    expect(classify(-0.25, judge)).toBe('inspect')
    expect(classify(-0.5, judge)).toBe('retrain')
    expect(classify(-1.2, judge)).toBe('pause')
  })

  it('refuses figures that are not finite', () => {
    expect(() => classify(Number.NaN, psi)).toThrow(RangeError)
    expect(() => classify(Number.POSITIVE_INFINITY, psi)).toThrow(RangeError)
  })

  it('reports levels out of order for their direction', () => {
    expect(levelOrderError(psi)).toBeNull()
    expect(levelOrderError(judge)).toBeNull()
    expect(levelOrderError({ ...psi, retrain: { value: 0.5 } })).toMatch(/inspect < retrain < pause/)
    expect(levelOrderError({ ...judge, direction: 'higher-is-worse' })).toMatch(/must rise/)
  })
})
