import { ValidationError, type GlobalBeforeValidateHook } from 'payload'

import { treeProblems, type Tree } from '@/lib/decide/tree'

/** Refuses to save a tree that would strand a visitor (dangling links, loops, unreachable nodes). */
export const validateTree: GlobalBeforeValidateHook = ({ data, req }) => {
  const tree = data as Partial<Tree> | undefined
  if (!tree?.questions || !tree.outcomes) return data
  const problems = treeProblems({
    questions: tree.questions.map((q) => ({ ...q, options: q.options ?? [] })),
    outcomes: tree.outcomes,
  })
  if (problems.length) {
    throw new ValidationError({
      errors: problems.map((message) => ({ message, path: 'questions' })),
      global: 'decide-tree',
      req,
    })
  }
  return data
}
