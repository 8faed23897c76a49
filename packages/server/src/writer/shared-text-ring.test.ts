// The writer thread's batches through shared memory: every text comes back
// as placed, in order, across the ring's end, and a ring the reader has not
// freed says so rather than overwriting what is still to be read.
import { describe, expect, it } from 'vitest';
import { textRingReader, textRingWriter } from './shared-text-ring.js';

describe('shared text ring', () => {
  it('gives back each text as placed, non-ASCII included, wrapping round its end', () => {
    const ring = textRingWriter(256);
    const take = textRingReader(ring.buffer);
    // The reader one text behind, so the ring never empties and its end is crossed.
    let previous: { text: string; at: number; bytes: number } | null = null;
    let wrapped = 0;
    for (let i = 0; i < 200; i++) {
      // Cut by code points: what JSON.stringify makes has no lone surrogate.
      const text = [...`{"n":${i},"c":"é€😀"}`].slice(0, 8 + (i % 12)).join('');
      const placed = ring.place(text);
      expect(placed, `text ${i}`).not.toBeNull();
      if (previous) {
        if (placed!.at < previous.at) wrapped += 1;
        expect(take(previous.at, previous.bytes)).toBe(previous.text);
      }
      previous = { text, ...placed! };
    }
    expect(wrapped).toBeGreaterThan(5);
  });

  it('refuses a text while the reader holds the room, and takes it once freed', () => {
    const ring = textRingWriter(100);
    const take = textRingReader(ring.buffer);
    const first = ring.place('a'.repeat(25))!;
    const second = ring.place('b'.repeat(25))!;
    // 17 characters may need 51 bytes: 50 are free at the end, none at the start.
    expect(ring.place('c'.repeat(17))).toBeNull();
    expect(take(first.at, first.bytes)).toBe('a'.repeat(25));
    // 24 free before the reader: still no run of 51.
    expect(ring.place('c'.repeat(17))).toBeNull();
    expect(take(second.at, second.bytes)).toBe('b'.repeat(25));
    const third = ring.place('c'.repeat(17))!;
    expect(third).not.toBeNull();
    expect(take(third.at, third.bytes)).toBe('c'.repeat(17));
  });

  it('never lets a later text overwrite one still unread', () => {
    const ring = textRingWriter(100);
    const take = textRingReader(ring.buffer);
    const unread: { text: string; at: number; bytes: number }[] = [];
    for (let i = 0; i < 500; i++) {
      // Mostly three-byte characters: a text may fill all the room its length asks for.
      const text = String(i).padStart(3 + (i % 7), '€');
      const placed = ring.place(text);
      if (placed) unread.push({ text, ...placed });
      // The reader lags: it takes the oldest only every other step.
      if (i % 2 === 1 && unread.length > 0) {
        const oldest = unread.shift()!;
        expect(take(oldest.at, oldest.bytes)).toBe(oldest.text);
      }
      for (const waiting of unread) {
        expect(Buffer.from(ring.buffer, waiting.at, waiting.bytes).toString('utf8')).toBe(waiting.text);
      }
    }
  });
});
