/**
 * The list of pages in Pagefind's metadata file (pagefind.<hash>.pf_meta), in
 * Pagefind's own page order. The search catalogue keeps its per-document
 * arrays in that order, so the browser can go from a result's id (its page
 * hash) to the document's facets and date without a table of its own: the
 * browser has already fetched this file for Pagefind (it is cached for a year
 * under its hashed name). Used by the build and by the search page alike.
 *
 * The file is gzip, then the signature "pagefind_dcd", then CBOR:
 * [version, [[page hash, word count, …], …], chunks, filters, sorts]
 * (Pagefind's MetaIndex); only the first two fields are read.
 */

export const SIGNATURE = 'pagefind_dcd';

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** Major type and argument of the next data item. */
  head(): { major: number; value: number } {
    const first = this.byte();
    const major = first >> 5;
    const info = first & 31;
    if (info < 24) return { major, value: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`Pagefind 元数据无法解析：第 ${this.at - 1} 字节的长度标记 ${info} 不受支持`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.byte();
    return { major, value };
  }

  text(): string {
    const { major, value } = this.head();
    if (major !== 3) throw new Error(`Pagefind 元数据无法解析：第 ${this.at} 字节处应为字符串`);
    this.need(value);
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + value));
    this.at += value;
    return text;
  }

  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`Pagefind 元数据无法解析：第 ${this.at} 字节处应为数组`);
    return value;
  }

  /** Skips one data item of any type. */
  skip(): void {
    const { major, value } = this.head();
    if (major === 2 || major === 3) this.at += value;
    else if (major === 4) for (let i = 0; i < value; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * value; i++) this.skip();
    else if (major === 6) this.skip();
    this.need(0);
  }

  private byte(): number {
    this.need(1);
    return this.bytes[this.at++];
  }

  private need(n: number): void {
    if (this.at + n > this.bytes.length) throw new Error('Pagefind 元数据无法解析：文件在数据中途结束');
  }
}

/** Page hashes (result ids, e.g. und_3c0d5de) from the decompressed metadata file, in Pagefind's page order. */
export function pagefindPageHashes(decompressed: Uint8Array): string[] {
  const signature = new TextDecoder().decode(decompressed.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`Pagefind 元数据无法解析：开头应为 ${SIGNATURE}`);
  const reader = new Reader(decompressed.subarray(SIGNATURE.length));
  if (reader.array() < 2) throw new Error('Pagefind 元数据无法解析：缺少页面列表');
  reader.skip(); // version
  const count = reader.array();
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const fields = reader.array();
    hashes.push(reader.text());
    for (let f = 1; f < fields; f++) reader.skip();
  }
  return hashes;
}
