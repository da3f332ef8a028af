// The codes of the generated 100,000-row page, shared by the driver that writes the page
// (tests/compile_fail.rs) and the case that checks the expanded enum (tests/ui/pass/rows_100k.rs).

/// The number of rows of the generated page.
const ROWS: usize = 100_000;

/// The `i`-th code of the generated page: four families, two and three segments.
fn generated_code(i: usize) -> String {
    const FAMILIES: [&str; 4] = [
        "InvalidParameterValue",
        "ResourceNotFound",
        "FailedOperation",
        "LimitExceeded",
    ];
    let family = FAMILIES[i % FAMILIES.len()];
    if i % 3 == 0 {
        format!("{family}.Group{}.Code{i}", i / 1000)
    } else {
        format!("{family}.Code{i}")
    }
}

/// The description of the `i`-th row.
fn generated_description(i: usize) -> String {
    format!("第 {i} 行的说明。")
}
