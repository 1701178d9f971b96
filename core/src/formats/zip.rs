//! A small zip writer for the Office files (`.docx`, `.xlsx`): deflate from
//! `miniz_oxide`, no zip64, one fixed timestamp so the same document always
//! gives the same bytes.

/// Why the archive could not be written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ZipError {
    #[error("a part is too large for a zip file without zip64: {0}")]
    TooLarge(String),
    #[error("too many parts for a zip file without zip64")]
    TooManyParts,
}

/// CRC-32 (IEEE, reflected polynomial 0xEDB88320), one byte at a time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

pub(crate) fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// 1980-01-01 00:00, the first time MS-DOS dates can hold.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = (1 << 5) | 1;
/// General purpose flag bit 11: names are UTF-8.
const FLAG_UTF8: u16 = 1 << 11;
/// Version 2.0: deflate.
const VERSION: u16 = 20;
const STORED: u16 = 0;
const DEFLATED: u16 = 8;

struct Entry {
    name: String,
    method: u16,
    crc: u32,
    packed: u32,
    size: u32,
    offset: u32,
}

/// Parts are added in order; [`ZipWriter::finish`] writes the directory.
pub(crate) struct ZipWriter {
    out: Vec<u8>,
    entries: Vec<Entry>,
}

impl Entry {
    /// The fields the local header and the central directory share, in
    /// their common order: version needed, flags, method, time, date, CRC,
    /// packed and unpacked sizes, name length.
    fn put_common(&self, out: &mut Vec<u8>, name_len: u16) {
        put16(out, VERSION);
        put16(out, FLAG_UTF8);
        put16(out, self.method);
        put16(out, DOS_TIME);
        put16(out, DOS_DATE);
        put32(out, self.crc);
        put32(out, self.packed);
        put32(out, self.size);
        put16(out, name_len);
    }
}

fn u32_of(n: usize, what: &str) -> Result<u32, ZipError> {
    u32::try_from(n)
        .ok()
        .filter(|&n| n < u32::MAX)
        .ok_or_else(|| ZipError::TooLarge(what.to_string()))
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl ZipWriter {
    pub(crate) fn new() -> Self {
        ZipWriter {
            out: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// Adds a part, deflated (or stored when deflate does not make it
    /// smaller, as for a PNG).
    pub(crate) fn add(&mut self, name: &str, data: &[u8]) -> Result<(), ZipError> {
        if self.entries.len() >= usize::from(u16::MAX) {
            return Err(ZipError::TooManyParts);
        }
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::TooLarge(name.into()))?;
        let deflated = miniz_oxide::deflate::compress_to_vec(data, 6);
        let (method, body) = if deflated.len() < data.len() {
            (DEFLATED, deflated.as_slice())
        } else {
            (STORED, data)
        };
        let entry = Entry {
            name: name.to_string(),
            method,
            crc: crc32(data),
            packed: u32_of(body.len(), name)?,
            size: u32_of(data.len(), name)?,
            offset: u32_of(self.out.len(), name)?,
        };
        let out = &mut self.out;
        put32(out, 0x0403_4b50);
        entry.put_common(out, name_len);
        put16(out, 0); // no extra field
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(body);
        self.entries.push(entry);
        Ok(())
    }

    /// The archive: the parts, the central directory and its end record.
    pub(crate) fn finish(mut self) -> Result<Vec<u8>, ZipError> {
        let dir_start = u32_of(self.out.len(), "central directory")?;
        let out = &mut self.out;
        for e in &self.entries {
            put32(out, 0x0201_4b50);
            put16(out, VERSION); // made by: MS-DOS, 2.0
            e.put_common(out, e.name.len() as u16); // checked in add
            put16(out, 0); // extra field
            put16(out, 0); // comment
            put16(out, 0); // disk number
            put16(out, 0); // internal attributes
            put32(out, 0); // external attributes
            put32(out, e.offset);
            out.extend_from_slice(e.name.as_bytes());
        }
        let dir_len = u32_of(out.len(), "central directory")? - dir_start;
        let count = self.entries.len() as u16; // checked in add
        put32(out, 0x0605_4b50);
        put16(out, 0); // this disk
        put16(out, 0); // the directory's disk
        put16(out, count);
        put16(out, count);
        put32(out, dir_len);
        put32(out, dir_start);
        put16(out, 0); // comment
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_empty_archive_is_just_the_end_record() {
        let bytes = ZipWriter::new().finish().unwrap();
        assert_eq!(bytes.len(), 22);
        assert!(bytes.starts_with(&[0x50, 0x4b, 5, 6]));
    }
}
