// The growable outputs the codecs write into: bytes for encoders, text (code points) for decoders.

export class ByteSink {
  buf = new Uint8Array(16);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  pushAll(bytes: ArrayLike<number>): void {
    for (let i = 0; i < bytes.length; i++) this.push(bytes[i]);
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/** Code points collected in chunks (String.fromCodePoint takes a bounded argument list). */
export class TextSink {
  private out = '';
  private chunk: number[] = [];
  push(cp: number): void {
    this.chunk.push(cp);
    if (this.chunk.length >= 4096) this.flush();
  }
  pushText(s: string): void {
    this.flush();
    this.out += s;
  }
  private flush(): void {
    if (this.chunk.length > 0) {
      this.out += String.fromCodePoint(...this.chunk);
      this.chunk = [];
    }
  }
  result(): string {
    this.flush();
    return this.out;
  }
}
