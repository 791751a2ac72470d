import { DatabricksError, parseErrorBody } from '../../../shared/databricks';

describe('parseErrorBody', () => {
  test('Databricks JSON errors', () => {
    expect(
      parseErrorBody(
        400,
        '/p',
        'application/json',
        '{"error_code":"INVALID_STATE","message":"bad state"}',
      ),
    ).toMatchObject({
      errorCode: 'INVALID_STATE',
      message: 'bad state',
      nonJson: false,
    });
  });

  test('legacy numeric error_code falls back to the status', () => {
    expect(parseErrorBody(404, '/p', '', '{"error_code":"404","message":"gone"}').errorCode).toBe(
      'NOT_FOUND',
    );
  });

  test('legacy {error}, SCIM {detail} and OAuth {error_description}', () => {
    expect(parseErrorBody(500, '/p', '', '{"error":"boom"}').message).toBe('boom');
    expect(parseErrorBody(403, '/p', '', '{"detail":"not allowed","status":"403"}')).toMatchObject({
      errorCode: 'PERMISSION_DENIED',
      message: 'not allowed',
    });
    expect(
      parseErrorBody(401, '/t', '', '{"error":"invalid_client","error_description":"bad secret"}'),
    ).toMatchObject({ errorCode: 'invalid_client', message: 'bad secret' });
  });

  test('"ERROR_CODE: message" text', () => {
    expect(
      parseErrorBody(503, '/p', 'text/plain', 'TEMPORARILY_UNAVAILABLE: try later'),
    ).toMatchObject({
      errorCode: 'TEMPORARILY_UNAVAILABLE',
      message: 'try later',
    });
  });

  test('HTML, other text and empty bodies become a one-line summary', () => {
    expect(
      parseErrorBody(504, '/api/x', 'text/html', '<html>\n<pre>upstream</pre>\n</html>').message,
    ).toBe('HTTP 504 Gateway Timeout from /api/x (HTML page, 34 bytes)');
    expect(parseErrorBody(500, '/api/x', 'text/plain', 'oops\nstack').message).toBe(
      'HTTP 500 Internal Server Error from /api/x (text, 10 bytes)',
    );
    expect(parseErrorBody(502, '/api/x', '', '').message).toBe(
      'HTTP 502 Bad Gateway from /api/x (empty body)',
    );
  });
});

test('a 404 ENDPOINT_NOT_FOUND is not "resource not found"', () => {
  const e = new DatabricksError({
    method: 'GET',
    path: '/api/2.2/jobs/get',
    status: 404,
    errorCode: 'ENDPOINT_NOT_FOUND',
    serverMessage: 'No API',
  });
  expect(e.isNotFound).toBe(false);
  expect(e.isEndpointNotFound).toBe(true);
});

test('a 403 without a known resource still says who lacks what', () => {
  const e = new DatabricksError({
    method: 'GET',
    path: '/api/2.0/x',
    status: 403,
    errorCode: 'PERMISSION_DENIED',
    serverMessage: 'nope',
    principal: 'the service principal abc',
  });
  expect(e.message).toBe(
    'permission denied: the service principal abc lacks the permission for this call (Databricks said: "nope"; GET /api/2.0/x)',
  );
});
