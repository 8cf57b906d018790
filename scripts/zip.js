// A zip archive in plain Node (no `zip` on a machine with only Node and npm), as WordPress's plugin
// upload reads it (ZipArchive or its own PclZip): deflated files, no directory entries needed. Every
// file gets the same date, so the same files make the same archive.
import {deflateRawSync} from 'node:zlib';

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 2000-01-01 00:00 in MS-DOS time: the date of every file. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Version 2.0 (deflate), and bit 11 of the flags: names are UTF-8. */
const VERSION = 20;
const UTF8 = 1 << 11;

/**
 * @param {{name: string, data: Buffer}[]} files paths with `/`, in the order to store them
 * @returns {Buffer}
 */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const {name, data} of files) {
    const nameBytes = Buffer.from(name);
    const deflated = deflateRawSync(data, {level: 9});
    const compressed = deflated.length < data.length; // else stored as it is
    const body = compressed ? deflated : data;
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(UTF8, 6);
    header.writeUInt16LE(compressed ? 8 : 0, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | VERSION, 4); // made by Unix, so the permissions below count
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(UTF8, 8);
    entry.writeUInt16LE(compressed ? 8 : 0, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}
