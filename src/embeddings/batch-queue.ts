export interface BatchQueueOptions<I, O> {
  /** Runs one batch; must return exactly one output per input, in order. */
  run: (items: I[]) => Promise<O[]>;
  batchSize: number;
  /** Items admitted but not yet handed to `run`; further pushes wait for room. */
  maxQueueLength: number;
}

interface Pending<I, O> {
  item: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces concurrent callers into batches and runs one batch at a time.
 *
 * Why: the model is faster per text in batches, and ONNX Runtime already uses every core for one batch,
 * so running batches in parallel only adds memory. Admission is bounded so a burst (a bulk reindex next
 * to live queries) slows callers down instead of queueing unbounded text in memory.
 */
export class BatchQueue<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private readonly waitingForRoom: Array<() => void> = [];
  private draining = false;
  private running: Promise<void> = Promise.resolve();
  private scheduled = false;
  private closedError: Error | undefined;

  constructor(private readonly options: BatchQueueOptions<I, O>) {}

  /** Number of items admitted and not yet running (for tests and metrics). */
  get length(): number {
    return this.queue.length;
  }

  async push(item: I): Promise<O> {
    const [output] = await this.pushAll([item]);
    return output;
  }

  /** Admits items in order, waiting for room as needed; resolves when all are done. */
  async pushAll(items: readonly I[]): Promise<O[]> {
    const results: Promise<O>[] = [];
    try {
      for (const item of items) {
        // Only yield when full, so one caller's texts stay together in a batch.
        if (this.queue.length >= this.options.maxQueueLength) await this.admission();
        results.push(this.enqueue(item));
      }
    } catch (error) {
      // The items already admitted still settle; nobody awaits them any more, so keep their
      // rejections from surfacing as unhandled.
      for (const result of results) result.catch(() => undefined);
      throw error;
    }
    return Promise.all(results);
  }

  private enqueue(item: I): Promise<O> {
    // admission() resolves a microtask before this runs; close() may have happened in between.
    if (this.closedError) return Promise.reject(this.closedError);
    const result = new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
    });
    this.schedule();
    return result;
  }

  /**
   * Rejects everything still waiting and resolves once the batch already running has finished, so the
   * caller can free the model without pulling it from under a running inference.
   */
  async close(error: Error): Promise<void> {
    this.closedError = error;
    for (const pending of this.queue.splice(0)) pending.reject(error);
    for (const wake of this.waitingForRoom.splice(0)) wake();
    await this.running;
  }

  private async admission(): Promise<void> {
    while (!this.closedError && this.queue.length >= this.options.maxQueueLength) {
      await new Promise<void>((resolve) => this.waitingForRoom.push(resolve));
    }
    if (this.closedError) throw this.closedError;
  }

  private schedule(): void {
    if (this.draining || this.scheduled) return;
    this.scheduled = true;
    // setImmediate rather than a microtask: callers that push in the same turn of the event loop
    // (e.g. several HTTP requests parsed together) end up in one batch.
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.options.batchSize);
        this.wakeWaiters();
        await this.runBatch(batch);
      }
    } finally {
      this.draining = false;
    }
  }

  private wakeWaiters(): void {
    let room = this.options.maxQueueLength - this.queue.length;
    while (room > 0 && this.waitingForRoom.length > 0) {
      this.waitingForRoom.shift()?.();
      room -= 1;
    }
  }

  private async runBatch(batch: Pending<I, O>[]): Promise<void> {
    try {
      const outputs = await this.options.run(batch.map((pending) => pending.item));
      if (outputs.length !== batch.length) {
        throw new Error(`batch returned ${outputs.length} results for ${batch.length} inputs`);
      }
      batch.forEach((pending, i) => pending.resolve(outputs[i]));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }
}
