fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find(|l| l.starts_with("VmRSS"))
        .unwrap()
        .to_string()
}
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
extern "C" {
    fn malloc_trim(pad: usize) -> i32;
}
#[test]
fn mem() {
    let s = interview_lsp::Settings::default();
    eprintln!("start {}", rss());
    let _ = interview_lsp::check("warm", &s);
    unsafe {
        malloc_trim(0);
    }
    eprintln!("lexicon {}", rss());
    let small = doc(10240);
    let _ = interview_lsp::check(&small, &s);
    unsafe {
        malloc_trim(0);
    }
    eprintln!("10kb once {}", rss());
    let big = doc(1 << 20);
    let n = interview_lsp::check(&big, &s).len();
    unsafe {
        malloc_trim(0);
    }
    eprintln!("1mb once {} ({n})", rss());
    let b2 = big.clone();
    std::thread::spawn(move || {
        let s = interview_lsp::Settings::default();
        interview_lsp::check(&b2, &s).len()
    })
    .join()
    .unwrap();
    unsafe {
        malloc_trim(0);
    }
    eprintln!("1mb other thread {}", rss());
}
