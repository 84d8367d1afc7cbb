import { describe, expect, it } from "vitest";
import { countsText, deleteNote, publishedNotes } from "./notes.js";

const NOW = Date.parse("2030-01-01T12:00:00Z");

describe("deleteNote", () => {
  it("says how long a tombstone lasts and until when, or why it cannot", () => {
    expect(deleteNote(7, NOW)).toBe("tombstone for 7 days, purged after about 2030-01-08 unless the file returns");
    expect(deleteNote(1, NOW)).toBe("tombstone for 1 day, purged after about 2030-01-02 unless the file returns");
    expect(deleteNote(0, NOW)).toBe("tombstone purged when published (the source's grace window is 0 days)");
    expect(deleteNote(undefined, NOW)).toMatch(/graceDays unknown/);
  });
});

describe("publishedNotes", () => {
  const run = { id: "run_9", changeCounts: { new_page: 2, removed_page: 1, unchanged: 10 } };

  it("names the generation, the run and its counts, and when removed pages are purged", () => {
    expect(publishedNotes({ generationId: "gen_3", number: 3, run, graceDays: 7, now: NOW })).toEqual([
      "published generation gen_3 (#3) from run run_9: 2 new, 1 removed, 10 unchanged",
      "1 removed page is a tombstone until about 2030-01-08 (grace window 7 days): bring a file back before then to restore it",
    ]);
  });

  it("says when it published what an earlier run left unpublished, and stays quiet about grace it does not know", () => {
    const notes = publishedNotes({ generationId: "gen_4", run, now: NOW, recovered: "1 staged item written after generation gen_3 was published" });
    expect(notes).toEqual([
      "published generation gen_4 from run run_9: 2 new, 1 removed, 10 unchanged",
      "published changes an earlier run staged but never published (1 staged item written after generation gen_3 was published)",
    ]);
  });

  it("renders unknown change kinds as they come and ignores non-numbers", () => {
    expect(countsText({ moved_page: 1, renamed_thing: 2, note: "x" })).toBe("1 moved, 2 renamed thing");
    expect(countsText(undefined)).toBe("no change counts reported");
  });
});
