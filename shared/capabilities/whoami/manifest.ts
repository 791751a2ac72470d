import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'whoami',
  description: 'Checks the Databricks connection and prints who the credentials belong to.',
  task: {
    name: 'DatabricksWhoAmI',
    id: '05648163-e201-4874-bc27-d8b59ec81fae',
    friendlyName: 'Databricks: who am I',
    category: 'Utility',
    instanceNameFormat: 'Databricks: who am I',
  },
  groups: { ...connectionGroup },
  inputs: { ...connectionInputs },
  outputs: {
    'user-name': {
      ado: 'userName',
      description: 'The user or service principal the credentials belong to.',
    },
    'user-id': { ado: 'userId', description: 'Its SCIM id.' },
    host: { ado: 'host', description: 'The workspace URL that answered.' },
  },
});

export type Manifest = typeof manifest;
