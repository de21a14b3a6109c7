// Dinic's maximum flow on integer capacities. The bound's networks have a few thousand nodes
// and edges, so plain arrays are fast enough (well under a millisecond per flow).

export class FlowNetwork {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly capacity: number[] = [];

  constructor(readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  addEdge(from: number, to: number, capacity: number): void {
    for (const [u, v, c] of [
      [from, to, capacity],
      [to, from, 0],
    ] as const) {
      this.to.push(v);
      this.capacity.push(c);
      this.next.push(this.head[u]);
      this.head[u] = this.to.length - 1;
    }
  }

  /** Value of a maximum flow from source to sink (consumes the capacities). */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    const level = new Int32Array(this.nodes);
    const cursor = new Int32Array(this.nodes);
    while (this.levels(source, sink, level)) {
      for (let v = 0; v < this.nodes; v++) cursor[v] = this.head[v];
      for (let pushed = this.push(source, sink, Infinity, level, cursor); pushed > 0;) {
        total += pushed;
        pushed = this.push(source, sink, Infinity, level, cursor);
      }
    }
    return total;
  }

  private levels(source: number, sink: number, level: Int32Array): boolean {
    level.fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i];
      for (let e = this.head[u]; e >= 0; e = this.next[e]) {
        const v = this.to[e];
        if (this.capacity[e] > 0 && level[v] < 0) {
          level[v] = level[u] + 1;
          queue.push(v);
        }
      }
    }
    return level[sink] >= 0;
  }

  private push(u: number, sink: number, limit: number, level: Int32Array, cursor: Int32Array): number {
    if (u === sink) return limit;
    for (; cursor[u] >= 0; cursor[u] = this.next[cursor[u]]) {
      const e = cursor[u];
      const v = this.to[e];
      const c = this.capacity[e];
      if (c <= 0 || level[v] !== level[u] + 1) continue;
      const pushed = this.push(v, sink, Math.min(limit, c), level, cursor);
      if (pushed > 0) {
        this.capacity[e] = c - pushed;
        this.capacity[e ^ 1] = this.capacity[e ^ 1] + pushed;
        return pushed;
      }
    }
    return 0;
  }
}
