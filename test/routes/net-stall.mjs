// Test-server route for hostile-network tests (issue 13): `/__net__/stall…` sends the headers and
// the first part of a JSON body, then sends nothing more until the client goes away (or 60 s
// pass, so a forgotten connection cannot hold the server).
import { PassThrough } from 'node:stream';

export function netStallRoute(ctx, next) {
  if (!ctx.path.startsWith('/__net__/stall')) return next();
  const body = new PassThrough();
  ctx.status = 200;
  ctx.set('content-type', 'application/json');
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
  body.write('{"version": 1, "id": "stall", "name": "Half a');
  const timer = setTimeout(() => body.end(), 60_000);
  ctx.req.on('close', () => {
    clearTimeout(timer);
    body.destroy();
  });
}
