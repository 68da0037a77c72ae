//! Offset paging for staff lists (the review queue, the audit log): which page to show of how many.

/// A page of `size` rows out of `total`: the page asked for (as typed in the URL), kept within
/// the pages there are, and the row to start from.
pub struct Paging {
    pub page: u32,
    pub pages: u32,
    pub offset: u64,
}

pub fn paging(total: u64, size: u64, asked: Option<&str>) -> Paging {
    let pages = u32::try_from(Ord::max(total.div_ceil(size.max(1)), 1)).unwrap_or(u32::MAX);
    let page = asked
        .and_then(|p| p.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, pages);
    Paging {
        page,
        pages,
        offset: u64::from(page - 1) * size,
    }
}

#[cfg(test)]
mod tests {
    use super::paging;

    #[test]
    fn pages_stay_within_what_exists() {
        let p = paging(51, 25, Some("3"));
        assert_eq!((p.page, p.pages, p.offset), (3, 3, 50));
        let p = paging(51, 25, Some("99"));
        assert_eq!((p.page, p.offset), (3, 50));
        let p = paging(0, 25, Some("-1"));
        assert_eq!((p.page, p.pages, p.offset), (1, 1, 0));
        let p = paging(10, 25, None);
        assert_eq!((p.page, p.pages), (1, 1));
    }
}
