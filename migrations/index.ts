import * as migration_20261126_062416_initial from './20261126_062416_initial';
import * as migration_20261126_063243_lead_form_pipeline from './20261126_063243_lead_form_pipeline';

export const migrations = [
  {
    up: migration_20261126_062416_initial.up,
    down: migration_20261126_062416_initial.down,
    name: '20261126_062416_initial',
  },
  {
    up: migration_20261126_063243_lead_form_pipeline.up,
    down: migration_20261126_063243_lead_form_pipeline.down,
    name: '20261126_063243_lead_form_pipeline'
  },
];
