/** One line of the Local Issuer page's live log: never a secret, never a whole token. */
export interface IssuerLogEntry {
  time: string;
  method: string;
  path: string;
  status: number;
  client_id?: string;
  audience?: string;
  error?: string;
  ms: number;
}

/** The last `capacity` requests, newest last; a ring so that memory stays flat under load. */
export class RequestLog {
  private readonly entries: IssuerLogEntry[] = [];
  private readonly listeners = new Set<(entry: IssuerLogEntry) => void>();

  constructor(readonly capacity = 200) {}

  add(entry: IssuerLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    for (const listener of this.listeners) listener(entry);
  }

  list(): IssuerLogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries.length = 0;
  }

  subscribe(listener: (entry: IssuerLogEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
