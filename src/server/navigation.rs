//! Go to definition from a plan item to the breadcrumbs it addresses, and references back from a
//! breadcrumb to the plan items that pick it up.

use super::analysis::Snapshot;
use crate::document::{keywords, picks_up};
use tower_lsp::lsp_types::{Location, Position, Url};

pub fn definition(snapshot: &Snapshot, uri: &Url, position: Position) -> Vec<Location> {
    let doc = snapshot.document();
    let offset = snapshot.offset(position);
    let Some(plan) = &doc.plan else {
        return Vec::new();
    };
    let Some(item) = plan
        .items
        .iter()
        .find(|i| i.start <= offset && offset <= i.end)
    else {
        return Vec::new();
    };
    let words = keywords(doc.prose(*item));
    doc.breadcrumbs
        .iter()
        .filter(|b| picks_up(b, &words))
        .map(|b| Location::new(uri.clone(), snapshot.range(b.sentence)))
        .collect()
}

pub fn references(snapshot: &Snapshot, uri: &Url, position: Position) -> Vec<Location> {
    let doc = snapshot.document();
    let offset = snapshot.offset(position);
    let Some(crumb) = doc.breadcrumb_at(offset) else {
        return Vec::new();
    };
    doc.items_picking_up(crumb)
        .into_iter()
        .map(|i| Location::new(uri.clone(), snapshot.range(i)))
        .collect()
}
