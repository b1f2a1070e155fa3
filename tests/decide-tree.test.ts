import { describe, expect, it } from 'vitest'

import { treeProblems, type Tree } from '@/lib/decide/tree'
import { decideTree } from '@/lib/seed/content'

const tree: Tree = {
  questions: [
    {
      key: 'a',
      prompt: 'A?',
      options: [
        { label: 'yes', next: 'b' },
        { label: 'no', next: 'x' },
      ],
    },
    {
      key: 'b',
      prompt: 'B?',
      options: [
        { label: 'yes', next: 'x' },
        { label: 'no', next: 'y' },
      ],
    },
  ],
  outcomes: [
    { key: 'x', title: 'X', body: '' },
    { key: 'y', title: 'Y', body: '' },
  ],
}

describe('decide tree validation', () => {
  it('accepts a sound tree, including the seeded one', () => {
    expect(treeProblems(tree)).toEqual([])
    expect(treeProblems(decideTree as Tree)).toEqual([])
  })

  it('names an option that leads nowhere', () => {
    const broken = structuredClone(tree)
    broken.questions[1]!.options[1]!.next = 'z'
    expect(treeProblems(broken).join(' ')).toMatch(/"no" of question "b" leads to "z"/)
  })

  it('names loops and unreachable outcomes', () => {
    const loop = structuredClone(tree)
    loop.questions[1]!.options = [
      { label: 'back', next: 'a' },
      { label: 'x', next: 'x' },
    ]
    const problems = treeProblems(loop).join(' ')
    expect(problems).toMatch(/loop: a → b → a/)
    expect(problems).toMatch(/"y" cannot be reached/)
  })

  it('names duplicate keys', () => {
    const dup = structuredClone(tree)
    dup.outcomes[1]!.key = 'a'
    expect(treeProblems(dup).join(' ')).toMatch(/unique: a/)
  })
})
