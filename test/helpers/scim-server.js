// A fake workspace in its own process, for tests whose runner blocks the test's event loop (the
// ADO MockTestRunner uses spawnSync). Prints its URL on the first line; exits when stdin closes.
const http = require('http');
const token = process.argv[2];
const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  if (!req.url.startsWith('/api/2.0/preview/scim/v2/Me')) {
    res.writeHead(404);
    return res.end(JSON.stringify({ error_code: 'ENDPOINT_NOT_FOUND', message: 'No route' }));
  }
  if (req.headers.authorization !== `Bearer ${token}`) {
    res.writeHead(401);
    return res.end(
      JSON.stringify({ error_code: 'UNAUTHENTICATED', message: 'Invalid access token.' }),
    );
  }
  res.end(JSON.stringify({ id: '4242', userName: 'ado-bot@example.com' }));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
