//! Arguments the macro does not understand are errors at the argument, not panics; every bad
//! option of one invocation is reported, each at its own span.
#![allow(dead_code, unused_imports)]

mod unknown_key {
    winerror_macros::catalogue!("seed/docs", pages);
}

mod not_a_string {
    winerror_macros::catalogue!(seed);
}

mod bad_runtime {
    winerror_macros::catalogue!("seed/docs", runtime = "winerror");
}

mod runtime_with_a_gap {
    winerror_macros::catalogue!("seed/docs", runtime = crate inner);
}

mod runtime_cut_short {
    winerror_macros::catalogue!("seed/docs", runtime = ::winerror::);
}

mod given_twice {
    winerror_macros::catalogue!("seed/docs", bodies, summaries, bodies);
}

mod runtime_twice {
    winerror_macros::catalogue!("seed/docs", runtime = crate, untracked, runtime = crate);
}

mod several_errors_at_once {
    winerror_macros::catalogue!("seed/docs", pages, summaries, runtime = 42, colour);
}

fn main() {}
