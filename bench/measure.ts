const MiB = 1024 * 1024;

/** Samples RSS every 10 ms (and at start and stop, in case CPU-bound work starves the timer). */
export function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / MiB);
    },
  };
}
