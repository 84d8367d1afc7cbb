import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { quietWhenClosed } from "./stdout-closed.js";

class FakeStream extends EventEmitter {
  written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
}

function errorWithCode(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe("quietWhenClosed", () => {
  it("writes until the reader goes away, then drops output without throwing", () => {
    const stream = new FakeStream();
    const write = quietWhenClosed(stream);
    write("first\n");
    stream.emit("error", errorWithCode("EPIPE"));
    write("second\n");
    expect(stream.written).toEqual(["first\n"]);
  });

  it("still throws other stream errors", () => {
    const stream = new FakeStream();
    quietWhenClosed(stream);
    expect(() => stream.emit("error", errorWithCode("ENOSPC"))).toThrow("write ENOSPC");
  });
});
