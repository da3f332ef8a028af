// message has no per-action data (Tencent's Go SDK lists none for it).
tencent_errors::tencent_errors!("message", data = "tests/ui/pages/data", actions = *);

fn main() {}
