// Preloaded into a bundle run (NODE_OPTIONS=--import) to fail every fetch the way a DNS failure
// does, without any network: undici's "fetch failed" with the lower-cased host name in the cause.
globalThis.fetch = async (input) => {
  const host = new URL(typeof input === "object" && "url" in input ? input.url : String(input)).hostname;
  const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND", hostname: host });
  throw new TypeError("fetch failed", { cause });
};
