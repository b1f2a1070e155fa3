import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/**
 * The most a query may cost, counted in fields resolved: each field counts once per document
 * it is asked of. A page of 100 leads with 40 fields costs about 4,000; 200 aliases of 100
 * FAQs each (2.6 s of database work for one anonymous request before this limit) cost 60,000.
 */
export const MAX_DOCUMENT_COST = 5000

/** Payload's page size when a query names no `limit`. */
const DEFAULT_LIMIT = 10
/** `limit: 0` asks Payload for every document: costed as this many. */
const UNBOUNDED_LIMIT = 1000

type Variables = Readonly<Record<string, unknown>> | null | undefined

/** How many documents a field returns: its `limit` when it takes one (Payload's lists), else 1. */
function documentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number {
  if (!field.args.some((arg) => arg.name === 'limit')) return 1
  const arg = node.arguments?.find((a) => a.name.value === 'limit')
  let limit: unknown = DEFAULT_LIMIT
  if (arg?.value.kind === Kind.INT) limit = Number(arg.value.value)
  else if (arg?.value.kind === Kind.VARIABLE) limit = variables?.[arg.value.name.value] ?? DEFAULT_LIMIT
  return typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? limit : UNBOUNDED_LIMIT
}

/**
 * Refuses, before anything runs, a query whose cost (above) is over MAX_DOCUMENT_COST. Payload's
 * own `maxComplexity` counts each field once however many documents it is asked of, so 200
 * aliases of 100 documents each stayed under it. Fragments are costed where they are spread,
 * each one computed once.
 */
export const documentCostRule =
  (variables: Variables, max = MAX_DOCUMENT_COST): ValidationRule =>
  (context) => {
    const schema = context.getSchema()
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    const fragmentCost = new Map<string, number>()

    const costOf = (
      selectionSet: SelectionSetNode | undefined,
      type: GraphQLNamedType | undefined,
    ): number => {
      if (!selectionSet) return 0
      let cost = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const field =
            type && (isObjectType(type) || isInterfaceType(type))
              ? type.getFields()[selection.name.value]
              : undefined
          if (!field) {
            cost += 1 // __typename, or a field other rules report as unknown
            continue
          }
          cost +=
            1 +
            documentsOf(field, selection, variables) *
              costOf(selection.selectionSet, getNamedType(field.type))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type
          cost += costOf(selection.selectionSet, on ?? undefined)
        } else {
          const name = selection.name.value
          if (!fragmentCost.has(name)) {
            fragmentCost.set(name, 0) // a cycle (refused by NoFragmentCyclesRule) adds nothing
            const fragment = fragments.get(name)
            const on = fragment && schema.getType(fragment.typeCondition.name.value)
            fragmentCost.set(name, fragment ? costOf(fragment.selectionSet, on ?? undefined) : 0)
          }
          cost += fragmentCost.get(name) ?? 0
        }
      }
      return cost
    }

    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'query'
            ? schema.getQueryType()
            : node.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType()
        const cost = costOf(node.selectionSet, root ?? undefined)
        if (cost > max)
          context.reportError(
            new GraphQLError(
              `This query exceeds the cost limit of ${max} (it would cost ${cost}): ask for fewer documents or fields at once.`,
              { nodes: [node] },
            ),
          )
      },
    }
  }
