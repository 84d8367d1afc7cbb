/** The part of a stream the CLI writes to. */
interface OutputStream {
  write(text: string): unknown;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * A writer that drops its output once the reader has gone (`kb-publish plan | head`: EPIPE),
 * instead of crashing with a stack trace. The run itself goes on to its end: a sync whose output
 * nobody reads still finishes its writes and releases the store. Other stream errors still throw.
 */
export function quietWhenClosed(stream: OutputStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
