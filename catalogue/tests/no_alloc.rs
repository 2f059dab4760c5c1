//! No lookup allocates: each is measured with a counting global allocator.

use winerror::{ErrorCode, HResult, NtStatus, by_name, explain, from_hresult, lookup, pages};

#[test]
fn lookups_never_allocate() {
    let names: Vec<String> = pages().iter().map(|page| page.name().to_ascii_lowercase()).collect();
    let mut found = 0_usize;
    let info = allocation_counter::measure(|| {
        for (page, lower) in pages().iter().zip(&names) {
            found += lookup(page.value()).len();
            found += usize::from(by_name(page.name()).is_some());
            found += usize::from(by_name(lower).is_some());
            found += from_hresult(page.code().to_hresult()).len();
            found += usize::from(page.name().parse::<ErrorCode>().is_ok());
            found += usize::from(HResult::from_raw(page.value() as i32).page().is_some());
            found += usize::from(NtStatus::from_raw(page.value() as i32).name().is_some());
            found += explain(page.value()).count();
            found += usize::from(page.name().parse::<HResult>().is_ok());
            found += page.related().len();
        }
        found += usize::from(by_name("NOT_A_NAME").is_some()) + lookup(u32::MAX).len();
    });
    assert!(found > 4 * pages().len(), "the lookups found the pages");
    assert_eq!(info.count_total, 0, "lookups allocated");
}
