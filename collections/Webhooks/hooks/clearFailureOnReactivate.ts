import type { CollectionBeforeChangeHook } from 'payload'

/**
 * An admin turning a disabled endpoint back on starts it afresh: the failure streak and the notice go, so it
 * gets a full day again before it can be disabled.
 */
export const clearFailureOnReactivate: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && originalDoc && !originalDoc.active && data.active === true) {
    data.failingSince = null
    data.disabledAt = null
    data.disabledReason = null
  }
  return data
}
