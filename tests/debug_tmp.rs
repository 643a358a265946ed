mod common;
use common::*;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
#[test]
fn dbg() {
    let mut h = harness(LANDSCAPE);
    start_visit(&mut h);
    tap_button(&mut h, "まず、知っておきたいこと");
    for _ in 0..3 {
        tap(&mut h, "次へ ▶");
    }
    let title = "自由診療で行われる免疫療法（広義）では慎重な確認が必要です";
    println!(
        "before {:?}",
        h.get_by_label(title).accesskit_node().bounding_box()
    );
    h.drag_at(egui::pos2(900.0, 800.0));
    h.run();
    for y in (300..800).rev().step_by(50) {
        h.hover_at(egui::pos2(900.0, y as f32));
        h.run();
    }
    h.drop_at(egui::pos2(900.0, 300.0));
    h.run();
    println!(
        "after {:?}",
        h.get_by_label(title).accesskit_node().bounding_box()
    );
}
