import type { Access } from 'payload'

/** Only server code with `overrideAccess` touches these documents. */
export const nobody: Access = () => false
