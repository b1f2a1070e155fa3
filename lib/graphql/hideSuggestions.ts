import { GraphQLError, type ValidationRule } from 'graphql'

/** graphql-js's suggestion at the end of a message: ` Did you mean "x"?`, `… the enum value "y"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?$/

/**
 * With introspection off (production), the schema is not public, but graphql-js still answers
 * a misspelt field, argument, type or enum value with "Did you mean …?", naming what exists.
 * graphql-js skips suggestions when its validation context says `hideSuggestions`; Payload's
 * handler (through graphql-http) validates without options, so this rule, set up after the
 * others and before any of them reports, turns it on for the request. Payload's complexity
 * rule reads the variables itself with no such option, so suggestions left in any reported
 * message are cut off as well.
 */
export const hideSuggestionsRule: ValidationRule = (context) => {
  Object.defineProperty(context, 'hideSuggestions', { value: true })
  const report = context.reportError.bind(context)
  context.reportError = (error) => {
    if (!SUGGESTION.test(error.message)) return report(error)
    const { nodes, source, positions, path, originalError, extensions } = error
    report(
      new GraphQLError(error.message.replace(SUGGESTION, ''), {
        nodes,
        source,
        positions,
        path,
        originalError,
        extensions,
      }),
    )
  }
  return {}
}
