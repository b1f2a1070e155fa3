import * as migration_20261126_062416_initial from './20261126_062416_initial'
import * as migration_20261126_073145_features from './20261126_073145_features'
import * as migration_20261126_101720_privacy_page from './20261126_101720_privacy_page'
import * as migration_20261130_132643_login_throttle_account_email from './20261130_132643_login_throttle_account_email'
import * as migration_20261130_135951_upload_storage_fields from './20261130_135951_upload_storage_fields'
import * as migration_20261130_164911_lead_intake from './20261130_164911_lead_intake'
import * as migration_20261130_170000_leads_list_indexes from './20261130_170000_leads_list_indexes'
import * as migration_20261130_175123_webhooks from './20261130_175123_webhooks'
import * as migration_20261201_000000_duplicate_links_unique from './20261201_000000_duplicate_links_unique'
import * as migration_20261201_040000_duplicate_lookup_order from './20261201_040000_duplicate_lookup_order'

export const migrations = [
  {
    up: migration_20261126_062416_initial.up,
    down: migration_20261126_062416_initial.down,
    name: '20261126_062416_initial',
  },
  {
    up: migration_20261126_073145_features.up,
    down: migration_20261126_073145_features.down,
    name: '20261126_073145_features',
  },
  {
    up: migration_20261126_101720_privacy_page.up,
    down: migration_20261126_101720_privacy_page.down,
    name: '20261126_101720_privacy_page',
  },
  {
    up: migration_20261130_132643_login_throttle_account_email.up,
    down: migration_20261130_132643_login_throttle_account_email.down,
    name: '20261130_132643_login_throttle_account_email',
  },
  {
    up: migration_20261130_135951_upload_storage_fields.up,
    down: migration_20261130_135951_upload_storage_fields.down,
    name: '20261130_135951_upload_storage_fields',
  },
  {
    up: migration_20261130_164911_lead_intake.up,
    down: migration_20261130_164911_lead_intake.down,
    name: '20261130_164911_lead_intake',
  },
  {
    up: migration_20261130_170000_leads_list_indexes.up,
    down: migration_20261130_170000_leads_list_indexes.down,
    name: '20261130_170000_leads_list_indexes',
  },
  {
    up: migration_20261130_175123_webhooks.up,
    down: migration_20261130_175123_webhooks.down,
    name: '20261130_175123_webhooks',
  },
  {
    up: migration_20261201_000000_duplicate_links_unique.up,
    down: migration_20261201_000000_duplicate_links_unique.down,
    name: '20261201_000000_duplicate_links_unique',
  },
  {
    up: migration_20261201_040000_duplicate_lookup_order.up,
    down: migration_20261201_040000_duplicate_lookup_order.down,
    name: '20261201_040000_duplicate_lookup_order',
  },
]
