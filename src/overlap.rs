//! Work in ordered batches: the next batch is made on the workers while the
//! calling thread consumes the one before. Consuming in input order cannot
//! be split among threads, but it can overlap the work. The pipeline's
//! documents, a dictionary file's rows and the graph's edges (made while the
//! slice before is added to the graph) go this way.

use crate::error::Result;

/// Batches made on the workers while the calling thread consumes the batch
/// before: consuming is in input order, so it cannot be split, but it can
/// overlap the work.
pub struct Overlap<'c, R> {
    pending: Option<R>,
    consume: &'c mut (dyn FnMut(R) -> Result<()> + Send),
}

impl<'c, R: Send> Overlap<'c, R> {
    pub fn new(consume: &'c mut (dyn FnMut(R) -> Result<()> + Send)) -> Overlap<'c, R> {
        Overlap { pending: None, consume }
    }

    /// Make the next batch while the previous one is consumed.
    pub fn step(&mut self, work: impl FnOnce() -> Result<R> + Send) -> Result<()> {
        let made = match self.pending.take() {
            Some(previous) => {
                let consume = &mut *self.consume;
                let (made, consumed) = rayon::join(work, || consume(previous));
                consumed?;
                made?
            }
            None => work()?,
        };
        self.pending = Some(made);
        Ok(())
    }

    /// Consume the last batch.
    pub fn finish(mut self) -> Result<()> {
        match self.pending.take() {
            Some(last) => (self.consume)(last),
            None => Ok(()),
        }
    }
}
