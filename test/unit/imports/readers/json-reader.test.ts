import { createWriteStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRows as sut, type ImportRow } from "../../../../src/modules/imports/readers";

const dir = mkdtempSync(join(tmpdir(), "json-reader-"));
let counter = 0;

function file(content: string, name = `file-${++counter}.json`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string) {
  const rows: ImportRow[] = [];
  const headerCalls: string[][] = [];
  for await (const row of sut({ path }, { onHeader: (headers) => headerCalls.push(headers) })) rows.push(row);
  return { rows, headerCalls };
}

describe("JSON reading", () => {
  it("reads an array of objects with scalars, nulls, nested values, escapes and brackets in strings", async () => {
    const path = file(
      JSON.stringify([
        { name: "甲 {公司}", capital: 5000, listed: true, note: null, products: [{ product: "锂电池", weight: 0.6 }] },
        { name: 'He said "[hi]"\\n', capital: 1.5, listed: false, note: "x", products: [] },
      ]),
    );
    const { rows } = await readAll(path);
    expect(rows).toEqual([
      {
        rowNumber: 1,
        cells: { name: "甲 {公司}", capital: "5000", listed: "true", note: "", products: '[{"product":"锂电池","weight":0.6}]' },
      },
      { rowNumber: 2, cells: { name: 'He said "[hi]"\\n', capital: "1.5", listed: "false", note: "x", products: "[]" } },
    ]);
  });

  it("reads JSON Lines, numbering rows by line and flagging a broken line without failing the file", async () => {
    const path = file('{"name":"甲"}\n\n{"name": 乙}\n{"name":"丙"}\n', "data.jsonl");
    const { rows } = await readAll(path);
    expect(rows.map((r) => [r.rowNumber, r.cells.name ?? null, r.problems?.[0]?.startsWith("JSON 格式错误：") ?? null])).toEqual([
      [1, "甲", null],
      [3, null, true],
      [4, "丙", null],
    ]);
  });

  it("flags array elements that are not objects", async () => {
    const { rows } = await readAll(file('[{"name":"甲"}, 42, "text", [1,2], {"name":"乙"}]'));
    expect(rows.map((r) => r.problems ?? r.cells.name)).toEqual([
      "甲",
      ["该记录不是 JSON 对象（应为 {\"字段\": 值, …}）"],
      ["该记录不是 JSON 对象（应为 {\"字段\": 值, …}）"],
      ["该记录不是 JSON 对象（应为 {\"字段\": 值, …}）"],
      "乙",
    ]);
  });

  it("announces headers again when a later record brings new keys", async () => {
    const { rows, headerCalls } = await readAll(file('[{"name":"甲"},{"name":"乙","city":"深圳"}]'));
    expect(headerCalls).toEqual([["name"], ["name", "city"]]);
    expect(rows[0].cells).toEqual({ name: "甲" });
    expect(rows[1].cells).toEqual({ name: "乙", city: "深圳" });
  });

  it("fails on content after the array and on unbalanced brackets", async () => {
    await expect(readAll(file('[{"a":1}] x'))).rejects.toMatchObject({ code: "MALFORMED_FILE" });
    await expect(readAll(file('[{"a":1}}]'))).rejects.toMatchObject({ code: "MALFORMED_FILE", message: "JSON 格式错误：第 1 行的括号不匹配" });
  });

  it("streams a large array in bounded memory", async () => {
    const path = join(dir, "large.json");
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(path);
      out.on("error", reject);
      out.write("[\n");
      for (let i = 0; i < 50_000; i++) {
        out.write(`${i ? ",\n" : ""}${JSON.stringify({ 企业名称: `示范${i}号科技有限公司`, 主要产品: [{ product: "电子特气", weight: 0.6 }] })}`);
      }
      out.end("\n]\n", resolve);
    });
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let maxHeapGrowth = 0;
    for await (const _row of sut({ path })) {
      count++;
      if (count % 5000 === 0) maxHeapGrowth = Math.max(maxHeapGrowth, process.memoryUsage().heapUsed - before);
    }
    expect(count).toBe(50_000);
    expect(maxHeapGrowth).toBeLessThan(64 * 1024 * 1024);
  });
});
