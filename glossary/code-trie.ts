/**
 * A trie over UTF-16 code units stored in flat typed arrays: the root is a direct 64K table, the
 * other edges live in one open-addressing hash table. Internal to term-matcher and target-check.
 */

/** Flat trie of code units; node 0 is the root. */
export class CodeTrie {
  /** Child of the root for each code unit (0 = none: the root is never a child). */
  readonly rootChildren = new Int32Array(0x10000);
  private edgeNode: Int32Array;
  private edgeCode: Uint16Array;
  private edgeChild: Int32Array;
  private mask: number;
  private edgeCount = 0;
  /** Number of nodes, root included. */
  nodeCount = 1;

  constructor(expectedEdges = 1024) {
    let capacity = 1024;
    while (capacity < expectedEdges * 2) capacity *= 2;
    this.edgeNode = new Int32Array(capacity).fill(-1);
    this.edgeCode = new Uint16Array(capacity);
    this.edgeChild = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Child of `node` along code unit `code`, or 0 when there is none. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const mask = this.mask;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
    const edgeNode = this.edgeNode;
    for (;;) {
      const owner = edgeNode[slot];
      if (owner === -1) return 0;
      if (owner === node && this.edgeCode[slot] === code) return this.edgeChild[slot];
      slot = (slot + 1) & mask;
    }
  }

  /** Insert a key given as code units and return its final node (creating nodes as needed). */
  insert(key: ArrayLike<number>): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key[i];
      let next = this.child(node, code);
      if (next === 0) {
        next = this.nodeCount++;
        if (node === 0) this.rootChildren[code] = next;
        else this.addEdge(node, code, next);
      }
      node = next;
    }
    return node;
  }

  private addEdge(node: number, code: number, childNode: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeNode.length) this.rehash();
    const mask = this.mask;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
    while (this.edgeNode[slot] !== -1) slot = (slot + 1) & mask;
    this.edgeNode[slot] = node;
    this.edgeCode[slot] = code;
    this.edgeChild[slot] = childNode;
    this.edgeCount++;
  }

  private rehash(): void {
    const oldNode = this.edgeNode;
    const oldCode = this.edgeCode;
    const oldChild = this.edgeChild;
    const capacity = oldNode.length * 2;
    this.edgeNode = new Int32Array(capacity).fill(-1);
    this.edgeCode = new Uint16Array(capacity);
    this.edgeChild = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.edgeCount = 0;
    for (let slot = 0; slot < oldNode.length; slot++) {
      if (oldNode[slot] !== -1) this.addEdge(oldNode[slot], oldCode[slot], oldChild[slot]);
    }
  }
}

/** Code units of a string as a plain array. */
export function codeUnits(text: string): number[] {
  const result = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) result[i] = text.charCodeAt(i);
  return result;
}
