// The writer createApp takes, over the HTTP side of the writer's messages
// (writerRequests), as threaded-writer.ts makes one: for the bench servers
// whose writer runs elsewhere, in another process or in a thread that
// stores nothing.
export const requestsWriter = (requests) => ({
  submit: (item) => requests.submit(item),
  offer: (offer) => requests.offer(offer),
  check: () => requests.ask('check'),
  settle: () => requests.ask('settle'),
  flush: async () => {},
  close: async () => {},
});
