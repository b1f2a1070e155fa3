import * as migration_20261126_062416_initial from './20261126_062416_initial';
import * as migration_20261126_062930_drift_calculator_faq_links from './20261126_062930_drift_calculator_faq_links';

export const migrations = [
  {
    up: migration_20261126_062416_initial.up,
    down: migration_20261126_062416_initial.down,
    name: '20261126_062416_initial',
  },
  {
    up: migration_20261126_062930_drift_calculator_faq_links.up,
    down: migration_20261126_062930_drift_calculator_faq_links.down,
    name: '20261126_062930_drift_calculator_faq_links'
  },
];
