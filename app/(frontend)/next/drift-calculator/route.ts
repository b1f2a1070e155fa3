import { calculatorProps } from '@/lib/drift/calculatorProps'

/** The drift calculator's words, thresholds and demos, fetched when a visitor opens it. */
export async function GET(): Promise<Response> {
  return Response.json(await calculatorProps())
}
