import { BatchQueue } from "../../../src/embeddings/batch-queue";

function recordingQueue(batchSize: number, maxQueueLength: number) {
  const batches: number[][] = [];
  const sut = new BatchQueue<number, number>({
    run: async (items) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((n) => n * 10);
    },
    batchSize,
    maxQueueLength,
  });
  return { sut, batches };
}

describe("BatchQueue", () => {
  it("coalesces concurrent callers into batches of at most batchSize", async () => {
    const { sut, batches } = recordingQueue(4, 100);
    const results = await Promise.all([sut.pushAll([1, 2, 3]), sut.push(4), sut.pushAll([5, 6])]);
    expect(results).toEqual([[10, 20, 30], 40, [50, 60]]);
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it("makes callers wait when the queue is full instead of growing it", async () => {
    const { sut, batches } = recordingQueue(2, 3);
    let maxSeen = 0;
    const watcher = setInterval(() => (maxSeen = Math.max(maxSeen, sut.length)), 1);
    const results = await sut.pushAll(Array.from({ length: 20 }, (_, i) => i));
    clearInterval(watcher);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(maxSeen).toBeLessThanOrEqual(3);
    expect(batches.every((batch) => batch.length <= 2)).toBe(true);
  });

  it("rejects every item of a failed batch and keeps serving later ones", async () => {
    let calls = 0;
    const sut = new BatchQueue<string, string>({
      run: async (items) => {
        calls += 1;
        if (calls === 1) throw new Error("boom");
        return items;
      },
      batchSize: 8,
      maxQueueLength: 8,
    });
    await expect(sut.pushAll(["a", "b"])).rejects.toThrow("boom");
    await expect(sut.pushAll(["c"])).resolves.toEqual(["c"]);
  });

  it("rejects a batch whose result count does not match", async () => {
    const sut = new BatchQueue<string, string>({ run: async () => [], batchSize: 8, maxQueueLength: 8 });
    await expect(sut.push("a")).rejects.toThrow("0 results for 1 inputs");
  });

  it("close() rejects waiting items and later pushes", async () => {
    const { sut } = recordingQueue(1, 1);
    const pending = sut.pushAll([1, 2, 3]);
    const closing = sut.close(new Error("closed"));
    await expect(pending).rejects.toThrow("closed");
    await expect(sut.push(4)).rejects.toThrow("closed");
    await closing;
  });

  it("close() resolves only after the running batch has finished", async () => {
    let finishBatch: () => void = () => undefined;
    let batchDone = false;
    const sut = new BatchQueue<number, number>({
      run: (items) =>
        new Promise((resolve) => {
          finishBatch = () => {
            batchDone = true;
            resolve(items);
          };
        }),
      batchSize: 4,
      maxQueueLength: 4,
    });
    const running = sut.push(1);
    await new Promise((resolve) => setImmediate(resolve)); // let the batch start
    const closed = sut.close(new Error("closed")).then(() => batchDone);
    finishBatch();
    await expect(closed).resolves.toBe(true);
    await expect(running).resolves.toBe(1);
  });
});
