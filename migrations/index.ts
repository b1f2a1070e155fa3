import * as migration_20261126_062416_initial from './20261126_062416_initial';
import * as migration_20261126_062930_drift_calculator_faq_links from './20261126_062930_drift_calculator_faq_links';
import * as migration_20261126_063243_lead_form_pipeline from './20261126_063243_lead_form_pipeline';
import * as migration_20261126_064006_seo_and_preview_settings from './20261126_064006_seo_and_preview_settings';

export const migrations = [
  {
    up: migration_20261126_062416_initial.up,
    down: migration_20261126_062416_initial.down,
    name: '20261126_062416_initial',
  },
  {
    up: migration_20261126_062930_drift_calculator_faq_links.up,
    down: migration_20261126_062930_drift_calculator_faq_links.down,
    name: '20261126_062930_drift_calculator_faq_links',
  },
  {
    up: migration_20261126_063243_lead_form_pipeline.up,
    down: migration_20261126_063243_lead_form_pipeline.down,
    name: '20261126_063243_lead_form_pipeline',
  },
  {
    up: migration_20261126_064006_seo_and_preview_settings.up,
    down: migration_20261126_064006_seo_and_preview_settings.down,
    name: '20261126_064006_seo_and_preview_settings',
  },
];
