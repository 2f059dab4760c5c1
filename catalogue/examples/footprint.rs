//! Prints the static size of every lookup table: `cargo run --release --example footprint`.

fn main() {
    let tables = winerror::__table_footprint();
    for (table, bytes) in tables {
        println!("{table:<30} {bytes:>8} bytes");
    }
    let total: usize = tables.iter().map(|&(_, bytes)| bytes).sum();
    println!("{:<30} {total:>8} bytes ({:.1} KB)", "total", total as f64 / 1000.0);
}
