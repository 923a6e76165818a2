import { BlockList, isIP } from 'node:net';

// Addresses a fetch must not reach unless private fetching is allowed: loopback, private,
// link-local (cloud metadata lives at 169.254.169.254 and fd00:ec2::254), unspecified,
// shared (CGNAT, Alibaba's metadata at 100.100.100.200), multicast and reserved ranges.
const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
];
const PRIVATE_V6: [string, number][] = [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
];

const blocked = new BlockList();
for (const [net, prefix] of PRIVATE_V4) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of PRIVATE_V6) blocked.addSubnet(net, prefix, 'ipv6');

/** IPv6 prefixes that embed an IPv4 address in their last 32 bits: NAT64 and IPv4-compatible. */
const EMBEDDING_V6 = /^(?:64:ff9b::|::)(?:([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i;

/** True for an IP literal in a range a fetch must not reach (IPv4-mapped and NAT64 forms included). */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family !== 6) return false;
  // The URL parser writes IPv6 in its shortest lower-case form, which the pattern below expects.
  const canonical = new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  if (blocked.check(canonical, 'ipv6')) return true;
  const m = EMBEDDING_V6.exec(canonical);
  if (m) {
    const n = (parseInt(m[1], 16) << 16) | parseInt(m[2], 16);
    const v4 = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
    return blocked.check(v4, 'ipv4');
  }
  return false;
}

/** A URL's host as an IP literal, if it is one (`[::1]` → `::1`); the URL parser has already decoded `0x7f.1`. */
export function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return isIP(bare) ? bare : undefined;
}
