import type { Transport } from './transport';

/** The object types of `/api/2.0/permissions/{type}/{id}` this suite touches. */
export type PermissionObjectType =
  | 'jobs'
  | 'registered-models'
  | 'serving-endpoints'
  | 'experiments'
  | 'directories'
  | 'notebooks'
  | 'clusters'
  | 'sql/warehouses'
  | string;

export interface AccessControlRequest {
  user_name?: string;
  group_name?: string;
  service_principal_name?: string;
  permission_level: string;
}

export interface AccessControlResponse {
  user_name?: string;
  group_name?: string;
  service_principal_name?: string;
  display_name?: string;
  all_permissions?: {
    permission_level: string;
    inherited?: boolean;
    inherited_from_object?: string[];
  }[];
}

export interface ObjectPermissions {
  object_id?: string;
  object_type?: string;
  access_control_list: AccessControlResponse[];
}

/** Object permissions (`/api/2.0/permissions`). Ids in paths are strings, so big ids are exact. */
export class PermissionsApi {
  constructor(private readonly transport: Transport) {}

  async get(
    objectType: PermissionObjectType,
    objectId: string,
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    const res = await this.transport.request<Partial<ObjectPermissions>>({
      method: 'GET',
      path: path(objectType, objectId),
      resource: { kind: kindOf(objectType), id: objectId, needs: 'CAN_MANAGE' },
      signal,
    });
    return { ...res, access_control_list: res.access_control_list ?? [] };
  }

  /** Adds or raises the listed grants, leaving others as they are. */
  async update(
    objectType: PermissionObjectType,
    objectId: string,
    acl: AccessControlRequest[],
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    const res = await this.transport.request<Partial<ObjectPermissions>>({
      method: 'PATCH',
      path: path(objectType, objectId),
      body: { access_control_list: acl },
      // Granting the same levels twice leaves the same permissions.
      safeToRepeat: true,
      resource: { kind: kindOf(objectType), id: objectId, needs: 'CAN_MANAGE' },
      signal,
    });
    return { ...res, access_control_list: res.access_control_list ?? [] };
  }

  /** Replaces every direct grant with `acl`. */
  async set(
    objectType: PermissionObjectType,
    objectId: string,
    acl: AccessControlRequest[],
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    const res = await this.transport.request<Partial<ObjectPermissions>>({
      method: 'PUT',
      path: path(objectType, objectId),
      body: { access_control_list: acl },
      resource: { kind: kindOf(objectType), id: objectId, needs: 'CAN_MANAGE' },
      signal,
    });
    return { ...res, access_control_list: res.access_control_list ?? [] };
  }
}

function path(objectType: string, objectId: string): string {
  const type = objectType.split('/').map(encodeURIComponent).join('/');
  return `/api/2.0/permissions/${type}/${encodeURIComponent(objectId)}`;
}

function kindOf(objectType: string): string {
  const names: Record<string, string> = {
    jobs: 'job',
    'registered-models': 'registered model',
    'serving-endpoints': 'serving endpoint',
    experiments: 'experiment',
    directories: 'folder',
    notebooks: 'notebook',
    clusters: 'cluster',
    'sql/warehouses': 'SQL warehouse',
  };
  return names[objectType] ?? objectType;
}
