/** The Databricks-shaped errors the API modules throw; the core answers them as `{error_code, message}`. */
import { ApiError } from './types';

export function invalid(message: string): ApiError {
  return new ApiError(400, 'INVALID_PARAMETER_VALUE', message);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', message);
}

export function alreadyExists(message: string): ApiError {
  return new ApiError(409, 'RESOURCE_ALREADY_EXISTS', message);
}
