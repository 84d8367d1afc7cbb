import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { startHeppuEmulator, type HeppuEmulator } from "../emulators/heppu.js";
import { docsFolder, manyPages } from "../heppu/helpers.js";

/** Every form a secret may be echoed in; none may appear in any output. */
export function leakedForms(text: string, secret: string): string[] {
  const forms: Record<string, string> = {
    raw: secret,
    "URL-encoded": encodeURIComponent(secret),
    "lower-case": secret.toLowerCase(),
    "upper-case": secret.toUpperCase(),
    base64: Buffer.from(secret).toString("base64").replace(/=+$/, ""),
  };
  return Object.entries(forms).filter(([, form]) => text.includes(form)).map(([name]) => name);
}

/** A DNS failure as undici reports it: the host name comes back lower-cased inside the cause. */
function failDns(): void {
  vi.stubGlobal("fetch", async (input: string | URL) => {
    const host = new URL(String(input)).hostname;
    const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND", hostname: host });
    throw new TypeError("fetch failed", { cause });
  });
}
afterEach(() => vi.unstubAllGlobals());

const running: HeppuEmulator[] = [];
afterEach(async () => Promise.all(running.splice(0).map((emu) => emu.close())));

const SPECIAL_KEY = "hk_live/Zq8+vR2xT5@nW9kP3mJ7bY";
const HOST_KEY = "hk-live-Zq8vR2xT5nW9kP3mJ7bYq";

const REMOTE = "http://kb.docs.example/api/v1";

/**
 * Where the key hides in `--api-url` (a host name only takes some characters). Remote plain-http
 * URLs are printed in the "plain http" warning, then fail with a DNS error that echoes the host;
 * a URL with credentials, a query or a fragment is refused up front, with the URL in the message.
 */
const PLACES = [
  // A query would swallow the paths appended to the URL, so the setting is refused, with the URL redacted.
  { place: "query", key: SPECIAL_KEY, apiUrl: () => `${REMOTE}?api_key=${encodeURIComponent(SPECIAL_KEY)}`, dns: false, refused: true },
  // Credentials in the URL would travel with every request: refused too.
  { place: "userinfo", key: SPECIAL_KEY, apiUrl: () => REMOTE.replace("http://", `http://bot:${encodeURIComponent(SPECIAL_KEY)}@`), dns: false, refused: true },
  { place: "path", key: SPECIAL_KEY, apiUrl: () => REMOTE.replace("/api/v1", `/${encodeURIComponent(SPECIAL_KEY)}/api/v1`), dns: true },
  { place: "host", key: HOST_KEY, apiUrl: () => `http://${HOST_KEY}.docs.example/api/v1`, dns: true },
  { place: "userinfo of a loopback URL", key: SPECIAL_KEY, apiUrl: (emu: string) => emu.replace("http://", `http://${encodeURIComponent(SPECIAL_KEY)}@`), dns: false, refused: true },
];

/** The CLI in-process, on every channel it has: stdout, stderr, `--json` and `--out`. */
async function everyChannel(key: string, apiUrl: string, root: string, collectionId: string) {
  const printed: string[] = [];
  const channels = [["-v"], ["--json", "--out", "plan.json"]];
  for (const extra of channels) {
    const code = await runCli(["sync", root, "--target", "heppu", "--api-url", apiUrl, "--collection-id", collectionId, "--timeout", "2000", ...extra], {
      stdout: (text) => void printed.push(text),
      stderr: (text) => void printed.push(text),
      env: { KB_PUBLISH_API_KEY: key },
      cwd: root,
      interactive: false,
    });
    expect(code).not.toBe(0);
  }
  printed.push(await readFile(path.join(root, "plan.json"), "utf8").catch(() => ""));
  return printed.join("\n");
}

describe("the API key never leaves the CLI, wherever it hides in --api-url", () => {
  it.each(PLACES)("key in the $place", async ({ key, apiUrl, dns, refused }) => {
    const emu = await startHeppuEmulator({ apiKeys: [key] });
    running.push(emu);
    if (dns) failDns();
    const root = await docsFolder(manyPages(3));
    const output = await everyChannel(key, apiUrl(emu.url), root, emu.collectionId);
    expect(output).toContain("***");
    expect(leakedForms(output, key)).toEqual([]);
    if (dns) expect(output).toMatch(/plain http[\s\S]*ENOTFOUND/);
    if (refused) expect(output).toContain("expected an http(s) base URL without credentials, a query or a fragment");
  });

  it("the control: a message echoing every form of the key reaches the output, redacted", async () => {
    const emu = await startHeppuEmulator({ apiKeys: [SPECIAL_KEY] });
    running.push(emu);
    const echo = `echo ${SPECIAL_KEY} ${encodeURIComponent(SPECIAL_KEY)} ${SPECIAL_KEY.toLowerCase()} ${Buffer.from(SPECIAL_KEY).toString("base64")}`;
    emu.faults.rejectSource("p001", echo);
    const root = await docsFolder(manyPages(3));
    const output = await everyChannel(SPECIAL_KEY, emu.url, root, emu.collectionId);
    expect(output).toContain("echo *** *** *** ***");
    expect(leakedForms(output, SPECIAL_KEY)).toEqual([]);
  });
});
