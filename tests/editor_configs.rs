//! Editor configuration files that cannot be run here: they parse, and say what they should.

#[test]
fn helix_languages_toml_parses_and_wires_the_server() {
    let text = include_str!("../editors/helix/languages.toml");
    let value: toml::Value = toml::from_str(text).expect("valid TOML");
    let server = &value["language-server"]["interview-lsp"];
    assert_eq!(server["command"].as_str(), Some("interview-lsp"));
    assert_eq!(
        server["args"].as_array().unwrap()[0].as_str(),
        Some("server")
    );
    let language = &value["language"].as_array().unwrap()[0];
    assert_eq!(language["grammar"].as_str(), Some("markdown"));
    assert_eq!(
        language["file-types"][0]["glob"].as_str(),
        Some("*.interview.md")
    );
    let servers: Vec<&str> = language["language-servers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(servers, vec!["interview-lsp", "marksman"]);
}

#[test]
fn neovim_config_names_the_server_and_filetype() {
    let lua = include_str!("../editors/nvim/lsp/interview_lsp.lua");
    assert!(lua.contains("cmd = { 'interview-lsp', 'server' }"));
    assert!(lua.contains("filetypes = { 'markdown.interview' }"));
    let ftdetect = include_str!("../editors/nvim/ftdetect/interview.vim");
    assert!(ftdetect.contains("*.interview.md") && ftdetect.contains("markdown.interview"));
}
