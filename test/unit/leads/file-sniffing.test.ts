import { sniffAttachmentType as sut } from "../../../src/modules/leads/file-sniffing";

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("sniffAttachmentType", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(sut(bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))).toEqual({ mime: "application/pdf", ext: "pdf" });
    expect(sut(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"))).toEqual({ mime: "image/png", ext: "png" });
    expect(sut(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF"))).toEqual({ mime: "image/jpeg", ext: "jpg" });
    expect(sut(bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10], "Exif"))).toEqual({ mime: "image/jpeg", ext: "jpg" });
  });

  it("accepts a PDF header after some leading bytes, as PDF readers do", () => {
    expect(sut(bytes("\r\n\r\n%PDF-1.4\n"))?.mime).toBe("application/pdf");
  });

  it("refuses an executable whatever it is called", () => {
    // What a renamed setup.exe -> 报告.pdf starts with.
    expect(sut(bytes("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "This program cannot be run in DOS mode"))).toBeNull();
    expect(sut(bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBeNull(); // ELF
  });

  it("refuses other documents, archives, HTML, SVG and truncated signatures", () => {
    expect(sut(bytes([0x50, 0x4b, 0x03, 0x04], "word/document.xml"))).toBeNull(); // docx / zip
    expect(sut(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(sut(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(sut(bytes("GIF89a"))).toBeNull();
    expect(sut(bytes("%PDF"))).toBeNull();
    expect(sut(bytes("%PDF-x.y"))).toBeNull();
    expect(sut(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sut(bytes([0xff, 0xd8, 0xff]))).toBeNull();
    expect(sut(Buffer.alloc(0))).toBeNull();
  });

  it("does not find %PDF- hidden after the first kilobyte", () => {
    expect(sut(Buffer.concat([Buffer.alloc(2000, 0x41), Buffer.from("%PDF-1.7")]))).toBeNull();
  });
});
