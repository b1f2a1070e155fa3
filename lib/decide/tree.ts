/** The decide tree of section 009: questions whose options lead to another question or an outcome. */
export type TreeOption = { label: string; next: string }
export type TreeQuestion = { key: string; prompt: string; help?: string | null; options: TreeOption[] }
export type TreeOutcome = { key: string; title: string; body: string }
export type Tree = { questions: TreeQuestion[]; outcomes: TreeOutcome[] }

/**
 * Problems that would strand a visitor: duplicate keys, options leading nowhere,
 * loops, and questions or outcomes nobody can reach. Empty when the tree is sound.
 */
export function treeProblems(tree: Tree): string[] {
  const problems: string[] = []
  const questions = new Map(tree.questions.map((q) => [q.key, q]))
  const outcomes = new Set(tree.outcomes.map((o) => o.key))
  const keys = [...tree.questions.map((q) => q.key), ...tree.outcomes.map((o) => o.key)]
  const dupes = keys.filter((k, i) => keys.indexOf(k) !== i)
  if (dupes.length) problems.push(`Keys must be unique: ${[...new Set(dupes)].join(', ')}.`)
  if (!tree.questions.length) problems.push('The tree needs at least one question.')

  for (const q of tree.questions) {
    if (q.options.length < 2) problems.push(`Question "${q.key}" needs at least two options.`)
    for (const o of q.options) {
      if (!questions.has(o.next) && !outcomes.has(o.next)) {
        problems.push(
          `Option "${o.label}" of question "${q.key}" leads to "${o.next}", which does not exist.`,
        )
      }
    }
  }

  const reached = new Set<string>()
  const walk = (key: string, path: string[]): void => {
    if (path.includes(key)) {
      problems.push(`Questions loop: ${[...path, key].join(' → ')}.`)
      return
    }
    reached.add(key)
    for (const o of questions.get(key)?.options ?? []) walk(o.next, [...path, key])
  }
  if (tree.questions[0]) walk(tree.questions[0].key, [])
  for (const key of keys) {
    if (!reached.has(key)) problems.push(`"${key}" cannot be reached from the first question.`)
  }
  return [...new Set(problems)]
}
