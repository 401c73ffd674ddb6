// AF_INET addresses for _sockmini: parsing (host, port) as CPython's getsockaddrarg does, and resolving host names.

import { networkInterfaces } from 'node:os';
import { nodeDns, nodeNet } from './node_lazy.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { typeError, overflowError, newException, UnicodeError } from '../vm/objects/exceptions.js';
import { typeOf } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import type { VM } from '../vm/vm.js';
import { gaiError } from './sockmini_errors.js';

/** A parsed (host, port): the host as given (not yet resolved) and a checked port. */
export interface InetAddress {
  host: string;
  port: number;
}

/** The IPv4 text of a host when it needs no resolver: a dotted quad, '' (INADDR_ANY) or '<broadcast>'. */
export function literalIPv4(host: string): string | null {
  if (host === '') return '0.0.0.0';
  if (host === '<broadcast>') return '255.255.255.255';
  return nodeNet().isIPv4(host) ? host : null;
}

/** Parses an AF_INET address argument of `caller` (connect, bind...), with CPython's messages. */
export function parseInetAddress(vm: VM, caller: string, addr: PyObject): InetAddress {
  if (!(addr instanceof PyTuple)) throw typeError(`${caller}(): AF_INET address must be tuple, not ${typeOf(addr).tpName}`);
  if (addr.items.length !== 2) throw typeError('AF_INET address must be a pair (host, port)');
  const host = hostText(addr.items[0]);
  const port = index(vm, addr.items[1]);
  if (typeof port === 'bigint' || port < 0 || port > 65535) throw overflowError(`${caller}(): port must be 0-65535.`);
  return { host, port };
}

function hostText(h: PyObject): string {
  let host: string;
  if (typeof h === 'string') host = h;
  else if (h instanceof PyBytes || h instanceof PyByteArray) return Buffer.from(h.data).toString('latin1');
  else throw typeError(`str, bytes or bytearray expected, not ${typeOf(h).tpName}`);
  checkIdnaLabels(host);
  return host;
}

/**
 * CPython encodes a str host with the 'idna' codec before resolving it; that codec
 * rejects an empty label (except a final dot) and a label longer than 63 characters.
 */
function checkIdnaLabels(host: string): void {
  if (host === '' || host === '<broadcast>' || nodeNet().isIPv4(host)) return;
  const labels = host.split('.');
  if (labels.length > 1 && labels[labels.length - 1] === '') labels.pop();
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) {
      throw newException(UnicodeError, "encoding with 'idna' codec failed (UnicodeError: label empty or too long)");
    }
  }
}

/** Resolves a host name to one IPv4 address (getaddrinfo through Node's dns.lookup); rejects with socket.gaierror. */
export function resolveIPv4(vm: VM, host: string): Promise<string> {
  const literal = literalIPv4(host);
  if (literal !== null) return Promise.resolve(literal);
  return new Promise((resolve, reject) => {
    nodeDns().lookup(host, { family: 4 }, (err, address) => {
      if (err) reject(gaiError(vm, err.code));
      else resolve(address);
    });
  });
}

/** (host, port) as a tpy tuple. */
export function addressTuple(host: string, port: number): PyTuple {
  return newTuple([host, port]);
}

let broadcastAddresses: Set<string> | null = null;

/** An IPv4 address as a 32-bit unsigned number. */
const ipv4Number = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/**
 * Whether sending to `ip` is a broadcast (which Linux refuses with EACCES without
 * SO_BROADCAST): the limited broadcast address, or the broadcast address of one of the
 * machine's IPv4 networks (127.255.255.255 on the loopback's /8...), read once.
 */
export function isBroadcastAddress(ip: string): boolean {
  if (ip === '255.255.255.255') return true;
  if (broadcastAddresses === null) {
    broadcastAddresses = new Set();
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) {
        if (a.family !== 'IPv4' || a.netmask === '255.255.255.255') continue;
        const n = (ipv4Number(a.address) | ~ipv4Number(a.netmask)) >>> 0;
        broadcastAddresses.add([24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.'));
      }
    }
  }
  return broadcastAddresses.has(ip);
}
