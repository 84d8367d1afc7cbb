import { describe, expect, it } from "vitest";
import { activePeriodOf, isoDate } from "./dates.js";
import type { FieldProblem } from "./field-values.js";

function period(data: Record<string, unknown>) {
  const warnings: FieldProblem[] = [];
  return { ...activePeriodOf(data, warnings), warnings };
}

describe("isoDate", () => {
  it.each([
    ["2024-05-01", "2024-05-01"],
    ["2024-05-01T09:30:00Z", "2024-05-01T09:30:00.000Z"],
    ["2024-05-01T09:30:00+02:00", "2024-05-01T07:30:00.000Z"],
    ["2024-05-01 09:30", "2024-05-01T09:30:00.000Z"],
    ["2024-05-01T09:30:00.000", "2024-05-01T09:30:00.000Z"],
  ])("%j → %j", (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });

  it.each(["2024-02-30", "May 1st", "10:00:00.000", "", 1714550400])("refuses %j", (value) => {
    expect(isoDate(value)).toBeUndefined();
  });
});

describe("activePeriodOf", () => {
  it("reads Hugo's keys and aliases case-insensitively, in precedence order", () => {
    expect(period({ publishDate: "2024-01-01", expiryDate: "2025-01-01" })).toMatchObject({ activeFrom: "2024-01-01", activeUntil: "2025-01-01", keys: ["publishDate", "expiryDate"] });
    expect(period({ pubdate: "2024-01-02", unpublishdate: "2024-02-01" })).toMatchObject({ activeFrom: "2024-01-02", activeUntil: "2024-02-01" });
    expect(period({ published: "2024-01-03", publishdate: "2024-01-04" }).activeFrom).toBe("2024-01-04");
    expect(period({ PublishDate: "2024-01-05" }).activeFrom).toBe("2024-01-05");
  });

  it("ignores date, lastmod and a boolean published", () => {
    expect(period({ date: "2024-01-01", lastmod: "2024-02-01", published: true })).toEqual({ keys: [], warnings: [] });
    expect(period({ published: "false" })).toEqual({ keys: [], warnings: [] });
  });

  it("warns about a value that is not a date, and about an end before the start", () => {
    const bad = period({ expiryDate: "soon" });
    expect(bad.activeUntil).toBeUndefined();
    expect(bad.warnings).toEqual([{ key: "expiryDate", message: expect.stringContaining('"soon"; expected a date') }]);
    expect(period({ publishDate: "2024-02-01", expiryDate: "2024-01-01" }).warnings[0]?.message).toContain("before the publish date");
  });
});
