import type { Transport } from './transport';

export interface StatementParameter {
  name: string;
  /** Absent means NULL. */
  value?: string;
  type?: string;
}

export interface ExecuteStatementRequest {
  warehouse_id: string;
  statement: string;
  catalog?: string;
  schema?: string;
  parameters?: StatementParameter[];
  /** `"0s"` (asynchronous) or `"5s"`–`"50s"`; the service default is 10s. */
  wait_timeout?: string;
  on_wait_timeout?: 'CONTINUE' | 'CANCEL';
  disposition?: 'INLINE' | 'EXTERNAL_LINKS';
  format?: 'JSON_ARRAY' | 'ARROW_STREAM' | 'CSV';
  row_limit?: number;
  byte_limit?: number;
}

export type StatementState = 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'CLOSED';

export interface ResultChunk {
  chunk_index?: number;
  row_offset?: number;
  row_count?: number;
  /** Strings (or null) whatever the column type. */
  data_array?: (string | null)[][];
  next_chunk_index?: number;
  next_chunk_internal_link?: string;
}

export interface StatementResponse {
  statement_id: string;
  status: {
    state: StatementState | string;
    sql_state?: string;
    error?: { error_code?: string; message?: string };
  };
  manifest?: {
    format?: string;
    schema?: {
      column_count?: number;
      columns?: { name: string; type_name?: string; position?: number }[];
    };
    total_chunk_count?: number;
    total_row_count?: number;
    truncated?: boolean;
  };
  result?: ResultChunk;
}

export const TERMINAL_STATEMENT_STATES: ReadonlySet<string> = new Set([
  'SUCCEEDED',
  'FAILED',
  'CANCELED',
  'CLOSED',
]);

/**
 * SQL Statement Execution (`/api/2.0/sql/statements`). A failed statement is an HTTP 200 with
 * `status.state: FAILED`, not an error: callers read `status`.
 */
export class SqlApi {
  constructor(private readonly transport: Transport) {}

  /** Not repeated after a possible success: an INSERT run twice inserts twice. */
  async execute(req: ExecuteStatementRequest, signal?: AbortSignal): Promise<StatementResponse> {
    return this.transport.request<StatementResponse>({
      method: 'POST',
      path: '/api/2.0/sql/statements',
      body: req,
      resource: { kind: 'SQL warehouse', id: req.warehouse_id, needs: 'CAN_USE' },
      signal,
    });
  }

  async get(statementId: string, signal?: AbortSignal): Promise<StatementResponse> {
    return this.transport.request<StatementResponse>({
      method: 'GET',
      path: `/api/2.0/sql/statements/${encodeURIComponent(statementId)}`,
      signal,
    });
  }

  async cancel(statementId: string, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'POST',
      path: `/api/2.0/sql/statements/${encodeURIComponent(statementId)}/cancel`,
      safeToRepeat: true,
      signal,
    });
  }

  async getChunk(
    statementId: string,
    chunkIndex: number,
    signal?: AbortSignal,
  ): Promise<ResultChunk> {
    return this.transport.request<ResultChunk>({
      method: 'GET',
      path: `/api/2.0/sql/statements/${encodeURIComponent(statementId)}/result/chunks/${chunkIndex}`,
      signal,
    });
  }
}
