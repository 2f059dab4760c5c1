//! Rewriting a page's Markdown for rustdoc: byte ranges replaced in one pass, and the one
//! rewrite of code fences (the Markdown phase decided what each fence holds; this writes it out).

use std::ops::Range;

use crate::page::Fence;

/// Replacements of byte ranges of one Markdown text, applied together by [`Edits::apply`].
#[derive(Debug, Default)]
pub struct Edits {
    edits: Vec<(Range<usize>, String)>,
}

impl Edits {
    /// No edits yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Replaces `range` of the text with `replacement`.
    pub fn replace(&mut self, range: Range<usize>, replacement: String) {
        self.edits.push((range, replacement));
    }

    /// Tells rustdoc what each code block holds: the info string of every fence becomes its
    /// [`Fence::language`] (a `rust` block compiled but never run, any other `text`).
    pub fn fences(&mut self, fences: &[Fence]) {
        for fence in fences {
            self.replace(fence.info_range.clone(), fence.language.to_owned());
        }
    }

    /// `text[from..]` with the edits made, in order of position; an edit that starts before
    /// `from` or inside an earlier edit is left out.
    pub fn apply(mut self, text: &str, from: usize) -> String {
        crate::sort::sort_by(&mut self.edits, &|a, b| a.0.start.cmp(&b.0.start));
        let mut out = String::with_capacity(text.len().saturating_sub(from));
        let mut at = from;
        for (range, replacement) in self.edits {
            if range.start < at {
                continue;
            }
            out.push_str(&text[at..range.start]);
            out.push_str(&replacement);
            at = range.end;
        }
        out.push_str(&text[at..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_get_their_language_and_edits_apply_in_order() {
        let text = "intro\n\n```rust ignore\nlet x = 1;\n```\n\n~~~c\nint x;\n~~~\n";
        let fence = |marker: &str, info: &str, language| {
            let start = text.find(&format!("{marker}{info}\n")).expect("the fence") + marker.len();
            Fence { info_range: start..start + info.len(), info: info.to_owned(), language }
        };
        let mut edits = Edits::new();
        edits.fences(&[fence("```", "rust ignore", "rust,no_run"), fence("~~~", "c", "text")]);
        edits.replace(0..5, "[intro](x)".to_owned());
        edits.replace(2..4, "left out: inside the edit before".to_owned());
        assert_eq!(edits.apply(text, 0), "[intro](x)\n\n```rust,no_run\nlet x = 1;\n```\n\n~~~text\nint x;\n~~~\n");
        let mut edits = Edits::new();
        edits.replace(0..5, "left out: before the start".to_owned());
        assert_eq!(edits.apply(text, 7), &text[7..]);
    }
}
