//! Longest common subsequence, the one alignment of two sequences in order that the passage
//! finder (words of two sentences) and the side-by-side print (pairs in two reports) both need.

/// Index pairs of a longest common subsequence of `x` and `y`, in order. Costs `x.len() *
/// y.len()` time and memory: callers bound their inputs.
pub fn lcs<T: PartialEq>(x: &[T], y: &[T]) -> Vec<(usize, usize)> {
    let (n, m) = (x.len(), y.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let w = m + 1;
    let mut t = vec![0u32; (n + 1) * w];
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
