import type { ExecutionArgs, ValidationRule } from 'graphql'

import { isProduction } from '../env/mode'
import { documentCostRule } from './documentCost'
import { hideSuggestionsRule } from './hideSuggestions'

/**
 * `graphQL.validationRules` of payload.config.ts, added to graphql-js's own rules for each
 * request: a cost limit that counts documents, and, while introspection is off (production),
 * no "Did you mean …?" naming the schema's fields. Payload's handler (graphql-http) executes
 * the very `args` it validated, so `hideSuggestions` set on them also covers errors raised
 * while reading variables (a misspelt enum value).
 */
export function graphQLValidationRules(args: ExecutionArgs): ValidationRule[] {
  const rules = [documentCostRule(args.variableValues)]
  if (isProduction()) {
    args.hideSuggestions = true
    rules.push(hideSuggestionsRule)
  }
  return rules
}
