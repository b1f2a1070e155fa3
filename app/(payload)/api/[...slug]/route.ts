import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { FORGOT_PASSWORD_MIN_MS, isRestForgotPassword, withResponseFloor } from '@/lib/security/responseFloor'

export const GET = REST_GET(config)
// Forgot-password answers after the same time for staff and unknown emails (lib/security/responseFloor.ts).
export const POST = withResponseFloor(FORGOT_PASSWORD_MIN_MS, isRestForgotPassword, REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
