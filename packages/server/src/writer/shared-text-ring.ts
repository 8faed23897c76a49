/** Where the writer's batches are placed: big enough for thousands of submissions waiting on a slow commit. */
export const RING_BYTES = 2 * 1024 * 1024;

/** Bytes ahead of the text: the reader's position, an Int32. */
const HEADER_BYTES = 8;

/** Where a text was placed in a ring. */
export interface PlacedText {
  at: number;
  bytes: number;
}

/** The writing side of a ring: one thread places texts, in order. */
export interface TextRingWriter {
  /** The memory to hand to the reading thread. */
  readonly buffer: SharedArrayBuffer;
  /** Places `text` (well-formed, as JSON.stringify makes it) as UTF-8, or returns null when the reader has not freed room enough: send it another way. */
  place(text: string): PlacedText | null;
}

/**
 * Texts from one thread to another through shared memory, for the writer
 * thread's batches of submissions (docs/operations.md, "How an answer is
 * kept"): a message then only says where the text is. Copying a batch's
 * string into a message cost the HTTP thread 1-3 µs a submission; encoding
 * it into the ring costs a tenth of that. The reader takes texts in the
 * order they were placed and frees each once it has its copy; the writer
 * never overtakes it, and when the reader is far behind (a stalled disk),
 * `place` says so and the text goes in the message itself.
 *
 * @example
 * const ring = textRingWriter();
 * const placed = ring.place(json); // → { at: 8, bytes: 6835 }, or null when full
 */
export function textRingWriter(size = RING_BYTES): TextRingWriter {
  const buffer = new SharedArrayBuffer(HEADER_BYTES + size);
  const freedTo = new Int32Array(buffer, 0, 1);
  const bytes = new Uint8Array(buffer, HEADER_BYTES);
  const encoder = new TextEncoder();
  // Where the next text goes; equal to the reader's position exactly when everything placed has been read.
  let next = 0;
  /** Encodes `text` into [from, to), or returns null when it does not fit. */
  const into = (text: string, from: number, to: number): PlacedText | null => {
    // Room for the worst case first: encodeInto would otherwise write a cut text.
    if (to - from < text.length * 3) return null;
    const { written } = encoder.encodeInto(text, bytes.subarray(from, to));
    next = from + written;
    return { at: HEADER_BYTES + from, bytes: written };
  };
  return {
    buffer,
    place(text) {
      const freed = Atomics.load(freedTo, 0);
      if (freed === next) {
        // All read, so no message about the ring is on its way: both sides may start again at its start.
        Atomics.store(freedTo, 0, 0);
        return into(text, 0, size);
      }
      // Behind the reader: up to one byte short of it, so that `next` reaching it always means "all read".
      if (next < freed) return into(text, next, freed - 1);
      // Ahead of it: to the end, else from the start up to one byte short of it.
      return into(text, next, size) ?? (freed > 0 ? into(text, 0, freed - 1) : null);
    },
  };
}

/**
 * The reading side of a ring made by textRingWriter, in another thread:
 * takes each placed text, in the order placed, and frees its room.
 *
 * @example
 * const take = textRingReader(workerData.ring);
 * const json = take(message.at, message.bytes);
 */
export function textRingReader(buffer: SharedArrayBuffer): (at: number, bytes: number) => string {
  const freedTo = new Int32Array(buffer, 0, 1);
  return (at, bytes) => {
    // toString copies: the room can be freed as soon as it returns.
    const text = Buffer.from(buffer, at, bytes).toString('utf8');
    Atomics.store(freedTo, 0, at - HEADER_BYTES + bytes);
    return text;
  };
}
