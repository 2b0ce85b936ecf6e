import "server-only";
/** Reads an upload's body as UTF-8 text, stopping as soon as it passes `limit` bytes; null when it does. */
export async function readLimitedText(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<string | null> {
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  let seen = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    seen += value.byteLength;
    if (seen > limit) {
      // Stops the client's upload instead of reading (and storing) the rest.
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}
