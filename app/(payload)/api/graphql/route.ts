import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import {
  FORGOT_PASSWORD_MIN_MS,
  isGraphQLForgotPassword,
  withResponseFloor,
} from '@/lib/security/responseFloor'

// Forgot-password answers after the same time for staff and unknown emails (lib/security/responseFloor.ts).
export const POST = withResponseFloor(FORGOT_PASSWORD_MIN_MS, isGraphQLForgotPassword, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
