"""The server with the capabilities real editors send (pytest-lsp's recorded VS Code, Neovim and
Emacs capabilities), so that it behaves with what each editor really offers: the position
encoding it negotiates, exact diagnostic ranges in that encoding, completion, code actions, hover.

pytest-lsp also checks every message the server sends against the client's capabilities.
Run by ./scripts/test (which builds the server and installs pytest-lsp); INTERVIEW_LSP_BIN names
the binary.
"""

import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("INTERVIEW_LSP_BIN", str(ROOT / "target" / "debug" / "interview-lsp"))

CLIENTS = ["visual-studio-code", "neovim@v0.11.0", "neovim@v0.7.0", "emacs"]

URI = "file:///tmp/interview-lsp-editors/acme.interview.md"
TEXT = """# Acme prep

## Why this job

- Zoë 😩 says: my manager micromanages everything.

## Questions for them

- What does the company do?
- 
"""
LINE = "- Zoë 😩 says: my manager micromanages everything."


def units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def test_the_binary_exists():
    assert pathlib.Path(BINARY).is_file(), f"{BINARY} is missing: run cargo build (./scripts/test does)"


@pytest_lsp.fixture(params=CLIENTS, config=ClientServerConfig(server_command=[BINARY, "server", "--stdio"]))
async def client(lsp_client: LanguageClient, request):
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    response = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(request.param))
    )
    lsp_client.server_encoding = response.capabilities.position_encoding or "utf-16"
    lsp_client.offered = (
        (lsp_client.capabilities.general and lsp_client.capabilities.general.position_encodings) or ()
    )
    yield
    await lsp_client.shutdown_session()


async def open_document(client: LanguageClient):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=TEXT)
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


async def test_encoding_and_exact_ranges(client: LanguageClient):
    expected = "utf-8" if "utf-8" in client.offered else "utf-16"
    assert client.server_encoding == expected
    await open_document(client)
    framing = [d for d in client.diagnostics[URI] if d.code == "negative-framing"]
    assert len(framing) == 1
    r = framing[0].range
    assert (r.start.line, r.start.character) == (4, 2)
    assert (r.end.line, r.end.character) == (4, units(LINE, client.server_encoding))


async def test_watchers_only_where_the_editor_registers_them(client: LanguageClient):
    await open_document(client)
    workspace = client.capabilities.workspace
    dynamic = bool(
        workspace
        and workspace.did_change_watched_files
        and workspace.did_change_watched_files.dynamic_registration
    )
    methods = [r.method for r in client.registrations]
    assert methods == (["workspace/didChangeWatchedFiles"] if dynamic else [])


async def test_completion_code_actions_and_hover(client: LanguageClient):
    await open_document(client)
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            position=types.Position(line=9, character=2),
        )
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    labels = [i.label for i in items]
    assert any(label.startswith("Do you have any concerns about my ability") for label in labels)

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=types.Position(line=4, character=10), end=types.Position(line=4, character=10)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    titles = [a.title for a in actions]
    assert "Disable negative-framing for this line" in titles
    assert any(t.startswith("Rewrite as: ") for t in titles)

    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            position=types.Position(line=4, character=20),
        )
    )
    assert "negative-framing" in hover.contents.value
