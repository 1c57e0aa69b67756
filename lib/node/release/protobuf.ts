/** The few protobuf bytes CRX3 needs (length-delimited fields only): no dependency for ~40 lines. */

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** One `bytes`/message field: tag (wire type 2), length, content. */
export function field(number: number, content: Uint8Array): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(content.length), content]);
}

function readVarint(buf: Buffer, at: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  let i = at;
  for (;;) {
    const byte = buf[i++];
    if (byte === undefined) throw new Error('protobuf truncated');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, i];
    scale *= 128;
  }
}

/** The length-delimited fields of a message, in order (other wire types are not used by CRX3). */
export function readFields(buf: Buffer): Array<{ number: number; content: Buffer }> {
  const fields: Array<{ number: number; content: Buffer }> = [];
  let at = 0;
  while (at < buf.length) {
    const [tag, afterTag] = readVarint(buf, at);
    if (tag % 8 !== 2) throw new Error(`unexpected wire type ${tag % 8}`);
    const [length, start] = readVarint(buf, afterTag);
    if (start + length > buf.length) throw new Error('protobuf truncated');
    fields.push({ number: Math.floor(tag / 8), content: buf.subarray(start, start + length) });
    at = start + length;
  }
  return fields;
}
