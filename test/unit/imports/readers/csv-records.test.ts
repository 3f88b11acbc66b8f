import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { CsvRecordSplitter, CsvUnclosedQuoteError } from "../../../../src/modules/imports/readers/csv-records";

/** Splits text fed in the given chunk sizes (cycled), so chunk boundaries fall everywhere. */
function split(text: string, chunkSizes: number[] = [text.length || 1], delimiter = ","): string[][] {
  const sut = new CsvRecordSplitter(delimiter);
  const records: string[][] = [];
  let position = 0;
  for (let k = 0; position < text.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length]);
    records.push(...sut.push(text.slice(position, position + size)));
    position += size;
  }
  records.push(...sut.end());
  return records;
}

describe("CsvRecordSplitter", () => {
  it.each([
    ["a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["a,b\r1,2", [["a", "b"], ["1", "2"]]],
    ['"a,1","b""2"\n', [["a,1", 'b"2']]],
    ['"多行\r\n单元格",x\n', [["多行\r\n单元格", "x"]]],
    ["a,,c\n\n,\n", [["a", "", "c"], [""], ["", ""]]],
    ['5"屏,x\n', [['5"屏', "x"]]],
    ['"abc"def,x\n', [["abcdef", "x"]]],
    ['a,""\n', [["a", ""]]],
    ["only", [["only"]]],
    ["", []],
  ])("%j", (text, records) => {
    expect(split(text)).toEqual(records);
    expect(split(text, [1])).toEqual(records);
    expect(split(text, [2, 3])).toEqual(records);
  });

  it("uses the given delimiter", () => {
    expect(split("a\tb,c\n", undefined, "\t")).toEqual([["a", "b,c"]]);
  });

  it("reports the line where a record with an unclosed quote starts", () => {
    const sut = new CsvRecordSplitter(",");
    sut.push('名称,产品\n"甲\n乙",x\n丙,"未闭合\n丁\n');
    expect(() => sut.end()).toThrow(CsvUnclosedQuoteError);
    try {
      sut.end();
    } catch (error) {
      expect((error as CsvUnclosedQuoteError).line).toBe(4);
    }
  });

  it("property: reads back whatever csv-stringify writes, across any chunking", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "企", ",", '"', "\n", "\r", " ", "\t", "1"), maxLength: 6 });
    const records = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(records, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }), (rows, sizes) => {
        // csv-stringify quotes only the record delimiter itself; a lone CR or LF must be quoted too.
        const text = stringify(rows, { record_delimiter: "windows", quoted_match: /[\r\n]/ });
        expect(split(text, sizes)).toEqual(rows);
      }),
    );
  });
});
