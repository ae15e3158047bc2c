//! YAML front matter: only the flat `key: value` lines a prep document uses.

use crate::text::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub value: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// From the opening `---` to the end of the closing line.
    pub span: Span,
    pub fields: Vec<Field>,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.key.eq_ignore_ascii_case(key))
            .map(|f| f.value.as_str())
    }
}

/// Finds front matter at the very start of `text` (after an optional BOM). Returns it and the offset
/// where the Markdown body begins.
pub fn split(text: &str) -> (Option<FrontMatter>, usize) {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let first_line_end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    if rest[..first_line_end].trim_end() != "---" {
        return (None, 0);
    }
    let mut fields = Vec::new();
    let mut offset = start + first_line_end;
    while offset < text.len() {
        let line_end = text[offset..]
            .find('\n')
            .map(|i| offset + i + 1)
            .unwrap_or(text.len());
        let line = &text[offset..line_end];
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return (
                Some(FrontMatter {
                    span: Span::new(start, line_end),
                    fields,
                }),
                line_end,
            );
        }
        if let Some((key, value)) = trimmed.split_once(':') {
            let key = key.trim();
            if !key.is_empty() && !key.starts_with('#') && !line.starts_with([' ', '\t']) {
                let value = value.trim().trim_matches(['"', '\'']).to_string();
                fields.push(Field {
                    key: key.to_string(),
                    value,
                    span: Span::new(offset, offset + trimmed.len()),
                });
            }
        }
        offset = line_end;
    }
    // No closing line: it was not front matter after all.
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flat_fields() {
        let text = "---\ncompany: Acme Corp\nrole: \"Data Engineer\"\nround: 2\n---\n# Hi\n";
        let (fm, body) = split(text);
        let fm = fm.unwrap();
        assert_eq!(fm.get("company"), Some("Acme Corp"));
        assert_eq!(fm.get("role"), Some("Data Engineer"));
        assert_eq!(&text[body..], "# Hi\n");
    }

    #[test]
    fn unclosed_is_not_front_matter() {
        assert_eq!(split("---\ncompany: x\n").1, 0);
        assert!(split("# title\n---\n").0.is_none());
    }

    #[test]
    fn only_front_matter_and_crlf() {
        let text = "---\r\ncompany: Zoë GmbH\r\n---\r\n";
        let (fm, body) = split(text);
        assert_eq!(fm.unwrap().get("company"), Some("Zoë GmbH"));
        assert_eq!(body, text.len());
    }
}
