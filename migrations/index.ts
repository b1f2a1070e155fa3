import * as migration_20261126_062416_initial from './20261126_062416_initial';
import * as migration_20261126_063029_access_workflow_export from './20261126_063029_access_workflow_export';

export const migrations = [
  {
    up: migration_20261126_062416_initial.up,
    down: migration_20261126_062416_initial.down,
    name: '20261126_062416_initial',
  },
  {
    up: migration_20261126_063029_access_workflow_export.up,
    down: migration_20261126_063029_access_workflow_export.down,
    name: '20261126_063029_access_workflow_export'
  },
];
