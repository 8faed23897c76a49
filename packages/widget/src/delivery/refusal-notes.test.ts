// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { refusalNotes } from './refusal-notes.js';

describe('refusalNotes', () => {
  beforeEach(() => localStorage.clear());

  it('keeps notes per endpoint until they are taken', () => {
    const a = refusalNotes('https://a.example');
    a.put({ id: '1', status: 400 });
    a.put({ id: '2', status: 403 });
    a.put({ id: '3', status: 409 });
    expect(refusalNotes('https://b.example').take()).toEqual([]);
    a.remove('2');
    // Another page load sees them; taking empties storage.
    expect(refusalNotes('https://a.example').take()).toEqual([
      { id: '1', status: 400 },
      { id: '3', status: 409 },
    ]);
    expect(a.take()).toEqual([]);
    expect(localStorage.getItem('mv-feedback:refused:https://a.example')).toBeNull();
  });

  it('ignores stored items not shaped like a note', () => {
    localStorage.setItem('mv-feedback:refused:x', JSON.stringify([null, { status: 400 }, { id: 'ok', status: 400 }]));
    expect(refusalNotes('x').take()).toEqual([{ id: 'ok', status: 400 }]);
  });
});
