/**
 * Where "Start a project" lives (issue 3 builds the page and its form), and how the
 * interactive sections hand it what the visitor did on the home page.
 */
export const START_PROJECT_PATH = '/start-a-project'

/** The key under which the drift calculator leaves its summary for the form's `driftSummary` field. */
export const DRIFT_SUMMARY_STORAGE_KEY = 'paiteq:driftSummary'

/** `/start-a-project?outcome=<key>`: the decide tree's recommendation, recorded on the lead. */
export function startProjectHref(params: { outcome?: string; driftSummary?: string } = {}): string {
  const query = new URLSearchParams()
  if (params.outcome) query.set('outcome', params.outcome)
  if (params.driftSummary) query.set('driftSummary', params.driftSummary)
  const qs = query.toString()
  return qs ? `${START_PROJECT_PATH}?${qs}` : START_PROJECT_PATH
}
