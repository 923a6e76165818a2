import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { guardSocket, type AddressPolicy } from './guard.js';

/** One HTTP exchange, no redirect followed: resolves with the response once its headers arrive. */
export function requestOnce(
  url: URL, headers: Record<string, string>, opts: { lookup: LookupFunction; policy: AddressPolicy; signal: AbortSignal },
): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((ok, ko) => {
    const req = send(url, { method: 'GET', headers, lookup: opts.lookup, signal: opts.signal, agent: false });
    req.once('socket', (socket) => guardSocket(socket, url.hostname, opts.policy));
    req.once('response', ok);
    req.once('error', ko);
    req.end();
  });
}

/** Drops a response we will not read, and its connection. */
export function discard(res: IncomingMessage): void {
  res.destroy();
}
