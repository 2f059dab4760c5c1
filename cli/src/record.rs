//! The JSON records `--json` prints.

use serde_json::{Value, json};
use winerror::{ErrorPage, Family};

/// Everything the catalogue knows about `page`, with its Markdown body when `long`.
pub fn page(page: &ErrorPage, long: bool) -> Value {
    let code = page.code();
    let mut record = json!({
        "name": page.name(),
        "code": code.raw(),
        "hex": format!("0x{:X}", code.raw()),
        "hresult": code.to_hresult(),
        "hresult_hex": format!("0x{:08X}", code.to_hresult()),
        "header": page.header(),
        "module": page.module(),
        "family": page.family().title(),
        "message": page.message(),
        "updated": page.updated().map(|(year, month, day)| format!("{year:04}-{month:02}-{day:02}")),
        "related": page.related().map(ErrorPage::name).collect::<Vec<_>>(),
    });
    if long {
        record["body"] = page.body().into();
    }
    record
}

/// A family with its page count.
pub fn family(family: &Family, count: usize) -> Value {
    json!({
        "module": family.module(),
        "title": family.title(),
        "header": family.header(),
        "count": count,
    })
}

/// Writes `records` as one pretty-printed JSON array and a newline.
pub fn write(out: &mut dyn std::io::Write, records: &[Value]) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, records)?;
    writeln!(out)
}
