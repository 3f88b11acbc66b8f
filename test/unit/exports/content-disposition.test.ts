import { attachmentDisposition, safeFileName } from "../../../src/modules/exports";

const encodedName = (header: string) => header.split("filename*=UTF-8''")[1];

describe("attachmentDisposition", () => {
  it("carries the Chinese name in filename* (RFC 5987) and export.<ext> as the plain fallback", () => {
    const header = attachmentDisposition("目标清单-新能源(一期)*-20261126.xlsx");
    expect(header.startsWith('attachment; filename="export.xlsx"; filename*=UTF-8\'\'')).toBe(true);
    expect(decodeURIComponent(encodedName(header))).toBe("目标清单-新能源(一期)_-20261126.xlsx");
    expect(encodedName(header)).toMatch(/^[A-Za-z0-9%!#$&+\-.^_`|~]+$/); // attr-char only: ( ) ' * encoded too
    expect(encodedName(header)).toContain("%28");
  });

  it("keeps an ASCII name as the fallback", () => {
    expect(attachmentDisposition("shortlist-12.csv")).toBe(`attachment; filename="shortlist-12.csv"; filename*=UTF-8''shortlist-12.csv`);
  });

  it("replaces characters Windows refuses, quotes and control characters", () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0001k')).toBe("a_b_c_d_e_f_g_h_i_j_k");
    expect(attachmentDisposition('x"y;z.csv')).toContain('filename="x_y_z.csv"');
    expect(safeFileName("   ")).toBe("导出");
  });
});
