/** Who the local workspace says you are. One user owns the PAT; OAuth tokens act as their client. */

export const LOCAL_USER = 'local-user@example.com';
export const LOCAL_USER_ID = '1000000000000001';
/** The workspace id shown in run page URLs (`?o=`) and in the `x-databricks-org-id` header. */
export const WORKSPACE_ID = '1000000000000000';

export interface Identity {
  userName: string;
  servicePrincipal: boolean;
}

export function meResponse(id: Identity): Record<string, unknown> {
  const schemas = id.servicePrincipal
    ? ['urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal']
    : [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:workspace:2.0:User',
      ];
  const out: Record<string, unknown> = {
    schemas,
    id: LOCAL_USER_ID,
    userName: id.userName,
    displayName: id.servicePrincipal ? id.userName : 'Local User',
    active: true,
    groups: [
      {
        display: 'admins',
        type: 'direct',
        value: '1000000000000002',
        $ref: 'Groups/1000000000000002',
      },
    ],
  };
  if (id.servicePrincipal) out.applicationId = id.userName;
  else out.emails = [{ value: id.userName, type: 'work', primary: true }];
  return out;
}
