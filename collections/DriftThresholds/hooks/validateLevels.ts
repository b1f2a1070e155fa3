import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { levelOrderError, type ThresholdLevels } from '@/lib/drift/levels'

/** Refuses a row whose inspect / retrain / pause levels are out of order for its direction. */
export const validateLevels: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Partial<ThresholdLevels>
  if (!merged.direction || !merged.inspect || !merged.retrain || !merged.pause) return data
  const values = [merged.inspect.value, merged.retrain.value, merged.pause.value]
  if (values.some((v) => typeof v !== 'number')) return data
  const message = levelOrderError(merged as ThresholdLevels)
  if (message) {
    throw new ValidationError({ errors: [{ message, path: 'inspect.value' }], req })
  }
  return data
}
