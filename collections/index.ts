import { DriftThresholds } from './DriftThresholds'
import { EngagementPhases } from './EngagementPhases'
import { EmailOutbox } from './EmailOutbox'
import { FAQs } from './FAQs'
import { Gates } from './Gates'
import { LeadRateLimits } from './LeadRateLimits'
import { Leads } from './Leads'
import { Media } from './Media'
import { Patterns } from './Patterns'
import { ServiceAreas } from './ServiceAreas'
import { Shapes } from './Shapes'
import { StackRows } from './StackRows'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'

/** In the order the admin lists them: page content in page order, then the rest. */
export const collections = [
  ServiceAreas,
  StackRows,
  Patterns,
  Gates,
  DriftThresholds,
  EngagementPhases,
  Shapes,
  FAQs,
  Media,
  Leads,
  Webhooks,
  WebhookDeliveries,
  EmailOutbox,
  LeadRateLimits,
  Users,
]
