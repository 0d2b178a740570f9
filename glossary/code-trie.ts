/**
 * A trie over UTF-16 code units stored in flat typed arrays: the root is a direct 64K table, the
 * other edges live in one open-addressing hash table whose slots hold [parent, code, child], so one
 * step touches one cache line. `compactTrie` lays a finished trie out for fast walking.
 * Internal to term-matcher and rendering-index.
 */

const STRIDE = 3;

function slotHash(node: number, code: number): number {
  // murmur3 finaliser over parent and code: the low bits must be well mixed, they index the table.
  let h = Math.imul(node, 0x9e3779b1) ^ code;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Flat trie of code units; node 0 is the root. Each node may carry an integer payload (0 = none). */
export class CodeTrie {
  /** Child of the root for each code unit (0 = none: the root is never a child). */
  readonly rootChild = new Int32Array(0x10000);
  /** Edge slots, STRIDE ints each: parent (-1 = empty), code, child. */
  slots: Int32Array;
  /** Number of slots minus one (a power of two minus one). */
  mask: number;
  private edgeCount = 0;
  /** Number of nodes, root included. */
  nodeCount = 1;
  private payloads: number[] = [0];

  constructor(expectedEdges = 1024) {
    let capacity = 1024;
    while (capacity < expectedEdges * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * STRIDE).fill(-1);
    this.mask = capacity - 1;
  }

  /** Index into `slots` of the edge from `node` (not the root) along `code`, or -1. */
  slotOf(node: number, code: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = slotHash(node, code) & mask;
    for (;;) {
      const base = slot * STRIDE;
      const owner = slots[base];
      if (owner === node && slots[base + 1] === code) return base;
      if (owner === -1) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Child of `node` along code unit `code`, or 0 when there is none. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootChild[code];
    const base = this.slotOf(node, code);
    return base < 0 ? 0 : this.slots[base + 2];
  }

  /** Insert a key given as code units and return its final node (creating nodes as needed). */
  insert(key: ArrayLike<number>): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key[i];
      let next = this.child(node, code);
      if (next === 0) {
        next = this.nodeCount++;
        this.payloads.push(0);
        if (node === 0) this.rootChild[code] = next;
        else this.addEdge(node, code, next);
      }
      node = next;
    }
    return node;
  }

  /** Payload of a node (0 = none). */
  payload(node: number): number {
    return this.payloads[node];
  }

  /** Set the payload of a node. */
  setPayload(node: number, payload: number): void {
    this.payloads[node] = payload;
  }

  private addEdge(node: number, code: number, childNode: number): void {
    if ((this.edgeCount + 1) * 2 > this.mask + 1) this.rehash();
    const slots = this.slots;
    const mask = this.mask;
    let slot = slotHash(node, code) & mask;
    while (slots[slot * STRIDE] !== -1) slot = (slot + 1) & mask;
    const base = slot * STRIDE;
    slots[base] = node;
    slots[base + 1] = code;
    slots[base + 2] = childNode;
    this.edgeCount++;
  }

  private rehash(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * STRIDE).fill(-1);
    this.mask = capacity - 1;
    this.edgeCount = 0;
    for (let base = 0; base < old.length; base += STRIDE) {
      if (old[base] !== -1) this.addEdge(old[base], old[base + 1], old[base + 2]);
    }
  }
}

/**
 * Read-only trie laid out for walking: nodes numbered in depth-first preorder (a node's first child is
 * the next node, so a chain of single children is read sequentially), each node's edges contiguous and
 * sorted by code unit. Built from a CodeTrie by `compactTrie`.
 */
export interface CompactTrie {
  /** Child of the root for each code unit (0 = none). */
  rootChild: Int32Array;
  /** Per node, 3 ints: first edge, end of edges (exclusive), payload. */
  nodeInfo: Int32Array;
  /** Per edge, 2 ints: code unit, child node. */
  edges: Int32Array;
  /** Compact number of each CodeTrie node, for re-keying side tables. */
  newId: Int32Array;
}

/** Lay out a finished CodeTrie (payloads set) as a CompactTrie. */
export function compactTrie(trie: CodeTrie): CompactTrie {
  const nodeCount = trie.nodeCount;
  const slots = trie.slots;
  // Children lists in the trie's own numbering (counting sort by parent).
  const start = new Int32Array(nodeCount + 1);
  for (let code = 0; code < 0x10000; code++) if (trie.rootChild[code] !== 0) start[1]++;
  for (let base = 0; base < slots.length; base += STRIDE) if (slots[base] !== -1) start[slots[base] + 1]++;
  for (let node = 0; node < nodeCount; node++) start[node + 1] += start[node];
  const edgeCount = start[nodeCount];
  const childCode = new Uint16Array(edgeCount);
  const childNode = new Int32Array(edgeCount);
  const cursor = start.slice(0, nodeCount);
  for (let code = 0; code < 0x10000; code++) {
    const child = trie.rootChild[code];
    if (child !== 0) { childCode[cursor[0]] = code; childNode[cursor[0]] = child; cursor[0]++; }
  }
  for (let base = 0; base < slots.length; base += STRIDE) {
    const parent = slots[base];
    if (parent === -1) continue;
    const at = cursor[parent]++;
    childCode[at] = slots[base + 1];
    childNode[at] = slots[base + 2];
  }
  // Sort each list by code unit (lists are short: insertion sort).
  for (let node = 0; node < nodeCount; node++) {
    for (let a = start[node] + 1; a < start[node + 1]; a++) {
      const code = childCode[a];
      const child = childNode[a];
      let b = a - 1;
      while (b >= start[node] && childCode[b] > code) { childCode[b + 1] = childCode[b]; childNode[b + 1] = childNode[b]; b--; }
      childCode[b + 1] = code;
      childNode[b + 1] = child;
    }
  }
  // Depth-first preorder numbering.
  const newId = new Int32Array(nodeCount);
  const order = new Int32Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  let top = 0;
  let next = 0;
  stack[top++] = 0;
  while (top > 0) {
    const node = stack[--top];
    newId[node] = next;
    order[next++] = node;
    for (let e = start[node + 1] - 1; e >= start[node]; e--) stack[top++] = childNode[e];
  }
  const nodeInfo = new Int32Array(nodeCount * 3);
  const edges = new Int32Array(edgeCount * 2);
  let edge = 0;
  for (let id = 0; id < nodeCount; id++) {
    const node = order[id];
    nodeInfo[id * 3] = edge;
    for (let e = start[node]; e < start[node + 1]; e++) {
      edges[edge * 2] = childCode[e];
      edges[edge * 2 + 1] = newId[childNode[e]];
      edge++;
    }
    nodeInfo[id * 3 + 1] = edge;
    nodeInfo[id * 3 + 2] = trie.payload(node);
  }
  const rootChild = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const child = trie.rootChild[code];
    if (child !== 0) rootChild[code] = newId[child];
  }
  return { rootChild, nodeInfo, edges, newId };
}

/** Code units of a string as a plain array. */
export function codeUnits(text: string): number[] {
  const result = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) result[i] = text.charCodeAt(i);
  return result;
}
