import type { CollectionSlug, GlobalSlug, RequiredDataFromCollectionSlug } from 'payload'

import type { Config } from '@/payload-types'

/** Fields Payload or the seed runner fills in: ids, timestamps, drag-and-drop order, draft status. */
type SystemFields = 'id' | 'createdAt' | 'updatedAt' | '_status'

/** One document of a content collection, as the seed runner creates it. */
export type Seed<S extends CollectionSlug> = Omit<RequiredDataFromCollectionSlug<S>, SystemFields | '_order'>

/** The data of a global, as the seed runner updates it. */
export type GlobalSeed<S extends GlobalSlug> = Omit<Config['globals'][S], SystemFields>
