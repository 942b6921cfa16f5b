//! Text scanned 64 bytes at a time: for each block, a bit mask of the bytes that are one
//! value or lie in one range, bit `i` for byte `i`. The scans that look at every byte of
//! every file (the outline's test for markup, LSK401's test for digits) ask these masks
//! rather than test byte by byte; on x86_64 they are SSE2 compares, which every x86_64
//! processor has. Elsewhere, and in the tests to compare with, a byte at a time.

/// Bytes per block: one bit of a `u64` each.
pub const BLOCK: usize = 64;

/// The blocks of `bytes`: the whole ones, and the rest padded with `pad` (a whole block
/// of `pad` when nothing is left). Block `k` starts at byte `k * BLOCK`.
pub fn blocks(bytes: &[u8], pad: u8) -> (&[[u8; BLOCK]], [u8; BLOCK]) {
    let (whole, rest) = bytes.as_chunks::<BLOCK>();
    let mut last = [pad; BLOCK];
    last[..rest.len()].copy_from_slice(rest);
    (whole, last)
}

/// Bit `i` set where `block[i] == byte`.
#[inline]
pub fn eq(block: &[u8; BLOCK], byte: u8) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        sse2::eq(block, byte)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        plain::eq(block, byte)
    }
}

/// Bit `i` set where `block[i]` is one of `set`: one mask for them all, cheaper than
/// one per byte.
#[inline]
pub fn any_of<const N: usize>(block: &[u8; BLOCK], set: [u8; N]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        sse2::any_of(block, set)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        plain::any_of(block, set)
    }
}

/// Bit `i` set where `lo <= block[i] <= hi`; both bounds below 0x7f.
#[inline]
pub fn in_range(block: &[u8; BLOCK], lo: u8, hi: u8) -> u64 {
    debug_assert!(lo <= hi && hi < 0x7f);
    #[cfg(target_arch = "x86_64")]
    {
        sse2::in_range(block, lo, hi)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        plain::in_range(block, lo, hi)
    }
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::BLOCK;
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128,
    };

    /// The four 16-byte quarters of a block, each turned into 16 bits by `test`.
    #[inline(always)]
    fn mask(block: &[u8; BLOCK], test: impl Fn(__m128i) -> __m128i) -> u64 {
        let mut bits = 0u64;
        for k in 0..4 {
            // SAFETY: SSE2 is part of every x86_64 processor, and the load reads the 16
            // bytes `16 * k .. 16 * k + 16`, which lie inside `block`.
            let quarter = unsafe {
                let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast::<__m128i>());
                _mm_movemask_epi8(test(v))
            };
            bits |= u64::from(quarter as u16) << (16 * k);
        }
        bits
    }

    #[inline(always)]
    pub fn eq(block: &[u8; BLOCK], byte: u8) -> u64 {
        // SAFETY (of the intrinsics here and below): SSE2, as above.
        let b = unsafe { _mm_set1_epi8(byte as i8) };
        mask(block, |v| unsafe { _mm_cmpeq_epi8(v, b) })
    }

    #[inline(always)]
    pub fn any_of<const N: usize>(block: &[u8; BLOCK], set: [u8; N]) -> u64 {
        let bytes = set.map(|b| unsafe { _mm_set1_epi8(b as i8) });
        mask(block, |v| {
            bytes
                .iter()
                .fold(unsafe { _mm_setzero_si128() }, |any, &b| unsafe {
                    _mm_or_si128(any, _mm_cmpeq_epi8(v, b))
                })
        })
    }

    #[inline(always)]
    pub fn in_range(block: &[u8; BLOCK], lo: u8, hi: u8) -> u64 {
        // Signed compares: a byte of 0x80 or more is negative, below any ASCII bound.
        let (below, above) = unsafe { (_mm_set1_epi8(lo as i8 - 1), _mm_set1_epi8(hi as i8 + 1)) };
        mask(block, |v| unsafe {
            _mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above))
        })
    }
}

#[cfg(any(test, not(target_arch = "x86_64")))]
mod plain {
    use super::BLOCK;

    pub fn eq(block: &[u8; BLOCK], byte: u8) -> u64 {
        (0..BLOCK).fold(0, |bits, i| bits | (u64::from(block[i] == byte) << i))
    }

    pub fn any_of<const N: usize>(block: &[u8; BLOCK], set: [u8; N]) -> u64 {
        (0..BLOCK).fold(0, |bits, i| {
            bits | (u64::from(set.contains(&block[i])) << i)
        })
    }

    pub fn in_range(block: &[u8; BLOCK], lo: u8, hi: u8) -> u64 {
        (0..BLOCK).fold(0, |bits, i| {
            bits | (u64::from((lo..=hi).contains(&block[i])) << i)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every byte value, densest around the ASCII bounds and the sign bit.
    fn samples() -> Vec<[u8; BLOCK]> {
        (0..256)
            .map(|round: usize| {
                std::array::from_fn(|i| match (i + round) % 4 {
                    0 => (i * 7 + round * 13) as u8,
                    1 => b'/' + ((i + round) % 13) as u8,
                    2 => 0x7c + ((i + round) % 8) as u8,
                    _ => (767 - i - round) as u8,
                })
            })
            .collect()
    }

    #[test]
    fn the_masks_agree_with_a_byte_at_a_time() {
        for block in samples() {
            for byte in [0, b'\n', b'[', b'0', 0x7f, 0x80, 0xef, 0xff] {
                assert_eq!(eq(&block, byte), plain::eq(&block, byte), "{byte:#x}");
            }
            let set = [b'<', b'`', b'\\', 0x80, 0xff];
            assert_eq!(any_of(&block, set), plain::any_of(&block, set));
            assert_eq!(any_of(&block, [b'[']), eq(&block, b'['));
            for (lo, hi) in [(b'0', b'9'), (0, 9), (0, 0x7e), (b'a', b'a')] {
                assert_eq!(
                    in_range(&block, lo, hi),
                    plain::in_range(&block, lo, hi),
                    "{lo:#x}..={hi:#x}"
                );
            }
        }
    }

    #[test]
    fn the_last_block_is_padded() {
        let text = [b'x'; 70];
        let (whole, last) = blocks(&text, b' ');
        assert_eq!(whole.len(), 1);
        assert_eq!(&last[..6], b"xxxxxx");
        assert!(last[6..].iter().all(|&b| b == b' '));
        let (whole, last) = blocks(&text[..64], 0);
        assert_eq!((whole.len(), last), (1, [0; BLOCK]));
    }
}
