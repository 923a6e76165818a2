import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import { ipLiteral, isPrivateAddress } from './address.js';
import type { Resolve, ResolvedAddress } from './types.js';

/** A host resolved, or was connected, to an address the fetcher may not reach. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(readonly host: string, readonly address: string) {
    const where = host === address ? host : `${host} is at ${address}, which`;
    super(`${where} is a private, loopback or link-local address (use --allow-private to fetch it)`);
    this.name = 'PrivateAddressError';
  }
}

/** Who may be reached: everything, or public addresses plus the named hosts. */
export interface AddressPolicy {
  allowPrivate: boolean;
  allowHosts?: readonly string[];
}

const exempt = (policy: AddressPolicy, host: string) =>
  policy.allowPrivate || (policy.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());

/** Refuses a URL whose host is itself a private IP literal: Node connects to those without a lookup. */
export function checkLiteralHost(hostname: string, policy: AddressPolicy): PrivateAddressError | undefined {
  const ip = ipLiteral(hostname);
  if (ip && !exempt(policy, hostname) && isPrivateAddress(ip)) return new PrivateAddressError(hostname, ip);
  return undefined;
}

const systemResolve: Resolve = (hostname) =>
  new Promise((ok, ko) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addrs: LookupAddress[]) =>
      err ? ko(err) : ok(addrs.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })))));

/**
 * A `lookup` for node:http that resolves the host and refuses it when any of its addresses is
 * private: the address checked is the address connected to, so DNS rebinding cannot slip between.
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    const cb = callback as (err: Error | null, address: string | LookupAddress[], family?: number) => void;
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (!wanted.length) return cb(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        const bad = exempt(policy, hostname) ? undefined : wanted.find((a) => isPrivateAddress(a.address));
        if (bad) return cb(new PrivateAddressError(hostname, bad.address), '', 0);
        if (options.all) return cb(null, wanted.map((a: ResolvedAddress) => ({ address: a.address, family: a.family })));
        cb(null, wanted[0].address, wanted[0].family);
      },
      (err: Error) => cb(err, '', 0),
    );
  };
}

/** Destroys the socket if the address it actually connected to is private (the last line of defence). */
export function guardSocket(socket: Socket, host: string, policy: AddressPolicy): void {
  if (exempt(policy, host)) return;
  const check = () => {
    const addr = socket.remoteAddress;
    if (addr && isPrivateAddress(addr)) socket.destroy(new PrivateAddressError(host, addr));
  };
  if (socket.remoteAddress) check();
  else socket.once('connect', check);
}
