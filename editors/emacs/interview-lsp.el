;;; interview-lsp.el --- interview-lsp for eglot  -*- lexical-binding: t; -*-

;; Second-interview prep documents (*.interview.md) get `interview-prep-mode' (Markdown's mode
;; when markdown-mode is installed, else text-mode), and eglot starts `interview-lsp server' for
;; them.
;;
;;   (add-to-list 'load-path "/path/to/interview-lsp/editors/emacs")
;;   (require 'interview-lsp)
;;   (add-hook 'interview-prep-mode-hook #'eglot-ensure)

;;; Code:

(require 'eglot)

(defgroup interview-lsp nil
  "Second-interview prep documents checked by interview-lsp."
  :group 'tools)

(defcustom interview-lsp-program "interview-lsp"
  "The interview-lsp binary."
  :type 'string)

(if (fboundp 'markdown-mode)
    (define-derived-mode interview-prep-mode markdown-mode "Interview"
      "Markdown for second-interview prep documents.")
  (define-derived-mode interview-prep-mode text-mode "Interview"
    "Second-interview prep documents (install markdown-mode for Markdown highlighting)."))

(add-to-list 'auto-mode-alist '("\\.interview\\.md\\'" . interview-prep-mode))

(add-to-list 'eglot-server-programs
             `(interview-prep-mode . ,(lambda (&rest _) (list interview-lsp-program "server"))))

(provide 'interview-lsp)
;;; interview-lsp.el ends here
