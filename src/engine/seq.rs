//! Longest common subsequence, the one alignment of two sequences in order that the passage
//! finder (words of two sentences) and the side-by-side print (pairs in two reports) both need.

/// Index pairs of a longest common subsequence of `x` and `y`, in order. Costs `x.len() *
/// y.len()` time and memory: callers bound their inputs.
pub fn lcs<T: PartialEq>(x: &[T], y: &[T]) -> Vec<(usize, usize)> {
    let (n, m) = (x.len(), y.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    // The passage finder calls this for every candidate rewrite: the table is kept per thread
    // instead of allocated and zeroed each time.
    if (n + 1) * (m + 1) > KEPT_TABLE {
        return lcs_in(x, y, &mut Vec::new());
    }
    TABLE.with(|t| lcs_in(x, y, &mut t.borrow_mut()))
}

/// Largest table kept between calls (cells), so that one big comparison does not hold its
/// memory for the life of the thread.
const KEPT_TABLE: usize = 1 << 18;

thread_local! {
    static TABLE: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn lcs_in<T: PartialEq>(x: &[T], y: &[T], t: &mut Vec<u32>) -> Vec<(usize, usize)> {
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
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * w + j] = if x[i] == y[j] {
                t[(i + 1) * w + j + 1] + 1
            } else {
                t[(i + 1) * w + j].max(t[i * w + j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(t[0] as usize);
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
    out
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
}
