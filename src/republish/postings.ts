// A compact multimap from 32-bit keys to item numbers, newest first, in typed arrays:
// an open-addressing table of keys → the newest posting, and each posting links to the one before.
// About 12 bytes a posting plus 16 bytes a distinct key at the table's load; no object per entry.

const EMPTY = 0;
const INITIAL_SLOTS = 1024;
const INITIAL_POSTINGS = 1024;
/** Table load (keys / slots) above which the table doubles. */
const MAX_LOAD = 0.5;

export class Postings {
  private keys = new Uint32Array(INITIAL_SLOTS);
  private heads = new Int32Array(INITIAL_SLOTS).fill(-1);
  private used = 0;
  private items = new Int32Array(INITIAL_POSTINGS);
  private next = new Int32Array(INITIAL_POSTINGS);
  private count = 0;

  /** Adds `item` under `key` (key 0 is folded to 1: 0 marks an empty slot). */
  add(key: number, item: number): void {
    if (this.count === this.items.length) this.growPostings();
    if ((this.used + 1) / this.keys.length > MAX_LOAD) this.rehash();
    const k = key >>> 0 || 1;
    const slot = this.slotOf(k);
    if (this.keys[slot] === EMPTY) {
      this.keys[slot] = k;
      this.used++;
    }
    this.items[this.count] = item;
    this.next[this.count] = this.heads[slot];
    this.heads[slot] = this.count++;
  }

  /** Calls `fn` for the items under `key`, newest first, at most `limit` of them. */
  forEach(key: number, fn: (item: number) => void, limit = Infinity): void {
    const k = key >>> 0 || 1;
    let p = this.heads[this.slotOf(k)];
    for (let n = 0; p >= 0 && n < limit; n++, p = this.next[p]) fn(this.items[p]);
  }

  /** Bytes held by the typed arrays (the index's whole footprint). */
  get bytes(): number {
    return this.keys.byteLength + this.heads.byteLength + this.items.byteLength + this.next.byteLength;
  }

  /** Bytes the postings and table need at their current size, without spare capacity. */
  get usedBytes(): number {
    return this.count * 8 + (this.used / MAX_LOAD) * 8;
  }

  private slotOf(k: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(k, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[s] !== EMPTY && this.keys[s] !== k) s = (s + 1) & mask;
    return s;
  }

  private growPostings(): void {
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.items = items;
    this.next = next;
  }

  private rehash(): void {
    const oldKeys = this.keys, oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === EMPTY) continue;
      const s = this.slotOf(oldKeys[i]);
      this.keys[s] = oldKeys[i];
      this.heads[s] = oldHeads[i];
    }
  }
}
