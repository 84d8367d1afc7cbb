import { describe, expect, it } from "vitest";
import { colorEnabled, colorsFor } from "./color.js";

describe("colorEnabled", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: "dumb" }, true, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "false" }, true, false],
    [{ NO_COLOR: "" }, true, true],
  ])("env %j on a terminal: %s -> %s", (env, tty, expected) => {
    expect(colorEnabled(env, tty)).toBe(expected);
  });

  it("paints only when enabled", () => {
    expect(colorsFor(true).red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(colorsFor(false).red("x")).toBe("x");
  });
});
