//! The one thread that analyses documents: for their diagnostics and for every request (hover,
//! code actions, completion, symbols).
//!
//! Every thread that searches with the lexicon's automata keeps its own caches of them, several
//! megabytes in all. Running each analysis on whichever thread is free made every such thread keep
//! a set; one thread keeps one set, however the edits and requests of several documents
//! interleave. Jobs run in the order they arrive.

use super::analysis::panic_message;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Mutex, OnceLock};
use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

/// Runs `work` on the analysis thread and waits for its result without blocking the runtime. A
/// panic in `work` is returned as its message; the thread goes on with the next job.
pub async fn analyse<R: Send + 'static>(
    work: impl FnOnce() -> R + Send + 'static,
) -> Result<R, String> {
    let (done, result) = oneshot::channel();
    let job: Job = Box::new(move || {
        let outcome = catch_unwind(AssertUnwindSafe(work)).map_err(|e| panic_message(e.as_ref()));
        // The waiting request may have been dropped; then nobody wants the result.
        let _ = done.send(outcome);
    });
    let sent = jobs()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .send(job)
        .is_ok();
    if !sent {
        return Err("the analysis thread has stopped".into());
    }
    result
        .await
        .unwrap_or_else(|_| Err("the analysis thread dropped the job".into()))
}

fn jobs() -> &'static Mutex<Sender<Job>> {
    static JOBS: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    JOBS.get_or_init(|| {
        let (send, receive) = channel::<Job>();
        // The thread lives as long as the process. Should it fail to start, the receiver goes
        // with it, every send fails, and each analysis reports that.
        let _ = std::thread::Builder::new()
            .name("analysis".into())
            .spawn(move || {
                for job in receive {
                    job();
                }
            });
        Mutex::new(send)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_in_order_on_one_thread() {
        let first = analyse(|| std::thread::current().id()).await.unwrap();
        let second = analyse(|| std::thread::current().id()).await.unwrap();
        assert_eq!(first, second);
        assert_ne!(first, std::thread::current().id());
    }

    #[tokio::test]
    async fn a_panic_is_an_error_and_the_thread_goes_on() {
        let failed = analyse(|| -> u32 { panic!("broken rule") }).await;
        assert_eq!(failed, Err("broken rule".to_string()));
        assert_eq!(analyse(|| 2 + 2).await, Ok(4));
    }
}
