;;; e2e.el --- interview-lsp in Emacs with eglot, in batch mode  -*- lexical-binding: t; -*-

;; Opens a prep document, starts eglot, waits for the diagnostics (flymake) and checks the
;; negative-framing one sits exactly on its sentence; then edits the buffer and waits for the
;; new diagnostics. Prints E2E PASSED, or exits with status 1.
;; Run: INTERVIEW_LSP_BIN=... DOC=... emacs --batch -l editors/emacs/interview-lsp.el -l editors/emacs/tests/e2e.el

(setq interview-lsp-program (getenv "INTERVIEW_LSP_BIN"))
(setq eglot-sync-connect t
      eglot-send-changes-idle-time 0.1)

(defvar e2e-failures 0)

(defun e2e-check (ok what)
  (message "%s: %s" (if ok "ok" "FAIL") what)
  (unless ok (setq e2e-failures (1+ e2e-failures))))

(defun e2e-wait (predicate seconds)
  "Let eglot run until PREDICATE holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun e2e-diagnostic (rule)
  (seq-find (lambda (d) (string-match-p (regexp-quote rule) (flymake-diagnostic-text d)))
            (flymake-diagnostics)))

(find-file (getenv "DOC"))
(e2e-check (eq major-mode 'interview-prep-mode) (format "mode is interview-prep-mode (got %s)" major-mode))
(apply #'eglot (eglot--guess-contact))
(e2e-check (eglot-current-server) "eglot connected")

(e2e-check (e2e-wait (lambda () (e2e-diagnostic "escape")) 20) "negative-framing diagnostic arrived")
(let* ((d (e2e-diagnostic "escape"))
       (line (save-excursion (goto-char (point-min)) (forward-line 4) (point)))
       (line-end (save-excursion (goto-char line) (line-end-position))))
  (when d
    (e2e-check (= (flymake-diagnostic-beg d) (+ line 2))
               (format "starts after the list marker (%s vs %s)" (flymake-diagnostic-beg d) (+ line 2)))
    (e2e-check (= (flymake-diagnostic-end d) line-end)
               (format "ends at the end of the line, after the emoji (%s vs %s)" (flymake-diagnostic-end d) line-end))))

;; Edit: a placeholder appears in the diagnostics after the change.
(goto-char (point-max))
(insert "\nTODO\n")
;; Batch mode has no idle time, so send the change the way eglot's idle timer would.
(eglot--signal-textDocument/didChange)
(e2e-check (e2e-wait (lambda () (e2e-diagnostic "Placeholder")) 20) "diagnostics follow an edit")

(message (if (zerop e2e-failures) "E2E PASSED" (format "E2E FAILED: %d" e2e-failures)))
(kill-emacs (if (zerop e2e-failures) 0 1))
