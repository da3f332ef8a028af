// Rows with more cells than the header: an unescaped `|` in inline code, and a stray cell.
tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/bad/more_cells_than_header.md"
);

fn main() {}
