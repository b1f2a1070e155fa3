import { inject } from 'vitest'

import './context'

// Each test file talks to the same database and app as the server the global setup started.
const { env } = inject('testContext')
Object.assign(process.env, env)
