; --partition-graph writes the plan for graphviz: one cluster per partition
; with its costliest functions and a node for the rest, calls inside a
; partition in grey, cut calls in red with their count.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --plan-only --partitions=2 --partition-graph=%t/g.dot %s
; RUN: FileCheck %s < %t/g.dot
; CHECK: digraph parcg_plan {
; CHECK: label="parcg plan: 2 partitions
; CHECK: subgraph cluster_p0 {
; CHECK: label="partition 0: {{[0-9]+}} functions, cost {{[0-9]+}}, cut calls {{[0-9]+}}";
; CHECK: [label="big_a\n{{[0-9]+}}"];
; CHECK: rest0 [label="0 more functions"
; CHECK: subgraph cluster_p1 {
; CHECK: rest0 -> rest1 [color=red, dir=none, penwidth={{[0-9.]+}}, label="1", fontcolor=red];
; CHECK: }
target triple = "x86_64-unknown-linux-gnu"

define i32 @helper(i32 %x) {
  %y = mul i32 %x, %x
  ret i32 %y
}

define i32 @big_a(i32 %x) {
  %a = add i32 %x, 1
  %b = add i32 %a, 2
  %c = add i32 %b, 3
  %d = add i32 %c, 4
  %e = add i32 %d, 5
  %f = add i32 %e, 6
  %g = add i32 %f, 7
  %h = add i32 %g, 8
  %r = call i32 @helper(i32 %h)
  ret i32 %r
}

define i32 @big_b(i32 %x) {
  %a = add i32 %x, 1
  %b = add i32 %a, 2
  %c = add i32 %b, 3
  %d = add i32 %c, 4
  %e = add i32 %d, 5
  %f = add i32 %e, 6
  %g = add i32 %f, 7
  %h = add i32 %g, 8
  %r = call i32 @helper(i32 %h)
  ret i32 %r
}
