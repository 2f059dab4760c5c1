//! `--search` and `--list`.

mod common;

use common::{winerror, winerror_json};

#[test]
fn search_ranks_name_hits_first() {
    let run = winerror(["--search", "access", "denied"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines = table_lines(&run.stdout);
    assert!(lines[0].starts_with("ERROR_ACCESS_DENIED "), "{}", run.stdout);
    assert!(lines[0].ends_with("  5  0x5     Access is denied."), "{}", lines[0]);
    assert!(lines.len() > 3);
    // Name and message hits first; later ones may match through an alias or page text.
    for line in &lines[..3] {
        let lower = line.to_ascii_lowercase();
        assert!(lower.contains("access") && lower.contains("denied"), "{line}");
    }
    // The words may come as one argument too.
    assert_eq!(winerror(["--search", "access denied"]).stdout, run.stdout);
}

#[test]
fn search_records_carry_their_scores_best_first() {
    let records = winerror_json(["--search", "timeout"]);
    assert!(records.len() > 2);
    let scores: Vec<u64> = records.iter().map(|r| r["score"].as_u64().unwrap()).collect();
    assert!(scores.windows(2).all(|pair| pair[0] >= pair[1]), "{scores:?}");
    let first_message_only = records.iter().position(|r| !r["name"].as_str().unwrap().contains("TIMEOUT"));
    let last_in_name = records.iter().rposition(|r| r["name"].as_str().unwrap().contains("TIMEOUT"));
    assert!(last_in_name < first_message_only || first_message_only.is_none());
}

#[test]
fn a_search_without_results_fails() {
    let run = winerror(["--search", "zzzz", "qqqq"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("no page matches 'zzzz qqqq'"), "{}", run.stderr);
}

/// The table lines of a `--search` output: every other line, the ones between say why.
fn table_lines(stdout: &str) -> Vec<&str> {
    stdout.lines().filter(|line| !line.starts_with(' ')).collect()
}

/// The `--search` results as (table line, why line) pairs.
fn results(stdout: &str) -> Vec<(&str, &str)> {
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len() % 2, 0, "a why line under every result: {stdout}");
    lines
        .chunks(2)
        .map(|pair| {
            assert!(!pair[0].starts_with(' '), "a result line: {}", pair[0]);
            let why = pair[1].strip_prefix("  why: ").unwrap_or_else(|| panic!("a why line: {}", pair[1]));
            (pair[0], why)
        })
        .collect()
}

#[test]
fn connection_reset_finds_wsaeconnreset_and_says_why() {
    let run = winerror(["--search", "connection", "reset"]);
    assert_eq!(run.code, 0, "{run:?}");
    let results = results(&run.stdout);
    let (line, why) = results[..3]
        .iter()
        .find(|(line, _)| line.starts_with("WSAECONNRESET "))
        .unwrap_or_else(|| panic!("WSAECONNRESET in the top three:\n{}", run.stdout));
    assert!(line.contains(" 10054  0x2746 "), "{line}");
    assert!(why.contains("reset in name") || why.contains("alias"), "{why}");
    assert!(why.contains("connection in "), "{why}");
}

#[test]
fn an_errno_name_finds_its_page_through_the_alias() {
    let run = winerror(["--search", "ECONNRESET"]);
    assert_eq!(run.code, 0, "{run:?}");
    let (line, why) = results(&run.stdout)[0];
    assert!(line.starts_with("WSAECONNRESET "), "{}", run.stdout);
    assert!(why.contains("ECONNRESET"), "{why}");
}

#[test]
fn search_records_say_why() {
    let records = winerror_json(["--search", "connection", "reset"]);
    let top: Vec<&str> = records.iter().take(3).map(|r| r["name"].as_str().unwrap()).collect();
    assert!(top.contains(&"WSAECONNRESET"), "{top:?}");
    for record in &records {
        assert!(record["score"].as_u64().is_some_and(|score| score > 0), "{record}");
        let why = record["why"].as_str().unwrap_or_else(|| panic!("a why: {record}"));
        assert!(why.contains(" in "), "{why}");
    }
    let exact = winerror_json(["--search", "10054"]);
    assert_eq!(exact[0]["name"], "WSAECONNRESET");
    assert_eq!(exact[0]["why"], "exact name or value");
    assert_eq!(exact[0]["score"], 10_000);
}

#[test]
fn list_without_a_family_lists_families_with_counts() {
    let records = winerror_json(["--list"]);
    assert_eq!(records.len(), 82);
    let total: u64 = records.iter().map(|r| r["count"].as_u64().unwrap()).sum();
    assert_eq!(total, 7259);
    let ipsec = records.iter().find(|r| r["module"] == "ipsec").expect("the ipsec family");
    assert_eq!((&ipsec["header"], &ipsec["space"]), (&"winerror.h".into(), &"win32".into()));
    let mut by_space = std::collections::BTreeMap::new();
    for record in &records {
        *by_space.entry(record["space"].as_str().unwrap()).or_insert(0) += record["count"].as_u64().unwrap();
    }
    assert_eq!(by_space, [("hresult", 2669), ("ntstatus", 1706), ("win32", 2884)].into_iter().collect());

    let run = winerror(["--list"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout.lines().count(), 82);
    assert!(run.stdout.lines().any(|line| line.starts_with("winhttp ") && line.contains("winhttp.h")));
    assert!(run.stdout.lines().any(|line| line.starts_with("hresult_sspi ") && line.contains(" hresult ")));
    assert!(run.stdout.lines().any(|line| line.starts_with("ntstatus_rpc ") && line.contains("ntstatus.h  ntstatus")));
}

#[test]
fn list_a_family_in_any_case() {
    let families = winerror_json(["--list"]);
    let count = families.iter().find(|r| r["module"] == "ipsec").unwrap()["count"].as_u64().unwrap();
    let records = winerror_json(["--list", "IPSEC"]);
    assert_eq!(records.len() as u64, count);
    assert!(records.iter().all(|r| r["module"] == "ipsec"));
    let codes: Vec<u64> = records.iter().map(|r| r["code"].as_u64().unwrap()).collect();
    assert!(codes.windows(2).all(|pair| pair[0] <= pair[1]), "in code order");

    let run = winerror(["--list", "ipsec"]);
    assert_eq!(run.stdout.lines().count() as u64, count);
    assert!(run.stdout.lines().any(|line| line.starts_with("ERROR_IPSEC_IKE_MM_DELAY_DROP ")));
}

#[test]
fn an_unknown_family_fails_with_the_closest() {
    let run = winerror(["--list", "ipsek"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("'ipsek' is not a family"), "{}", run.stderr);
    assert!(run.stderr.contains("closest families: ipsec"), "{}", run.stderr);
}
