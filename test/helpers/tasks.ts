/**
 * Counts the page's own tasks (a message-channel ping-pong, first queued before `work` starts)
 * that run while `work` is pending: more than one means the work gave the main thread back.
 */
export async function tasksDuring<T>(work: () => Promise<T>): Promise<{ value: T; tasks: number }> {
  let tasks = 0;
  let running = true;
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    if (!running) return;
    tasks++;
    ch.port2.postMessage(null);
  };
  ch.port2.postMessage(null);
  try {
    const value = await work();
    return { value, tasks };
  } finally {
    running = false;
    ch.port1.close();
  }
}
