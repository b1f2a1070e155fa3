import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The Payload instance inside the Next server. Its own module, under what reads content
 * (lib/content) and what checks the preview editor (lib/preview), so neither imports the other's.
 */
export const getPayloadClient = () => getPayload({ config })
