" *.interview.md files get their own filetype that still behaves as Markdown: 'markdown.interview'
" loads Markdown's syntax, indent and ftplugin, and lets the language server attach to these only.
autocmd BufRead,BufNewFile *.interview.md setlocal filetype=markdown.interview
