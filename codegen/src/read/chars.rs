//! Naming characters in diagnostics: invisible characters, bidi controls and look-alikes of
//! ASCII are shown by code point and Unicode name (`U+200B ZERO WIDTH SPACE`), because printed
//! raw they are invisible or pass for the letter they imitate.

/// The Unicode names of the characters that matter in a code cell: the invisible ones, bidi
/// controls, unusual blanks, and the Cyrillic, Greek and full-width look-alikes of ASCII
/// letters, digits and punctuation. Sorted by code point (binary search).
const NAMES: &[(char, &str)] = &[
    ('\u{a0}', "NO-BREAK SPACE"),
    ('\u{ad}', "SOFT HYPHEN"),
    ('\u{391}', "GREEK CAPITAL LETTER ALPHA"),
    ('\u{392}', "GREEK CAPITAL LETTER BETA"),
    ('\u{395}', "GREEK CAPITAL LETTER EPSILON"),
    ('\u{396}', "GREEK CAPITAL LETTER ZETA"),
    ('\u{397}', "GREEK CAPITAL LETTER ETA"),
    ('\u{399}', "GREEK CAPITAL LETTER IOTA"),
    ('\u{39a}', "GREEK CAPITAL LETTER KAPPA"),
    ('\u{39c}', "GREEK CAPITAL LETTER MU"),
    ('\u{39d}', "GREEK CAPITAL LETTER NU"),
    ('\u{39f}', "GREEK CAPITAL LETTER OMICRON"),
    ('\u{3a1}', "GREEK CAPITAL LETTER RHO"),
    ('\u{3a4}', "GREEK CAPITAL LETTER TAU"),
    ('\u{3a5}', "GREEK CAPITAL LETTER UPSILON"),
    ('\u{3a7}', "GREEK CAPITAL LETTER CHI"),
    ('\u{3b1}', "GREEK SMALL LETTER ALPHA"),
    ('\u{3b9}', "GREEK SMALL LETTER IOTA"),
    ('\u{3bd}', "GREEK SMALL LETTER NU"),
    ('\u{3bf}', "GREEK SMALL LETTER OMICRON"),
    ('\u{3c1}', "GREEK SMALL LETTER RHO"),
    ('\u{3c5}', "GREEK SMALL LETTER UPSILON"),
    ('\u{405}', "CYRILLIC CAPITAL LETTER DZE"),
    (
        '\u{406}',
        "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I",
    ),
    ('\u{408}', "CYRILLIC CAPITAL LETTER JE"),
    ('\u{410}', "CYRILLIC CAPITAL LETTER A"),
    ('\u{412}', "CYRILLIC CAPITAL LETTER VE"),
    ('\u{415}', "CYRILLIC CAPITAL LETTER IE"),
    ('\u{41a}', "CYRILLIC CAPITAL LETTER KA"),
    ('\u{41c}', "CYRILLIC CAPITAL LETTER EM"),
    ('\u{41d}', "CYRILLIC CAPITAL LETTER EN"),
    ('\u{41e}', "CYRILLIC CAPITAL LETTER O"),
    ('\u{420}', "CYRILLIC CAPITAL LETTER ER"),
    ('\u{421}', "CYRILLIC CAPITAL LETTER ES"),
    ('\u{422}', "CYRILLIC CAPITAL LETTER TE"),
    ('\u{425}', "CYRILLIC CAPITAL LETTER HA"),
    ('\u{430}', "CYRILLIC SMALL LETTER A"),
    ('\u{435}', "CYRILLIC SMALL LETTER IE"),
    ('\u{43e}', "CYRILLIC SMALL LETTER O"),
    ('\u{440}', "CYRILLIC SMALL LETTER ER"),
    ('\u{441}', "CYRILLIC SMALL LETTER ES"),
    ('\u{443}', "CYRILLIC SMALL LETTER U"),
    ('\u{445}', "CYRILLIC SMALL LETTER HA"),
    ('\u{455}', "CYRILLIC SMALL LETTER DZE"),
    ('\u{456}', "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ('\u{458}', "CYRILLIC SMALL LETTER JE"),
    ('\u{61c}', "ARABIC LETTER MARK"),
    ('\u{180e}', "MONGOLIAN VOWEL SEPARATOR"),
    ('\u{2000}', "EN QUAD"),
    ('\u{2001}', "EM QUAD"),
    ('\u{2002}', "EN SPACE"),
    ('\u{2003}', "EM SPACE"),
    ('\u{2009}', "THIN SPACE"),
    ('\u{200a}', "HAIR SPACE"),
    ('\u{200b}', "ZERO WIDTH SPACE"),
    ('\u{200c}', "ZERO WIDTH NON-JOINER"),
    ('\u{200d}', "ZERO WIDTH JOINER"),
    ('\u{200e}', "LEFT-TO-RIGHT MARK"),
    ('\u{200f}', "RIGHT-TO-LEFT MARK"),
    ('\u{2010}', "HYPHEN"),
    ('\u{2011}', "NON-BREAKING HYPHEN"),
    ('\u{2012}', "FIGURE DASH"),
    ('\u{2013}', "EN DASH"),
    ('\u{2014}', "EM DASH"),
    ('\u{2024}', "ONE DOT LEADER"),
    ('\u{2028}', "LINE SEPARATOR"),
    ('\u{2029}', "PARAGRAPH SEPARATOR"),
    ('\u{202a}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202b}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202c}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202d}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202e}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{202f}', "NARROW NO-BREAK SPACE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2061}', "FUNCTION APPLICATION"),
    ('\u{2062}', "INVISIBLE TIMES"),
    ('\u{2063}', "INVISIBLE SEPARATOR"),
    ('\u{2064}', "INVISIBLE PLUS"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    ('\u{2212}', "MINUS SIGN"),
    ('\u{3000}', "IDEOGRAPHIC SPACE"),
    ('\u{3001}', "IDEOGRAPHIC COMMA"),
    ('\u{3002}', "IDEOGRAPHIC FULL STOP"),
    ('\u{feff}', "ZERO WIDTH NO-BREAK SPACE"),
    ('\u{ff0c}', "FULLWIDTH COMMA"),
    ('\u{ff0d}', "FULLWIDTH HYPHEN-MINUS"),
    ('\u{ff0e}', "FULLWIDTH FULL STOP"),
    ('\u{ff1a}', "FULLWIDTH COLON"),
    ('\u{ff1b}', "FULLWIDTH SEMICOLON"),
    ('\u{ff3f}', "FULLWIDTH LOW LINE"),
];

/// The Unicode name of `c`, if it is one of the characters [`NAMES`] knows; full-width ASCII
/// letters and digits (U+FF10..U+FF5A) are named by rule.
fn name(c: char) -> Option<String> {
    if let Ok(index) = NAMES.binary_search_by_key(&c, |&(known, _)| known) {
        return NAMES.get(index).map(|&(_, name)| name.to_owned());
    }
    let ascii = char::from_u32(u32::from(c).checked_sub(0xfee0)?)?;
    let (kind, letter) = match ascii {
        '0'..='9' => ("DIGIT", digit_name(ascii)?),
        'A'..='Z' => ("LATIN CAPITAL LETTER", ascii.to_string()),
        'a'..='z' => ("LATIN SMALL LETTER", ascii.to_ascii_uppercase().to_string()),
        _ => return None,
    };
    Some(format!("FULLWIDTH {kind} {letter}"))
}

fn digit_name(digit: char) -> Option<String> {
    const DIGITS: [&str; 10] = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    let value = digit.to_digit(10)?;
    DIGITS.get(value as usize).map(|name| (*name).to_owned())
}

/// Whether `c` shows nothing when printed (zero-width characters, bidi controls, the BOM):
/// a diagnostic must not print it raw.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    ) || c.is_control()
}

/// `c` for a message: `` `/` `` for printable ASCII; `` `，` (U+FF0C FULLWIDTH COMMA) `` for other
/// visible characters; `U+200B ZERO WIDTH SPACE`, without the character, for invisible ones.
/// Characters without a name in the table get their code point alone.
pub(super) fn describe(c: char) -> String {
    if c.is_ascii_graphic() {
        return format!("`{c}`");
    }
    let point = format!("U+{:04X}", u32::from(c));
    let named = match name(c) {
        Some(name) => format!("{point} {name}"),
        None => point,
    };
    if is_invisible(c) || c.is_whitespace() {
        named
    } else {
        format!("`{c}` ({named})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_has_no_duplicates() {
        assert!(NAMES.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn characters_are_described_by_kind() {
        assert_eq!(describe('/'), "`/`");
        assert_eq!(describe('\u{200b}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(describe('\u{feff}'), "U+FEFF ZERO WIDTH NO-BREAK SPACE");
        assert_eq!(describe('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\u{3000}'), "U+3000 IDEOGRAPHIC SPACE");
        assert_eq!(
            describe('\u{430}'),
            "`\u{430}` (U+0430 CYRILLIC SMALL LETTER A)"
        );
        assert_eq!(describe('，'), "`，` (U+FF0C FULLWIDTH COMMA)");
        assert_eq!(
            describe('Ａ'),
            "`Ａ` (U+FF21 FULLWIDTH LATIN CAPITAL LETTER A)"
        );
        assert_eq!(
            describe('ｚ'),
            "`ｚ` (U+FF5A FULLWIDTH LATIN SMALL LETTER Z)"
        );
        assert_eq!(describe('７'), "`７` (U+FF17 FULLWIDTH DIGIT SEVEN)");
        assert_eq!(describe('字'), "`字` (U+5B57)", "no name: the code point");
        assert_eq!(describe('\u{7}'), "U+0007", "controls are invisible");
        assert_eq!(describe('\u{e000}'), "`\u{e000}` (U+E000)");
    }
}
