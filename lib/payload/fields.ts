import type { ArrayField, Field, TextField } from 'payload'

/** A short list of tool names shown as tags (e.g. "vLLM", "Triton"). */
export const toolsField = (name = 'tools', label = 'Tools'): TextField => ({
  name,
  label,
  type: 'text',
  hasMany: true,
  required: true,
  admin: { description: 'Type a tool name and press Enter. Shown as tags, in this order.' },
})

/** A list of short sentences, one per row (pick-when and skip-when bullets). */
export const bulletList = (name: string, label: string): ArrayField => ({
  name,
  label,
  type: 'array',
  required: true,
  minRows: 1,
  labels: { singular: 'Item', plural: 'Items' },
  fields: [{ name: 'text', type: 'text', required: true }],
})

/** The number shown before an item ("01"), kept as text so leading zeros stay. */
export const displayNumber = (description: string): Field => ({
  name: 'number',
  type: 'text',
  required: true,
  admin: { width: '25%', description },
})
