// TODO(health): collections/Leads/hooks/trackWorkflow.ts still imports '../options' and is being
// rewritten on another branch; once it imports '@/lib/leads/options', delete this file.
export * from '@/lib/leads/options'
