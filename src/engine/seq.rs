//! Longest common subsequence, the one alignment of two sequences in order that the passage
//! finder (words of two sentences) and the side-by-side print (pairs in two reports) both need.

/// Index pairs of a longest common subsequence of `x` and `y`, in order. Costs `x.len() *
/// y.len()` time and memory: callers bound their inputs.
pub fn lcs<T: PartialEq>(x: &[T], y: &[T]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    lcs_into(x, y, &mut out);
    out
}

/// [`lcs`] into `out` (cleared first), for callers that keep the list between calls.
pub fn lcs_into<T: PartialEq>(x: &[T], y: &[T], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let (n, m) = (x.len(), y.len());
    if n == 0 || m == 0 {
        return;
    }
    // The passage finder calls this for every candidate rewrite: the table is kept per thread
    // instead of allocated and zeroed each time.
    if (n + 1) * (m + 1) > KEPT_TABLE {
        return lcs_in(x, y, &mut Vec::new(), out);
    }
    TABLE.with(|t| lcs_in(x, y, &mut t.borrow_mut(), out))
}

/// Length of a longest common subsequence of `x` and `y`, without the pairs: one bit per
/// element of `y` instead of a table (Hyyrö's bit-parallel form). `v` and `mask` are working
/// space.
pub fn lcs_len(x: &[u64], y: &[u64], v: &mut Vec<u64>, mask: &mut Vec<u64>) -> usize {
    let m = y.len();
    if x.is_empty() || m == 0 {
        return 0;
    }
    let words = m.div_ceil(64);
    v.clear();
    v.resize(words, !0);
    mask.clear();
    mask.resize(words, 0);
    for &c in x {
        for (b, chunk) in mask.iter_mut().zip(y.chunks(64)) {
            *b = chunk
                .iter()
                .enumerate()
                .fold(0, |acc, (j, &h)| acc | (u64::from(h == c) << j));
        }
        let mut carry = false;
        for (vw, &b) in v.iter_mut().zip(mask.iter()) {
            let u = *vw & b;
            let (s1, c1) = vw.overflowing_add(u);
            let (s2, c2) = s1.overflowing_add(u64::from(carry));
            carry = c1 | c2;
            *vw = s2 | (*vw & !b);
        }
    }
    // Carries may run into the unused bits of the last word; only the first `m` count.
    let tail = m % 64;
    let ones: usize = v
        .iter()
        .enumerate()
        .map(|(w, &b)| {
            let b = if w + 1 == words && tail != 0 {
                b & ((1u64 << tail) - 1)
            } else {
                b
            };
            b.count_ones() as usize
        })
        .sum();
    m - ones
}

/// Largest table kept between calls (cells), so that one big comparison does not hold its
/// memory for the life of the thread.
const KEPT_TABLE: usize = 1 << 18;

thread_local! {
    static TABLE: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn lcs_in<T: PartialEq>(x: &[T], y: &[T], t: &mut Vec<u32>, out: &mut Vec<(usize, usize)>) {
    let (n, m) = (x.len(), y.len());
    let w = m + 1;
    if t.len() < (n + 1) * w {
        t.resize((n + 1) * w, 0);
    }
    // Only the last row and column are read before being written.
    t[n * w..(n + 1) * w].fill(0);
    for i in 0..n {
        t[i * w + m] = 0;
    }
    for (i, xi) in x.iter().enumerate().rev() {
        // Row by row as slices, the cell to the right carried along: no bounds checks in the
        // loop that fills the table.
        let (row, below) = t[i * w..(i + 2) * w].split_at_mut(w);
        let mut right = 0;
        for j in (0..m).rev() {
            right = if *xi == y[j] {
                below[j + 1] + 1
            } else {
                below[j].max(right)
            };
            row[j] = right;
        }
    }
    out.reserve(t[0] as usize);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if x[i] == y[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_common_order() {
        assert_eq!(
            lcs(&[1, 2, 3, 4, 5], &[2, 9, 3, 5]),
            vec![(1, 0), (2, 2), (4, 3)]
        );
        assert_eq!(lcs(&[3, 1, 2], &[1, 2, 3]), vec![(1, 0), (2, 1)]);
        assert!(lcs::<u8>(&[], &[1]).is_empty());
    }

    #[test]
    fn bit_parallel_length_matches_the_table() {
        let (mut v, mut mask) = (Vec::new(), Vec::new());
        let mut seed = 7u64;
        let mut next = |alphabet: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % alphabet
        };
        for round in 0..300 {
            let alphabet = 2 + round % 9;
            let (n, m) = (next(90) as usize, next(150) as usize);
            let x: Vec<u64> = (0..n).map(|_| next(alphabet)).collect();
            let y: Vec<u64> = (0..m).map(|_| next(alphabet)).collect();
            assert_eq!(lcs_len(&x, &y, &mut v, &mut mask), lcs(&x, &y).len());
        }
    }
}
