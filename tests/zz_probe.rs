fn doc(size: usize) -> String {
    let parts = [
        include_str!("../examples/well-prepared.interview.md"),
        include_str!("../examples/partly-prepared.interview.md"),
        include_str!("../examples/poorly-prepared.interview.md"),
    ];
    let mut out = String::new();
    let mut i = 0;
    while out.len() < size {
        let part = parts[i % 3];
        let body = if i == 0 {
            part
        } else {
            part.split_once("\n# ").map(|(_, b)| b).unwrap_or(part)
        };
        if i > 0 {
            out.push_str("\n# ");
        }
        out.push_str(body);
        i += 1;
    }
    out
}
#[test]
fn probe() {
    let size: usize = std::env::var("PSIZE")
        .map(|s| s.parse().unwrap())
        .unwrap_or(10240);
    let n: usize = std::env::var("PN")
        .map(|s| s.parse().unwrap())
        .unwrap_or(2000);
    let text = doc(size);
    let s = interview_lsp::Settings::default();
    let mut total = 0;
    let t = std::time::Instant::now();
    for _ in 0..n {
        total += interview_lsp::check(&text, &s).len();
    }
    eprintln!("PROBE {:?} per check, {}", t.elapsed() / n as u32, total);
}
