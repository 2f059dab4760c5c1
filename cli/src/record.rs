//! The JSON records `--json` prints.

use serde_json::{Value, json};
use winerror::{Code, ErrorPage, Family, Space};

/// Everything the catalogue knows about `page`, with its Markdown body when `long`: `space`
/// says which space the value is in (`win32`, `hresult`, `ntstatus`), and HRESULT and NTSTATUS
/// records carry the value's fields.
pub fn page(page: &ErrorPage, long: bool) -> Value {
    let value = page.value();
    let hresult = page.code().to_hresult();
    let hex = if page.space() == Space::Win32 { format!("0x{value:X}") } else { format!("0x{value:08X}") };
    let mut record = json!({
        "name": page.name(),
        "space": page.space().keyword(),
        "code": value,
        "hex": hex,
        "hresult": hresult.raw(),
        "hresult_hex": format!("0x{:08X}", hresult.bits()),
        "header": page.header(),
        "module": page.module(),
        "family": page.family().title(),
        "message": page.message(),
        "updated": page.updated().map(|(year, month, day)| format!("{year:04}-{month:02}-{day:02}")),
        "related": page.related().map(ErrorPage::name).collect::<Vec<_>>(),
    });
    let fields = match page.code() {
        Code::Win32(_) => None,
        Code::HResult(hresult) => Some((hresult.severity(), hresult.facility(), hresult.code())),
        Code::NtStatus(status) => Some((status.severity(), status.facility(), status.code())),
    };
    if let Some((severity, facility, code)) = fields {
        record["severity"] = severity.name().into();
        record["facility"] = facility.value().into();
        record["facility_name"] = facility.name().into();
        record["facility_code"] = code.into();
    }
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
        "space": family.space().keyword(),
        "count": count,
    })
}

/// Writes `records` as one pretty-printed JSON array and a newline.
pub fn write(out: &mut dyn std::io::Write, records: &[Value]) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, records)?;
    writeln!(out)
}
