import type { ApiRequest, HttpMethod, Transport } from './transport';

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

  get(
    objectType: PermissionObjectType,
    objectId: string,
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    return this.call('GET', objectType, objectId, {}, signal);
  }

  /** Adds or raises the listed grants, leaving others as they are. */
  update(
    objectType: PermissionObjectType,
    objectId: string,
    acl: AccessControlRequest[],
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    return this.call(
      'PATCH',
      objectType,
      objectId,
      // Granting the same levels twice leaves the same permissions.
      { body: { access_control_list: acl }, safeToRepeat: true },
      signal,
    );
  }

  /** Replaces every direct grant with `acl`. */
  set(
    objectType: PermissionObjectType,
    objectId: string,
    acl: AccessControlRequest[],
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    return this.call('PUT', objectType, objectId, { body: { access_control_list: acl } }, signal);
  }

  /** Every permissions call needs CAN_MANAGE on the object and answers its whole ACL. */
  private async call(
    method: HttpMethod,
    objectType: PermissionObjectType,
    objectId: string,
    req: Pick<ApiRequest, 'body' | 'safeToRepeat'>,
    signal?: AbortSignal,
  ): Promise<ObjectPermissions> {
    const res = await this.transport.request<Partial<ObjectPermissions>>({
      method,
      path: path(objectType, objectId),
      ...req,
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
