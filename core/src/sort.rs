//! One stable sort for the whole app.
//!
//! `slice::sort_by` is generic over the element and the comparator, so each
//! call site used to put its own copy of the standard library's sort (about
//! a dozen functions) in the wasm: 27 sites, about 100 KB of code before
//! compression. Here only a list of positions is sorted, through one
//! comparator type that calls the caller's comparison by reference, so the
//! sorting code is in the wasm once; what stays generic per call site is a
//! loop that puts the items in that order.
//!
//! `cargo clippy` refuses the standard sorts on slices elsewhere (see
//! `clippy.toml`), so new code does not bring a copy back.
use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping the order of items that compare equal
/// (as `slice::sort_by` does).
pub fn by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = order_of(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    put_in_order(items, &order);
}

/// Sorts `items` by the key `key` gives each one, keeping the order of
/// items with equal keys (as `slice::sort_by_key` does).
pub fn by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(items, |a, b| key(a).cmp(&key(b)));
}

/// Like [`by_key`], but each key is computed once (for keys that cost
/// something to make, such as folded text), as `slice::sort_by_cached_key`.
pub fn by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = order_of(items.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    put_in_order(items, &order);
}

/// The positions `0..n` in the stable order `cmp` gives them: the one
/// instance of the standard sort.
#[inline(never)]
fn order_of(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `items` in place so that position `i` holds the item that was
/// at `order[i]`. Items already placed (before `i`) were swapped away from
/// their old positions, so the chain of `order` is followed until it leaves
/// the placed part.
fn put_in_order<T>(items: &mut [T], order: &[usize]) {
    for i in 0..items.len() {
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        items.swap(i, from);
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the tests need no dependency.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort_on_many_lists() {
        for seed in 0..300 {
            let n = (seed % 40) as usize;
            // Pairs of (key, original position): a small key range makes
            // many ties, so stability shows.
            let keys = numbers(seed, n, 1 + seed % 7);
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut theirs = ours.clone();
            by(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "seed {seed}");
        }
    }

    #[test]
    fn by_key_and_cached_key_keep_equal_items_in_their_order() {
        let words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime"];
        let mut a: Vec<&str> = words.to_vec();
        let mut b = a.clone();
        let mut c = a.clone();
        by_key(&mut a, |w| w.len());
        by_cached_key(&mut b, |w| w.len());
        c.sort_by_key(|w| w.len());
        assert_eq!(a, ["fig", "pear", "kiwi", "plum", "date", "lime", "apple"]);
        assert_eq!(a, c);
        assert_eq!(b, c);
    }

    #[test]
    fn reverse_and_descending_orders() {
        let mut v = vec![3, 1, 4, 1, 5, 9, 2, 6];
        by_key(&mut v, |x| std::cmp::Reverse(*x));
        assert_eq!(v, [9, 6, 5, 4, 3, 2, 1, 1]);
        by(&mut v, |a, b| a.cmp(b));
        assert_eq!(v, [1, 1, 2, 3, 4, 5, 6, 9]);
    }

    #[test]
    fn empty_and_single_lists() {
        let mut e: Vec<String> = Vec::new();
        by_key(&mut e, |s| s.len());
        assert!(e.is_empty());
        let mut one = vec![String::from("only")];
        by(&mut one, |a, b| a.cmp(b));
        assert_eq!(one, ["only"]);
    }

    #[test]
    fn items_that_do_not_copy_are_moved_not_cloned() {
        let mut v: Vec<Vec<u8>> = vec![vec![3; 3], vec![1], vec![2; 2], vec![]];
        by_key(&mut v, |x| x.len());
        assert_eq!(v, vec![vec![], vec![1], vec![2; 2], vec![3; 3]]);
    }
}
