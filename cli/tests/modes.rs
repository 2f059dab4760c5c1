//! `--search` and `--list`.

mod common;

use common::{winerror, winerror_json};

#[test]
fn search_ranks_name_hits_first() {
    let run = winerror(["--search", "access", "denied"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
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
    assert!(run.stderr.contains("no page has all of the words 'zzzz qqqq'"), "{}", run.stderr);
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
